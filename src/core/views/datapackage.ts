/**
 * Builds the Frictionless Data Package descriptor (datapackage.json, Data Package v2: `$schema`
 * profiles, `type: "table"` resources, contributors with roles, `version` = Datenstand)
 * for the normalised machine CSVs: one resource per table with a Table Schema derived from
 * schema.ts, the tables' documentation, their licences and the sources their rows cite.
 */
import type { TableDoc } from '../read/column-docs.ts';
import type { ColumnSpec, TableSpec } from '../read/schema.ts';
import { hrefFor } from '../model/sources.ts';
import type { IsoDate, Quelle } from '../model/types.ts';

/** A licence as Frictionless describes it. */
export interface License {
  name: string;
  path: string;
  title: string;
}

/** Licence of the project's own compilation (the tables as a whole). */
export const ccBy4: License = {
  name: 'CC-BY-4.0',
  path: 'https://creativecommons.org/licenses/by/4.0/',
  title: 'Creative Commons Namensnennung 4.0 International',
};

/** Licence of the BKG geometry and of many public-sector sources. */
export const dlDeBy2: License = {
  name: 'dl-de-by-2.0',
  path: 'https://www.govdata.de/dl-de/by-2-0',
  title: 'Datenlizenz Deutschland – Namensnennung – Version 2.0',
};

const knownLicenses: { pattern: RegExp; license: License }[] = [
  { pattern: /\bcc[\s-]*by[\s-]*4(\.0)?\b/i, license: ccBy4 },
  { pattern: /\bdl-de[\s/-]*by[\s/-]*2([.-]0)?\b/i, license: dlDeBy2 },
  { pattern: /Datenlizenz Deutschland\W+Namensnennung\W+Version 2\.0/i, license: dlDeBy2 },
  {
    pattern: /\bdl-de[\s/-]*zero[\s/-]*2([.-]0)?\b/i,
    license: {
      name: 'dl-de-zero-2.0',
      path: 'https://www.govdata.de/dl-de/zero-2-0',
      title: 'Datenlizenz Deutschland – Zero – Version 2.0',
    },
  },
  {
    pattern: /\bGeoNutzV\b/,
    license: {
      name: 'GeoNutzV',
      path: 'https://www.geodatenzentrum.de/docpdf/geonutzv.pdf',
      title:
        'Verordnung zur Festlegung der Nutzungsbestimmungen für die Bereitstellung von Geodaten des Bundes (GeoNutzV)',
    },
  },
  {
    pattern: /\bcc0\b/i,
    license: {
      name: 'CC0-1.0',
      path: 'https://creativecommons.org/publicdomain/zero/1.0/',
      title: 'CC0 1.0 Universell',
    },
  },
];

/**
 * Returns the open licence a free-text `lizenz` cell names ("CC BY 4.0", "dl-de/by-2-0", "GeoNutzV" …),
 * or null for anything else (e.g. "Zitat (§ 51 UrhG)", which is no licence of the data).
 */
export function licenseFromText(text: string): License | null {
  return knownLicenses.find(({ pattern }) => pattern.test(text))?.license ?? null;
}

/** A Table Schema field. */
export interface Field {
  name: string;
  type: 'string' | 'integer' | 'number' | 'boolean' | 'date' | 'year';
  format?: string;
  description: string;
  trueValues?: string[];
  falseValues?: string[];
  constraints?: { required?: boolean; enum?: string[]; pattern?: string; maxLength?: number; minimum?: number };
}

const partialDatePattern = '\\d{4}(-\\d{2}(-\\d{2})?)?';
const quellenPattern = '[A-Za-z0-9][A-Za-z0-9._-]*(\\|[A-Za-z0-9][A-Za-z0-9._-]*)*';

/** Returns the Table Schema field for a column as the machine CSV spells it (see parse-cells.ts). */
export function fieldFor(column: ColumnSpec, description: string): Field {
  const constraints: NonNullable<Field['constraints']> = {};
  if (column.required) constraints.required = true;
  const field = (type: Field['type'], extra: Partial<Field> = {}): Field => {
    const result: Field = { name: column.name, type, description, ...extra };
    if (Object.keys(constraints).length > 0) result.constraints = constraints;
    return result;
  };
  switch (column.kind) {
    case 'enum':
      constraints.enum = [...(column.values ?? [])];
      return field('string');
    case 'ags':
    case 'kreis-ref': {
      const digits = (column.lengths ?? [5]).map((n) => `\\d{${n}}`);
      if (column.allowNrw) digits.push('NRW');
      constraints.pattern = digits.length === 1 ? digits[0]! : `(${digits.join('|')})`;
      return field('string');
    }
    case 'integer':
      constraints.minimum = 0;
      return field('integer');
    case 'decimal':
    case 'euro':
      constraints.minimum = 0;
      return field('number');
    case 'year':
      return field('year');
    case 'day':
      return field('date');
    case 'date':
      constraints.pattern = partialDatePattern;
      return field('string');
    case 'url':
      return field('string', { format: 'uri' });
    case 'quellen':
      constraints.pattern = quellenPattern;
      return field('string');
    case 'ja-nein':
      return field('boolean', { trueValues: ['ja'], falseValues: ['nein'] });
    case 'id':
    case 'text':
      if (column.kind === 'text') constraints.maxLength = column.max ?? 500;
      return field('string');
  }
}

