/**
 * Checks of the operator details in src/site.config.ts that a build can make:
 * the repository ships placeholders, and a public Impressum must not show them.
 */

/** Operator fields as site.config.ts holds them. */
export interface OperatorDetails {
  name: string;
  street: string;
  city: string;
  email: string;
  responsible: string;
}

const placeholderPatterns = [/musterstra(ß|ss)e/i, /\.example$/i, /^\s*$/];

/** Returns the names of the fields that still hold a placeholder ("street", "email", …), in field order. */
export function placeholderFields(details: Record<string, string>): string[] {
  return Object.entries(details)
    .filter(([, value]) => placeholderPatterns.some((pattern) => pattern.test(value)))
    .map(([key]) => key);
}

/** Returns the German build hint for placeholder fields, or null when there are none. */
export function placeholderHint(fields: string[]): string | null {
  if (fields.length === 0) return null;
  const list = fields.map((field) => `„${field}“`).join(', ');
  return `Hinweis: src/site.config.ts enthält noch Platzhalter (${list}). Bitte vor der Veröffentlichung die echten Angaben für Impressum und Barrierefreiheit eintragen.`;
}
