/**
 * Enhances the district table (KreisTable.astro): sort buttons in the column headers with
 * aria-sort, the Regierungsbezirk filter, and the status column for the current Stichtag.
 * Sorting and filtering use src/core/views/kreis-table.ts, as the build does.
 */
import type { DistrictEntry } from '../core/charts/map.ts';
import {
  nextDirection,
  sortRows,
  statusText,
  visibleAgs,
  type KreisRow,
  type SortDirection,
  type SortKey,
} from '../core/views/kreis-table.ts';
import type { KreisStatus } from '../core/model/types.ts';

/** Lets the Stichtag island update the table. */
export interface KreisTableController {
  /** Rewrites the status column (and re-sorts when sorted by status). */
  setStatuses(entries: readonly DistrictEntry[]): void;
}

/** Returns a controller after wiring the table inside `root`; rows must be the ones the build rendered. */
export function enhanceKreisTable(root: HTMLElement, rows: readonly KreisRow[]): KreisTableController {
  const body = root.querySelector<HTMLTableSectionElement>('[data-table-body]');
  const trs = () => [...root.querySelectorAll<HTMLTableRowElement>('[data-table-body] tr[data-ags]')];
  let sort: { key: SortKey | null; direction: SortDirection } = { key: 'name', direction: 'ascending' };
  let statuses: Record<string, KreisStatus> = {};

  function draw(): void {
    if (!body || !sort.key) return;
    const byAgs = new Map(trs().map((tr) => [tr.dataset.ags, tr]));
    for (const row of sortRows(rows, sort.key, sort.direction, statuses)) {
      const tr = byAgs.get(row.ags);
      if (tr) body.append(tr);
    }
  }

  const headers = [...root.querySelectorAll<HTMLTableCellElement>('th[data-sort-key]')];
  for (const th of headers) {
    const placeholder = th.querySelector('span.sort-button');
    if (!placeholder) continue;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort-button';
    button.append(...placeholder.childNodes);
    placeholder.replaceWith(button);
    button.addEventListener('click', () => {
      const key = th.dataset.sortKey as SortKey;
      sort = { key, direction: nextDirection(sort.key, sort.direction, key) };
      for (const other of headers) {
        const active = other === th;
        if (active) other.setAttribute('aria-sort', sort.direction);
        else other.removeAttribute('aria-sort');
        const icon = other.querySelector('.sort-icon');
        if (icon) icon.textContent = active ? (sort.direction === 'ascending' ? '▲' : '▼') : '';
      }
      draw();
    });
  }

  const filter = root.querySelector<HTMLSelectElement>('[data-table-filter]');
  const count = root.querySelector('[data-table-count]');
  if (filter) {
    filter.disabled = false;
    filter.addEventListener('change', () => {
      const visible = visibleAgs(rows, filter.value);
      for (const tr of trs()) tr.hidden = !visible.has(tr.dataset.ags ?? '');
      if (count) count.textContent = `${visible.size} von ${rows.length} Zeilen`;
    });
  }

  return {
    setStatuses(entries) {
      statuses = Object.fromEntries(entries.map((e) => [e.ags, e.status]));
      for (const entry of entries) {
        const cell = root.querySelector(`tr[data-ags="${entry.ags}"] [data-cell="status"]`);
        cell?.querySelector('rect')?.setAttribute('data-status', entry.status);
        const text = cell?.querySelector('[data-status-text]');
        if (text && text.textContent !== statusText(entry.status)) text.textContent = statusText(entry.status);
      }
      if (sort.key === 'status') draw();
    },
  };
}
