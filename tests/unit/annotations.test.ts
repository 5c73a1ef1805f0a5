import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty, formatAnnotation, isGithubActions } from '../../src/core/read/annotations.ts';
import { error, hint } from '../../src/core/read/problems.ts';

describe('formatAnnotation(problem)', () => {
  it('turns an error into an ::error command on the file, line and column', () => {
    const problem = error('data/zentren.csv', 12, 5, 'Spalte „start“: „31.02.2017“ ist kein gültiges Datum.');
    expect(formatAnnotation(problem)).toBe(
      '::error file=data/zentren.csv,line=12,col=5,title=Datenfehler::Spalte „start“: „31.02.2017“ ist kein gültiges Datum.',
    );
  });

  it('turns a hint into a ::notice command, so it does not read as a failure', () => {
    const problem = hint('data/kreise.csv', 4, 1, 'AGS „5154“ hat 4 Stellen; gelesen als „05154“.');
    expect(formatAnnotation(problem)).toBe(
      '::notice file=data/kreise.csv,line=4,col=1,title=Hinweis zu den Daten::AGS „5154“ hat 4 Stellen; gelesen als „05154“.',
    );
  });

  it('keeps a two-line message on one command line', () => {
    const problem = error('data/quellen.csv', 3, 5, 'Erste Zeile.\nBitte so eintragen: 100%.');
    expect(formatAnnotation(problem)).toBe(
      '::error file=data/quellen.csv,line=3,col=5,title=Datenfehler::Erste Zeile.%0ABitte so eintragen: 100%25.',
    );
  });
});

describe('escapeData(text) and escapeProperty(text)', () => {
  it.each([
    ['50%', '50%25', '50%25'],
    ['a\r\nb', 'a%0D%0Ab', 'a%0D%0Ab'],
    ['C:\\daten,neu', 'C:\\daten,neu', 'C%3A\\daten%2Cneu'],
  ])('escapes %j', (text, data, property) => {
    expect(escapeData(text)).toBe(data);
    expect(escapeProperty(text)).toBe(property);
  });
});

describe('isGithubActions(env)', () => {
  it('is true only for GITHUB_ACTIONS=true', () => {
    expect(isGithubActions({ GITHUB_ACTIONS: 'true' })).toBe(true);
    expect(isGithubActions({ GITHUB_ACTIONS: 'false' })).toBe(false);
    expect(isGithubActions({})).toBe(false);
  });
});
