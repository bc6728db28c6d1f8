// GB/T 2260 administrative divisions: the codes in 户籍地, 工作地点, 意向地区 and officers'
// scopes. Everything here is pure except the one lazy read of data/regions.json, so tests
// can build an index from their own records with buildRegionIndex.
//
// How the odd parts of the tree are modelled (the data follows the same rules, see
// scripts/build-regions.ts):
// - Municipalities (北京 11, 天津 12, 上海 31, 重庆 50) are one 'province' record; their
//   districts and counties hang directly under it. The 市辖区/县 placeholders (110100,
//   500200) are not regions anyone lives in, so they are left out. A municipality also
//   serves where a city is asked for ("北京市" as a job site or destination), and cityOf()
//   of its districts is the municipality.
// - County-level units administered by the province (济源 419001, 仙桃 429004, Hainan's
//   4690xx, Xinjiang's 6590xx) are 'county' records whose parent is the province; the
//   "90" placeholder is left out. Their officers report straight to the province, like a
//   prefecture's, so cityOf() of such a unit is the unit itself.
// - Prefecture-level cities without counties (东莞 441900, 中山 442000, 儋州 460400,
//   嘉峪关 620200, 三沙 460300) are 'city' records that also serve where a county is asked
//   for: someone registered there has no county-level unit to name.

import { readFileSync } from 'node:fs';
import type { Bilingual } from './errors.js';
import { normalizeCell } from './normalize.js';

export type RegionLevel = 'province' | 'city' | 'county';

export const REGION_LEVELS: readonly RegionLevel[] = ['province', 'city', 'county'];

export type Region = {
  code: string;
  name: string;
  level: RegionLevel;
  /** Code of the enclosing region; '' for a province. */
  parent: string;
  /** Seat of the government (county seat, city seat, provincial capital), GCJ-02 degrees. */
  lat: number;
  lon: number;
  /** True when the source had no point for this region and lat/lon are its parent's. */
  approx: boolean;
  /** English name, where the data has one (provinces). */
  en?: string;
};

/** One row of data/regions.json, in the order of its "fields". */
export type RegionRow = [
  code: string,
  name: string,
  level: RegionLevel,
  parent: string,
  lat: number,
  lon: number,
  approx: 0 | 1,
  en: string,
];

export type RegionFile = { fields: string[]; rows: RegionRow[] };

export const REGION_FIELDS = ['code', 'name', 'level', 'parent', 'lat', 'lon', 'approx', 'en'] as const;

export type RegionResolution =
  | { ok: true; region: Region }
  | { ok: false; reason: Bilingual; candidates?: Region[] };

export type ResolveOptions = {
  /** Levels the caller accepts; all when missing. */
  levels?: readonly RegionLevel[];
};

export type RegionIndex = {
  readonly regions: readonly Region[];
  get(code: string): Region | undefined;
  /** "山西省吕梁市临县"; undefined for an unknown code. */
  fullName(code: string): string | undefined;
  resolve(text: string, options?: ResolveOptions): RegionResolution;
  /** Regions strictly below the region named by `prefix` ('' = the whole country). */
  under(prefix: string, level?: RegionLevel): Region[];
  /** Whether `region` can stand where `level` is asked for (see the top of this file). */
  servesAs(region: Region, level: RegionLevel): boolean;
};

// ---------------------------------------------------------------------------------------
// Code arithmetic: syntactic, needs no data.

const PROVINCE_PREFIXES = new Set([
  '11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37',
  '41', '42', '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65',
]);

const MUNICIPALITY_PREFIXES = new Set(['11', '12', '31', '50']);

/** Six digits with the prefix of a mainland province (Hong Kong, Macao, Taiwan excluded). */
export function isRegionCode(text: string): boolean {
  return /^\d{6}$/.test(text) && PROVINCE_PREFIXES.has(text.slice(0, 2));
}

/** The level a code's shape says: xx0000 province, xxxx00 city, else county. */
export function regionLevel(code: string): RegionLevel | undefined {
  if (!isRegionCode(code)) return undefined;
  if (code.endsWith('0000')) return 'province';
  if (code.endsWith('00')) return 'city';
  return 'county';
}

export function provinceOf(code: string): string | undefined {
  return isRegionCode(code) ? `${code.slice(0, 2)}0000` : undefined;
}