/** A source as Frictionless describes it. */
export interface Source {
  title: string;
  path?: string;
}

/** Returns the Frictionless source entry for a row of quellen.csv: title with publisher, and its URL. */
export function sourceFor(quelle: Quelle): Source {
  const title = quelle.herausgeber ? `${quelle.titel} (${quelle.herausgeber})` : quelle.titel;
  return quelle.url ? { title, path: hrefFor(quelle.url) } : { title };
}

/** A Table Schema: the fields of a CSV, what an empty cell means, keys and references. */
export interface TableSchema {
  fields: Field[];
  missingValues: string[];
  primaryKey?: string[];
  foreignKeys?: ResourceInput['foreignKeys'];
}

/** Everything the builder needs to know about one table. */
export interface ResourceInput {
  spec: TableSpec;
  doc: TableDoc;
  /** Path of the machine CSV relative to datapackage.json, e.g. "kreise-maschinenlesbar.csv". */
  path: string;
  /** The sources the table's rows cite. */
  quellen: readonly Quelle[];
  /** Size of the machine CSV in bytes and its SHA-256 (hex), when known. */
  bytes?: number;
  sha256?: string;
  /** Columns that identify a row, and references to other tables. */
  primaryKey?: string[];
  foreignKeys?: { fields: string; reference: { resource: string; fields: string } }[];
}

/** What the package as a whole says about itself. */
export interface PackageInput {
  name: string;
  title: string;
  description: string;
  /** Date of the newest data change (atlas.stand). */
  stand: IsoDate;
  /** Absolute URL of the /daten/ page, when the site's origin is known. */
  homepage?: string;
  publisher: { name: string; email: string };
  /** Licences beyond CC BY 4.0 that parts of the package carry (e.g. the geometry's dl-de/by-2-0). */
  extraLicenses?: License[];
  resources: ResourceInput[];
}

function uniqueLicenses(licenses: (License | null)[]): License[] {
  const byName = new Map<string, License>();
  for (const license of licenses) if (license) byName.set(license.name, license);
  return [...byName.values()];
}

function uniqueSources(quellen: readonly Quelle[]): Source[] {
  const byId = new Map<string, Quelle>();
  for (const quelle of quellen) if (!byId.has(quelle.id)) byId.set(quelle.id, quelle);
  return [...byId.values()].map(sourceFor);
}

/** The Data Package v2 profiles (https://datapackage.org/standard/). */
export const profiles = {
  package: 'https://datapackage.org/profiles/2.0/datapackage.json',
  resource: 'https://datapackage.org/profiles/2.0/dataresource.json',
  tableSchema: 'https://datapackage.org/profiles/2.0/tableschema.json',
  dialect: 'https://datapackage.org/profiles/2.0/tabledialect.json',
} as const;

/** Returns the datapackage.json descriptor (a plain object; JSON.stringify it to publish). */
export function buildDataPackage(input: PackageInput) {
  const resources = input.resources.map((r) => {
    const schema: TableSchema & { $schema: string } = {
      $schema: profiles.tableSchema,
      fields: r.spec.columns.map((column) => fieldFor(column, r.doc.columns[column.name] ?? '')),
      missingValues: [''],
    };
    if (r.primaryKey) schema.primaryKey = r.primaryKey;
    if (r.foreignKeys) schema.foreignKeys = r.foreignKeys;
    return {
      $schema: profiles.resource,
      name: r.spec.name,
      type: 'table' as const,
      path: r.path,
      title: r.doc.title,
      description: r.doc.description,
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      ...(r.bytes === undefined ? {} : { bytes: r.bytes }),
      ...(r.sha256 === undefined ? {} : { hash: `sha256:${r.sha256}` }),
      // The machine CSVs use a comma; the Excel CSVs (";", BOM) are the maintainers' files, not described here.
      dialect: { $schema: profiles.dialect, delimiter: ',', quoteChar: '"', doubleQuote: true, header: true },
      schema,
      licenses: uniqueLicenses([ccBy4, ...r.quellen.map((q) => licenseFromText(q.lizenz))]),
      sources: uniqueSources(r.quellen),
    };
  });
  return {
    $schema: profiles.package,
    name: input.name,
    title: input.title,
    description: input.description,
    ...(input.homepage ? { homepage: input.homepage } : {}),
    // The Datenstand is the version: /daten/stand/<version>/ keeps each one citable.
    version: input.stand,
    created: `${input.stand}T00:00:00Z`,
    keywords: ['Kommunale Integrationszentren', 'Nordrhein-Westfalen', 'Integration', 'Förderung', 'Open Data'],
    contributors: [{ title: input.publisher.name, email: input.publisher.email, roles: ['creator', 'publisher'] }],
    licenses: uniqueLicenses([ccBy4, ...(input.extraLicenses ?? []), ...resources.flatMap((r) => r.licenses)]),
    sources: uniqueSources(input.resources.flatMap((r) => r.quellen)),
    resources,
  };
}

/** The descriptor's shape, for callers and tests. */
export type DataPackage = ReturnType<typeof buildDataPackage>;
