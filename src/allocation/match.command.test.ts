import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isDomainError } from '../core/errors.js';
import { generate, writeInstance } from '../../bench/match/generate.js';
import { parseInstanceText } from '../engines/match/instance.js';
import { verifyResult } from '../engines/match/verify.js';
import { runMatchFile } from './match.command.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'menkou-match-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function refusal(run: () => Promise<unknown>): Promise<{ code: string; record?: string; field?: string }> {
  try {
    await run();
  } catch (error) {
    if (isDomainError(error)) return error.problem;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('runMatchFile', () => {
  it('writes the contract output and prints time, memory, placed and objective', async () => {
    const input = join(dir, 'instance.json');
    const output = join(dir, 'result.json');
    writeInstance(input, generate('realistic', 300, 20, 0.5, 11));
    const lines: string[] = [];
    const summary = await runMatchFile(input, 'default', output, { line: (t) => lines.push(t) });
    const result = JSON.parse(await readFile(output, 'utf8'));
    expect(Object.keys(result).sort()).toEqual(['assignments', 'objective']);
    const instance = parseInstanceText(await readFile(input, 'utf8'), 'instance.json');
    const check = verifyResult(instance, result);
    expect(check.problems).toEqual([]);
    expect(summary.objective).toBe(check.objective);
    expect(summary.placedPriority + summary.placedOthers).toBe(result.assignments.length);
    expect(lines.join('\n')).toMatch(/time.*s\n.*memory.*MiB\n.*placed.*priority.*others.*\n.*objective.*\d+/);
    expect(await readdir(dir)).toEqual(['instance.json', 'result.json']);
  });

  it.each([
    ['a file that is not JSON', '{"workers": [', 'bad_file', 'field-less'],
    ['duplicate ids', JSON.stringify({ workers: [{ id: 'a', age: 30 }, { id: 'a', age: 31 }], jobs: [] }), 'invalid_input', 'id'],
    ['a negative headcount', JSON.stringify({ workers: [], jobs: [{ id: 'j', site: '320505', industry: 'x', headcount: -2, wage: 5000 }] }), 'invalid_input', 'headcount'],
    ['a malformed region code', JSON.stringify({ workers: [{ id: 'a', age: 30, destinations: ['3205'] }], jobs: [] }), 'invalid_input', 'destinations[0]'],
    ['a wrong type', JSON.stringify({ workers: [{ id: 'a', age: 30, minWage: '4500' }], jobs: [] }), 'invalid_input', 'minWage'],
  ])('refuses %s and writes nothing', async (_name, text, code, field) => {
    const input = join(dir, 'instance.json');
    const output = join(dir, 'result.json');
    await writeFile(input, text);
    const problem = await refusal(() => runMatchFile(input, 'default', output, { line: () => {} }));
    expect(problem.code).toBe(code);
    if (field !== 'field-less') expect(problem.field).toBe(field);
    expect(existsSync(output)).toBe(false);
    expect(await readdir(dir)).toEqual(['instance.json']);
  });

  it('refuses an unknown objective and a missing file before writing', async () => {
    const input = join(dir, 'instance.json');
    const output = join(dir, 'result.json');
    writeInstance(input, generate('realistic', 10, 2, 1, 1));
    expect(await refusal(() => runMatchFile(input, 'fastest', output, { line: () => {} }))).toMatchObject({ code: 'invalid_input', field: 'objective' });
    expect(await refusal(() => runMatchFile(join(dir, 'missing.json'), 'default', output, { line: () => {} }))).toMatchObject({ code: 'bad_file' });
    expect(existsSync(output)).toBe(false);
  });
});
