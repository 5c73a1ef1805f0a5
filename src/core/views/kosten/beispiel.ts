/** The rate breakdown of one KI type in one year (the 2017 example on /kosten/). */
import type { Foerdertyp } from '../../model/types.ts';
import { formatDate, formatEuroShort, formatNumber, formatPartialDate } from '../../model/format.ts';
import { type Ministerium } from '../../foerderung/regeln.ts';
import { jahresbetraegeAm } from '../../foerderung/jahresbetraege.ts';
import { sum } from '../../foerderung/land.ts';
import type { WaterfallStep } from '../../charts/waterfall.ts';

import { type AtlasInput, colorFor } from './reihen.ts';

/** The rate breakdown of one KI type at the newest rule date of a year (the 2017 example). */
export interface Beispiel {
  foerdertyp: Foerdertyp;
  tag: string;
  steps: WaterfallStep[];
  /** Id of the source of the newest rule (quellen.csv), e.g. the ministry's press release. */
  quelle: string;
  /** Sum of the components that source is cited for (the motion's figures). */
  quelleCent: number;
  gesamtCent: number;
  stellen: number;
  zeilen: { label: string; ministerium: Ministerium; stellen: number | null; cent: number | null; ab: string }[];
}

/** Returns a KI type's annual amounts at the newest rule date of `jahr`: that date's components first, then the rest. */
export function beispiel(atlas: AtlasInput, foerdertyp: Foerdertyp, jahr: number): Beispiel | null {
  const days = atlas.foerderung
    .filter((r) => r.gueltigAb && r.betragCent !== null && r.gueltigAb.earliest.startsWith(`${jahr}-`))
    .map((r) => r.gueltigAb!.earliest)
    .sort();
  const tag = days[days.length - 1];
  if (!tag) return null;
  const betraege = jahresbetraegeAm(atlas.foerderung, foerdertyp, tag);
  // The source of that day's rule (e.g. the ministry's press release) and every component it is cited for.
  const quelle = atlas.foerderung.find((r) => r.gueltigAb?.earliest === tag && r.betragCent !== null)?.quelle[0] ?? '';
  const ausQuelle = betraege.filter((b) => b.cent !== null && b.regel.quelle.includes(quelle));
  const rest = betraege.filter((b) => b.cent !== null && !b.regel.quelle.includes(quelle));
  const step = (b: (typeof betraege)[number]): WaterfallStep => ({
    key: b.regel.id,
    label:
      b.stellen !== null && b.regel.einheit === 'je Stelle'
        ? `${b.label} (${formatNumber(b.stellen)} × ${formatEuroShort(b.regel.betragCent ?? 0)})`
        : b.label,
    value: b.cent ?? 0,
    kind: 'add',
    color: colorFor(b.komponente),
  });
  const quelleCent = sum(ausQuelle.map((b) => b.cent ?? 0));
  const gesamtCent = sum(betraege.map((b) => b.cent ?? 0));
  const steps: WaterfallStep[] = [
    ...ausQuelle.map(step),
    {
      key: 'summe-quelle',
      // The release lists the components; the sum is ours (it gives no total and no city/Kreis split).
      label: `Summe der Bestandteile der PM vom ${formatDate(tag)} (eigene Rechnung)`,
      value: quelleCent,
      kind: 'total',
      color: '#4f5863',
    },
    ...rest.map(step),
    ...(rest.length > 0
      ? [
          {
            key: 'summe',
            label: 'Höchstbetrag (eigene Rechnung)',
            value: gesamtCent,
            kind: 'total' as const,
            color: '#1b1f24',
          },
        ]
      : []),
  ];
  return {
    foerdertyp,
    tag,
    quelle,
    steps,
    quelleCent,
    gesamtCent,
    stellen: sum(betraege.map((b) => b.stellen ?? 0)),
    zeilen: betraege.map((b) => ({
      label: b.label,
      ministerium: b.ministerium,
      stellen: b.stellen,
      cent: b.cent,
      ab: formatPartialDate(b.regel.gueltigAb!),
    })),
  };
}
