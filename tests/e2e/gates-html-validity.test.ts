/**
 * HTML validity gate: every built page passes the Nu HTML Checker (npm vnu-jar, run with the
 * machine's Java 17+). Errors and warnings both fail, except the messages listed in `ignored`,
 * each with the reason it does not apply to this site.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';

const vnuJar = join(import.meta.dirname, '..', '..', 'node_modules', 'vnu-jar', 'build', 'dist', 'vnu.jar');

interface VnuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

/** Messages that are not defects of this site, each with why (matched against the message text). */
const ignored: { pattern: RegExp; reason: string }[] = [
  {
    pattern: /^Inline style violates Content Security Policy \(meta tag\)/,
    reason:
      'vnu does not compute hashes: it flags every inline <style> under a policy without unsafe-inline. ' +
      'Each inline block is allowed by its SHA-256 hash; gates-static.test.ts verifies every hash against the policy.',
  },
  {
    pattern: /^Inline script violates Content Security Policy \(meta tag\)/,
    reason:
      'vnu counts data blocks (<script type="application/json">) as inline scripts; browsers never execute them and CSP ' +
      'does not govern them. Every executable inline script is checked by hash in gates-static.test.ts.',
  },
  {
    pattern: /^Resource violates Content Security Policy \(meta tag\): (external (script|style)|frame) “\//,
    reason:
      "vnu reads the pages from disk (file: URLs, an opaque origin), so 'self' can never match a site-relative file. " +
      'gates-browser.test.ts loads every page over http and fails on any CSP violation the browser reports.',
  },
  {
    pattern: /^CSS: “paint-order”: Property “paint-order” doesn't exist\.$/,
    reason:
      'vnu’s CSS grammar predates paint-order (CSS Fill and Stroke 3 / SVG 2), which every current browser supports; ' +
      'map labels use it to draw their halo behind the text.',
  },
];

function runVnu(dir: string): VnuMessage[] {
  const run = spawnSync('java', ['-jar', vnuJar, '--format', 'json', '--skip-non-html', '--also-check-svg', dir], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.error) {
    throw new Error(
      `Der HTML-Validator braucht Java 17 oder neuer („sudo apt-get install -y openjdk-17-jre-headless“); java ließ sich nicht starten: ${run.error.message}`,
    );
  }
  // vnu writes its JSON report to stderr and exits 1 when it found errors.
  const report = JSON.parse(run.stderr) as { messages: VnuMessage[] };
  return report.messages;
}

describe('HTML validity (Nu HTML Checker)', () => {
  it('finds no error and no warning in any built page or SVG, apart from the documented exceptions', () => {
    const dist = inject('distDir');
    const messages = runVnu(dist);
    const findings = messages
      .filter((m) => m.type !== 'info' || m.subType === 'warning')
      .filter((m) => !ignored.some(({ pattern }) => pattern.test(m.message)))
      .map(
        (m) =>
          `${(m.url ?? '').replace(`file:${dist}/`, '')}:${m.lastLine ?? 0}: ${m.type}${m.subType ? `/${m.subType}` : ''}: ${m.message}`,
      );
    expect(findings).toEqual([]);
  });
});
