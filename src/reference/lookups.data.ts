// Lookups over the shipped reference data (data/*.json, via core/regions and core/catalog).
import { type CatalogResolution, certificateName as certName, industryName as indName, resolveCertificate, resolveIndustry } from '../core/catalog.js';
import { ok, type ParseResult } from '../core/values.js';
import { type RegionLevel, type RegionResolution, resolveRegion } from '../core/regions.js';
import type { Lookups } from '../spreadsheets/lookups.js';

function fromRegion(result: RegionResolution): ParseResult<string> {
  if (result.ok) return ok(result.region.code);
  return { ok: false, reason: result.reason };
}

function fromCatalog(result: CatalogResolution): ParseResult<string> {
  if (result.ok) return ok(result.item.code);
  return { ok: false, reason: result.reason };
}

const levels = (...list: RegionLevel[]) => ({ levels: list });

let shipped: Lookups | undefined;

export function referenceLookups(): Lookups {
  shipped ??= Object.freeze({
    county: (text: string) => fromRegion(resolveRegion(text, levels('county'))),
    destination: (text: string) => fromRegion(resolveRegion(text, levels('province', 'city'))),
    site: (text: string) => fromRegion(resolveRegion(text, levels('county', 'city'))),
    industry: (text: string) => fromCatalog(resolveIndustry(text)),
    certificate: (text: string) => fromCatalog(resolveCertificate(text)),
  });
  return shipped;
}

export function industryName(code: string): string {
  return indName(code)?.zh ?? code;
}

export function certificateName(code: string): string {
  return certName(code)?.zh ?? code;
}
