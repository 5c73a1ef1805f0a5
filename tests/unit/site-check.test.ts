import { describe, expect, it } from 'vitest';
import { placeholderFields, placeholderHint } from '../../src/core/hosting/site-check.ts';
import { site } from '../../src/site.config.ts';

describe('placeholderFields(details)', () => {
  it('names every field that still holds a placeholder, in field order', () => {
    expect(
      placeholderFields({
        name: 'Redaktion',
        street: 'Musterstraße 1',
        city: '47533 Kleve',
        email: 'redaktion@ki-atlas-nrw.example',
        responsible: ' ',
      }),
    ).toEqual(['street', 'email', 'responsible']);
  });

  it('accepts real details', () => {
    expect(placeholderFields({ street: 'Nassauerallee 15', email: 'info@kreis-kleve.de' })).toEqual([]);
  });

  it('finds the placeholders the repository ships today', () => {
    expect(placeholderFields({ ...site.operator, accessibilityContact: site.accessibilityContact })).toEqual([
      'street',
      'email',
      'accessibilityContact',
    ]);
  });
});

describe('placeholderHint(fields)', () => {
  it('writes one German line naming the fields', () => {
    expect(placeholderHint(['street', 'email'])).toBe(
      'Hinweis: src/site.config.ts enthält noch Platzhalter („street“, „email“). Bitte vor der Veröffentlichung die echten Angaben für Impressum und Barrierefreiheit eintragen.',
    );
  });

  it('is silent without placeholders', () => {
    expect(placeholderHint([])).toBeNull();
  });
});
