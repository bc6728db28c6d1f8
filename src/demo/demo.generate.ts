// The demo campaign as plain data, deterministic for a seed. Identity numbers and credit
// codes pass their checksums but are made up (random sequence numbers on real region
// codes); phones are in the 199 range with random digits.
import { makeCreditCode } from '../core/credit-code.js';
import { makeIdNumber } from '../core/id-number.js';
import { createRng, type Rng } from '../core/random.js';
import { getRegion, type Region, regionsUnder, shortRegionName } from '../core/regions.js';
import { formatIsoDate } from '../core/values.js';
import type { JobDraft } from '../jobs/jobs.parse.js';
import type { WorkerDraft } from '../workers/workers.parse.js';
import {
  DEMO_CAMPAIGN, DESTINATION_CITIES, DISTRICT_WEIGHT, GATHERING_POINTS, GIVEN_CHARS, INDUSTRIES, ORIGIN_CITY_WEIGHTS,
  SURNAMES, WISHED_DESTINATIONS, WORKER_CERTIFICATES,
} from './demo.data.js';

export type DemoGatheringPoint = { regionCode: string; servesPrefix: string; name: string; lat: number; lon: number };
export type DemoData = { workers: WorkerDraft[]; jobs: JobDraft[]; gatheringPoints: DemoGatheringPoint[] };

function countiesOf(city: string): Region[] {
  return regionsUnder(city.slice(0, 4), 'county');
}

function originCounties(): (readonly [string, number])[] {
  const weighted: (readonly [string, number])[] = [];
  for (const [city, weight] of ORIGIN_CITY_WEIGHTS) {
    for (const county of countiesOf(city)) {
      weighted.push([county.code, county.name.endsWith('区') ? weight * DISTRICT_WEIGHT : weight]);
    }
  }
  return weighted;
}

function personName(rng: Rng): string {
  const given = [...GIVEN_CHARS];
  const length = rng.chance(0.7) ? 2 : 1;
  let name = rng.pick([...SURNAMES]);
  for (let i = 0; i < length; i += 1) name += rng.pick(given);
  return name;
}

/** Ages 16–60, most between 20 and 45, as in labour-export registrations. */
function birthDate(rng: Rng, onDate: string): string {
  const age = rng.weighted<[number, number]>([[[16, 19], 8], [[20, 29], 30], [[30, 39], 28], [[40, 49], 22], [[50, 60], 12]]);
  const years = rng.int(age[0], age[1]);
  const [year, month, day] = onDate.split('-').map(Number);
  const birthYear = year - years - 1;
  const m = rng.int(1, 12);
  const d = rng.int(1, 28);
  // Keep the completed age at `years` on the campaign start date.
  return m < month || (m === month && d <= day) ? formatIsoDate(birthYear + 1, m, d) : formatIsoDate(birthYear, m, d);
}

function makeWorker(rng: Rng, counties: readonly (readonly [string, number])[], index: number): WorkerDraft {
  const regionCode = rng.weighted(counties);
  const birth = birthDate(rng, DEMO_CAMPAIGN.startDate);
  const sequence = 100 + ((index * 7919 + rng.int(0, 898)) % 899);
  const idNumber = makeIdNumber(regionCode, birth, sequence);
  const certificateCount = rng.weighted([[0, 45], [1, 40], [2, 15]]);
  const certificates = new Set<string>();
  while (certificates.size < certificateCount) certificates.add(rng.weighted(WORKER_CERTIFICATES));
  const industryCount = rng.weighted([[0, 15], [1, 35], [2, 30], [3, 20]]);
  const industries = rng.sample(INDUSTRIES.map((i) => i.code), 8).slice(0, industryCount);
  const destinationCount = rng.weighted([[0, 20], [1, 40], [2, 25], [3, 15]]);
  const destinations: string[] = [];
  while (destinations.length < destinationCount) {
    const pick = rng.weighted(WISHED_DESTINATIONS);
    if (!destinations.includes(pick)) destinations.push(pick);
  }
  return {
    name: personName(rng),
    idNumber,
    birthDate: birth,
    gender: Number(idNumber[16]) % 2 === 1 ? 'male' : 'female',
    phone: rng.chance(0.9) ? `199${String(rng.int(0, 99_999_999)).padStart(8, '0')}` : null,
    regionCode,
    priority: rng.chance(1 / 3),
    certificates: [...certificates].sort(),
    industries,
    destinations,
    minWage: rng.chance(0.2) ? 0 : rng.weighted([[3000, 10], [3500, 15], [4000, 25], [4500, 20], [5000, 18], [5500, 7], [6000, 5]]),
  };
}

