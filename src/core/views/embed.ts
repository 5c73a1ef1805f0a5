/**
 * The embed protocol and press-kit text: pure functions shared by the embed pages, their
 * browser script and /einbetten/. Public contract (DESIGN §4): an embed posts
 * `{type: "ki-nrw:height", id, height}` to its parent; /embed.js on the host page resizes the iframe.
 */

/** Colour theme of an embed, chosen by the host with `?theme=`. */
export type EmbedTheme = 'light' | 'dark' | 'auto';

/** The message an embed page posts to its parent window. */
export interface HeightMessage {
  type: 'ki-nrw:height';
  id: string;
  height: number;
}

/** Returns the theme a query string asks for; light unless `theme=dark` or `theme=auto` (host pages are mostly light). */
export function parseTheme(search: string): EmbedTheme {
  const value = new URLSearchParams(search).get('theme');
  return value === 'dark' || value === 'auto' ? value : 'light';
}

/** Returns the height message for an embed, the height rounded up to whole CSS pixels. */
export function heightMessage(id: string, height: number): HeightMessage {
  return { type: 'ki-nrw:height', id, height: Math.ceil(height) };
}

/** Returns true when a message is /embed.js asking the embed to send its height again. */
export function isPing(data: unknown): boolean {
  return typeof data === 'object' && data !== null && (data as { type?: unknown }).type === 'ki-nrw:ping';
}
