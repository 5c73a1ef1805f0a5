/**
 * The funding model: what the funding rules (data/foerderung.csv) allow a KI per calendar year,
 * split into components, in integer cents ("Modellrechnung nach Förderrichtlinie (Höchstbetrag)").
 * Months decide: a KI counts from its start month, a rule for the months in force on their last
 * day. Starts known only to the year, or not at all, give a range (certain … possible), never a guess.
 */
import type { FoerderRegel, IsoDate, Zentrum } from '../model/types.ts';
import {
  annualCent,
  componentOrder,
  confirmedUntil,
  isKiRegel,
  komponenteInfo,
  ministeriumOf,
  rulesInMonth,
  type Ministerium,
} from './regeln.ts';
import {
  activityIn,
  activityWindow,
  lastDayOfMonth,
  monthIndex,
  monthlyShare,
  monthsOfYear,
  type StartFlag,
} from './monate.ts';

/** Model switches; the defaults are the cautious reading. */
import { sum } from './land.ts';

export interface ModelOptions {
  /** Value posts whose rule gives no amount with the nearest documented amount of the same component (flagged). */
  wertUebertragen?: boolean;
}

/** One component of one KI (or of all KIs) in one calendar year. */
export interface KomponenteJahr {
  komponente: string;
  label: string;
  ministerium: Ministerium;
  /** Cents for the months the KI certainly existed (unknown amounts count 0, see monateOhneBetrag). */
  cent: number;
  /** Cents if the KI also existed in every month its start allows (≥ cent). */
  hoechstCent: number;
  /** Certain months with this component. */
  monate: number;
  /** Certain months whose amount no source gives (counted as 0). */
  monateOhneBetrag: number;
  /** Certain months whose amount is carried forward past a newer legal instrument. */
  monateFortgeschrieben: number;
  /** Certain months valued with an amount transferred from another date (option wertUebertragen). */
  monateUebertragen: number;
  /** Posts the component funds in the last certain month; null = none given. */
  stellen: number | null;
  regelIds: string[];
}

/** The model for one KI and calendar year. */
export interface ZentrumJahr {
  zentrumId: string;
  jahr: number;
  /** Months the KI certainly existed in this year. */
  monateSicher: number;
  /** Months it may have existed (includes the certain ones). */
  monateMoeglich: number;
  /** Set when monateMoeglich > monateSicher because the start is not known to the month. */
  flag: StartFlag | null;
  komponenten: KomponenteJahr[];
  /** Sum of komponenten[].cent. */
  cent: number;
  /** Sum of komponenten[].hoechstCent. */
  hoechstCent: number;
}

interface Accumulator {
  info: KomponenteJahr;
  sumSure: number;
  sumMax: number;
}

/** Returns the first month any per-KI rule is in force: the earliest month an unknown start may mean. */
export function firstRuleMonth(regeln: readonly FoerderRegel[]): number {
  const starts = regeln.filter((r) => isKiRegel(r) && r.gueltigAb).map((r) => monthIndex(r.gueltigAb!.earliest));
  return starts.length > 0 ? Math.min(...starts) : Number.MAX_SAFE_INTEGER;
}

/** Returns, for one rule in force in a month, its annual cents and how they are known. */
function valueOf(
  regel: FoerderRegel,
  month: number,
  ctx: ModelContext,
  zentrum?: Pick<Zentrum, 'lehrerstellen'>,
): { cent: number | null; fortgeschrieben: boolean; uebertragen: boolean } {
  const fortgeschrieben = fortgeschriebenAm(regel, lastDayOfMonth(month), ctx);
  const own = annualCent(eigeneStellen(regel, zentrum));
  if (own !== null || !ctx.options.wertUebertragen) return { cent: own, fortgeschrieben, uebertragen: false };
  const donor = nearestAmount(regel, ctx.regeln);
  if (!donor || donor.betragCent === null || regel.stellen === null)
    return { cent: null, fortgeschrieben, uebertragen: false };
  return { cent: Math.round(donor.betragCent * regel.stellen), fortgeschrieben, uebertragen: true };
}

/**
 * Returns the rule with the KI's own documented teacher posts (zentren.csv `lehrerstellen`) in place
 * of the rule's maximum: a KI's documented posts beat "bis zu" (Kreis Kleve: 2, not 3,5).
 */
export function eigeneStellen(regel: FoerderRegel, zentrum?: Pick<Zentrum, 'lehrerstellen'>): FoerderRegel {
  if (regel.komponente !== 'lehrerstelle' || regel.einheit !== 'je Stelle') return regel;
  if (zentrum?.lehrerstellen === null || zentrum?.lehrerstellen === undefined) return regel;
  return { ...regel, stellen: zentrum.lehrerstellen };
}

