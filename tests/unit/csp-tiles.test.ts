import { describe, expect, it } from 'vitest';
import { imgSrcDirective, tileSource } from '../../src/core/hosting/csp.ts';

describe('tileSource(tiles) and imgSrcDirective(tiles)', () => {
  it.each([
    [{ enabled: false, url: 'https://tiles.example.org/{z}/{x}/{y}.png' }, null, "img-src 'self' data:"],
    [{ enabled: true, url: '' }, null, "img-src 'self' data:"],
    [
      { enabled: true, url: 'https://tiles.example.org/{z}/{x}/{y}.png' },
      'https://tiles.example.org',
      "img-src 'self' data: https://tiles.example.org",
    ],
    [
      { enabled: true, url: 'https://{s}.tile.example.org/{z}/{x}/{y}{r}.png' },
      'https://*.tile.example.org',
      "img-src 'self' data: https://*.tile.example.org",
    ],
    [
      { enabled: true, url: 'http://127.0.0.1:8123/kacheln/{z}/{x}/{y}.png' },
      'http://127.0.0.1:8123',
      "img-src 'self' data: http://127.0.0.1:8123",
    ],
  ])('%j → %s', (tiles, source, directive) => {
    expect(tileSource(tiles)).toBe(source);
    expect(imgSrcDirective(tiles)).toBe(directive);
  });

  it('rejects a tile template that is not http(s), naming the setting', () => {
    expect(() => tileSource({ enabled: true, url: 'javascript:alert(1)//{z}' })).toThrow(
      'site.config.ts: tiles.url „javascript:alert(1)//{z}“ muss mit https:// oder http:// beginnen.',
    );
  });
});
