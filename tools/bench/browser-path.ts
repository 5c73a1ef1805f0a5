/**
 * Finds the Chromium that the browser tests and `npm run bench` drive, in this order:
 * CHROMIUM_PATH, a system Chromium or Chrome, then the headless Chromium that the npm package
 * @sparticuz/chromium ships inside itself (unpacked once into node_modules/.cache, no download).
 * CHROMIUM_PATH=@sparticuz/chromium uses the bundled one even where a system browser exists.
 */
import { spawnSync } from 'node:child_process';
import {
  accessSync,
  constants,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';

/** Where a system Chromium or Chrome usually lives (Debian/Ubuntu, Fedora, macOS). */
export const systemCandidates = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

/**
 * Flags every test browser starts with: headless, no sandbox (the tests run as root in CI), and no
 * background traffic (the machines have no network besides the package registries).
 */
export const baseArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Flags of @sparticuz/chromium's recommended list that the tests must not use, each with why.
 * Everything else in that list (no zygote, SwiftShader for canvas, no pings, …) is kept.
 */
const droppedBundledArgs: { pattern: RegExp; reason: string }[] = [
  {
    pattern: /^--single-process$/,
    reason: 'renderer and browser in one process is not how any visitor runs Chromium; a page crash would end the run',
  },
  {
    pattern: /^--(disable-web-security|allow-running-insecure-content|disable-site-isolation-trials)$/,
    reason:
      'the gates must see the same-origin and mixed-content rules a visitor’s browser enforces (embeds, requests)',
  },
  {
    pattern: /^--(disable|enable)-features=/,
    reason: 'Chromium keeps only the last value of a switch, so these would replace Playwright’s own feature lists',
  },
  { pattern: /^--headless=/, reason: '--headless comes from baseArgs; the package’s value carries literal quotes' },
];

/** Where the chosen browser came from. */
export type BrowserSource = 'CHROMIUM_PATH' | 'system' | '@sparticuz/chromium';

export interface ChosenBrowser {
  /** Absolute path of the executable. */
  executablePath: string;
  source: BrowserSource;
  /** Command-line flags to start it with (headless included). */
  args: string[];
  /** Extra environment variables for the browser process (fonts of the bundled browser). */
  env: Record<string, string>;
  /** Milliseconds this process spent unpacking the bundled browser (absent when it was unpacked already). */
  unpackMs?: number;
}

const projectRoot = join(import.meta.dirname, '..', '..');

/** Returns the bundled Chromium's flags merged with baseArgs, without the ones the tests must not use. */
export function bundledArgs(packageArgs: readonly string[]): string[] {
  const kept = packageArgs.filter((arg) => !droppedBundledArgs.some(({ pattern }) => pattern.test(arg)));
  return [...new Set([...baseArgs, ...kept])];
}

/** Returns a fontconfig file that keeps the system's fonts (when there are any) and adds the bundled Open Sans. */
function fontsConf(dir: string): string {
  return [
    '<?xml version="1.0"?>',
    '<!DOCTYPE fontconfig SYSTEM "fonts.dtd">',
    '<fontconfig>',
    '  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>',
    `  <dir>${join(dir, 'fonts', 'fonts')}</dir>`,
    `  <cachedir>${join(dir, 'fontconfig-cache')}</cachedir>`,
    '</fontconfig>',
    '',
  ].join('\n');
}

/**
 * Unpacks @sparticuz/chromium into node_modules/.cache/ki-atlas-chromium/<version>/ (about 210 MB,
 * a few seconds, once per install) and returns that folder. The package unpacks into os.tmpdir();
 * TMPDIR points it at a fresh folder beside the target, which is renamed into place when complete,
 * so a second process (or another worktree's tests) never sees half a binary.
 */
async function unpackBundled(): Promise<{ dir: string; unpackMs?: number }> {
  if (process.platform !== 'linux' || !['x64', 'arm64'].includes(process.arch)) {
    throw new Error(
      `Kein Chromium gefunden, und das mitgelieferte (@sparticuz/chromium) läuft nur unter Linux, nicht unter ${process.platform}/${process.arch}: bitte Chrome oder Chromium installieren oder CHROMIUM_PATH setzen.`,
    );
  }
  const packageJson = join(projectRoot, 'node_modules', '@sparticuz', 'chromium', 'package.json');
  const { version } = JSON.parse(readFileSync(packageJson, 'utf8')) as { version: string };
  const cache = join(projectRoot, 'node_modules', '.cache', 'ki-atlas-chromium');
  const dir = join(cache, version);
  if (existsSync(join(dir, 'chromium'))) return { dir };
  const started = performance.now();
  mkdirSync(cache, { recursive: true });
  // What an interrupted run left half unpacked (each up to 210 MB); a current one is younger.
  for (const entry of readdirSync(cache)) {
    const path = join(cache, entry);
    if (entry.startsWith('.unpack-') && statSync(path).mtimeMs < Date.now() - 10 * 60_000)
      rmSync(path, { recursive: true, force: true });
  }
  const work = mkdtempSync(join(cache, '.unpack-'));
  try {
    const { default: bundled } = await import('@sparticuz/chromium');
    const saved = process.env.TMPDIR;
    process.env.TMPDIR = work;
    let unpacking: Promise<string>;
    try {
      // executablePath() reads os.tmpdir() synchronously, before its first await.
      unpacking = bundled.executablePath();
    } finally {
      if (saved === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = saved;
    }
    const unpacked = await unpacking;
    if (unpacked !== join(work, 'chromium')) throw new Error(`@sparticuz/chromium entpackte nach ${unpacked}`);
    writeFileSync(join(work, 'fonts.conf'), fontsConf(dir));
    try {
      renameSync(work, dir);
    } catch (error) {
      // Another process finished first: use its copy.
      if (!existsSync(join(dir, 'chromium'))) throw error;
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return { dir, unpackMs: performance.now() - started };
}

/** Returns whether path is a file this process may execute (a leftover empty path or a device is not). */
function isExecutableFile(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

let chosen: Promise<ChosenBrowser> | undefined;

/** CHROMIUM_PATH=@sparticuz/chromium skips the system browser: a fresh machine's run on one that has one. */
export const bundledOnly = '@sparticuz/chromium';

async function choose(): Promise<ChosenBrowser> {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && fromEnv !== bundledOnly) {
    if (isExecutableFile(fromEnv)) return { executablePath: fromEnv, source: 'CHROMIUM_PATH', args: baseArgs, env: {} };
    throw new Error(`CHROMIUM_PATH zeigt auf „${fromEnv}“, dort liegt aber kein ausführbarer Browser.`);
  }
  const system = fromEnv ? undefined : systemCandidates.find(isExecutableFile);
  if (system) return { executablePath: system, source: 'system', args: baseArgs, env: {} };
  const { dir, unpackMs } = await unpackBundled();
  const { default: bundled } = await import('@sparticuz/chromium');
  return {
    executablePath: join(dir, 'chromium'),
    source: '@sparticuz/chromium',
    args: bundledArgs(bundled.args),
    env: { FONTCONFIG_FILE: join(dir, 'fonts.conf') },
    ...(unpackMs === undefined ? {} : { unpackMs }),
  };
}

/** Returns the browser to drive (found once per process): CHROMIUM_PATH, a system one, or the bundled one. */
export function findChromium(): Promise<ChosenBrowser> {
  chosen ??= choose();
  return chosen;
}

/**
 * Returns one German line naming the browser, its version and where it came from, for the start of
 * a run; throws when the browser does not even print its version.
 */
export function describeBrowser(browser: ChosenBrowser): string {
  const run = spawnSync(browser.executablePath, ['--version'], {
    encoding: 'utf8',
    env: { ...process.env, ...browser.env },
    timeout: 20_000,
  });
  const version = run.status === 0 ? run.stdout.trim().split('\n')[0] : undefined;
  if (!version)
    throw new Error(
      `Der Browser ${browser.executablePath} startet nicht: ${run.error?.message ?? (run.stderr.trim() || `Exit-Code ${run.status}`)}`,
    );
  const origin = {
    CHROMIUM_PATH: 'aus CHROMIUM_PATH',
    system: 'System-Browser',
    '@sparticuz/chromium':
      process.env.CHROMIUM_PATH === bundledOnly
        ? 'mitgeliefert von @sparticuz/chromium, gewählt mit CHROMIUM_PATH'
        : 'mitgeliefert von @sparticuz/chromium, kein System-Chromium gefunden',
  }[browser.source];
  const unpacked =
    browser.unpackMs === undefined ? '' : `, entpackt in ${(browser.unpackMs / 1000).toFixed(1).replace('.', ',')} s`;
  return `Browser: ${version} (${origin}${unpacked}): ${browser.executablePath}`;
}
