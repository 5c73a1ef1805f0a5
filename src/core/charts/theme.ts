/**
 * The one place for colours. Pages get them as CSS custom properties (BaseLayout), exported
 * SVG/PNG images get the light values inline. Palette checked for deuteranopia/protanopia:
 * status colours differ in lightness as well as hue, and every state also has a pattern.
 */
export const colors = {
  light: {
    text: '#1b1f24',
    muted: '#4f5863',
    background: '#ffffff',
    surface: '#f3f5f7',
    border: '#c4cad1',
    link: '#0b5cad',
    focus: '#c2410c',
    ki: '#1f6f8b',
    ohneKi: '#d9480f',
    unbekannt: '#8a939c',
  },
  dark: {
    text: '#e8ebee',
    muted: '#aab3bd',
    background: '#121619',
    surface: '#1d2328',
    border: '#46505a',
    link: '#8cc4ff',
    focus: '#ffb37a',
    ki: '#4fb3d1',
    ohneKi: '#ff8c4b',
    unbekannt: '#98a2ad',
  },
} as const;

/** Series colours for charts (Okabe–Ito, colour-blind safe), in stacking order. */
export const seriesColors = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442'] as const;

export type ThemeName = keyof typeof colors;

/** Returns CSS custom-property declarations for one theme: "--color-ki: #1f6f8b; …". */
export function cssVariables(theme: ThemeName): string {
  return Object.entries(colors[theme])
    .map(([key, value]) => `--color-${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}: ${value};`)
    .join(' ');
}
