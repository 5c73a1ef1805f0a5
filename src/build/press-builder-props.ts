/** What /einbetten/ hands the press builder: districts, charts, date range and the pre-built images. */
import { sitePosterData } from './poster-data.ts';
import { posterFiles } from '../core/views/press-files.ts';
import { formatDate } from '../core/model/format.ts';
import { KLEVE_ANTRAG } from '../core/views/stichtag.ts';
import { PROGRAMME_START } from '../core/model/status.ts';

/** Returns the PressBuilder props: the pre-built files carry a title for the list. */
export function pressBuilderProps(siteUrl: URL | undefined, base: string) {
  const data = sitePosterData(siteUrl, base);
  const names = new Map(data.kreise.map((k) => [k.ags, k.name]));
  const chartTitles = new Map(data.charts.map((c) => [c.key, c.title]));
  const files = posterFiles(
    data.gebaut,
    data.charts.map((c) => c.key),
    data.kreise,
    KLEVE_ANTRAG,
  ).map((file) => {
    const s = file.subject;
    const title =
      s.kind === 'karte'
        ? `Karte am ${formatDate(s.stichtag)}${s.highlight ? ` (${names.get(s.highlight)} hervorgehoben)` : ''}`
        : s.kind === 'chart'
          ? (chartTitles.get(s.key) ?? s.key)
          : `Steckbrief ${names.get(s.ags) ?? s.ags}`;
    return { ...file, title };
  });
  return {
    base,
    kreise: data.kreise,
    charts: data.charts.map((c) => ({ key: c.key, title: c.title })),
    gebaut: data.gebaut,
    min: PROGRAMME_START.slice(0, 4) + '-01-01',
    files,
  };
}
