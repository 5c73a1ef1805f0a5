/**
 * The "Kreis finden" combobox (WAI-ARIA 1.2 combobox with a listbox popup, list autocomplete): typing
 * filters the districts (src/core/views/kreis-finder.ts), arrows move through the list, Enter picks,
 * Escape closes and then clears; a live region says how many match and, once picked, the status.
 */
import { finderHint, findKreise } from '../core/views/kreis-finder.ts';
import type { DistrictEntry } from '../core/charts/map.ts';

/** Wires the finder inside `root`; `choose` receives the picked district. */
export function enhanceKreisFinder(
  root: HTMLElement,
  entries: () => readonly DistrictEntry[],
  choose: (entry: DistrictEntry) => void,
): void {
  const input = root.querySelector<HTMLInputElement>('[data-finder-input]');
  const list = root.querySelector<HTMLUListElement>('[data-finder-list]');
  const status = root.querySelector<HTMLElement>('[data-finder-status]');
  if (!input || !list) return;
  let matches: DistrictEntry[] = [];
  let active = -1;

  const say = (text: string) => {
    if (status) status.textContent = text;
  };

  function setOpen(open: boolean): void {
    list!.hidden = !open;
    input!.setAttribute('aria-expanded', String(open));
    if (!open) setActive(-1);
  }

  function setActive(index: number): void {
    active = index;
    const options = [...list!.children] as HTMLElement[];
    options.forEach((option, i) => option.setAttribute('aria-selected', String(i === index)));
    const current = options[index];
    if (current) {
      input!.setAttribute('aria-activedescendant', current.id);
      current.scrollIntoView({ block: 'nearest' });
    } else input!.removeAttribute('aria-activedescendant');
  }

  function filter(): void {
    matches = findKreise(entries(), input!.value);
    list!.replaceChildren(
      ...matches.map((entry) => {
        const option = document.createElement('li');
        option.id = `${list!.id}-${entry.ags}`;
        option.setAttribute('role', 'option');
        option.setAttribute('aria-selected', 'false');
        option.dataset.ags = entry.ags;
        option.textContent = entry.name;
        return option;
      }),
    );
    setOpen(matches.length > 0);
    say(input!.value.trim() === '' ? '' : finderHint(matches.length));
  }

  function pick(entry: DistrictEntry | undefined): void {
    if (!entry) return;
    input!.value = entry.name;
    setOpen(false);
    say(entry.label);
    choose(entry);
  }

  input.addEventListener('input', filter);
  input.addEventListener('keydown', (event) => {
    const open = !list.hidden;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!open) filter();
      if (matches.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((active + step + matches.length + (active === -1 && step < 0 ? 1 : 0)) % matches.length);
    } else if (event.key === 'Enter') {
      if (input.value.trim() === '') return;
      event.preventDefault();
      pick(matches[active] ?? matches[0]);
    } else if (event.key === 'Escape') {
      if (open) setOpen(false);
      else input.value = '';
    }
  });
  // Pressing an option must not blur the input first (which would close the list).
  list.addEventListener('pointerdown', (event) => event.preventDefault());
  list.addEventListener('click', (event) => {
    const ags = (event.target as Element).closest<HTMLElement>('[role="option"]')?.dataset.ags;
    pick(matches.find((m) => m.ags === ags));
  });
  input.addEventListener('blur', () => setOpen(false));
}
