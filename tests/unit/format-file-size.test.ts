import { describe, expect, it } from 'vitest';
import { formatFileSize } from '../../src/core/model/format.ts';

describe('formatFileSize(bytes)', () => {
  it.each([
    [0, '0\u00a0Byte'],
    [812, '812\u00a0Byte'],
    [999, '999\u00a0Byte'],
    [1000, '1\u00a0kB'],
    [4321, '4,3\u00a0kB'],
    [999_949, '999,9\u00a0kB'],
    [2_500_000, '2,5\u00a0MB'],
  ])('formats %i bytes as „%s“', (bytes, text) => {
    expect(formatFileSize(bytes)).toBe(text);
  });
});
