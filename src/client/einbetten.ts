/**
 * /einbetten/: copy buttons (Clipboard API, else select the text and ask for Ctrl+C), the
 * colour-scheme choice and the district picker. Snippets use the site address the build knew
 * (SITE_URL) or, without one, the address this page is served from. Without JavaScript the
 * page shows the same code, ready to select and copy by hand.
 */
import { snippetTitle } from '../core/views/embed-texts.ts';
import { embedSnippet } from '../core/views/press.ts';

const root = document.querySelector<HTMLElement>('[data-presse]');
const base = root?.dataset.base ?? '/';
/** Absolute site root, e.g. "https://ki.example/ki-nrw/". */
const siteRoot = root?.dataset.siteRoot || new URL(base, location.href).href;

function setupCopyButtons(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
    const field = document.getElementById(button.dataset.copy ?? '') as HTMLTextAreaElement | null;
    const status = document.getElementById(`${button.dataset.copy}-status`);
    if (!field || !status) continue;
    button.hidden = false;
    button.addEventListener('click', async () => {
      status.textContent = '';
      try {
        if (!navigator.clipboard?.writeText) throw new Error('Clipboard API fehlt');
        await navigator.clipboard.writeText(field.value);
        status.textContent = 'Kopiert.';
      } catch {
        field.focus();
        field.select();
        status.textContent = 'Bitte mit Strg+C kopieren (Mac: Cmd+C) – der Text ist markiert.';
      }
    });
  }
}

/** Rewrites one graphic's snippet and preview for the chosen theme; the embed path may carry ?stichtag=. */
function render(item: HTMLElement, theme: string): void {
  const path = item.dataset.embedPath ?? '';
  const src = theme === 'light' ? path : `${path}${path.includes('?') ? '&' : '?'}theme=${theme}`;
  const code = item.querySelector<HTMLTextAreaElement>('textarea[data-snippet]');
  if (code) {
    code.value = embedSnippet({
      src: new URL(src, siteRoot).href,
      scriptSrc: new URL('embed.js', siteRoot).href,
      id: item.dataset.id ?? '',
      title: item.dataset.title ?? '',
      height: Number(item.dataset.height),
    });
  }
  const preview = item.querySelector<HTMLIFrameElement>('iframe[data-ki-nrw]');
  const previewSrc = `${base}${src}`;
  if (preview && preview.getAttribute('src') !== previewSrc) preview.src = previewSrc;
}

/** Points the district graphic at the chosen district: preview, snippet, citation and downloads. */
/** Fills a citation template: {url} with the graphic's page, {site:path} with a path below the site root. */
function fillCitation(template: string, page: string): string {
  return template
    .replace('{url}', new URL(page, siteRoot).href)
    .replace(/\{site:([^}]*)\}/g, (_, path: string) => new URL(path, siteRoot).href);
}

function chooseKreis(item: HTMLElement, option: HTMLOptionElement, theme: string): void {
  const ags = option.value;
  item.dataset.embedPath = `embed/kreis/${ags}/`;
  item.dataset.id = `kreis-${ags}`;
  const kreisName = option.dataset.name ?? option.textContent ?? '';
  item.dataset.title = snippetTitle({ kind: 'kreis', name: kreisName });
  const name = item.querySelector('[data-kreis-name]');
  if (name) name.textContent = kreisName;
  const cite = item.querySelector<HTMLTextAreaElement>('textarea[data-citation]');
  if (cite) {
    cite.dataset.page = option.dataset.page ?? '';
    if (cite.dataset.template) cite.value = fillCitation(cite.dataset.template, cite.dataset.page);
  }
  for (const link of item.querySelectorAll<HTMLAnchorElement>('a[data-kreis-file]')) {
    link.setAttribute('href', (link.getAttribute('href') ?? '').replace(/kreis-\d{5}/, `kreis-${ags}`));
  }
  render(item, theme);
}

function setup(): void {
  setupCopyButtons();
  for (const origin of document.querySelectorAll('[data-site-origin]')) origin.textContent = new URL(siteRoot).origin;
  for (const cite of document.querySelectorAll<HTMLTextAreaElement>('textarea[data-citation]')) {
    if (cite.dataset.template) cite.value = fillCitation(cite.dataset.template, cite.dataset.page ?? '');
  }
  const items = [...document.querySelectorAll<HTMLElement>('[data-press-item]')];
  const themeInputs = [...document.querySelectorAll<HTMLInputElement>('input[name="theme"]')];
  const theme = () => themeInputs.find((input) => input.checked)?.value ?? 'light';
  for (const item of items) render(item, theme());
  for (const input of themeInputs)
    input.addEventListener('change', () => items.forEach((item) => render(item, theme())));
  themeInputs[0]?.closest('[hidden]')?.removeAttribute('hidden');

  const picker = document.querySelector<HTMLSelectElement>('select[data-kreis-picker]');
  const kreisItem = picker?.closest<HTMLElement>('[data-press-item]');
  if (picker && kreisItem) {
    picker.closest('[hidden]')?.removeAttribute('hidden');
    picker.addEventListener('change', () => {
      const option = picker.selectedOptions[0];
      if (option) chooseKreis(kreisItem, option, theme());
    });
  }
}

setup();