function makeJobs(rng: Rng): JobDraft[] {
  const jobs: JobDraft[] = [];
  let employerSeed = 0;
  for (const [city, employers] of DESTINATION_CITIES) {
    const counties = city.endsWith('0000') ? regionsUnder(city.slice(0, 2), 'county') : countiesOf(city);
    // Cities without counties (Dongguan) are their own site.
    const sites = counties.length > 0 ? counties : [getRegion(city)].filter((r): r is Region => r !== undefined);
    const cityName = shortRegionName(getRegion(city)?.name ?? '');
    for (let e = 0; e < employers; e += 1) {
      employerSeed += 1;
      const profile = rng.weighted(INDUSTRIES.map((p) => [p, p.weight] as const));
      const site = rng.pick(sites).code;
      const employer = `${cityName}${rng.pick(['华兴', '鑫源', '宏达', '恒通', '众诚', '金海', '顺和', '瑞丰', '天成', '嘉禾'])}${rng.pick(profile.nameWords)}有限公司`;
      const creditCode = makeCreditCode(site, employerSeed * 104_729 + 17);
      const titles = rng.sample(profile.titles, rng.int(Math.min(3, profile.titles.length), Math.min(5, profile.titles.length)));
      for (const title of titles) {
        const [low, high] = profile.wage;
        const wage = Math.round(rng.int(low, high) / 100) * 100;
        const requires = profile.requires.filter(([, p]) => rng.chance(p)).map(([code]) => code);
        const age = profile.age && rng.chance(0.8) ? profile.age : null;
        jobs.push({
          employer,
          creditCode,
          siteCode: site,
          title,
          industry: profile.code,
          headcount: rng.weighted([[rng.int(5, 15), 40], [rng.int(16, 30), 35], [rng.int(31, 60), 20], [rng.int(61, 120), 5]]),
          wage,
          wageMax: rng.chance(0.5) ? wage + 1000 : null,
          certificates: requires,
          ageMin: age ? age[0] : null,
          ageMax: age ? age[1] : null,
          contactName: `${personName(rng)}`,
          contactPhone: `199${String(rng.int(0, 99_999_999)).padStart(8, '0')}`,
          startDate: `2021-01-${String(rng.int(8, 25)).padStart(2, '0')}`,
          // From the position, not the generator, so the rest of the demo stays as it was.
          siteAddress: `工业园区${(jobs.length % 30) + 1}号`,
          accommodation: (['provided', 'provided', 'allowance', 'none'] as const)[jobs.length % 4],
          meals: (['provided', 'allowance', 'allowance', 'none'] as const)[(jobs.length >> 2) % 4],
        });
      }
    }
  }
  return jobs;
}

export function generateDemo(options: { workers: number; seed: number }): DemoData {
  const rng = createRng(options.seed);
  const counties = originCounties();
  const gatheringPoints = GATHERING_POINTS.map((point) => {
    const city = getRegion(point.city);
    return {
      regionCode: point.city,
      servesPrefix: point.city.slice(0, 4),
      name: point.name,
      lat: point.lat ?? city?.lat ?? 0,
      lon: point.lon ?? city?.lon ?? 0,
    };
  });
  const jobs = makeJobs(rng);
  const workers: WorkerDraft[] = [];
  const seen = new Set<string>();
  for (let i = 0; workers.length < options.workers; i += 1) {
    const worker = makeWorker(rng, counties, i);
    if (seen.has(worker.idNumber)) continue;
    seen.add(worker.idNumber);
    workers.push(worker);
  }
  return { workers, jobs, gatheringPoints };
}
