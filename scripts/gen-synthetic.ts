/**
 * `node scripts/gen-synthetic.ts --scale 2 --out .cache/synthetic-2`: writes a synthetic Germany-sized
 * data set (400 × scale districts, same schema as data/) for the benchmark. Check it with
 * `npm run data:check -- --data DIR --expect-kreise 400 --ags-prefix ""` (any state).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { districtsPerScale, syntheticData } from '../tools/bench/synthetic.ts';

const { values } = parseArgs({
  options: { scale: { type: 'string', default: '1' }, out: { type: 'string' } },
  strict: true,
});
const scale = Number(values.scale);
if (!Number.isInteger(scale) || scale < 1) {
  console.error(`--scale muss eine ganze Zahl ab 1 sein, nicht „${values.scale}“.`);
  process.exit(1);
}
const out = values.out ?? join('.cache', `synthetic-${scale}`);
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
let bytes = 0;
for (const [name, text] of Object.entries(syntheticData(scale))) {
  writeFileSync(join(out, name), text);
  bytes += Buffer.byteLength(text);
}
console.log(`Synthetische Daten: ${districtsPerScale * scale} Kreise, ${(bytes / 1e6).toFixed(2)} MB in ${out}`);
