/**
 * What /daten/aenderungen/, its Atom feed and /daten/stand/<JJJJ-MM-TT>/ show, from the data
 * history the build read from git (plain objects in, text and plain objects out).
 */
import { escapeXml } from '../charts/xml.ts';

/** A data commit as the history lists it (see src/build/data-history.ts). */
export interface ChangeEntry {
  hash: string;
  date: string;
  time: string;
  subject: string;
  tables: readonly { table: string; file: string; sentences: readonly string[] }[];
}

export interface FeedInput {
  title: string;
  /** URL of /daten/aenderungen/ and of the feed itself (absolute when the origin is known). */
  pageUrl: string;
  feedUrl: string;
  /** Returns the URL of /daten/stand/<date>/. */
  standUrl: (date: string) => string;
  /** When the feed was last updated: the newest entry's time, else this. */
  fallbackUpdated: string;
  entries: readonly ChangeEntry[];
}

/** Returns the Atom feed (RFC 4287) of the data changes, newest first. */
export function atomFeed(input: FeedInput): string {
  const updated = input.entries[0]?.time ?? input.fallbackUpdated;
  const entries = input.entries.map((entry) => {
    const text = entry.tables.map((t) => `${t.file}: ${t.sentences.join(' ')}`).join('\n');
    const title = `Datenänderung ${entry.date.split('-').reverse().join('.')}: ${entry.tables.map((t) => t.file).join(', ')}`;
    return [
      '  <entry>',
      `    <id>urn:ki-atlas-nrw:daten:${entry.hash}</id>`,
      `    <title>${escapeXml(title)}</title>`,
      `    <updated>${entry.time}</updated>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(`${input.pageUrl}#commit-${entry.hash.slice(0, 12)}`)}"/>`,
      `    <link rel="related" type="text/html" href="${escapeXml(input.standUrl(entry.date))}"/>`,
      `    <summary>${escapeXml(entry.subject)}</summary>`,
      `    <content type="text">${escapeXml(text)}</content>`,
      '  </entry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="de">',
    `  <id>urn:ki-atlas-nrw:daten:aenderungen</id>`,
    `  <title>${escapeXml(input.title)}</title>`,
    `  <updated>${updated}</updated>`,
    `  <author><name>${escapeXml(input.title.split(':')[0]!)}</name></author>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(input.feedUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(input.pageUrl)}"/>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}

/** One CSV of a data state. */
export interface StandFile {
  file: string;
  bytes: number;
  sha256: string;
}

/**
 * Returns the datapackage.json of a data state: Data Package v2 over the maintainers' CSVs as they
 * were committed (UTF-8 with BOM, `;`). No Table Schema: an old state need not fit today's columns.
 */
export function standDataPackage(input: {
  title: string;
  stand: string;
  hash: string | null;
  homepage: string;
  files: readonly StandFile[];
}) {
  return {
    $schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
    name: 'ki-atlas-nrw',
    title: `${input.title}, Datenstand ${input.stand.split('-').reverse().join('.')}`,
    homepage: input.homepage,
    version: input.stand,
    created: `${input.stand}T00:00:00Z`,
    ...(input.hash ? { id: `urn:ki-atlas-nrw:daten:${input.hash}` } : {}),
    licenses: [
      {
        name: 'CC-BY-4.0',
        path: 'https://creativecommons.org/licenses/by/4.0/',
        title: 'Creative Commons Namensnennung 4.0 International',
      },
    ],
    resources: input.files.map((f) => ({
      $schema: 'https://datapackage.org/profiles/2.0/dataresource.json',
      name: f.file.replace(/\.csv$/, ''),
      type: 'table' as const,
      path: f.file,
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8-sig',
      bytes: f.bytes,
      hash: `sha256:${f.sha256}`,
      dialect: { $schema: 'https://datapackage.org/profiles/2.0/tabledialect.json', delimiter: ';', header: true },
    })),
  };
}
