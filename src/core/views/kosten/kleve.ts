/**
 * What a district missed while it had no KI: the Kleve box on /kosten/ (a range of readings, one
 * assumption per line, a quotable sentence) and every district page's gap sentence, from one model.
 */
import type { Kreis, Zentrum } from '../../model/types.ts';
import { formatEuro, formatEuroCent } from '../../model/format.ts';
import { fortgeschriebenAm, modelContext, type ModelContext } from '../../foerderung/modell.ts';
import {
  entgangeneMittel,
  haeufigstesStartjahr,
  medianStartMonat,
  type EntgangeneMittel,
  type Bezugsjahr,
} from '../../foerderung/vergleiche.ts';
import { activityWindow, lastDayOfMonth } from '../../foerderung/monate.ts';
import { formatMonth } from '../../model/format.ts';
import { betrag, formatBetrag, type Betrag } from '../../model/betrag.ts';
import { appliesTo, rulesInMonth } from '../../foerderung/regeln.ts';

import { type AtlasInput } from './reihen.ts';

/** One reading of the Kleve estimate: its assumption in words and what it gives. */
export interface KleveLesart {
  id: string;
  text: string;
  cent: number;
}

/** The Kleve box. */
export interface KleveBox {
  zentrum: Zentrum;
  kreis: Kreis | undefined;
  bezug: Bezugsjahr;
  schaetzung: EntgangeneMittel;
  formel: string[];
  lehrerFormel: string[];
  /** The readings from the highest to the lowest, each assumption on its own line. */
  lesarten: KleveLesart[];
  /** From the lowest to the highest reading; `fortgeschrieben` when some months rest on carried-forward amounts. */
  spanne: Betrag;
  /** Months of the highest reading valued with carried-forward amounts (after a newer Richtlinie). */
  fortgeschriebeneMonate: { von: number; bis: number } | null;
  /** One sentence a press officer can quote verbatim. */
  satz: string;
}

/** Returns the estimate for the district `kreisAgs` (Kleve: 05154) from the most common start year to its start. */
export function kleveBox(atlas: AtlasInput, ctx: ModelContext, kreisAgs = KLEVE_AGS): KleveBox | null {
  const zentrum = atlas.zentren.find((z) => z.kreisAgs === kreisAgs);
  const andere = atlas.zentren.filter((z) => z !== zentrum);
  const bezug = haeufigstesStartjahr(andere);
  if (!zentrum || !bezug) return null;
  const schaetzung = entgangeneMittel(zentrum, bezug.jahr, ctx);
  if (!schaetzung) return null;
  const line = (a: EntgangeneMittel['abschnitte'][number]) => {
    const parts = a.posten.map((p) =>
      p.jahresCent === null ? `${p.label} (Betrag unbekannt)` : formatEuro(p.jahresCent),
    );
    const span = a.von === a.bis ? formatMonth(a.von) : `${formatMonth(a.von)}–${formatMonth(a.bis)}`;
    // Only unknown amounts: the result is unknown, not 0 €.
    const result =
      a.posten.length > 0 && a.posten.every((p) => p.jahresCent === null)
        ? 'unbekannt (nicht 0 €)'
        : formatEuroCent(a.cent);
    return `${span}: ${a.monate} Monate × (${parts.join(' + ')}) ÷ 12 = ${result}`;
  };
  const name = atlas.kreise.find((k) => k.ags === kreisAgs)?.name ?? zentrum.traeger;
  const lesarten = kleveLesarten(zentrum, bezug, schaetzung.bis, andere, ctx);
  const cents = lesarten.map((l) => l.cent);
  const fortgeschrieben = fortgeschriebeneMonate(zentrum, schaetzung, ctx);
  const spanne = betrag(fortgeschrieben ? 'fortgeschrieben' : 'modell', Math.min(...cents), Math.max(...cents));
  const von = formatEuro(Math.min(...cents));
  const bis = formatEuro(Math.max(...cents));
  return {
    zentrum,
    kreis: atlas.kreise.find((k) => k.ags === kreisAgs),
    bezug,
    schaetzung,
    formel: schaetzung.abschnitte.map(line),
    lehrerFormel: schaetzung.lehrerAbschnitte.map(line),
    lesarten,
    spanne,
    fortgeschriebeneMonate: fortgeschrieben,
    satz:
      `Hätte der ${name} ab ${bezug.jahr} – dem Jahr, in dem die meisten Kommunalen Integrationszentren starteten – ein KI gehabt, ` +
      `hätte er nach den Förderregeln des Landes bis ${formatMonth(schaetzung.bis)} zwischen ${von} und ${bis} Landesmittel erhalten können ` +
      `(Modellrechnung des KI-Atlas NRW, keine amtliche Zahl; ohne Lehrerstellen${fortgeschriebenHinweis(fortgeschrieben)}).`,
  };
}