/** The prefecture-level unit a region belongs to; undefined for a province that is no municipality. */
export function cityOf(code: string): string | undefined {
  const level = regionLevel(code);
  if (level === undefined) return undefined;
  if (MUNICIPALITY_PREFIXES.has(code.slice(0, 2))) return `${code.slice(0, 2)}0000`;
  if (level === 'province') return undefined;
  if (level === 'county' && code.slice(2, 4) === '90') return code;
  return `${code.slice(0, 4)}00`;
}

/** '320000' → '32', '440300' → '4403', '141123' → '141123': the prefix every code inside shares. */
export function regionPrefix(code: string): string {
  let prefix = code;
  while (prefix.length > 2 && prefix.endsWith('00')) prefix = prefix.slice(0, -2);
  return prefix;
}

/** The matching contract: a destination matches a site inside it. */
export function siteMatches(destinationCode: string, siteCode: string): boolean {
  return siteCode.startsWith(regionPrefix(destinationCode));
}

/** A user's scope is a code prefix ('14', '1411', '141123'; '' = the whole country); a full code is read as its prefix. */
export function inScope(scopePrefix: string, code: string): boolean {
  return scopePrefix === '' || code.startsWith(regionPrefix(scopePrefix));
}

// ---------------------------------------------------------------------------------------
// Names

// The 56 recognised ethnic groups, longest first so "土家族" is not read as "土" + "家族".
const ETHNIC_GROUPS = [
  '柯尔克孜', '乌孜别克', '维吾尔', '哈萨克', '达斡尔', '塔吉克', '俄罗斯', '鄂温克', '塔塔尔',
  '鄂伦春', '蒙古', '布依', '朝鲜', '土家', '哈尼', '傈僳', '高山', '拉祜', '东乡', '纳西',
  '景颇', '仫佬', '布朗', '撒拉', '毛南', '仡佬', '锡伯', '阿昌', '普米', '德昂', '保安',
  '裕固', '独龙', '赫哲', '门巴', '珞巴', '基诺', '汉', '回', '藏', '苗', '彝', '壮', '侗',
  '瑶', '白', '傣', '黎', '佤', '畲', '水', '土', '羌', '怒', '京', '满',
];
// Official names write these without 族 ("伊犁哈萨克自治州", "新疆维吾尔自治区").
const BARE_ETHNIC = ['柯尔克孜', '维吾尔', '哈萨克', '蒙古'];
const PLAIN_SUFFIXES = ['特别行政区', '省', '市', '地区', '盟', '新区', '林区', '特区', '区', '县', '旗'];
const AUTONOMOUS = /自治(区|州|县|旗)$/;

/**
 * The name people write without the administrative suffix: 苏州市 → 苏州, 江苏省 → 江苏,
 * 恩施土家族苗族自治州 → 恩施. Returns the name itself when the stem would be a single
 * character (临县, 城区), which is too ambiguous to stand alone.
 */
export function shortRegionName(name: string): string {
  let stem = name;
  if (AUTONOMOUS.test(stem)) {
    stem = stem.replace(AUTONOMOUS, '');
    for (;;) {
      const group = ETHNIC_GROUPS.find((g) => stem.endsWith(`${g}族`) && stem.length - g.length - 1 >= 2);
      const bare = group ? undefined : BARE_ETHNIC.find((g) => stem.endsWith(g) && stem.length - g.length >= 2);
      if (group) stem = stem.slice(0, -(group.length + 1));
      else if (bare) stem = stem.slice(0, -bare.length);
      else break;
    }
  } else {
    const suffix = PLAIN_SUFFIXES.find((s) => stem.endsWith(s));
    if (suffix) stem = stem.slice(0, -suffix.length);
  }
  return stem.length >= 2 ? stem : name;
}

/** How lookups see text: normalised cell, no spaces at all, lower case (for English names). */
function lookupKey(text: string): string {
  return normalizeCell(text).replace(/\s+/g, '').toLowerCase();
}

const LEVEL_TEXT: Record<RegionLevel, Bilingual> = {
  province: { zh: '省级行政区（省、自治区、直辖市）', en: 'province-level region (province, autonomous region, municipality)' },
  city: { zh: '地级行政区（地级市、地区、自治州、盟）', en: 'prefecture-level region (city, prefecture, autonomous prefecture, league)' },
  county: { zh: '县级行政区（县、区、县级市、旗）', en: 'county-level region (county, district, county-level city, banner)' },
};

