/**
 * Keeps the home page still while the Stichtag sentence changes, without reserving empty space:
 * - The static page says "Am … (Stand der Website) hatten …", the browser "Heute, am …, haben …"; both
 *   lie invisibly under the shown sentence (data-summary-reserve) until the Stichtag first changes.
 * - A `?stichtag=` link hides the dashboard before the first paint (an inline script in the page's
 *   head sets data-stichtag-pending on <html>); src/client/stichtag.ts has applied the date when this
 *   runs, so the dashboard appears once, with the sentence for that day.
 * - While "Jahre abspielen" runs, the longest sentence any Stichtag produces holds the space.
 * Import after src/client/stichtag.ts.
 */
const stack = document.querySelector<HTMLElement>('[data-summary-stack]');
const reserves = [...document.querySelectorAll<HTMLElement>('[data-summary-reserve]')];
const root = document.querySelector<HTMLElement>('[data-stichtag-app] [data-map-root]');
const play = document.querySelector<HTMLElement>('[data-stichtag-play]');

const dropReserves = () => {
  for (const reserve of reserves) reserve.hidden = true;
};

if (new URLSearchParams(location.search).has('stichtag')) dropReserves();
else if (root) {
  // The first change of the Stichtag follows an input (slider, date, preset, play): no layout shift counts then.
  const observer = new MutationObserver(() => {
    dropReserves();
    observer.disconnect();
  });
  observer.observe(root, { attributes: true, attributeFilter: ['data-stichtag'] });
}
if (stack && play) {
  new MutationObserver(() =>
    stack.classList.toggle('is-playing', play.getAttribute('aria-pressed') === 'true'),
  ).observe(play, { attributes: true, attributeFilter: ['aria-pressed'] });
}
document.documentElement.removeAttribute('data-stichtag-pending');
