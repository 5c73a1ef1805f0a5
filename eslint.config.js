// ESLint flat config: JavaScript + TypeScript recommended rules, Astro components included, and the
// walls between the layers of src/ (DESIGN §1): a folder name says which layer a file is in, and
// these rules keep each layer to what it may import and which globals it may use.
// `npm run lint` allows zero warnings; `npm test` runs the same as its style step.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

/** One wall: an import pattern (regular expression on the specifier) and the German-free reason. */
const wall = (regex, message) => ({ regex, message });

const NODE = wall(
  '^(node:|fs$|fs/|path$|child_process$|os$|url$)',
  'Node APIs belong in src/build/, scripts/ or tools/.',
);
const ASTRO = wall('^astro($|:|/)', 'Astro APIs belong in pages, components and layouts.');
const LEAFLET = wall('^leaflet', 'Leaflet belongs in src/client/.');
const TOOLING = wall('^(playwright|@sparticuz/|vitest|axe-core)', 'Test and browser tooling stays out of this layer.');
const PNG = wall('^@resvg/', 'PNG rendering (resvg) is build-time code: src/build/png.ts.');
const GENERATED = wall(
  '/generated/',
  'Generated data is loaded by src/build/site-data.ts and passed down as arguments or props.',
);
const PUBLIC = wall('/public/', 'Files in public/ are served, not imported; load them in src/build/.');
const SCRIPTS = wall('/scripts/', 'scripts/ are entry points; import the code they call from src/build/ or src/core/.');
const TOOLS = wall('/tools/', 'tools/ (benchmark and QA) is not part of the site.');
const BUILD = wall('/build/', 'Build-time code (src/build/) is not available in this layer.');
const CLIENT = wall('/client/', 'Browser islands (src/client/) are loaded by pages, not imported.');
const PAGES = wall('/pages/', 'Nothing imports a page.');
const UI = wall(
  '/(components|layouts)/',
  'Core does not render; components and layouts use Core, not the other way round.',
);
const SITE_CONFIG = wall('site\\.config', 'Core gets operator settings as arguments.');
// Pages: another page (an .astro file outside components/ and layouts/) or another page folder's private helper.
const OTHER_PAGE = wall('^(?!.*/(components|layouts)/).*\\.astro$', 'A page does not import another page.');
const OTHER_PAGE_HELPER = wall(
  '^\\.\\./(.*/)?_[^/]*$',
  "A page folder's private helper (_name.ts) is not imported from another folder.",
);

const DOM_GLOBALS = [
  'window',
  'document',
  'navigator',
  'location',
  'localStorage',
  'sessionStorage',
  'HTMLElement',
  'customElements',
  'requestAnimationFrame',
];
const NODE_GLOBALS = ['process', 'Buffer', '__dirname', '__filename', 'require', 'global'];
const restrictGlobals = (names, where) =>
  names.map((name) => ({ name, message: `${name} is not available in ${where}.` }));

export const walls = {
  'src/core/**': {
    imports: [
      PNG,
      NODE,
      ASTRO,
      LEAFLET,
      TOOLING,
      GENERATED,
      PUBLIC,
      SCRIPTS,
      TOOLS,
      BUILD,
      CLIENT,
      PAGES,
      UI,
      SITE_CONFIG,
    ],
    globals: [...DOM_GLOBALS, ...NODE_GLOBALS],
    where: 'src/core (pure functions)',
  },
  'src/client/**': {
    imports: [PNG, NODE, ASTRO, TOOLING, GENERATED, PUBLIC, SCRIPTS, TOOLS, BUILD, PAGES],
    globals: NODE_GLOBALS,
    where: 'browser code',
  },
  'src/pages/**': {
    imports: [PNG, NODE, LEAFLET, TOOLING, GENERATED, PUBLIC, SCRIPTS, TOOLS, CLIENT, OTHER_PAGE, OTHER_PAGE_HELPER],
    globals: DOM_GLOBALS,
    where: 'pages (rendered at build time)',
  },
  'src/components/**': {
    imports: [PNG, NODE, LEAFLET, TOOLING, GENERATED, PUBLIC, SCRIPTS, TOOLS, BUILD, CLIENT, PAGES],
    globals: DOM_GLOBALS,
    where: 'components (rendered at build time)',
  },
  'src/layouts/**': {
    imports: [PNG, NODE, LEAFLET, TOOLING, GENERATED, PUBLIC, SCRIPTS, TOOLS, CLIENT, PAGES],
    globals: DOM_GLOBALS,
    where: 'layouts (rendered at build time)',
  },
  'src/build/**': {
    imports: [ASTRO, LEAFLET, TOOLING, SCRIPTS, TOOLS, CLIENT, PAGES, UI],
    globals: DOM_GLOBALS,
    where: 'build-time code',
  },
  'scripts/**': { imports: [ASTRO, LEAFLET, CLIENT, PAGES, UI], globals: DOM_GLOBALS, where: 'scripts' },
};

export default defineConfig(
  {
    ignores: [
      'dist/',
      'dist-*/',
      '.astro/',
      '.cache/',
      'node_modules/',
      'src/generated/',
      'bench-results/',
      'tests/fixtures/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    // Node by default: scripts, tools, tests, build code and configs.
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'warn',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // Browser code: the islands, the embed loader, and the <script> blocks of .astro files.
    files: ['src/client/**', 'public/**/*.js', '**/*.astro/*.js', '**/*.astro/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
  ...Object.entries(walls).map(([pattern, { imports, globals: names, where }]) => ({
    files: [pattern],
    // The <script> blocks inside .astro files are browser code with their own rules above.
    ignores: ['**/*.astro/*.js', '**/*.astro/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: imports }],
      'no-restricted-globals': ['error', ...restrictGlobals(names, where)],
    },
  })),
);
