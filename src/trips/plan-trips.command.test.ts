import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isDomainError } from '../core/errors.js';
import { shanxiInstance } from '../engines/trips/trips.testkit.js';
import type { Plan } from '../engines/trips/types.js';
import { validatePlan } from '../engines/trips/validate.js';
import { registerPlanTripsCommand, runPlanTripsFile } from './plan-trips.command.js';

let dir = '';
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'menkou-plan-trips-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const instance = shanxiInstance([
  ['ty-binhe', 'sz-plant', 62],
  ['jz-yuci', 'sz-plant', 20],
  ['dt-city', 'bj-daxing', 7],
]);

async function write(name: string, value: unknown): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, typeof value === 'string' ? value : JSON.stringify(value));
  return file;
}

async function refusal(run: Promise<unknown>) {
  try {
    await run;
  } catch (error) {
    if (isDomainError(error)) return error.problem;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('runPlanTripsFile', () => {
  it('writes a feasible plan and prints it beside the naive plan and the lower bound', async () => {
    const instancePath = await write('instance.json', instance);
    const outPath = path.join(dir, 'plan.json');
    const lines: string[] = [];
    const summary = await runPlanTripsFile({ instancePath, outPath, objective: 'default', print: (l) => lines.push(l) });
    const plan = JSON.parse(await readFile(outPath, 'utf8')) as Plan;
    expect(validatePlan(instance, plan).violations).toEqual([]);
    expect(summary.plan).toEqual({ coaches: plan.coaches, km: plan.km, cost: plan.cost });
    expect(summary.lowerBound.coaches).toBe(2);
    expect(summary.naive.coaches).toBe(4);
    expect(plan.coaches).toBe(3);
    const text = lines.join('\n');
    expect(text).toMatch(/^plan\s+3\s/m);
    expect(text).toMatch(/^naive\s+4\s/m);
    expect(text).toMatch(/^lower bound\s+2\s/m);
    expect(text).toContain('saved vs naive');
  });

  it('gives the same plan for the same seed', async () => {
    const instancePath = await write('instance.json', instance);
    const a = path.join(dir, 'a.json');
    const b = path.join(dir, 'b.json');
    await runPlanTripsFile({ instancePath, outPath: a, seed: 3, print: () => {} });
    await runPlanTripsFile({ instancePath, outPath: b, seed: 3, print: () => {} });
    expect(await readFile(a, 'utf8')).toBe(await readFile(b, 'utf8'));
  });

  it('refuses bad input, naming record and field, and writes nothing', async () => {
    const outPath = path.join(dir, 'plan.json');
    const unknown = structuredClone(instance);
    unknown.passengers[4].from = 'nowhere';
    const sameplace = structuredClone(instance);
    sameplace.passengers[70].to = sameplace.passengers[70].from;
    const noSeats = structuredClone(instance);
    noSeats.vehicle.capacity = 0;
    const cases = [
      [unknown, { record: 'passengers[4] (id w5)', field: 'from' }],
      [sameplace, { record: 'passengers[70] (id w71)', field: 'to' }],
      [noSeats, { record: 'vehicle', field: 'capacity' }],
    ] as const;
    for (const [bad, where] of cases) {
      const instancePath = await write('bad.json', bad);
      const problem = await refusal(runPlanTripsFile({ instancePath, outPath, print: () => {} }));
      expect(problem).toMatchObject({ code: 'invalid_input', ...where });
      expect(problem.zh.length).toBeGreaterThan(0);
      expect(problem.en.length).toBeGreaterThan(0);
    }
    expect(existsSync(outPath)).toBe(false);
  });

  it('refuses an unknown objective, an unreadable file and broken JSON', async () => {
    const outPath = path.join(dir, 'plan.json');
    const instancePath = await write('instance.json', instance);
    expect(await refusal(runPlanTripsFile({ instancePath, outPath, objective: 'fastest' }))).toMatchObject({
      field: 'objective',
    });
    expect(await refusal(runPlanTripsFile({ instancePath: path.join(dir, 'missing.json'), outPath }))).toMatchObject({
      code: 'bad_file',
    });
    const broken = await write('broken.json', '{"vehicle": ');
    expect(await refusal(runPlanTripsFile({ instancePath: broken, outPath }))).toMatchObject({ code: 'bad_file' });
    expect(existsSync(outPath)).toBe(false);
  });

  it('re-plans from a previous plan and writes the changes', async () => {
    const instancePath = await write('instance.json', instance);
    const first = path.join(dir, 'first.json');
    await runPlanTripsFile({ instancePath, outPath: first, print: () => {} });
    const later = structuredClone(instance);
    later.passengers = later.passengers.filter((p) => p.id !== 'w1');
    later.passengers.push({ id: 'late', from: 'jz-yuci', to: 'sz-plant' });
    const laterPath = await write('later.json', later);
    const second = path.join(dir, 'second.json');
    const changesPath = path.join(dir, 'changes.json');
    const lines: string[] = [];
    const summary = await runPlanTripsFile({
      instancePath: laterPath,
      outPath: second,
      previousPath: first,
      changesPath,
      print: (l) => lines.push(l),
    });
    const plan = JSON.parse(await readFile(second, 'utf8')) as Plan;
    expect(validatePlan(later, plan).violations).toEqual([]);
    const changes = JSON.parse(await readFile(changesPath, 'utf8')) as NonNullable<typeof summary.changes>;
    expect(changes.passengersRemoved.map((c) => c.id)).toEqual(['w1']);
    expect(changes.passengersAdded.map((c) => c.id)).toEqual(['late']);
    expect(changes.passengersMoved).toEqual([]);
    expect(lines.join('\n')).toContain('changes: 1 added, 1 removed, 0 moved');
  });
});

describe('registerPlanTripsCommand', () => {
  it('adds plan-trips to the program', async () => {
    const program = new Command().exitOverride();
    registerPlanTripsCommand(program);
    const instancePath = await write('instance.json', instance);
    const outPath = path.join(dir, 'plan.json');
    const out: string[] = [];
    const write0 = process.stdout.write.bind(process.stdout);
    process.stdout.write = ((chunk: string) => {
      out.push(String(chunk));
      return true;
    }) as typeof process.stdout.write;
    try {
      await program.parseAsync(['plan-trips', instancePath, '--objective', 'default', '--out', outPath, '--seed', '5'], {
        from: 'user',
      });
    } finally {
      process.stdout.write = write0;
    }
    expect(validatePlan(instance, JSON.parse(await readFile(outPath, 'utf8')) as Plan).ok).toBe(true);
    expect(out.join('')).toMatch(/lower bound/);
  });
});
