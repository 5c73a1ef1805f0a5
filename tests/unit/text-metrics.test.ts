import { describe, expect, it } from 'vitest';
import { fitText, textWidth, wrapParts, wrapText } from '../../src/core/charts/text-metrics.ts';

describe('textWidth(text, fontSize, bold)', () => {
  it('sums the DejaVu Sans advance widths', () => {
    // a = 0.613 em, b = 0.635 em; bold a = 0.675 em.
    expect(textWidth('ab', 10)).toBeCloseTo(12.48, 5);
    expect(textWidth('a', 10, true)).toBeCloseTo(6.75, 5);
  });

  it('counts a character missing from the table as 1 em', () => {
    expect(textWidth('😀', 10)).toBe(10);
  });
});

describe('wrapText(text, maxWidth, fontSize)', () => {
  it('breaks at spaces so no line is wider than maxWidth', () => {
    expect(wrapText('Stand 25.11.2026 Quelle KI-Atlas', 60, 10)).toEqual(['Stand', '25.11.2026', 'Quelle', 'KI-Atlas']);
    // "ab cd ef" = 40.4 px, "ab cd ef gh" = 56.2 px.
    expect(wrapText('ab cd ef gh', 50, 10)).toEqual(['ab cd ef', 'gh']);
    expect(wrapText('ab cd ef gh', 60, 10)).toEqual(['ab cd ef gh']);
  });

  it('keeps an overlong word on its own line instead of dropping it', () => {
    expect(wrapText('Integrationszentrumsfinanzierung', 60, 10)).toEqual(['Integrationszentrumsfinanzierung']);
  });
});

describe('wrapParts(parts, maxWidth, fontSize)', () => {
  it('breaks between parts before breaking inside one', () => {
    expect(wrapParts(['Stand: 25.11.2026', 'Lizenz: CC BY 4.0'], 200, 10)).toEqual([
      'Stand: 25.11.2026 · Lizenz: CC BY 4.0',
    ]);
    expect(wrapParts(['Stand: 25.11.2026', 'Lizenz: CC BY 4.0'], 120, 10)).toEqual([
      'Stand: 25.11.2026',
      'Lizenz: CC BY 4.0',
    ]);
  });
});

describe('fitText(text, maxWidth, fontSize, maxLines)', () => {
  it('shrinks the font until the text fits the lines instead of cutting it', () => {
    const title = 'Kommunale Integrationszentren in NRW am 25.11.2026';
    const fitted = fitText(title, 459, 40, 3, true);
    expect(fitted.lines.join(' ')).toBe(title);
    expect(fitted.lines.length).toBeLessThanOrEqual(3);
    expect(fitted.size).toBeLessThan(40);
    expect(fitted.size).toBeGreaterThanOrEqual(28);
  });

  it('keeps the size when the text fits and cuts with "…" only below 70 %', () => {
    expect(fitText('Kreis Kleve', 459, 40, 1, true)).toEqual({ lines: ['Kreis Kleve'], size: 40 });
    // At 7 px "ab cd ef" is 28,3 px wide.
    expect(fitText('ab cd ef gh ij kl mn op', 30, 10, 1)).toEqual({ lines: ['ab cd ef …'], size: 7 });
  });
});
