/** /daten/aenderungen/feed.xml: the data changes as an Atom feed, for journalists' feed readers. */
import type { APIRoute } from 'astro';
import { atomFeed } from '../../../core/views/aenderungen.ts';
import { atlas } from '../../../build/site-data.ts';
import { site } from '../../../site.config.ts';
import { history } from '../../../build/citable-states.ts';
import { base } from '../../../components/base-url.ts';

export const GET: APIRoute = ({ site: origin }) => {
  const url = (path: string) => (origin ? new URL(`${base}${path}`, origin).href : `${base}${path}`);
  const feed = atomFeed({
    title: `${site.title}: Änderungen an den Daten`,
    pageUrl: url('daten/aenderungen/'),
    feedUrl: url('daten/aenderungen/feed.xml'),
    standUrl: (date) => url(`daten/stand/${date}/`),
    fallbackUpdated: `${atlas.stand}T00:00:00Z`,
    entries: history.commits,
  });
  return new Response(feed, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
