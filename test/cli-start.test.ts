// The compiled CLI (scripts/build-cli.mjs → lib/) and its lazy command table: a stale lib/
// is never run, and `menkou --help` lists what each command's own module describes.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../src/cli/commands.js';
import { tempDir } from './fixtures.js';

const repo = path.resolve('.');

/** A tiny checkout: the build scripts, a src/ of our own, node_modules linked. */
function sandbox(): string {
  const root = tempDir('menkou-build-cli-');
  fs.mkdirSync(path.join(root, 'scripts'));
  for (const file of ['build-cli.mjs', 'build-lock.mjs']) fs.copyFileSync(path.join(repo, 'scripts', file), path.join(root, 'scripts', file));
  fs.symlinkSync(path.join(repo, 'node_modules'), path.join(root, 'node_modules'));
  fs.mkdirSync(path.join(root, 'src/cli'), { recursive: true });
  fs.mkdirSync(path.join(root, 'src/web'), { recursive: true });
  fs.writeFileSync(path.join(root, 'src/cli/main.ts'), "import { word } from './word.js';\nconst shout = (s: string): string => s.toUpperCase();\nprocess.stdout.write(shout(word));\n");
  fs.writeFileSync(path.join(root, 'src/cli/word.ts'), "export const word: string = 'one';\n");
  fs.writeFileSync(path.join(root, 'src/cli/word.test.ts'), 'throw new Error("tests are not compiled");\n');
  fs.writeFileSync(path.join(root, 'src/web/page.ts'), 'throw new Error("the web console is not compiled here");\n');
  return root;
}

function runCompiled(root: string): string {
  const script = `const { cliEntry } = await import(${JSON.stringify(path.join(root, 'scripts/build-cli.mjs'))}); const e = await cliEntry(); if (!e.compiled) throw new Error('not compiled'); await import(e.url);`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: 60_000 });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return run.stdout;
}

describe('compiled CLI', () => {
  it('builds lib/ on first use, and rebuilds what changed before running it, even when the edit carries an older time', () => {
    const root = sandbox();
    expect(runCompiled(root)).toBe('ONE');
    expect(fs.existsSync(path.join(root, 'lib/cli/main.js'))).toBe(true);
    expect(fs.existsSync(path.join(root, 'lib/cli/word.test.js'))).toBe(false);
    expect(fs.existsSync(path.join(root, 'lib/web'))).toBe(false);

    // An edit restored with a time before the build (a copy keeping times, a checkout).
    const word = path.join(root, 'src/cli/word.ts');
    const before = fs.statSync(word);
    fs.writeFileSync(word, "export const word: string = 'two';\n");
    fs.utimesSync(word, before.atime, new Date(before.mtimeMs - 60_000));
    expect(runCompiled(root)).toBe('TWO');

    // A removed source takes its compiled copy with it; a new one is compiled.
    fs.writeFileSync(path.join(root, 'src/cli/extra.ts'), 'export const extra = 1;\n');
    runCompiled(root);
    expect(fs.existsSync(path.join(root, 'lib/cli/extra.js'))).toBe(true);
    fs.rmSync(path.join(root, 'src/cli/extra.ts'));
    runCompiled(root);
    expect(fs.existsSync(path.join(root, 'lib/cli/extra.js'))).toBe(false);
  });

  it('lists every command with the description its own module registers', async () => {
    for (const entry of COMMANDS) {
      const program = new Command();
      (await entry.load())(program);
      const command = program.commands.find((c) => c.name() === entry.name);
      expect(command, entry.name).toBeDefined();
      expect(command?.description(), entry.name).toBe(entry.summary);
    }
    const names = COMMANDS.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('menkou --help names every command, and `menkou help <command>` shows that command', () => {
    const help = spawnSync(process.execPath, [path.join(repo, 'bin/menkou.js'), '--help'], { encoding: 'utf8', timeout: 60_000 });
    expect(help.status).toBe(0);
    for (const entry of COMMANDS) expect(help.stdout).toMatch(new RegExp(`^\\s+${entry.name}\\b`, 'm'));
    const one = spawnSync(process.execPath, [path.join(repo, 'bin/menkou.js'), 'help', 'match'], { encoding: 'utf8', timeout: 60_000 });
    expect(one.status).toBe(0);
    expect(one.stdout).toMatch(/--objective/);
  });
});
