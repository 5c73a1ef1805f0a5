/**
 * The "Annahmen" list: every reading the funding model makes, written out from the data itself
 * (amounts, dates, which KIs are affected), so that a changed CSV row changes the text too.
 */
import { nextDay, previousDay } from '../model/dates.ts';
import type { FoerderRegel, Foerdertyp, Kreis, Zentrum } from '../model/types.ts';

import { annualCent, componentOrder, isKiRegel, komponenteInfo, komponenten, rulesOn } from './regeln.ts';
import { landJahre, sum } from './land.ts';

import { modelContext, type ModelContext } from './modell.ts';

import { formatDate, formatEuro, formatNumber, formatPartialDate } from '../model/format.ts';

/** One assumption, with the ids of the rules or KIs it concerns. */
export interface Annahme {
  id: string;
  text: string;
}

const typen: Foerdertyp[] = ['Kreis', 'kreisfreie Stadt'];
const typName: Record<Foerdertyp, string> = { Kreis: 'Kreis', 'kreisfreie Stadt': 'kreisfreie Stadt' };

/** Returns the model's assumptions for a rule set and the KIs, in reading order. */
export function annahmen(
  regeln: readonly FoerderRegel[],
  zentren: readonly Zentrum[],
  kreise: readonly Kreis[],
  jahre: [number, number],
): Annahme[] {
  const ctx = modelContext(regeln);
  return [
    monatsAnnahme(),
    ...startAnnahmen(zentren),
    ...typAnnahmen(zentren, kreise),
    ...lesartAnnahmen(regeln),
    ...fortschreibungAnnahmen(regeln, ctx, jahre[1]),
    ...wertAnnahmen(regeln, zentren, jahre),
    ...endAnnahmen(regeln, jahre[1]),
    hoechstAnnahme(regeln),
    ...undatierteAnnahmen(regeln),
  ].filter((a): a is Annahme => a !== null);
}

function monatsAnnahme(): Annahme {
  return {
    id: 'monate',
    text:
      'Die Förderung wird in Monatsanteilen gerechnet (Jahresbetrag ÷ 12). Der Startmonat eines KI zählt voll, wie beim Förderbescheid ' +
      'der Stadt Solingen „für den laufenden Dezember“ (170.000 € ÷ 12 = 14.167 €). Für jeden Monat gilt die Regel, die am Monatsletzten in Kraft ist.',
  };
}

function startAnnahmen(zentren: readonly Zentrum[]): Annahme[] {
  const nurJahr = zentren.filter((z) => z.start?.precision === 'jahr');
  const ohne = zentren.filter((z) => !z.start);
  const out: Annahme[] = [];
  if (nurJahr.length > 0) {
    out.push({
      id: 'start-jahr',
      text: `${nurJahr.length} KI haben nur ein Startjahr (${names(nurJahr)}). Für dieses Jahr wird nicht anteilig geschätzt: gezählt ist sicher nur der Dezember, höchstens das ganze Jahr – die Summen zeigen dafür eine Spanne.`,
    });
  }
  if (ohne.length > 0) {
    out.push({
      id: 'start-unbekannt',
      text: `${ohne.length} KI ohne bekanntes Startdatum (${names(ohne)}) zählen erst ab dem Monat sicher, in dem eine Quelle ihr Bestehen belegt („spätestens“); davor höchstens ab Beginn der Förderrichtlinie – ebenfalls als Spanne.`,
    });
  }
  return out;
}

function typAnnahmen(zentren: readonly Zentrum[], kreise: readonly Kreis[]): Annahme[] {
  const artOf = new Map(kreise.map((k) => [k.ags, k] as const));
  const special = zentren.filter((z) => {
    const kreis = artOf.get(z.kreisAgs);
    return kreis && (kreis.art === 'Städteregion' || z.ags !== z.kreisAgs);
  });
  if (special.length === 0) return [];
  const parts = special.map(
    (z) => `${z.traeger} nach den Regeln für ${z.foerdertyp === 'Kreis' ? 'Kreise' : 'kreisfreie Städte'}`,
  );
  return [
    {
      id: 'foerdertyp',
      text: `Sonderfälle beim Fördertyp: ${parts.join('; ')}. Je Einwohner zählen beide KI der Städteregion Aachen über deren gesamte Bevölkerung.`,
    },
  ];
}

