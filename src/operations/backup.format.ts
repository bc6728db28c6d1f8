// The backup file: one line saying what it is and how long the manifest is, the manifest as
// readable JSON (`head -n 60 FILE` shows it, with the reminder about the key), then the
// payload: a gzip stream of NDJSON, a `#table` line, the table's rows as JSON, an `#end`
// line with its count. The manifest's SM3 digest covers the payload's bytes as written.
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import fs from 'node:fs';
import readline from 'node:readline';
import { pipeline } from 'node:stream/promises';
import { Transform } from 'node:stream';
import { createGunzip, createGzip } from 'node:zlib';
import { domainError } from '../core/errors.js';

export const MAGIC = 'MENKOU-BACKUP';
export const FORMAT_VERSION = 1;

export const KEY_REMINDER = {
  zh: '注意：本备份不含主密钥。没有主密钥，身份证号和手机号无法解密，也无法按号码查找。请将主密钥（master.key 或 MENKOU_KEY）另行保存两份，并与备份文件分开存放。',
  en: 'WARNING: this backup does NOT contain the master key. Without it the identity numbers and phones cannot be decrypted or looked up. Keep the master key (master.key or MENKOU_KEY) twice, and apart from the backup files.',
} as const;

export type BackupManifest = {
  format: typeof MAGIC;
  formatVersion: number;
  menkouVersion: string;
  createdAt: string;
  source: 'pglite' | 'postgres';
  /** The embedded folder was copied from under a running server, then dumped. */
  copiedWhileServing?: boolean;
  payload: 'ndjson+gzip' | 'pg_dump-custom';
  /** Every migration the database had run, by name (restore refuses one this build does not know). */
  migrations: string[];
  /** Tables in load order, with their columns and row counts as of the snapshot. */
  tables: { name: string; columns: string[]; rows: number }[];
  /** HMAC-SM3 of a fixed text under the master key (src/operations/key-check.ts). */
  keyCheck: string;
  checksum: { algorithm: 'sm3'; hex: string; bytes: number };
  reminder: typeof KEY_REMINDER;
};

export type PayloadWriter = {
  line: (text: string) => Promise<void>;
  finish: () => Promise<{ hex: string; bytes: number }>;
};

/** A gzip'd payload written to `file` (mode 600), digested as it is written. */
export function payloadWriter(file: string): PayloadWriter {
  const gzip = createGzip({ level: 6 });
  const hash = createHash('sm3');
  let bytes = 0;
  const digest = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      bytes += chunk.length;
      done(null, chunk);
    },
  });
  const done = pipeline(gzip, digest, fs.createWriteStream(file, { mode: 0o600 }));
  return {
    async line(text) {
      if (!gzip.write(`${text}\n`)) await Promise.race([once(gzip, 'drain'), done]);
    },
    async finish() {
      gzip.end();
      await done;
      return { hex: hash.digest('hex'), bytes };
    },
  };
}

/** Header line and manifest, then the payload's bytes: written aside and renamed, so a file named FILE is whole. */
export async function assembleBackup(out: string, manifest: BackupManifest, payloadFile: string): Promise<void> {
  const json = Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8');
  const partial = `${out}.partial-${process.pid}`;
  try {
    const stream = fs.createWriteStream(partial, { mode: 0o600 });
    stream.write(`${MAGIC} ${FORMAT_VERSION} ${json.length}\n`);
    stream.write(json);
    await pipeline(fs.createReadStream(payloadFile), stream);
    fs.chmodSync(partial, 0o600);
    fs.renameSync(partial, out);
  } finally {
    fs.rmSync(partial, { force: true });
  }
}

const corrupt = (file: string, en: string, zh: string) =>
  domainError({ code: 'bad_file', record: file, zh: `备份文件已损坏或不是 menkou 备份：${zh}`, en: `the backup file is damaged or is not a menkou backup: ${en}` });

