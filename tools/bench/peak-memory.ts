/**
 * Preload for the benchmark: `node --import ./tools/bench/peak-memory.ts script.ts` writes the
 * process's peak resident memory in kB to the file named by BENCH_PEAK_MEMORY_FILE when it exits,
 * so the benchmark can report the peak memory of each measured command.
 * On Linux it reads VmHWM from /proc/self/status: getrusage's maxrss would also count the memory
 * of the (large) benchmark process this one was forked from.
 */
import { readFileSync, writeFileSync } from 'node:fs';

function peakKb(): number {
  try {
    const match = /^VmHWM:\s+(\d+)\s+kB/m.exec(readFileSync('/proc/self/status', 'utf8'));
    if (match) return Number(match[1]);
  } catch {
    // Not Linux: fall back to getrusage.
  }
  return process.resourceUsage().maxRSS;
}

const file = process.env.BENCH_PEAK_MEMORY_FILE;
if (file) process.on('exit', () => writeFileSync(file, String(peakKb())));
