// Builds src/web/public/maps/china.json, the dashboard's map of China, from the map data
// of the npm package echarts 4.9.0 (Apache-2.0; the last release that shipped maps):
// map/json/china.json (34 provincial units: Taiwan, Hong Kong and Macao included) with
// the islands of the South China Sea (南海诸岛: 东沙, 西沙, 中沙, 南沙 down to 曾母暗沙)
// taken from map/json/province/hainan.json's 三沙市 and drawn as part of Hainan, so the
// map is complete at its true place rather than an inset without islands. ECharts itself
// adds the 南海诸岛 inset frame with the boundary line and 钓鱼岛 for a map registered as
// "china". Output: plain GeoJSON, coordinates rounded to 0.001° (about 100 m).
//
//   node --import tsx scripts/build-china-map.ts [--echarts DIR] [--out FILE]
//
// Without --echarts the package is fetched with `npm pack` into a temporary folder.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const PACKAGE = 'echarts@4.9.0';
const OUT = 'src/web/public/maps/china.json';

type Ring = number[][];
type Encoded = {
  features: { id?: string; properties: { name: string; cp?: number[] }; geometry: { type: 'Polygon' | 'MultiPolygon'; coordinates: unknown; encodeOffsets: unknown } }[];
  UTF8Encoding?: boolean;
};

// ECharts' compressed GeoJSON: each coordinate pair is two characters, zigzag-encoded
// deltas from the ring's offset, scaled by 1024.
function decodeRing(text: string, offset: number[]): Ring {
  let x0 = offset[0];
  let y0 = offset[1];
  const ring: Ring = [];
  for (let i = 0; i < text.length; i += 2) {
    let dx = text.charCodeAt(i) - 64;
    let dy = text.charCodeAt(i + 1) - 64;
    dx = (dx >> 1) ^ -(dx & 1);
    dy = (dy >> 1) ^ -(dy & 1);
    x0 += dx;
    y0 += dy;
    ring.push([Math.round((x0 / 1024) * 1000) / 1000, Math.round((y0 / 1024) * 1000) / 1000]);
  }
  return ring;
}

function polygons(feature: Encoded['features'][number]): Ring[][] {
  const g = feature.geometry;
  if (g.type === 'Polygon') return [(g.coordinates as string[]).map((r, i) => decodeRing(r, (g.encodeOffsets as number[][])[i]))];
  return (g.coordinates as string[][]).map((p, pi) => p.map((r, i) => decodeRing(r, (g.encodeOffsets as number[][][])[pi][i])));
}

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
}

function fetchPackage(): { dir: string; cleanup: () => void } {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'menkou-map-'));
  const tarball = execFileSync('npm', ['pack', PACKAGE, '--silent'], { cwd: tmp, encoding: 'utf8' }).trim().split('\n').pop() ?? '';
  execFileSync('tar', ['xzf', tarball, 'package/map/json/china.json', 'package/map/json/province/hainan.json'], { cwd: tmp });
  return { dir: path.join(tmp, 'package'), cleanup: () => fs.rmSync(tmp, { recursive: true, force: true }) };
}

const given = option('--echarts');
const source = given ? { dir: given, cleanup: () => undefined } : fetchPackage();
try {
  const read = (file: string) => JSON.parse(fs.readFileSync(path.join(source.dir, 'map/json', file), 'utf8')) as Encoded;
  const china = read('china.json');
  const sansha = read('province/hainan.json').features.find((f) => f.properties.name === '三沙市');
  if (!sansha) throw new Error('hainan.json has no 三沙市: the South China Sea islands would be missing');
  const islands = polygons(sansha);
  const features = china.features.map((f) => {
    const shapes = polygons(f);
    const all = f.properties.name === '海南' ? [...shapes, ...islands] : shapes;
    return {
      type: 'Feature' as const,
      id: f.id,
      properties: { name: f.properties.name, adcode: f.id, cp: f.properties.cp },
      geometry: { type: 'MultiPolygon' as const, coordinates: all },
    };
  });
  if (features.length !== 34) throw new Error(`expected 34 provincial units, got ${features.length}`);
  const out = option('--out') ?? OUT;
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, `${JSON.stringify({ type: 'FeatureCollection', source: `${PACKAGE} map/json/china.json + province/hainan.json (三沙市)`, features })}\n`);
  process.stdout.write(`wrote ${out}: ${features.length} provincial units, ${islands.length} South China Sea island polygons, ${fs.statSync(out).size} bytes\n`);
} finally {
  source.cleanup();
}