const LIST_LIMIT = 12;

const RANK: Record<RegionLevel, number> = { province: 3, city: 2, county: 1 };

// ---------------------------------------------------------------------------------------
// The index

export function regionFromRow(row: RegionRow): Region {
  const [code, name, level, parent, lat, lon, approx, en] = row;
  const region: Region = { code, name, level, parent, lat, lon, approx: approx === 1 };
  if (en) region.en = en;
  return region;
}

function pushUnique(map: Map<string, Region[]>, key: string, region: Region): void {
  const list = map.get(key);
  if (!list) map.set(key, [region]);
  else if (!list.includes(region)) list.push(region);
}

export function buildRegionIndex(records: readonly Region[]): RegionIndex {
  const byCode = new Map<string, Region>();
  const children = new Map<string, Region[]>();
  for (const region of records) {
    if (byCode.has(region.code)) throw new Error(`duplicate region code ${region.code}`);
    byCode.set(region.code, region);
  }
  for (const region of records) {
    if (region.parent === '') continue;
    if (!byCode.has(region.parent)) throw new Error(`region ${region.code} has unknown parent ${region.parent}`);
    const list = children.get(region.parent);
    if (list) list.push(region);
    else children.set(region.parent, [region]);
  }

  const fullNames = new Map<string, string>();
  const ancestry = (region: Region): Region[] => {
    const chain: Region[] = [];
    for (let r: Region | undefined = region; r; r = r.parent ? byCode.get(r.parent) : undefined) chain.unshift(r);
    return chain;
  };
  for (const region of records) fullNames.set(region.code, ancestry(region).map((r) => r.name).join(''));

  // Every way of writing a region, with or without its ancestors, each part either in full
  // or short: a few dozen keys per county, so a resolve is one Map lookup. Keys made of
  // full names only go in `exact`; those with a short part in `loose`, consulted only when
  // `exact` has nothing, so a name written in full never collides with another region's
  // short form.
  type Form = { text: string; full: boolean };
  const ownForms = new Map<string, Form[]>();
  for (const r of records) {
    const own = [{ text: lookupKey(r.name), full: true }];
    const short = shortRegionName(r.name);
    if (short !== r.name) own.push({ text: lookupKey(short), full: false });
    ownForms.set(r.code, own);
  }
  const exact = new Map<string, Region[]>();
  const loose = new Map<string, Region[]>();
  for (const region of records) {
    const chain = ancestry(region);
    let forms: Form[] = [{ text: '', full: true }];
    chain.forEach((r, i) => {
      const own = ownForms.get(r.code) ?? [];
      const isSelf = i === chain.length - 1;
      const next: Form[] = [];
      for (const before of forms) {
        if (!isSelf) next.push(before); // an ancestor may be left out
        for (const part of own) next.push({ text: before.text + part.text, full: before.full && part.full });
      }
      forms = next;
    });
    for (const form of forms) pushUnique(form.full ? exact : loose, form.text, region);
    if (region.en) pushUnique(exact, lookupKey(region.en), region);
  }

  // A municipality is a province with counties but no cities below it; a city without
  // counties has no children at all.
  const municipalities = new Set<string>();
  const leafCities = new Set<string>();
  for (const region of records) {
    const kids = children.get(region.code) ?? [];
    if (region.level === 'province' && kids.length > 0 && kids.every((k) => k.level === 'county')) {
      municipalities.add(region.code);
    }
    if (region.level === 'city' && kids.length === 0) leafCities.add(region.code);
  }
  const servesAs = (region: Region, level: RegionLevel): boolean =>
    region.level === level ||
    (level === 'city' && municipalities.has(region.code)) ||
    (level === 'county' && leafCities.has(region.code));
  const fits = (region: Region, levels: readonly RegionLevel[]): boolean => levels.some((l) => servesAs(region, l));

  const describe = (region: Region): string => `${fullNames.get(region.code) ?? region.name} ${region.code}`;
  const describeAll = (list: readonly Region[], zh: boolean): string => {
    const shown = list.slice(0, LIST_LIMIT).map(describe).join(zh ? '、' : ', ');
    const more = list.length - LIST_LIMIT;
    if (more <= 0) return shown;
    return zh ? `${shown} 等（另有 ${more} 个）` : `${shown} and ${more} more`;
  };
  const wrongLevel = (text: string, found: readonly Region[], levels: readonly RegionLevel[]): RegionResolution => {
    const levelsFound = [...new Set(found.map((r) => r.level))];
    const isZh = levelsFound.map((l) => LEVEL_TEXT[l].zh).join('或');
    const isEn = levelsFound.map((l) => LEVEL_TEXT[l].en).join(' or ');
    const wantZh = levels.map((l) => LEVEL_TEXT[l].zh).join('或');
    const wantEn = levels.map((l) => LEVEL_TEXT[l].en).join(' or ');
    return {
      ok: false,
      reason: {
        zh: `「${text}」（${describeAll(found, true)}）是${isZh}，这里需要${wantZh}`,
        en: `"${text}" (${describeAll(found, false)}) is a ${isEn}; a ${wantEn} is required here`,
      },
      candidates: [...found],
    };
  };

  const resolve = (text: string, options: ResolveOptions = {}): RegionResolution => {
    const levels = options.levels ?? REGION_LEVELS;
    const key = lookupKey(text);
    const shown = normalizeCell(text);
    if (key === '') return { ok: false, reason: { zh: '地区为空', en: 'the region is empty' } };
    if (/^\d+$/.test(key)) {
      const region = key.length === 6 ? byCode.get(key) : undefined;
      if (!region) {
        return {
          ok: false,
          reason: { zh: `没有代码为 ${shown} 的行政区划`, en: `no administrative division has the code ${shown}` },
        };
      }
      return fits(region, levels) ? { ok: true, region } : wrongLevel(shown, [region], levels);
    }
    const exactHit = exact.get(key);
    const found = exactHit ?? loose.get(key);
    if (!found) return { ok: false, reason: { zh: `未知的地区「${shown}」`, en: `unknown region "${shown}"` } };
    const fitting = found.filter((r) => fits(r, levels));
    // A short name that also names smaller places means the big one ("河南" as a
    // destination is 河南省, not 河南蒙古族自治县); never the other way round.
    const only = fitting.length === 1 ? fitting[0] : undefined;
    if (only && (exactHit || found.every((r) => r === only || RANK[r.level] < RANK[only.level]))) {
      return { ok: true, region: only };
    }
    if (fitting.length === 0) return wrongLevel(shown, found, levels);
    return {
      ok: false,
      reason: {
        zh: `「${shown}」对应多个地区，请写明所属省市或填写代码：${describeAll(found, true)}`,
        en: `"${shown}" matches several regions; name the province/city too, or give the code: ${describeAll(found, false)}`,
      },
      candidates: [...found],
    };
  };

  const under = (prefix: string, level?: RegionLevel): Region[] => {
    const p = prefix === '' ? '' : regionPrefix(prefix);
    return records.filter(
      (r) => r.code.startsWith(p) && regionPrefix(r.code) !== p && (level === undefined || r.level === level),
    );
  };

  return {
    regions: records,
    get: (code) => byCode.get(code),
    fullName: (code) => fullNames.get(code),
    resolve,
    under,
    servesAs,
  };
}

// ---------------------------------------------------------------------------------------
// The shipped data, read once on first use.

export const REGIONS_PATH = new URL('../../data/regions.json', import.meta.url);

export function parseRegionFile(json: string): Region[] {
  const file = JSON.parse(json) as RegionFile;
  if (!Array.isArray(file.rows) || file.fields?.join() !== REGION_FIELDS.join()) {
    throw new Error(`regions file: expected fields ${REGION_FIELDS.join(',')}`);
  }
  return file.rows.map(regionFromRow);
}

let shipped: RegionIndex | undefined;

export function regionIndex(): RegionIndex {
  shipped ??= buildRegionIndex(parseRegionFile(readFileSync(REGIONS_PATH, 'utf8')));
  return shipped;
}

export function resolveRegion(text: string, options?: ResolveOptions): RegionResolution {
  return regionIndex().resolve(text, options);
}

export function getRegion(code: string): Region | undefined {
  return regionIndex().get(code);
}

export function fullName(code: string): string | undefined {
  return regionIndex().fullName(code);
}

export function regionsUnder(prefix: string, level?: RegionLevel): Region[] {
  return regionIndex().under(prefix, level);
}