/** Returns the readings of the estimate up to month `bis`, highest first: every "bis zu", without Sachkosten, one extra post, median start. */
function kleveLesarten(
  zentrum: Zentrum,
  bezug: Bezugsjahr,
  bis: number,
  andere: readonly Zentrum[],
  ctx: ModelContext,
): KleveLesart[] {
  const ohneSachkosten = { ohne: ['sachkosten'] };
  const cent = (l: Parameters<typeof entgangeneMittel>[3], ab = bezug.jahr * 12) =>
    ab > bis ? 0 : (entgangeneMittel(zentrum, bezug.jahr, ctx, l, ab, bis)?.cent ?? 0);
  const median = medianStartMonat(andere);
  const von = bezug.jahr * 12;
  const out: KleveLesart[] = [
    {
      id: 'hoechst',
      text: `Start im Januar ${bezug.jahr}; alle „bis zu“-Mittel voll abgerufen (alle Zusatzstellen ab 2017 und die Sachkosten).`,
      cent: cent({}),
    },
    { id: 'ohne-sachkosten', text: 'Wie oben, aber ohne den Zuschuss zu Sachkosten.', cent: cent(ohneSachkosten) },
    {
      id: 'eine-zusatzstelle',
      text: 'Nur eine der zusätzlichen Fachstellen ab 2017 besetzt (wie der Kreis Coesfeld 2017) und ohne Sachkosten.',
      cent: cent(ohneSachkosten) - weitereZusatzstellenCent(zentrum, von, bis, ctx),
    },
  ];
  // Only where the gap reaches past the median start: before it, a median start means no gap at all.
  if (median !== null && median > von && median <= bis) {
    out.push({
      id: 'median-start',
      text: `Wie zuvor, aber Start erst ${formatMonth(median)}: der mittlere Startmonat (Median) der KI, deren Start auf den Monat genau belegt ist.`,
      cent: cent(ohneSachkosten, median) - weitereZusatzstellenCent(zentrum, median, bis, ctx),
    });
  }
  return out;
}

/**
 * Returns the cents of every extra post beyond the first from 2017 on, for the months [von, bis]: the
 * "zusatzstelle" posts (bis zu 50.000 € each) and, from 05.10.2017, the same posts inside the 5,5-post
 * Pauschale and the Kreiszuschlag (270.000 € = 170.000 € + 2 × 50.000 €, data/foerderung.csv's reading).
 */
function weitereZusatzstellenCent(zentrum: Zentrum, von: number, bis: number, ctx: ModelContext): number {
  let cent = 0;
  for (let m = von; m <= bis; m++) {
    const rules = rulesInMonth(ctx.regeln, zentrum.foerdertyp, m);
    const zusatz = ctx.regeln.find(
      (r) => r.komponente === 'zusatzstelle' && appliesTo(r, zentrum.foerdertyp) && r.betragCent !== null,
    );
    const ab2017 = rules.some((r) => ['zusatzstelle', 'pauschale-5-5', 'kreisstelle'].includes(r.komponente));
    if (!zusatz || !ab2017 || zusatz.stellen === null) continue;
    cent += ((zusatz.stellen - 1) * (zusatz.betragCent ?? 0)) / 12;
  }
  return Math.round(cent);
}

/** Returns the caveat a quotable sentence carries when some of its months rest on carried-forward amounts. */
function fortgeschriebenHinweis(monate: { von: number; bis: number } | null): string {
  if (!monate) return '';
  const span =
    monate.von === monate.bis ? formatMonth(monate.von) : `${formatMonth(monate.von)}–${formatMonth(monate.bis)}`;
  return `; ${span} mit fortgeschriebenen Beträgen von 2017`;
}

/** Returns the first and last month of an estimate whose amounts are carried past a newer Richtlinie, or null. */
function fortgeschriebeneMonate(
  zentrum: Zentrum,
  s: { von: number; bis: number },
  ctx: ModelContext,
): { von: number; bis: number } | null {
  const months: number[] = [];
  for (let m = s.von; m <= s.bis; m++) {
    const day = lastDayOfMonth(m);
    const carried = rulesInMonth(ctx.regeln, zentrum.foerdertyp, m).some(
      (r) => r.komponente !== 'lehrerstelle' && fortgeschriebenAm(r, day, ctx),
    );
    if (carried) months.push(m);
  }
  return months.length > 0 ? { von: months[0]!, bis: months[months.length - 1]! } : null;
}

/** AGS of the Kreis Kleve: its district page links to the estimate on /kosten/. */
export const KLEVE_AGS = '05154';

