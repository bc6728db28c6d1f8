// The two short reference lists a worker row and a vacancy row name things from:
// industries (意向行业, 行业) and vocational certificates (技能证书, 证书要求). Codes are
// what the matching engine compares; people type names, so resolving accepts the code,
// the Chinese or English name or an alias, in any case and width. Pure apart from the
// lazy read of data/industries.json and data/certificates.json.

import { readFileSync } from 'node:fs';
import type { Bilingual } from './errors.js';
import { normalizeCell } from './normalize.js';

export type CatalogItem = { code: string; zh: string; en: string; aliases?: string[] };

export type CatalogKind = 'industry' | 'certificate';

export type CatalogResolution =
  | { ok: true; item: CatalogItem }
  | { ok: false; reason: Bilingual; candidates?: CatalogItem[] };

export type Catalog = {
  readonly kind: CatalogKind;
  readonly items: readonly CatalogItem[];
  get(code: string): CatalogItem | undefined;
  resolve(text: string): CatalogResolution;
};

const KIND_TEXT: Record<CatalogKind, Bilingual> = {
  industry: { zh: '行业', en: 'industry' },
  certificate: { zh: '证书', en: 'certificate' },
};

const CODE_SHAPE = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/** "Food Health", "food_health", "ＦＯＯＤ－ＨＥＡＬＴＨ" and "food-health" are one key. */
function lookupKey(text: string): string {
  return normalizeCell(text).toLowerCase().replace(/[\s_-]+/g, '');
}

// People write the skill level and the word 证 around a certificate's name: "焊工证",
// "中式烹调师（中级）", "高级育婴员", "电工证书". The level does not take part in matching
// (a job asks for the certificate, not a grade), so it is dropped before a second look.
const LEVEL_WORDS = '初级工|中级工|高级工|高级技师|技师|初级|中级|高级|[一二三四五]级';
const QUALIFIERS = [
  /[(（][^)）]*[)）]/g,
  new RegExp(`^(${LEVEL_WORDS})`),
  /(职业资格证书|职业技能等级证书|资格证书|资格证|上岗证|操作证|证书|证)$/,
  new RegExp(`(${LEVEL_WORDS})$`),
];

function withoutQualifiers(text: string): string {
  let out = normalizeCell(text);
  for (const pattern of QUALIFIERS) out = out.replace(pattern, '').trim();
  return out;
}

export function buildCatalog(kind: CatalogKind, items: readonly CatalogItem[]): Catalog {
  const byCode = new Map<string, CatalogItem>();
  const byKey = new Map<string, CatalogItem[]>();
  for (const item of items) {
    if (!CODE_SHAPE.test(item.code)) throw new Error(`${kind} code "${item.code}" is not kebab-case`);
    if (byCode.has(item.code)) throw new Error(`duplicate ${kind} code "${item.code}"`);
    byCode.set(item.code, item);
  }
  for (const item of items) {
    for (const text of [item.code, item.zh, item.en, ...(item.aliases ?? [])]) {
      const key = lookupKey(text);
      const list = byKey.get(key) ?? [];
      if (!list.includes(item)) list.push(item);
      byKey.set(key, list);
    }
  }
  // A name shared on purpose ("美容美发" is both 美容师 and 美发师) resolves as ambiguous;
  // but a code must never be another item's name, or the code would stop resolving to itself.
  for (const item of items) {
    if ((byKey.get(lookupKey(item.code)) ?? []).length > 1) {
      throw new Error(`${kind} code "${item.code}" is also a name of another ${kind}`);
    }
  }

  const what = KIND_TEXT[kind];
  const label = (item: CatalogItem): string => `${item.zh} (${item.code})`;
  const resolve = (text: string): CatalogResolution => {
    const shown = normalizeCell(text);
    if (shown === '') return { ok: false, reason: { zh: `${what.zh}为空`, en: `the ${what.en} is empty` } };
    let found = byKey.get(lookupKey(text));
    if (!found && kind === 'certificate') {
      const bare = withoutQualifiers(text);
      if (bare !== '') found = byKey.get(lookupKey(bare));
    }
    if (!found) {
      const known = items.map((i) => i.zh);
      return {
        ok: false,
        reason: {
          zh: `未知的${what.zh}「${shown}」，可用：${known.join('、')}`,
          en: `unknown ${what.en} "${shown}"; known: ${items.map((i) => i.code).join(', ')}`,
        },
      };
    }
    if (found.length === 1) return { ok: true, item: found[0] };
    return {
      ok: false,
      reason: {
        zh: `「${shown}」可指多个${what.zh}，请写明：${found.map(label).join('、')}`,
        en: `"${shown}" could be several ${what.en === 'industry' ? 'industries' : 'certificates'}; name one: ${found.map(label).join(', ')}`,
      },
      candidates: [...found],
    };
  };

  return { kind, items, get: (code) => byCode.get(code), resolve };
}

// ---------------------------------------------------------------------------------------
// The shipped lists, read once on first use.

export const INDUSTRIES_PATH = new URL('../../data/industries.json', import.meta.url);
export const CERTIFICATES_PATH = new URL('../../data/certificates.json', import.meta.url);

function load(kind: CatalogKind, path: URL): Catalog {
  return buildCatalog(kind, JSON.parse(readFileSync(path, 'utf8')) as CatalogItem[]);
}

let industryCatalog: Catalog | undefined;
let certificateCatalog: Catalog | undefined;

export function industries(): Catalog {
  industryCatalog ??= load('industry', INDUSTRIES_PATH);
  return industryCatalog;
}

export function certificates(): Catalog {
  certificateCatalog ??= load('certificate', CERTIFICATES_PATH);
  return certificateCatalog;
}

export function resolveIndustry(text: string): CatalogResolution {
  return industries().resolve(text);
}

export function resolveCertificate(text: string): CatalogResolution {
  return certificates().resolve(text);
}

export function getIndustry(code: string): CatalogItem | undefined {
  return industries().get(code);
}

export function getCertificate(code: string): CatalogItem | undefined {
  return certificates().get(code);
}

export function isIndustryCode(code: string): boolean {
  return industries().get(code) !== undefined;
}

export function isCertificateCode(code: string): boolean {
  return certificates().get(code) !== undefined;
}

/** The Chinese and English names of an industry; undefined for an unknown code. */
export function industryName(code: string): Bilingual | undefined {
  const item = industries().get(code);
  return item && { zh: item.zh, en: item.en };
}

export function certificateName(code: string): Bilingual | undefined {
  const item = certificates().get(code);
  return item && { zh: item.zh, en: item.en };
}