/** Readings where newer components replace older ones; checks whether the amounts agree. */
function lesartAnnahmen(regeln: readonly FoerderRegel[]): Annahme[] {
  const dated = regeln.filter((r) => isKiRegel(r) && r.gueltigAb && komponenteInfo(r.komponente).ersetzt.length > 0);
  const days = [...new Set(dated.map((r) => r.gueltigAb!.earliest))].sort();
  return days.map((day) => {
    const neu = [...new Set(dated.filter((r) => r.gueltigAb!.earliest === day).map((r) => r.komponente))];
    const alt = [...new Set(neu.flatMap((k) => komponenteInfo(k).ersetzt))];
    const before = previousDay(day);
    const checks = typen.map((typ) => {
      const vorher = sumOf(rulesOn(regeln, typ, before).filter((r) => alt.includes(r.komponente)));
      const nachher = sumOf(rulesOn(regeln, typ, day).filter((r) => neu.includes(r.komponente)));
      const verdict = vorher === nachher ? 'gleich' : `Abweichung ${formatEuro(nachher - vorher)}`;
      return `${typName[typ]}: vorher ${formatEuro(vorher)}, danach ${formatEuro(nachher)} – ${verdict}`;
    });
    return {
      id: `lesart-${day}`,
      text:
        `Lesart ab ${formatDate(day)}: ${quoted(neu)} ersetzen ${quoted(alt)} – dieselben Stellen, neu beschrieben, nicht zusätzlich. ` +
        `${checks.join('; ')}. Keine Quelle nennt diese Zerlegung ausdrücklich; sie ist rechnerisch abgeleitet.`,
    };
  });
}

function fortschreibungAnnahmen(regeln: readonly FoerderRegel[], ctx: ModelContext, bisJahr: number): Annahme[] {
  const byDate = new Map<string, FoerderRegel[]>();
  for (const regel of regeln) {
    const until = ctx.confirmed.get(regel.id);
    if (!isKiRegel(regel) || regel.gueltigBis || !until || annualCent(regel) === null || until >= `${bisJahr}-12-31`)
      continue;
    // Only rules the model actually carries past that day (not those replaced before it).
    const dayAfter = nextDay(until);
    if (!typen.some((typ) => rulesOn(regeln, typ, dayAfter).includes(regel))) continue;
    byDate.set(until, [...(byDate.get(until) ?? []), regel]);
  }
  return [...byDate.entries()].sort().map(([until, rules]) => {
    const next = regeln.find(
      (r) => r.komponente === 'rechtsgrundlage' && r.gueltigAb && previousDay(r.gueltigAb.earliest) === until,
    );
    const items = [...rules]
      .sort((a, b) => componentOrder(a.komponente) - componentOrder(b.komponente))
      .map(
        (r) =>
          `${komponenteInfo(r.komponente).label} ${formatEuro(r.betragCent ?? 0)}${r.einheit === 'je Stelle' ? ' je Stelle' : ''}`,
      );
    return {
      id: `fortgeschrieben-${until}`,
      text:
        `Nur bis ${formatDate(until)} belegt: ${[...new Set(items)].join(', ')}. ` +
        `${next ? `Danach gilt eine neue Rechtsgrundlage (${next.bezeichnung}, ab ${formatDate(next.gueltigAb!.earliest)}), deren Beträge nicht vorliegen. ` : ''}` +
        'Das Modell schreibt die Beträge unverändert fort; diese Jahre sind als „fortgeschrieben“ gekennzeichnet.',
    };
  });
}

function wertAnnahmen(
  regeln: readonly FoerderRegel[],
  zentren: readonly Zentrum[],
  jahre: [number, number],
): Annahme[] {
  const ohneWert = regeln.filter(
    (r) => isKiRegel(r) && r.gueltigAb && r.betragCent === null && r.einheit === 'je Stelle',
  );
  const komps = [...new Set(ohneWert.map((r) => r.komponente))];
  return komps.flatMap((komponente) => {
    const withValue = regeln
      .filter((r) => r.komponente === komponente && r.betragCent !== null && r.gueltigAb)
      .sort(byStart);
    const first = withValue[0];
    if (!first) return [];
    const plain = landJahre(zentren, jahre[0], jahre[1], modelContext(regeln));
    const extended = landJahre(zentren, jahre[0], jahre[1], modelContext(regeln, { wertUebertragen: true }));
    const extraByYear = extended.map((y, i) => ({
      jahr: y.jahr,
      cent: centOf(y.komponenten, komponente) - centOf(plain[i]!.komponenten, komponente),
    }));
    const extra = sum(extraByYear.map((y) => y.cent));
    // Name the years the sum really covers, not the whole modelled range.
    const covered = extraByYear.filter((y) => y.cent !== 0).map((y) => y.jahr);
    const span = covered.length === 0 ? `${jahre[0]}–${jahre[1]}` : yearSpan(covered[0]!, covered.at(-1)!);
    return [
      {
        id: `wert-${komponente}`,
        text:
          `${komponenteInfo(komponente).label}: Ein Gegenwert (${formatEuro(first.betragCent ?? 0)} je Stelle) ist erst ab ${formatPartialDate(first.gueltigAb!)} belegt. ` +
          `Für die Monate davor sind Stellen bekannt, ihr Wert aber nicht; das Modell setzt dort nichts an. ` +
          `Mit demselben Wert auch davor kämen ${span} landesweit ${formatEuro(extra)} hinzu.`,
      },
    ];
  });
}

