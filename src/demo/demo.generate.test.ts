import { describe, expect, it } from 'vitest';
import { parseCreditCode } from '../core/credit-code.js';
import { ageOn, parseIdNumber } from '../core/id-number.js';
import { getRegion } from '../core/regions.js';
import { isCertificateCode, isIndustryCode } from '../core/catalog.js';
import { DEMO_CAMPAIGN } from './demo.data.js';
import { generateDemo } from './demo.generate.js';

describe('demo campaign data', () => {
  const demo = generateDemo({ workers: 27_000, seed: 2021 });

  it('is deterministic for a seed and differs between seeds', () => {
    const again = generateDemo({ workers: 500, seed: 2021 });
    expect(again.workers.slice(0, 500)).toEqual(generateDemo({ workers: 500, seed: 2021 }).workers);
    expect(generateDemo({ workers: 500, seed: 2022 }).workers[0]).not.toEqual(again.workers[0]);
  });

  it('has 27,000 distinct workers from all 11 Shanxi cities, weighted to the poorer ones, about a third priority', () => {
    expect(demo.workers).toHaveLength(27_000);
    expect(new Set(demo.workers.map((w) => w.idNumber)).size).toBe(27_000);
    const byCity = new Map<string, number>();
    for (const w of demo.workers) byCity.set(w.regionCode.slice(0, 4), (byCity.get(w.regionCode.slice(0, 4)) ?? 0) + 1);
    expect(byCity.size).toBe(11);
    expect(byCity.get('1411') ?? 0).toBeGreaterThan(3 * (byCity.get('1401') ?? 0));
    const priority = demo.workers.filter((w) => w.priority).length / demo.workers.length;
    expect(priority).toBeGreaterThan(0.3);
    expect(priority).toBeLessThan(0.37);
  });

  it('writes valid identity numbers, ages 16–60, known certificates, industries and destinations', () => {
    for (const w of demo.workers) {
      const parsed = parseIdNumber(w.idNumber, DEMO_CAMPAIGN.startDate);
      expect(parsed.ok).toBe(true);
      const age = ageOn(w.birthDate, DEMO_CAMPAIGN.startDate);
      expect(age).toBeGreaterThanOrEqual(16);
      expect(age).toBeLessThanOrEqual(60);
      expect(getRegion(w.regionCode)?.level).toBe('county');
      expect(w.certificates.every(isCertificateCode)).toBe(true);
      expect(w.industries.every(isIndustryCode)).toBe(true);
      expect(w.destinations.every((d) => getRegion(d) !== undefined)).toBe(true);
    }
  });

  it('has about 400 employers and 1,500 vacancies in six provinces with valid credit codes', () => {
    const employers = new Set(demo.jobs.map((j) => j.creditCode));
    expect(employers.size).toBe(400);
    expect(demo.jobs.length).toBeGreaterThan(1300);
    expect(demo.jobs.length).toBeLessThan(1700);
    expect(new Set(demo.jobs.map((j) => j.siteCode.slice(0, 2)))).toEqual(new Set(['11', '32', '33', '44', '61', '37']));
    expect(new Set(demo.jobs.map((j) => j.industry))).toEqual(
      new Set(['catering', 'logistics', 'manufacturing', 'domestic-service', 'caregiving', 'security', 'construction', 'electronics']),
    );
    for (const code of employers) expect(parseCreditCode(code).ok).toBe(true);
    expect(demo.gatheringPoints).toHaveLength(11);
    expect(demo.gatheringPoints.find((p) => p.regionCode === '140100')?.name).toMatch(/滨河体育中心/);
  });
});
