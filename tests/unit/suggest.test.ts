import { describe, expect, it } from 'vitest';
import { closest, didYouMean, editDistance } from '../../src/core/read/suggest.ts';

describe('editDistance(a, b)', () => {
  it.each([
    ['', '', 0],
    ['kitten', 'sitting', 3],
    ['muenster-ki-gruendung-2031', 'muenster-ki-gruendung-2013', 1],
    ['Kries', 'Kreis', 1],
    ['abc', 'abc', 0],
    ['abc', 'abcd', 1],
  ])('%s → %s: %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
  });
});

describe('closest(written, known) and didYouMean', () => {
  it('suggests the id a digit swap away', () => {
    expect(didYouMean('muenster-ki-gruendung-2031', ['muenster-ki-gruendung-2013', 'kleve'])).toBe(
      ' Meinten Sie „muenster-ki-gruendung-2013“?',
    );
  });

  it('suggests a fixed-list value regardless of case', () => {
    expect(closest('kreisfreie stadt', ['Kreis', 'Kreisfreie Stadt', 'Städteregion'])).toBe('Kreisfreie Stadt');
    expect(closest('Kries', ['Kreis', 'Kreisfreie Stadt'])).toBe('Kreis');
  });

  it('suggests nothing when no value is close', () => {
    expect(didYouMean('notizen', ['ags', 'name', 'art', 'quelle'])).toBe('');
    expect(closest('x', ['ja', 'nein'])).toBeNull();
  });
});
