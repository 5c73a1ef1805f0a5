/**
 * Preload for the benchmark: `node --import ./scripts/lib/peak-memory.ts script.ts` writes the
 * process's peak resident memory in kB (getrusage maxrss) to the file named by BENCH_PEAK_MEMORY_FILE
 * when it exits, so the benchmark can report the peak memory of each measured command.
 */
import { writeFileSync } from 'node:fs';

const file = process.env.BENCH_PEAK_MEMORY_FILE;
if (file) process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS)));
