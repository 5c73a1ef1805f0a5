/**
 * The district card of /embed/kreis/<ags>/: status at a Stichtag, each KI's start at its own
 * precision, and the funding figure of the cost model (same numbers as the district page).
 */
import { startBelegText } from '../model/start-meaning.ts';
import { formatDate } from '../model/format.ts';
import { kreisKosten } from './kosten/kreis.ts';
import { MODELL_LABEL, type AtlasInput } from './kosten/reihen.ts';
import { betrag, formatBetrag, type Basis } from '../model/betrag.ts';
import { kreisLead, seit } from './kreis-page.ts';
import { statusAt } from '../model/status.ts';
import { statusPhrase } from './summary.ts';
import type { IsoDate, KreisStatus } from '../model/types.ts';

/** One KI on the card. */
export interface CardZentrum {
  traeger: string;
  /** "seit dem 06.09.2018" (an Arbeitsaufnahme), "KI belegt (Beschluss vom 14.09.2012)" or "Start nicht belegt". */
  seit: string;
  /** What the start date means (Ratsbeschluss, Arbeitsaufnahme …), "" when the data says nothing. */
  bedeutung: string;
}

/** Everything the card shows. */
export interface KreisCard {
  ags: string;
  name: string;
  lead: string;
  status: KreisStatus;
  /** "KI vorhanden am 25.11.2026". */
  statusText: string;
  zentren: CardZentrum[];
  /** "2019: 370.000 €² Landesmittel (Integrationsministerium), 1,19 €² je Einwohner (Platz 30 von 53)" with its basis; null without a model figure. */
  foerderung: { text: string; basis: Basis } | null;
  /** What the funding figure is: "Modellrechnung nach Förderrichtlinie (Höchstbetrag)". */
  foerderungArt: string;
}

/** Returns the card of a district at a Stichtag, or null for an unknown AGS. */
export function kreisCard(atlas: AtlasInput, ags: string, stichtag: IsoDate): KreisCard | null {
  const kreis = atlas.kreise.find((k) => k.ags === ags);
  if (!kreis) return null;
  const zentren = atlas.zentren.filter((z) => z.kreisAgs === ags);
  const status = statusAt(zentren, ags, stichtag);
  const model = kreisKosten(atlas, ags);
  const rang = model?.rang;
  const jahr = rang ? model?.yearsIm.find((y) => y.jahr === rang.jahr) : undefined;
  const basis: Basis = rang?.basis === 'fortgeschrieben' ? 'fortgeschrieben' : 'modell';
  const foerderung =
    rang && jahr
      ? {
          basis,
          text:
            `${rang.jahr}: ${formatBetrag(betrag(basis, jahr.cent, jahr.hoechstCent)).text} Landesmittel (Integrationsministerium)` +
            (rang.centJeEinwohner === null
              ? ''
              : `, ${formatBetrag(betrag(basis, Math.round(rang.centJeEinwohner)), 'cent').text} je Einwohner (Platz ${rang.platz} von ${rang.von})`),
        }
      : null;
  return {
    ags,
    name: kreis.name,
    lead: kreisLead(kreis, zentren),
    status,
    statusText: `${statusPhrase(status)} am ${formatDate(stichtag)}`,
    zentren: zentren.map((z) => ({
      traeger: z.traeger,
      seit: z.start ? (startBelegText(z) ?? seit(z.start)) : 'Start nicht belegt',
      bedeutung: z.startBedeutung,
    })),
    foerderung,
    foerderungArt: MODELL_LABEL,
  };
}
