/**
 * Runs in every embed page: applies `?theme=` and posts the document height to the host page
 * on load, on every size change (ResizeObserver) and when /embed.js asks for it.
 */
import { heightMessage, isPing, parseTheme } from '../core/views/embed.ts';

const root = document.documentElement;
root.dataset.theme = parseTheme(location.search);

const id = root.dataset.embed ?? location.pathname;
let lastHeight = -1;

function postHeight(force = false): void {
  if (window.parent === window) return;
  const height = Math.ceil(root.getBoundingClientRect().height);
  if (height === lastHeight && !force) return;
  lastHeight = height;
  window.parent.postMessage(heightMessage(id, height), '*');
}

new ResizeObserver(() => postHeight()).observe(root);
window.addEventListener('load', () => postHeight(true));
window.addEventListener('message', (event) => {
  if (event.source === window.parent && isPing(event.data)) postHeight(true);
});

// Links to the full site open in a new tab, never inside the host page's frame (in-page links stay).
document.addEventListener('click', (event) => {
  const link = (event.target as Element | null)?.closest?.('a[href]');
  if (!link || link.getAttribute('href')?.startsWith('#')) return;
  link.setAttribute('target', '_blank');
  link.setAttribute('rel', 'noopener');
});
