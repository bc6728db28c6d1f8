// Worker registrations from parsed drafts to a batch ready to write: personal numbers
// encrypted and blind-indexed, masks and content digest computed, and the batch laid out
// as one PostgreSQL array literal per column. Kept free of the database modules, because
// a large import does all of this on a worker thread that should start quickly.
import { randomUUID } from 'node:crypto';
import { contentDigest, createVault, type Vault } from '../core/crypto.js';
import { maskIdNumber, maskPhone } from '../core/mask.js';
import { WORKER_COLUMNS, type WorkerColumn } from './workers.columns.js';
import { parseWorkerRow, type WorkerDraft } from './workers.parse.js';
import { arrayLiteral, type LiteralElement } from '../db/array-literal.js';
import type { ImportSpec } from '../spreadsheets/import-pipeline.js';
import type { ThreadSpec } from '../spreadsheets/import-thread.js';
import { referenceLookups } from '../reference/lookups.data.js';
import { rememberedLookups } from '../spreadsheets/lookups.memo.js';

export type WorkerRow = {
  province: string;
  regionCode: string;
  name: string;
  idEnc: string;
  idHash: string;
  idMasked: string;
  birthDate: string;
  gender: string;
  phoneEnc: string | null;
  phoneHash: string | null;
  phoneMasked: string | null;
  priority: boolean;
  industries: string[];
  destinations: string[];
  minWage: number;
  contentHash: string;
  certificates: string[];
};

/** A batch of rows as one array literal per column, in `BATCH_COLUMNS` order (upsertWorkerBatch unnests them). */
export type WorkerBatch = { count: number; columns: string[] };

// Parsed drafts carry canonical numbers (18 characters; 11 digits), whose masks are plain
// slices; anything else (a caller outside the import) goes through the general maskers.
const CANONICAL_ID = /^\d{17}[\dX]$/;
const CANONICAL_MOBILE = /^1[3-9]\d{9}$/;
const maskId = (id: string): string => (CANONICAL_ID.test(id) ? `${id.slice(0, 4)}**********${id.slice(14)}` : maskIdNumber(id));
const maskMobile = (phone: string): string => (CANONICAL_MOBILE.test(phone) ? `${phone.slice(0, 3)}****${phone.slice(7)}` : maskPhone(phone));

function sealed(vault: Vault, draft: WorkerDraft, idEnc: string, phoneEnc: string | null): WorkerRow {
  const certificates = [...draft.certificates].sort();
  const idHash = vault.blindIndex(draft.idNumber);
  const phoneHash = draft.phone ? vault.blindIndex(draft.phone) : null;
  return {
    province: draft.regionCode.slice(0, 2),
    regionCode: draft.regionCode,
    name: draft.name,
    idEnc,
    idHash,
    idMasked: maskId(draft.idNumber),
    birthDate: draft.birthDate,
    gender: draft.gender,
    phoneEnc,
    phoneHash,
    phoneMasked: draft.phone ? maskMobile(draft.phone) : null,
    priority: draft.priority,
    industries: draft.industries,
    destinations: draft.destinations,
    minWage: draft.minWage,
    // Only blinded numbers go into the digest, so a plain hash leaks nothing extra.
    contentHash: contentDigest([
      draft.name, idHash, phoneHash, draft.regionCode, draft.priority, certificates, draft.industries, draft.destinations, draft.minWage,
    ]),
    certificates,
  };
}

export function sealWorker(vault: Vault, draft: WorkerDraft): WorkerRow {
  return sealed(vault, draft, vault.encrypt(draft.idNumber), draft.phone ? vault.encrypt(draft.phone) : null);
}

/** `sealWorker` for a whole batch: one SM4 keystream for all its numbers (see Vault.encryptMany). */
export function sealWorkers(vault: Vault, drafts: readonly WorkerDraft[]): WorkerRow[] {
  const plain: string[] = [];
  for (const draft of drafts) {
    plain.push(draft.idNumber);
    if (draft.phone) plain.push(draft.phone);
  }
  const cipher = vault.encryptMany(plain);
  let next = 0;
  return drafts.map((draft) => {
    const idEnc = cipher[next++];
    const phoneEnc = draft.phone ? cipher[next++] : null;
    return sealed(vault, draft, idEnc, phoneEnc);
  });
}

// The id comes first and is new for every row: it is used when the row is inserted
// (PGlite's gen_random_uuid() costs more than the rest of the row), ignored on update.
const BATCH_COLUMNS: readonly ((row: WorkerRow) => LiteralElement)[] = [
  () => randomUUID(), (r) => r.province, (r) => r.regionCode, (r) => r.name, (r) => r.idEnc, (r) => r.idHash, (r) => r.idMasked,
  (r) => r.birthDate, (r) => r.gender, (r) => r.phoneEnc, (r) => r.phoneHash, (r) => r.phoneMasked, (r) => r.priority,
  (r) => arrayLiteral(r.industries), (r) => arrayLiteral(r.destinations), (r) => r.minWage, (r) => r.contentHash,
  (r) => arrayLiteral(r.certificates),
];

export function workerBatch(rows: readonly WorkerRow[]): WorkerBatch {
  return { count: rows.length, columns: BATCH_COLUMNS.map((pick) => arrayLiteral(rows.map(pick))) };
}

export type WorkerRowRules = Pick<ImportSpec<WorkerColumn, WorkerDraft>, 'columns' | 'dedupeColumn' | 'dedupeLabel' | 'parseRow' | 'regionOf'>;

/** The import contract's row rules for registrations, with lookups remembered for this import. */
export function workerRowRules(onDate: string): WorkerRowRules {
  const context = { lookups: rememberedLookups(referenceLookups()), onDate };
  return {
    columns: WORKER_COLUMNS,
    dedupeColumn: 'idNumber',
    dedupeLabel: { zh: '身份证号', en: 'identity number' },
    parseRow: (cells, label) => parseWorkerRow(cells, label, context),
    // A registration belongs to its county of origin: an officer imports only its own.
    regionOf: { column: 'origin', region: (draft) => draft.regionCode },
  };
}

/** `seed` (the vault's key) when the thread seals; without it the thread sends drafts. */
export type WorkerThreadArgs = { onDate: string; seed?: Uint8Array };

/** What the thread sends per batch: sealed and laid out, or parsed drafts for the parent to seal. */
export type WorkerPayload = { sealed: WorkerBatch } | { drafts: WorkerDraft[] };

/**
 * The worker thread's half of a registration import (see import-thread.ts). Where the
 * sealing runs is the caller's choice: on the thread, when the parent thread is busy
 * running PGlite; in the parent, when it only hands text to a PostgreSQL server and
 * would otherwise idle while the thread does everything.
 */
export function workerThreadSpec(args: WorkerThreadArgs): ThreadSpec<WorkerColumn, WorkerDraft, WorkerPayload> {
  const vault = args.seed ? createVault(args.seed) : undefined;
  return {
    ...workerRowRules(args.onDate),
    prepareBatch: (drafts) => (vault ? { sealed: workerBatch(sealWorkers(vault, drafts)) } : { drafts }),
  };
}
