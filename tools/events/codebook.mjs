// Builds the CAMEO codebook tables shipped in src/Dyad.Events/Data/ from the shared event-coding data:
//   cameo.tsv         every CAMEO event code: name, root, QuadClass, Goldstein score
//   cameo-plover.tsv  CAMEO code -> PLOVER event type, mode and context
// Usage (see README.md beside this file):
//   node tools/events/codebook.mjs ../shared/data/event-coding src/Dyad.Events/Data
// Output is sorted by code and deterministic: the same inputs give byte-identical files.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [dataDir, outDir] = process.argv.slice(2);
if (!dataDir || !outDir) {
  console.error('usage: node codebook.mjs EVENT_CODING_DIR OUT_DIR');
  process.exit(2);
}

// RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks (the ICEWS descriptions do).
function parseCsv(text) {
  const rows = [];
  let row = [], field = '', quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field); field = '';
      if (row.length > 1 || row[0] !== '') rows.push(row);
      row = [];
    } else field += c;
  }
  if (field !== '' || row.length > 0) { row.push(field); rows.push(row); }
  return rows;
}

const fail = message => { console.error(message); process.exit(1); };
const isCode = code => /^(0[1-9]|1[0-9]|20)([0-9]{1,2})?$/.test(code);
const parentOf = code => code.length === 4 ? code.slice(0, 3) : code.length === 3 ? code.slice(0, 2) : null;
// QuadClass by root: 1 verbal cooperation (01-05), 2 material cooperation (06-08),
// 3 verbal conflict (09-13), 4 material conflict (14-20).
const quadClass = root => { const r = Number(root); return r <= 5 ? 1 : r <= 8 ? 2 : r <= 13 ? 3 : 4; };
const number = s => { const v = Number(s); if (!Number.isFinite(v)) fail(`not a number: ${s}`); return v; };
const formatScore = v => (Object.is(v, -0) ? 0 : v).toFixed(1);
const clean = s => s.replace(/[\t\r\n]+/g, ' ').replace(/ {2,}/g, ' ').trim();

// The ICEWS file's examples carry a few Windows-1252 bytes that are not UTF-8; the columns we use are ASCII,
// so latin1 reads them losslessly.
const csv = parseCsv(readFileSync(join(dataDir, 'cameo', 'icews-cameo-codes.csv'), 'latin1'));
const header = csv[0];
const col = name => { const i = header.indexOf(name); if (i < 0) fail(`icews csv: no column ${name}`); return i; };
const [cCode, cName, cGold] = [col('code'), col('name'), col('goldstein')];
const icews = new Map();
for (const r of csv.slice(1)) {
  const code = r[cCode].trim();
  if (!isCode(code)) fail(`icews csv: bad code ${code}`);
  if (icews.has(code)) fail(`icews csv: duplicate code ${code}`);
  icews.set(code, { name: clean(r[cName]), goldstein: number(r[cGold]) });
}

const gdelt = new Map();
for (const line of readFileSync(join(dataDir, 'gdelt', 'CAMEO.goldsteinscale.txt'), 'utf8').split('\n').slice(1)) {
  if (!line.trim()) continue;
  const [code, score] = line.split('\t').map(s => s.trim());
  if (!isCode(code)) fail(`gdelt goldstein: bad code ${code}`);
  gdelt.set(code, number(score));
}
for (const code of gdelt.keys()) if (!icews.has(code)) fail(`gdelt code ${code} has no name in the icews file`);

// Goldstein: the GDELT lookup is the table GDELT, Phoenix and most users score with, so it wins; the ICEWS
// value is kept beside it (they differ on 016, 022, 164, 165) and fills the one code GDELT lacks (1213).
const rows = [...icews.keys()].sort().map(code => {
  const parent = parentOf(code);
  if (parent && !icews.has(parent)) fail(`code ${code} has no parent ${parent}`);
  const root = code.slice(0, 2);
  const fromGdelt = gdelt.has(code);
  const score = fromGdelt ? gdelt.get(code) : icews.get(code).goldstein;
  return [code, icews.get(code).name, root, quadClass(root), formatScore(score), fromGdelt ? 'gdelt' : 'icews',
    formatScore(icews.get(code).goldstein)].join('\t');
});
const roots = new Set([...icews.keys()].filter(c => c.length === 2));
if (roots.size !== 20) fail(`expected 20 roots, found ${roots.size}`);
writeFileSync(join(outDir, 'cameo.tsv'),
  '# code\tname\troot\tquad_class\tgoldstein\tgoldstein_source\tgoldstein_icews\n' + rows.join('\n') + '\n');

// CAMEO2PLOVER: "CODE: TYPE, mode, context # CAMEO name"; a bare "NN: TYPE" line heads a root's section.
// Contexts may be several, separated by ';'. Root 08 heads two sections (CONCEDE, RETREAT): a root maps to
// the type of its own NN0 code when it has one, else to its (first) section heading.
const plover = new Map();
const sections = new Map();
const skipped = [];
const mapLines = readFileSync(join(dataDir, 'plover', 'CAMEO2PLOVER-2021.txt'), 'utf8').split('\n');
for (const raw of mapLines) {
  const line = raw.trim();
  if (!line || line.startsWith('#') || line.startsWith('~')) continue;
  const m = /^([0-9]{2,4}):\s*(.*)$/.exec(line);
  if (!m) fail(`plover map: cannot read "${line}"`);
  const [, code, rest] = m;
  // The 2021 map lists 1214 "Reject intelligence cooperation", a PLOVER-era addition that CAMEO does not define.
  if (!icews.has(code)) { skipped.push(code); continue; }
  const body = rest.split('#')[0];
  const fields = body.split(',').map(s => s.trim());
  const type = fields[0];
  if (!/^[A-Z]+$/.test(type)) fail(`plover map: bad type in "${line}"`);
  if (code.length === 2 && fields.length === 1) {
    if (!sections.has(code)) sections.set(code, type);
    continue;
  }
  const mode = (fields[1] ?? '').trim();
  const context = fields.slice(2).join(',').split(';').map(s => s.trim()).filter(Boolean).join(';');
  // 175 is listed twice, identically (under COERCE and again under ASSAULT); a conflicting repeat is an error.
  if (plover.has(code) && plover.get(code).join('\t') !== [type, mode, context].join('\t')) fail(`plover map: conflicting ${code}`);
  plover.set(code, [type, mode, context]);
}
for (const [root, type] of sections) {
  if (!plover.has(root)) plover.set(root, plover.has(root + '0') ? [plover.get(root + '0')[0], '', ''] : [type, '', '']);
}
const ploverRows = [...plover.keys()].sort().map(code => [code, ...plover.get(code)].join('\t'));
writeFileSync(join(outDir, 'cameo-plover.tsv'),
  '# code\tplover_type\tmode\tcontext\n' + ploverRows.join('\n') + '\n');
console.log(`cameo.tsv: ${rows.length} codes; cameo-plover.tsv: ${ploverRows.length} codes; not CAMEO codes, left out: ${skipped.join(', ') || 'none'}`);
