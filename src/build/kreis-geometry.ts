/**
 * The committed district geometry (public/geo/nrw-kreise.topo.json, written by `npm run geo:build`)
 * for build-time rendering: pages and the image export get it from here and pass it to Core.
 */
import topologyJson from '../../public/geo/nrw-kreise.topo.json' with { type: 'json' };
import type { KreisTopology } from '../core/charts/geo.ts';

export const kreisTopology = topologyJson as unknown as KreisTopology;
