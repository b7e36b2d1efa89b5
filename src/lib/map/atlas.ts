// The Natural Earth country topologies shipped by world-atlas, read at build time
// only: the map component turns the part it shows into SVG path data.
import countries110m from 'world-atlas/countries-110m.json' with { type: 'json' };
import countries50m from 'world-atlas/countries-50m.json' with { type: 'json' };
import type { AtlasResolution, AtlasTopology } from '../geo/index.ts';

const atlases: Record<AtlasResolution, AtlasTopology> = {
  '110m': countries110m as unknown as AtlasTopology,
  '50m': countries50m as unknown as AtlasTopology,
};

export function atlasTopology(resolution: AtlasResolution): AtlasTopology {
  return atlases[resolution];
}
