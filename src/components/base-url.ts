/**
 * The deploy base with a trailing slash ("/" or "/ki-nrw/"): pages, layouts and components prefix
 * every site path with it, so sub-path deploys keep working (DESIGN §4).
 */
export const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
