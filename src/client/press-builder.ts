/**
 * The press builder on /einbetten/: pick what to show, a Stichtag, a district to highlight, a
 * format and light/dark; see the image, download it as SVG or PNG, copy alt text and a sentence
 * with its citation. Everything is drawn here from the same Core code as the pre-built images
 * (poster.ts, poster-render.ts, press-texts.ts); nothing is sent anywhere. Loaded only on /einbetten/.
 */
import { layoutPoster, posterFormats, type PosterFormatKey } from '../core/charts/poster.ts';
import { renderPosterSvg, type EmbeddedFonts } from '../core/charts/poster-render.ts';
import { formatsFor, pressTexts, type PosterSubject } from '../core/views/press-texts.ts';
import type { PosterData } from '../core/views/press-poster-data.ts';
import type { ThemeName } from '../core/charts/theme.ts';

const root = document.querySelector<HTMLElement>('[data-press-builder]');

function base64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

async function load(url: string): Promise<Response> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response;
}

/** Returns PNG bytes of an SVG drawn at its exact pixel size, via an <img> and a <canvas>. */
async function svgToPng(svg: string, width: number, height: number): Promise<Blob> {
  const image = new Image(width, height);
  image.src = `data:image/svg+xml;base64,${base64(new TextEncoder().encode(svg))}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  canvas.getContext('2d')?.drawImage(image, 0, 0, width, height);
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('PNG konnte nicht erzeugt werden.'))),
      'image/png',
    ),
  );
}

function value(form: HTMLFormElement, name: string): string {
  const field = form.elements.namedItem(name);
  if (field instanceof RadioNodeList || field instanceof HTMLInputElement || field instanceof HTMLSelectElement)
    return field.value;
  return '';
}

async function setup(root: HTMLElement): Promise<void> {
  const form = root.querySelector<HTMLFormElement>('form')!;
  const preview = root.querySelector<HTMLImageElement>('[data-preview]')!;
  const alt = root.querySelector<HTMLTextAreaElement>('[data-alt]')!;
  const sentence = root.querySelector<HTMLTextAreaElement>('[data-sentence]')!;
  const status = root.querySelector<HTMLElement>('[data-builder-status]')!;
  const svgLink = root.querySelector<HTMLAnchorElement>('[data-download-svg]')!;
  const pngButton = root.querySelector<HTMLButtonElement>('[data-make-png]')!;
  const pngLink = root.querySelector<HTMLAnchorElement>('[data-download-png]')!;
  root.hidden = false;
  status.textContent = 'Daten werden geladen …';
  const [data, regular, bold] = await Promise.all([
    load(root.dataset.data!).then((r) => r.json() as Promise<PosterData>),
    load(root.dataset.fontRegular!).then(async (r) => base64(new Uint8Array(await r.arrayBuffer()))),
    load(root.dataset.fontBold!).then(async (r) => base64(new Uint8Array(await r.arrayBuffer()))),
  ]);
  const fonts: EmbeddedFonts = { regular, bold };
  let current: { svg: string; name: string; width: number; height: number } | null = null;
  let urls: string[] = [];

  // Only a complete date inside the field's range changes the Stichtag; partial typing is left alone.
  const dateField = form.querySelector<HTMLInputElement>('input[name="stichtag"]')!;
  let stichtag = dateField.value || data.gebaut;
  const currentStichtag = (): string => {
    const typed = dateField.value;
    if (/^\d{4}-\d{2}-\d{2}$/.test(typed) && typed >= dateField.min && typed <= dateField.max) stichtag = typed;
    return stichtag;
  };

  const subject = (): PosterSubject => {
    const kind = value(form, 'inhalt');
    const kreis = value(form, 'kreis');
    if (kind === 'chart') return { kind: 'chart', key: value(form, 'diagramm') };
    if (kind === 'kreis') return { kind: 'kreis', ags: kreis || '05154' };
    return { kind: 'karte', stichtag: currentStichtag(), ...(kreis ? { highlight: kreis } : {}) };
  };

  const render = (): void => {
    const what = subject();
    const allowed = formatsFor(what);
    for (const input of form.querySelectorAll<HTMLInputElement>('input[name="format"]')) {
      input.disabled = !allowed.includes(input.value as PosterFormatKey);
      if (input.disabled && input.checked)
        form.querySelector<HTMLInputElement>('input[name="format"][value="quadrat"]')!.checked = true;
    }
    const format = value(form, 'format') as PosterFormatKey;
    const theme = value(form, 'farbe') as ThemeName;
    const texts = pressTexts(data, what);
    if (!texts) return;
    const { width, height } = posterFormats[format];
    const svg = renderPosterSvg(layoutPoster(format, theme, texts.content), fonts);
    const stem =
      what.kind === 'karte'
        ? `karte-${what.stichtag}${what.highlight ? `-${what.highlight}` : ''}`
        : what.kind === 'chart'
          ? what.key
          : `kreis-${what.ags}`;
    current = {
      svg,
      name: `ki-atlas-nrw-${stem}-${width}x${height}${theme === 'dark' ? '-dunkel' : ''}`,
      width,
      height,
    };
    urls.forEach((url) => URL.revokeObjectURL(url));
    urls = [URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }))];
    preview.src = `data:image/svg+xml;base64,${base64(new TextEncoder().encode(svg))}`;
    preview.alt = texts.alt;
    preview.width = width;
    preview.height = height;
    alt.value = texts.alt;
    sentence.value = texts.sentence;
    svgLink.href = urls[0]!;
    svgLink.download = `${current.name}.svg`;
    pngLink.hidden = true;
    status.textContent = `Vorschau: ${width} × ${height} Pixel, ${theme === 'dark' ? 'dunkel' : 'hell'}.`;
  };

  pngButton.addEventListener('click', async () => {
    if (!current) return;
    const started = performance.now();
    status.textContent = 'PNG wird erzeugt …';
    const png = await svgToPng(current.svg, current.width, current.height);
    const url = URL.createObjectURL(png);
    urls.push(url);
    pngLink.href = url;
    pngLink.download = `${current.name}.png`;
    pngLink.hidden = false;
    root.dataset.pngMs = String(Math.round(performance.now() - started));
    status.textContent = `PNG fertig: ${current.width} × ${current.height} Pixel. Zum Speichern auf „PNG speichern“ klicken.`;
    pngLink.focus();
  });
  form.addEventListener('input', render);
  form.addEventListener('change', render);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    render();
  });
  render();
  root.dataset.ready = '';
}

if (root) {
  setup(root).catch((error: unknown) => {
    const status = root.querySelector('[data-builder-status]');
    if (status) status.textContent = `Der Bildbaukasten konnte nicht starten: ${String(error)}`;
  });
}
