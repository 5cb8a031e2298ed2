// Regenerates the county shapes the web map draws and the script that reads them (see NOTICE for
// sources and licences). Nothing is fetched at run time: both files are served as static files.
// Usage: cd tools/countymap && npm install && npm run generate
// Output:
//   app/src/main/resources/static/counties-10m.json   TopoJSON, from us-atlas's counties-10m.json:
//     the object "counties" alone (one geometry per county, its id the 5-digit FIPS code, no
//     properties: names and statuses come from GET /api/counties). The "states" and "nation"
//     objects are dropped: the layer does not draw them, and their arcs are all county edges, so
//     every arc is still used. Arcs, quantization and bounding box are copied unchanged.
//   app/src/main/resources/static/topojson-client.min.js   topojson-client's dist file, unchanged.
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const modules = join(here, 'node_modules');
const out = join(here, '..', '..', 'app', 'src', 'main', 'resources', 'static');

const atlas = JSON.parse(readFileSync(join(modules, 'us-atlas', 'counties-10m.json'), 'utf8'));

const idsOnly = (collection) => ({
  type: collection.type,
  geometries: collection.geometries.map((g) => ({ type: g.type, arcs: g.arcs, id: g.id })),
});

const topology = {
  type: atlas.type,
  bbox: atlas.bbox,
  transform: atlas.transform,
  objects: { counties: idsOnly(atlas.objects.counties) },
  arcs: atlas.arcs,
};
for (const g of topology.objects.counties.geometries) {
  if (!/^\d{5}$/.test(g.id)) throw new Error(`county id is not a 5-digit FIPS code: ${g.id}`);
}

writeFileSync(join(out, 'counties-10m.json'), JSON.stringify(topology));
copyFileSync(join(modules, 'topojson-client', 'dist', 'topojson-client.min.js'),
  join(out, 'topojson-client.min.js'));
const used = new Set();
const mark = (arcs) => (typeof arcs[0] === 'number' ? arcs.forEach((a) => used.add(a < 0 ? ~a : a)) : arcs.forEach(mark));
topology.objects.counties.geometries.forEach((g) => g.arcs && mark(g.arcs));
if (used.size !== topology.arcs.length) throw new Error(`${topology.arcs.length - used.size} arcs belong to no county`);
console.log(`${topology.objects.counties.geometries.length} counties, ${topology.arcs.length} arcs`);
