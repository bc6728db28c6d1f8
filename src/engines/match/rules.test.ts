import { describe, expect, it } from 'vitest';
import { destinationMatches, destinationPrefix, eligible, failedRule, score, scoreParts, value } from './rules.js';
import type { Job, Worker } from './types.js';

const worker = (over: Partial<Worker> = {}): Worker => ({
  id: 'w1',
  age: 34,
  certificates: [],
  industries: [],
  destinations: [],
  minWage: 0,
  priority: false,
  ...over,
});
const job = (over: Partial<Job> = {}): Job => ({
  id: 'j1',
  site: '320505',
  industry: 'logistics',
  headcount: 1,
  wage: 5000,
  certificates: [],
  ageMin: null,
  ageMax: null,
  ...over,
});

describe('region prefix rule', () => {
  it('removes trailing "00" pairs only', () => {
    expect(destinationPrefix('320000')).toBe('32');
    expect(destinationPrefix('440300')).toBe('4403');
    expect(destinationPrefix('320505')).toBe('320505');
    expect(destinationPrefix('441900')).toBe('4419');
    expect(destinationPrefix('110100')).toBe('1101');
    expect(destinationPrefix('320050')).toBe('320050');
  });
  it('matches a province, a city and a county', () => {
    expect(destinationMatches('320000', '320505')).toBe(true);
    expect(destinationMatches('320500', '320505')).toBe(true);
    expect(destinationMatches('320505', '320505')).toBe(true);
    expect(destinationMatches('320500', '320205')).toBe(false);
    expect(destinationMatches('440300', '440305')).toBe(true);
    expect(destinationMatches('440300', '441900')).toBe(false);
    expect(destinationMatches('110000', '111000')).toBe(true); // "11" prefixes "111000"
  });
});

describe('eligibility rules', () => {
  it('1. age bounds are inclusive and optional', () => {
    expect(eligible(worker({ age: 18 }), job({ ageMin: 18, ageMax: 45 }))).toBe(true);
    expect(eligible(worker({ age: 45 }), job({ ageMin: 18, ageMax: 45 }))).toBe(true);
    expect(failedRule(worker({ age: 17 }), job({ ageMin: 18 }))).toBe('age');
    expect(failedRule(worker({ age: 46 }), job({ ageMax: 45 }))).toBe('age');
    expect(eligible(worker({ age: 70 }), job({ ageMin: 18 }))).toBe(true);
  });
  it('2. required certificates must all be held', () => {
    expect(eligible(worker({ certificates: ['forklift', 'chef'] }), job({ certificates: ['forklift'] }))).toBe(true);
    expect(failedRule(worker({ certificates: ['chef'] }), job({ certificates: ['forklift'] }))).toBe('certificates');
    expect(failedRule(worker({ certificates: ['forklift'] }), job({ certificates: ['forklift', 'chef'] }))).toBe('certificates');
  });
  it('3. wage at least minWage', () => {
    expect(eligible(worker({ minWage: 5000 }), job({ wage: 5000 }))).toBe(true);
    expect(failedRule(worker({ minWage: 5001 }), job({ wage: 5000 }))).toBe('wage');
  });
  it('4. industry in the list, or the list empty', () => {
    expect(eligible(worker({ industries: ['catering', 'logistics'] }), job())).toBe(true);
    expect(failedRule(worker({ industries: ['catering'] }), job())).toBe('industry');
  });
  it('5. a destination entry matches the site, or the list empty', () => {
    expect(eligible(worker({ destinations: ['440000', '320000'] }), job())).toBe(true);
    expect(failedRule(worker({ destinations: ['440000', '320200'] }), job())).toBe('destination');
  });
});

describe('score and value', () => {
  it('industry part: 20 for any, 40/25/10 by rank', () => {
    expect(scoreParts(worker(), job())?.industry).toBe(20);
    const ranked = (list: string[]): number | undefined => scoreParts(worker({ industries: list }), job())?.industry;
    expect(ranked(['logistics'])).toBe(40);
    expect(ranked(['catering', 'logistics'])).toBe(25);
    expect(ranked(['a', 'b', 'logistics'])).toBe(10);
    expect(ranked(['a', 'b', 'c', 'logistics'])).toBe(10);
  });
  it('destination part: 15 for anywhere, 30/20/10 by the first matching entry', () => {
    expect(scoreParts(worker(), job())?.destination).toBe(15);
    const ranked = (list: string[]): number | undefined => scoreParts(worker({ destinations: list }), job())?.destination;
    expect(ranked(['320505'])).toBe(30);
    expect(ranked(['440000', '320500'])).toBe(20);
    expect(ranked(['440000', '110000', '320000'])).toBe(10);
    // the first match counts even when a later, more specific entry also matches
    expect(ranked(['320000', '320505'])).toBe(30);
    expect(ranked(['440000', '320000', '320505'])).toBe(20);
  });
  it('wage part: floor((wage − minWage) / 200), capped at 29', () => {
    const part = (minWage: number, wage: number): number | undefined => scoreParts(worker({ minWage }), job({ wage }))?.wage;
    expect(part(4500, 4500)).toBe(0);
    expect(part(4500, 4699)).toBe(0);
    expect(part(4500, 4700)).toBe(1);
    expect(part(3000, 8799)).toBe(28);
    expect(part(3000, 8800)).toBe(29);
    expect(part(0, 100000)).toBe(29);
  });
  it('value adds 100 and 100 more for priority; null when not eligible', () => {
    const w = worker({ industries: ['logistics'], destinations: ['320000'], minWage: 4500 });
    expect(score(w, job({ wage: 6000 }))).toBe(40 + 30 + 7);
    expect(value(w, job({ wage: 6000 }))).toBe(100 + 77);
    expect(value({ ...w, priority: true }, job({ wage: 6000 }))).toBe(200 + 77);
    expect(value(w, job({ wage: 4000 }))).toBeNull();
  });
  it('the contract example pair is not eligible (no forklift certificate)', () => {
    const w = worker({ certificates: ['food-health'], industries: ['catering', 'logistics'], destinations: ['320000', '440300'], minWage: 4500, priority: true });
    const j = job({ headcount: 30, wage: 6000, certificates: ['forklift'], ageMin: 18, ageMax: 45 });
    expect(failedRule(w, j)).toBe('certificates');
    expect(value(w, { ...j, certificates: [] })).toBe(200 + 25 + 30 + 7);
  });
});