/** Returns a span of years as text: "2013–2016", or "2016" for one year. */
export function yearSpan(from: number, to: number): string {
  return from === to ? String(from) : `${from}–${to}`;
}

/** Components whose every rule has an end date: after the last one no rule says anything. */
export function endedKomponenten(regeln: readonly FoerderRegel[]): { komponente: string; bis: string }[] {
  const keys = [
    ...new Set(regeln.filter((r) => isKiRegel(r) && r.gueltigAb && r.betragCent !== null).map((r) => r.komponente)),
  ];
  return keys.flatMap((komponente) => {
    const rules = regeln.filter((r) => isKiRegel(r) && r.gueltigAb && r.komponente === komponente);
    if (rules.some((r) => !r.gueltigBis)) return [];
    const bis = rules
      .map((r) => r.gueltigBis!.latest)
      .sort()
      .at(-1)!;
    const replacedLater = regeln.some(
      (r) =>
        isKiRegel(r) &&
        r.gueltigAb &&
        r.gueltigAb.earliest > bis &&
        komponenteInfo(r.komponente).ersetzt.includes(komponente),
    );
    return replacedLater ? [] : [{ komponente, bis }];
  });
}

function endAnnahmen(regeln: readonly FoerderRegel[], bisJahr: number): Annahme[] {
  return endedKomponenten(regeln)
    .filter((e) => e.bis < `${bisJahr}-12-31`)
    .map((e) => ({
      id: `ende-${e.komponente}`,
      text: `${komponenteInfo(e.komponente).label}: Die letzte Regel endet am ${formatDate(e.bis)}; für die Zeit danach nennt keine Quelle Stellen oder Beträge. Ab dann fehlen sie in den Summen – unbekannt, nicht null.`,
    }));
}

function hoechstAnnahme(regeln: readonly FoerderRegel[]): Annahme | null {
  const keys = new Set(
    regeln.filter((r) => isKiRegel(r) && r.gueltigAb && r.betragCent !== null).map((r) => r.komponente),
  );
  const labels = komponenten.filter((k) => k.hoechstens && keys.has(k.key)).map((k) => `„${k.label}“`);
  if (labels.length === 0) return null;
  return {
    id: 'hoechstbetrag',
    text:
      `Höchstbetrag: ${labels.join(', ')} sind „bis zu“-Angebote; das Modell setzt sie voll an. Nicht jedes KI rief alles ab ` +
      '(offene Stellen, Aufbau im Jahresverlauf, Zusatzstellen nur teilweise besetzt) – tatsächlich gezahlte Beträge liegen daher eher darunter.',
  };
}

function undatierteAnnahmen(regeln: readonly FoerderRegel[]): Annahme[] {
  const undated = regeln.filter((r) => isKiRegel(r) && !r.gueltigAb && r.betragCent !== null);
  if (undated.length === 0) return [];
  const items = undated.map((r) => {
    const annual = annualCent(r);
    const detail =
      r.einheit === 'je Stelle' && r.stellen !== null
        ? `${formatNumber(r.stellen)} × ${formatEuro(r.betragCent ?? 0)} = ${formatEuro(annual ?? 0)}`
        : formatEuro(annual ?? 0);
    return `${komponenteInfo(r.komponente).label} (${r.giltFuer}): ${detail}`;
  });
  return [
    {
      id: 'undatiert',
      text: `Ohne Gültigkeitsbeginn in den Quellen und daher in keinem Jahr angesetzt: ${[...new Set(items)].join('; ')}. Welche Jahre sie betreffen, ist offen.`,
    },
  ];
}

function sumOf(rules: readonly FoerderRegel[]): number {
  return sum(rules.map((r) => annualCent(r) ?? 0));
}

function centOf(parts: readonly { komponente: string; cent: number }[], komponente: string): number {
  return sum(parts.filter((p) => p.komponente === komponente).map((p) => p.cent));
}

function byStart(a: FoerderRegel, b: FoerderRegel): number {
  return (a.gueltigAb?.earliest ?? '').localeCompare(b.gueltigAb?.earliest ?? '');
}

function quoted(keys: readonly string[]): string {
  return keys.map((k) => `„${komponenteInfo(k).label}“`).join(' und ');
}

function names(zentren: readonly Zentrum[]): string {
  return zentren.map((z) => z.traeger).join(', ');
}
