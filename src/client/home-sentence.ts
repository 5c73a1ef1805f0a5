/**
 * Keeps the home page still while the Stichtag sentence is written, without reserving empty space
 * (the CSS in src/pages/index.astro does the sizing):
 * - With JavaScript, the browser's "Heute, am …" (data-summary-reserve) sizes the sentence's box from
 *   the first paint; src/client/stichtag.ts has written that sentence when this runs, so marking the
 *   box live swaps two texts of the same height.
 * - A `?stichtag=` link hides the dashboard before it paints (an inline script parsed before it sets
 *   data-stichtag-pending on <html>); it appears once, with the sentence for that day.
 * - While "Jahre abspielen" runs, the longest sentence any Stichtag produces holds the space.
 * Import after src/client/stichtag.ts.
 */
const stack = document.querySelector<HTMLElement>('[data-summary-stack]');
const play = document.querySelector<HTMLElement>('[data-stichtag-play]');

stack?.classList.add('is-live');
if (stack && play) {
  new MutationObserver(() =>
    stack.classList.toggle('is-playing', play.getAttribute('aria-pressed') === 'true'),
  ).observe(play, { attributes: true, attributeFilter: ['aria-pressed'] });
}
document.documentElement.removeAttribute('data-stichtag-pending');