export type BackupHeader = { manifest: BackupManifest; payloadOffset: number };

export function readBackupHeader(file: string): BackupHeader {
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch {
    throw domainError({ code: 'bad_file', record: file, zh: '无法读取备份文件', en: 'the backup file cannot be read' });
  }
  try {
    const first = Buffer.alloc(64);
    const read = fs.readSync(fd, first, 0, first.length, 0);
    const end = first.subarray(0, read).indexOf(10);
    const match = end > 0 ? /^MENKOU-BACKUP (\d+) (\d+)$/.exec(first.subarray(0, end).toString('utf8')) : null;
    if (!match) throw corrupt(file, 'no menkou backup header', '没有 menkou 备份文件头');
    if (Number(match[1]) > FORMAT_VERSION) {
      throw domainError({ code: 'invalid_input', record: file, zh: `备份格式版本 ${match[1]} 比本程序新，请先升级 menkou`, en: `backup format ${match[1]} is newer than this menkou: upgrade first` });
    }
    const length = Number(match[2]);
    const json = Buffer.alloc(length);
    if (fs.readSync(fd, json, 0, length, end + 1) !== length) throw corrupt(file, 'the manifest is cut short', '清单不完整');
    let manifest: BackupManifest;
    try {
      manifest = JSON.parse(json.toString('utf8')) as BackupManifest;
    } catch {
      throw corrupt(file, 'the manifest is not valid JSON', '清单不是有效的 JSON');
    }
    if (manifest.format !== MAGIC || !Array.isArray(manifest.tables) || !Array.isArray(manifest.migrations)) {
      throw corrupt(file, 'the manifest lacks its fields', '清单缺少字段');
    }
    return { manifest, payloadOffset: end + 1 + length };
  } finally {
    fs.closeSync(fd);
  }
}

/** Reads the payload once and compares its SM3 digest and length with the manifest's. */
export async function verifyPayload(file: string, header: BackupHeader, onBytes?: (bytes: number) => void): Promise<void> {
  const hash = createHash('sm3');
  let bytes = 0;
  for await (const chunk of fs.createReadStream(file, { start: header.payloadOffset })) {
    hash.update(chunk as Buffer);
    bytes += (chunk as Buffer).length;
    onBytes?.(bytes);
  }
  const { hex, bytes: expected } = header.manifest.checksum;
  if (bytes !== expected || hash.digest('hex') !== hex) {
    throw corrupt(file, `its SM3 checksum does not match the manifest (${bytes} of ${expected} bytes)`, `SM3 校验值与清单不符（${bytes} / ${expected} 字节）`);
  }
}

export type PayloadSection = { table: string; columns: string[]; rows: string[] } | { end: string; rows: number };

/** The payload's sections: a table's rows `batch` at a time, then its end line with the count. */
export async function* readPayload(file: string, header: BackupHeader, batch: number): AsyncGenerator<PayloadSection> {
  const lines = readline.createInterface({ input: fs.createReadStream(file, { start: header.payloadOffset }).pipe(createGunzip()), crlfDelay: Infinity });
  let current: { table: string; columns: string[] } | undefined;
  let rows: string[] = [];
  for await (const line of lines) {
    if (line.startsWith('{')) {
      if (!current) throw corrupt(file, 'rows before a table', '表头之前出现数据行');
      rows.push(line);
      if (rows.length >= batch) {
        yield { ...current, rows };
        rows = [];
      }
    } else if (line.startsWith('#table ')) {
      current = JSON.parse(line.slice(7)) as { table: string; columns: string[] };
    } else if (line.startsWith('#end ')) {
      if (current && rows.length > 0) yield { ...current, rows };
      rows = [];
      current = undefined;
      yield JSON.parse(line.slice(5)) as { end: string; rows: number };
    } else if (line !== '') {
      throw corrupt(file, 'an unknown line in the payload', '数据中有无法识别的行');
    }
  }
}
