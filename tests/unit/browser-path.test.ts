import chromium from '@sparticuz/chromium';
import { describe, expect, it } from 'vitest';
import { baseArgs, bundledArgs } from '../../tools/bench/browser-path.ts';

describe('bundledArgs(args of @sparticuz/chromium)', () => {
  it('keeps the harness flags first and drops single-process, weakened web security, feature lists and the quoted --headless', () => {
    expect(bundledArgs(chromium.args)).toEqual([
      ...baseArgs,
      '--ash-no-nudges',
      '--disable-domain-reliability',
      '--disable-print-preview',
      '--disk-cache-size=33554432',
      '--no-default-browser-check',
      '--no-pings',
      '--font-render-hinting=none',
      '--ignore-gpu-blocklist',
      '--in-process-gpu',
      '--use-gl=angle',
      '--use-angle=swiftshader',
      '--enable-unsafe-swiftshader',
      '--disable-setuid-sandbox',
      '--no-zygote',
    ]);
  });

  it('lists --headless and --no-sandbox once, although both lists have them', () => {
    const args = bundledArgs(['--no-sandbox', '--headless', '--headless=new', '--single-process']);
    expect(args).toEqual(baseArgs);
    expect(args.filter((a) => a === '--no-sandbox')).toHaveLength(1);
  });
});
