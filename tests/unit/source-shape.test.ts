/**
 * The shape of the source tree (issue #11): no file in src/ over 300 lines, no page frontmatter over
 * 40 lines (pages place what Core computed), and no regular expression that reads HTML markup in src/,
 * scripts/ or tools/ (HTML is read with parse5; SVG is built from layouts, never cut out of markup).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

function files(dir: string, pattern: RegExp): string[] {
  return readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((file) => pattern.test(file) && !file.startsWith('generated'))
    .map((file) => join(dir, file));
}

const source = files('src', /\.(ts|astro|css|mjs|js)$/);

/** Returns the frontmatter of an .astro file (between the first two `---` lines), or "". */
function frontmatter(text: string): string {
  const match = /^---\n([\s\S]*?)\n---$/m.exec(text);
  return match?.[1] ?? '';
}

/** Returns the regular-expression literals of a TypeScript text. */
function regexLiterals(text: string): string[] {
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) found.push(node.getText());
    if (ts.isNewExpression(node) && node.expression.getText() === 'RegExp' && node.arguments?.[0])
      found.push(node.arguments[0].getText());
    ts.forEachChild(node, visit);
  };
  visit(ts.createSourceFile('x.ts', text, ts.ScriptTarget.Latest, true));
  return found;
}

// A pattern that matches a tag: "<" followed by a tag name or "/" (escaped or not). Tested on the
// pattern's body, without the literal's delimiters and flags.
const tagPattern = /<\\?\/?[a-zA-Z!]/;
const bodyOf = (literal: string) => (literal.startsWith('/') ? literal.slice(1, literal.lastIndexOf('/')) : literal);
const readsMarkup = { test: (literal: string) => tagPattern.test(bodyOf(literal)) };
// Not reading HTML: the data check that refuses markup-like text in a CSV cell (read/cell-text.ts).
const allowed = new Set(['src/core/read/cell-text.ts: /<\\s*\\/?\\s*[a-z!?][^>]{0,20}/i']);

describe('source shape', () => {
  it('has no file in src/ over 300 lines', () => {
    const long = source
      .map((file) => ({ file, lines: readFileSync(join(root, file), 'utf8').split('\n').length - 1 }))
      .filter(({ lines }) => lines > 300)
      .map(({ file, lines }) => `${file}: ${lines}`);
    expect(long).toEqual([]);
  });

  it('has no page frontmatter over 40 lines', () => {
    const long = files('src/pages', /\.astro$/)
      .map((file) => ({ file, lines: frontmatter(readFileSync(join(root, file), 'utf8')).split('\n').length }))
      .filter(({ lines }) => lines > 40)
      .map(({ file, lines }) => `${file}: ${lines}`);
    expect(long).toEqual([]);
  });

  it('reads no HTML with regular expressions in src/, scripts/ or tools/', () => {
    const code = [...files('src', /\.ts$/), ...files('scripts', /\.ts$/), ...files('tools', /\.ts$/)];
    const astro = files('src', /\.astro$/);
    const offenders = [
      ...code.flatMap((file) => regexLiterals(readFileSync(join(root, file), 'utf8')).map((re) => ({ file, re }))),
      ...astro.flatMap((file) =>
        regexLiterals(frontmatter(readFileSync(join(root, file), 'utf8'))).map((re) => ({ file, re })),
      ),
    ]
      .filter(({ re }) => readsMarkup.test(re))
      .map(({ file, re }) => `${relative(root, join(root, file))}: ${re}`)
      .filter((entry) => !allowed.has(entry));
    expect(offenders).toEqual([]);
  });

  it('recognises a regex that reads markup (the check itself works)', () => {
    expect(
      regexLiterals('const a = /<svg\\b[^>]*>/; const b = new RegExp("</figure>");').every((re) =>
        readsMarkup.test(re),
      ),
    ).toBe(true);
    expect(
      regexLiterals('const c = /&/g; const d = /[<>]/g; const e = /\\s+/;').some((re) => readsMarkup.test(re)),
    ).toBe(false);
  });
});
