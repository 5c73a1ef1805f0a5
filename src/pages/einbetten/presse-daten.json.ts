/** /einbetten/presse-daten.json: what the press builder draws from (src/core/views/press-poster-data.ts). */
import type { APIRoute } from 'astro';
import { sitePosterData } from '../../build/poster-data.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(sitePosterData(import.meta.env.SITE, import.meta.env.BASE_URL)), {
    headers: { 'content-type': 'application/json' },
  });