/** How long a district was without a KI after the reference year, and what the same rules would have paid then. */
export interface Luecke {
  kreis: Kreis;
  /** January of the year most KIs started (the Kleve box's reference). */
  bezug: Bezugsjahr;
  /** `keine`: its KI existed from the start of the reference year; else the gap in months (a range while the start is not known to the month). */
  art: 'keine' | 'monate';
  monateVon: number;
  monateBis: number;
  /** The Integrationsministerium funding of those months: lowest reading over the shortest gap to the highest over the longest. */
  betrag: Betrag | null;
  /** One quotable sentence. */
  satz: string;
}

/** Returns a district's gap: from January of the most common start year to its first KI's start, and its cost by the rules. */
export function lueckeKreis(atlas: AtlasInput, kreisAgs: string): Luecke | null {
  const kreis = atlas.kreise.find((k) => k.ags === kreisAgs);
  const eigene = atlas.zentren.filter((z) => z.kreisAgs === kreisAgs);
  const andere = atlas.zentren.filter((z) => z.kreisAgs !== kreisAgs);
  const bezug = haeufigstesStartjahr(andere);
  if (!kreis || eigene.length === 0 || !bezug) return null;
  const ctx = modelContext(atlas.foerderung);
  const von = bezug.jahr * 12;
  // The district's first KI: the one that may have started earliest.
  const erstes = [...eigene].sort(
    (a, b) => activityWindow(a, ctx.fallbackFrom).moeglichAb - activityWindow(b, ctx.fallbackFrom).moeglichAb,
  )[0]!;
  const zeitraum = activityWindow(erstes, ctx.fallbackFrom);
  const sicherAb = Math.min(...eigene.map((z) => activityWindow(z, ctx.fallbackFrom).sicherAb ?? Infinity));
  const kurz = Math.max(0, zeitraum.moeglichAb - von);
  const lang = Number.isFinite(sicherAb) ? Math.max(0, sicherAb - von) : null;
  const name = kreis.name;
  if (lang === 0) {
    return {
      kreis,
      bezug,
      art: 'keine',
      monateVon: 0,
      monateBis: 0,
      betrag: null,
      satz: `${name} hatte spätestens ab Januar ${bezug.jahr} ein Kommunales Integrationszentrum – dem Jahr, in dem die meisten KI starteten: keine Lücke.`,
    };
  }
  const hoch = lang === null ? null : kleveLesarten(erstes, bezug, von + lang - 1, andere, ctx);
  const tief = kurz === 0 ? null : kleveLesarten(erstes, bezug, von + kurz - 1, andere, ctx);
  const hochCent = hoch ? Math.max(...hoch.map((l) => l.cent)) : null;
  const tiefCent = tief ? Math.min(...tief.map((l) => l.cent)) : 0;
  const carriedMonate = lang === null ? null : fortgeschriebeneMonate(erstes, { von, bis: von + lang - 1 }, ctx);
  const carried = carriedMonate !== null;
  const betragValue =
    hochCent === null ? null : betrag(carried ? 'fortgeschrieben' : 'modell', Math.min(tiefCent, hochCent), hochCent);
  const monateText = (n: number) => (n === 1 ? '1 Monat' : `${n} Monate`);
  const geld = betragValue ? formatBetrag(betragValue).zahl.replace('–', ' bis ') : null;
  const quelle = `(Modellrechnung des KI-Atlas NRW, Integrationsministerium, ohne Lehrerstellen${fortgeschriebenHinweis(carriedMonate)})`;
  const bezugText = `Januar ${bezug.jahr} – dem Jahr, in dem die meisten Kommunalen Integrationszentren starteten`;
  let satz: string;
  if (lang === null) {
    satz = `Für ${name} belegt keine Quelle, ab wann ein KI bestand.`;
  } else if (kurz === lang) {
    satz = `${name} hatte nach ${bezugText} – noch ${monateText(lang)} lang kein KI.${geld ? ` Nach den Förderregeln hätte das Land in dieser Zeit ${geld} gezahlt ${quelle}.` : ''}`;
  } else if (kurz > 0) {
    satz = `${name} hatte nach ${bezugText} – noch ${kurz} bis ${monateText(lang)} lang kein KI (der Start ist nur als Jahr belegt).${geld ? ` Nach den Förderregeln hätte das Land in dieser Zeit ${geld} gezahlt ${quelle}.` : ''}`;
  } else {
    satz = `Für ${name} ist nicht genau belegt, wann das KI startete; sicher bestand es ab ${formatMonth(von + lang)}. Gegenüber ${bezugText} – lag die Lücke deshalb zwischen 0 und ${lang === 1 ? '1 Monat' : `${lang} Monaten`}${hochCent ? `; nach den Förderregeln entspräche das bis zu ${formatEuro(hochCent)} ${quelle}` : ''}.`;
  }
  return {
    kreis,
    bezug,
    art: 'monate',
    monateVon: kurz,
    monateBis: lang ?? kurz,
    betrag: betragValue,
    satz,
  };
}