/** Returns the rule of the same component with a per-post amount whose start is closest to this rule's. */
function nearestAmount(regel: FoerderRegel, regeln: readonly FoerderRegel[]): FoerderRegel | undefined {
  const at = regel.gueltigAb?.earliest ?? '';
  return regeln
    .filter(
      (r) => r.komponente === regel.komponente && r.betragCent !== null && r.einheit === 'je Stelle' && r.gueltigAb,
    )
    .sort((a, b) => distance(a.gueltigAb!.earliest, at) - distance(b.gueltigAb!.earliest, at))[0];
}

function distance(a: IsoDate, b: IsoDate): number {
  return Math.abs(monthIndex(a) - monthIndex(b));
}

/** Material-cost components ("bis zu" Sachkosten, Sprachmittlerpools): left out of every "ohne Sachkosten" value. */
export const SACHMITTEL: ReadonlySet<string> = new Set(['sachkosten', 'sprachmittlerpool']);

/** Returns whether a rule's amount is only carried forward on a day (the day lies after its last confirmed day). */
export function fortgeschriebenAm(
  regel: Pick<FoerderRegel, 'id'>,
  day: IsoDate,
  ctx: Pick<ModelContext, 'confirmed'>,
): boolean {
  const until = ctx.confirmed.get(regel.id) ?? null;
  return until !== null && day > until;
}

/** Precomputed per rule set: when each rule's amount stops being confirmed. */
export interface ModelContext {
  regeln: readonly FoerderRegel[];
  confirmed: Map<string, IsoDate | null>;
  fallbackFrom: number;
  options: ModelOptions;
}

/** Returns the context the model functions share for one rule set. */
export function modelContext(regeln: readonly FoerderRegel[], options: ModelOptions = {}): ModelContext {
  const confirmed = new Map(regeln.map((r) => [r.id, confirmedUntil(r, regeln)] as const));
  return { regeln, confirmed, fallbackFrom: firstRuleMonth(regeln), options };
}

/** Returns the model for one KI and calendar year (all cents integers; totals = sum of components). */
export function zentrumJahr(zentrum: Zentrum, jahr: number, ctx: ModelContext): ZentrumJahr {
  const zeitraum = activityWindow(zentrum, ctx.fallbackFrom);
  const [first, last] = monthsOfYear(jahr);
  const acc = new Map<string, Accumulator>();
  let monateSicher = 0;
  let monateMoeglich = 0;
  for (let month = first; month <= last; month++) {
    const activity = activityIn(zeitraum, month);
    if (activity === 'nein') continue;
    monateMoeglich++;
    const sure = activity === 'sicher';
    if (sure) monateSicher++;
    for (const regel of rulesInMonth(ctx.regeln, zentrum.foerdertyp, month)) {
      addMonth(acc, eigeneStellen(regel, zentrum), valueOf(regel, month, ctx, zentrum), sure);
    }
  }
  return finish(
    zentrum.id,
    jahr,
    monateSicher,
    monateMoeglich,
    monateMoeglich > monateSicher ? zeitraum.flag : null,
    acc,
  );
}

function addMonth(
  acc: Map<string, Accumulator>,
  regel: FoerderRegel,
  value: ReturnType<typeof valueOf>,
  sure: boolean,
): void {
  let entry = acc.get(regel.komponente);
  if (!entry) {
    const info = komponenteInfo(regel.komponente);
    entry = {
      info: {
        komponente: regel.komponente,
        label: info.label,
        ministerium: ministeriumOf(regel.geldgeber),
        cent: 0,
        hoechstCent: 0,
        monate: 0,
        monateOhneBetrag: 0,
        monateFortgeschrieben: 0,
        monateUebertragen: 0,
        stellen: null,
        regelIds: [],
      },
      sumSure: 0,
      sumMax: 0,
    };
    acc.set(regel.komponente, entry);
  }
  if (!entry.info.regelIds.includes(regel.id)) entry.info.regelIds.push(regel.id);
  entry.sumMax += value.cent ?? 0;
  if (!sure) return;
  entry.sumSure += value.cent ?? 0;
  entry.info.monate++;
  if (value.cent === null) entry.info.monateOhneBetrag++;
  if (value.fortgeschrieben) entry.info.monateFortgeschrieben++;
  if (value.uebertragen) entry.info.monateUebertragen++;
  entry.info.stellen = regel.stellen;
}

function finish(
  zentrumId: string,
  jahr: number,
  monateSicher: number,
  monateMoeglich: number,
  flag: StartFlag | null,
  acc: Map<string, Accumulator>,
): ZentrumJahr {
  const komponenten = [...acc.values()]
    .map(({ info, sumSure, sumMax }) => ({ ...info, cent: monthlyShare(sumSure), hoechstCent: monthlyShare(sumMax) }))
    .sort((a, b) => componentOrder(a.komponente) - componentOrder(b.komponente));
  return {
    zentrumId,
    jahr,
    monateSicher,
    monateMoeglich,
    flag,
    komponenten,
    cent: sum(komponenten.map((k) => k.cent)),
    hoechstCent: sum(komponenten.map((k) => k.hoechstCent)),
  };
}

/** Returns the sum of integer cents. */
