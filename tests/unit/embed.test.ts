import { describe, expect, it } from 'vitest';
import { heightMessage, isPing, parseTheme } from '../../src/core/views/embed.ts';

describe('parseTheme(search)', () => {
  it.each([
    ['', 'light'],
    ['?theme=light', 'light'],
    ['?theme=dark', 'dark'],
    ['?stichtag=2017-10-10&theme=auto', 'auto'],
    ['?theme=DARK', 'light'],
    ['?theme=<script>', 'light'],
  ])('reads %j as %s', (search, theme) => {
    expect(parseTheme(search)).toBe(theme);
  });
});

describe('heightMessage(id, height)', () => {
  it('builds the public message and rounds the height up', () => {
    expect(heightMessage('karte', 612.2)).toEqual({ type: 'ki-nrw:height', id: 'karte', height: 613 });
  });
});

describe('isPing(data)', () => {
  it('recognises only the ping object', () => {
    expect(isPing({ type: 'ki-nrw:ping' })).toBe(true);
    expect(isPing({ type: 'ki-nrw:height' })).toBe(false);
    expect(isPing('ki-nrw:ping')).toBe(false);
    expect(isPing(null)).toBe(false);
  });
});
