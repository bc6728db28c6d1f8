// Table types for Kysely. Keep in step with migrations/ (forward-only).
import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type DateText = ColumnType<string, string, string>;

export type RegionTable = {
  code: string;
  name: string;
  full_name: string;
  level: 'province' | 'city' | 'county';
  parent: string | null;
  lat: number | null;
  lon: number | null;
};

export type CatalogTable = { code: string; zh: string; en: string };

export type CampaignTable = {
  id: Generated<string>;
  name: string;
  target: number;
  /** The organising bureau's region (a province, city or county code). */
  region_code: string;
  start_date: DateText;
  end_date: DateText | null;
  /** Destination province codes (xx0000) the campaign sends workers to. */
  destinations: ColumnType<string[], string[] | undefined, string[]>;
  /** °C; a check-in at or above it is refused. */
  fever_threshold: ColumnType<number, number | undefined, number>;
  /** Months after arrival at which retention checks fall due (migration 0015). */
  retention_months: ColumnType<number[], number[] | undefined, number[]>;
  /** An employer whose retention rate falls below it is flagged. */
  retention_threshold: ColumnType<number, number | undefined, number>;
  created_at: Timestamp;
  updated_at: Timestamp;
};

/** A region's share of a campaign's target, set by the officer above it. */
export type CampaignQuotaTable = {
  campaign_id: string;
  region_code: string;
  target: number;
  set_by: string;
  set_at: Timestamp;
};

export type GatheringPointTable = {
  id: Generated<string>;
  campaign_id: string;
  region_code: string;
  /** Region prefix of the counties whose workers gather here. */
  serves_prefix: string;
  name: string;
  address: string | null;
  lat: number;
  lon: number;
};

export type EmployerTable = {
  id: Generated<string>;
  credit_code: string;
  name: string;
  region_code: string;
  created_at: Timestamp;
  updated_at: Timestamp;
};

export type JobTable = {
  province: string;
  id: Generated<string>;
  campaign_id: string;
  employer_id: string;
  site_code: string;
  title: string;
  industry: string;
  headcount: number;
  wage: number;
  wage_max: number | null;
  certificates: string[];
  age_min: number | null;
  age_max: number | null;
  contact_name: string | null;
  contact_phone_enc: string | null;
  contact_phone_masked: string | null;
  start_date: DateText | null;
  site_address: ColumnType<string | null, string | null | undefined, string | null>;
  accommodation: ColumnType<'provided' | 'allowance' | 'none' | null, 'provided' | 'allowance' | 'none' | null | undefined, 'provided' | 'allowance' | 'none' | null>;
  meals: ColumnType<'provided' | 'allowance' | 'none' | null, 'provided' | 'allowance' | 'none' | null | undefined, 'provided' | 'allowance' | 'none' | null>;
  content_hash: string;
  approval: ColumnType<'pending' | 'approved' | 'rejected', 'pending' | 'approved' | 'rejected' | undefined, 'pending' | 'approved' | 'rejected'>;
  approval_reason: ColumnType<string | null, string | null | undefined, string | null>;
  reviewed_by: ColumnType<string | null, string | null | undefined, string | null>;
  reviewed_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  created_at: Timestamp;
  updated_at: Timestamp;
  /** Key rotation (migration 0018): the new key's check value once it re-sealed the row; NULL when the application wrote it. */
  key_check: Generated<string | null>;
};

export type AssignmentDecisionTable = {
  province: string;
  worker_id: string;
  job_province: string;
  job_id: string;
  campaign_id: string;
  decision: 'confirmed' | 'declined';
  reason: string | null;
  actor: string;
  at: Timestamp;
};

export type WorkerTable = {
  province: string;
  id: Generated<string>;
  campaign_id: string;
  region_code: string;
  name: string;
  id_enc: string;
  id_hash: string;
  id_masked: string;
  birth_date: DateText;
  gender: 'male' | 'female';
  phone_enc: string | null;
  phone_hash: string | null;
  phone_masked: string | null;
  priority: boolean;
  industries: string[];
  destinations: string[];
  min_wage: number;
  status: Generated<string>;
  content_hash: string;
  /** Who travels together (a household or companions), kept together on coaches. */
  travel_group: string | null;
  /** When the worker ticked the PIPL consent on the phone pages. */
  consent_at: Date | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  /** Key rotation (migration 0018): the new key's check value once it re-sealed the row; NULL when the application wrote it. */
  key_check: Generated<string | null>;
  /** The new key's blind indexes, staged until the rotation's switch. */
  id_hash_next: Generated<string | null>;
  phone_hash_next: Generated<string | null>;
};

export type WorkerCertificateTable = { province: string; worker_id: string; certificate_code: string };

export type WorkerEventTable = {
  province: string;
  id: Generated<number>;
  worker_id: string;
  campaign_id: string;
  type: string;
  at: Timestamp;
  actor: string;
  device: string | null;
  client_id: string | null;
  data: ColumnType<Record<string, unknown>, string, never>;
};

export type UserTable = {
  id: Generated<string>;
  login: string;
  name: string;
  role: string;
  region_prefix: string;
  employer_id: string | null;
  gathering_point_id: string | null;
  worker_province: string | null;
  worker_id: string | null;
  password_hash: string | null;
  disabled_at: Date | null;
  created_by: string | null;
  created_at: Timestamp;
};

export type SessionTable = {
  token_hash: string;
  user_id: string;
  csrf_token: string;
  ip: string | null;
  created_at: Timestamp;
  expires_at: Date;
};

export type LoginFailureTable = { login: string; ip: string; failures: number; last_at: Timestamp; locked_until: Date | null };

export type LoginCodeTable = { user_id: string; code_hash: string; attempts: Generated<number>; expires_at: Date };

export type AuditTable = {
  id: Generated<number>;
  at: Timestamp;
  actor_id: string | null;
  actor_login: string;
  action: string;
  entity: string;
  entity_id: string | null;
  region_code: string;
  ip: string | null;
  before: ColumnType<unknown, string | null, never>;
  after: ColumnType<unknown, string | null, never>;
  /** The chain (migration 0017, src/auth/audit-chain.ts): the previous entry's digest and this one's. */
  prev_hash: string | null;
  hash: string | null;
};

/** The one row every audit writer locks: the chain's last entry, and where a prune left it. */
export type AuditChainHeadTable = { id: number; last_id: number; hash: string; pruned_through_id: number; pruned_through_hash: string };

export type AssignmentTable = {
  province: string;
  worker_id: string;
  campaign_id: string;
  job_province: string;
  job_id: string;
  status: 'proposed' | 'confirmed' | 'withdrawn';
  run_id: string | null;
  value: number | null;
  created_at: Timestamp;
  updated_at: Timestamp;
};

export type AllocationRunTable = {
  id: Generated<string>;
  campaign_id: string;
  status: 'running' | 'done' | 'failed';
  actor: string;
  parameters: ColumnType<Record<string, unknown>, string | undefined, string>;
  summary: ColumnType<Record<string, unknown> | null, string | null | undefined, string | null>;
  error: string | null;
  started_at: Timestamp;
  finished_at: Date | null;
  /** Job id → final price, the next run's warm start (migration 0013). */
  job_prices: ColumnType<Record<string, number> | null, string | null | undefined, string | null>;
};

export type AllocationChangeTable = {
  province: string;
  run_id: string;
  worker_id: string;
  kind: 'new' | 'moved' | 'dropped';
  job_before: string | null;
  job_after: string | null;
  value_before: number | null;
  value_after: number | null;
  reason: string;
};

export type TripPlanTable = {
  id: Generated<string>;
  campaign_id: string;
  departure_date: DateText;
  actor: string;
  summary: ColumnType<Record<string, unknown>, string | undefined, string>;
  changes: ColumnType<Record<string, unknown> | null, string | null | undefined, string | null>;
  created_at: Timestamp;
};

export type TripTable = {
  id: Generated<string>;
  plan_id: string;
  campaign_id: string;
  departure_date: DateText;
  number: string;
  gathering_point_id: string | null;
  region_code: string;
  capacity: number;
  spacing: 'normal' | 'alternate';
  km: number;
  cost: number;
  stops: ColumnType<unknown, string, string>;
  vehicle: ColumnType<Record<string, unknown>, string | undefined, string>;
  status: ColumnType<'planned' | 'cancelled', 'planned' | 'cancelled' | undefined, 'planned' | 'cancelled'>;
  created_at: Timestamp;
};

export type TripPassengerTable = {
  province: string;
  worker_id: string;
  trip_id: string;
  seat: number;
  pickup: string;
  dropoff: string;
  job_province: string;
  job_id: string;
};

export type RegistrationCodeTable = { phone_hash: string; code_hash: string; attempts: Generated<number>; expires_at: Date; ticket_hash: string | null };

export type WorkerInterestTable = { province: string; worker_id: string; job_province: string; job_id: string; created_at: Timestamp };

export type ImportRunTable = {
  id: Generated<string>;
  kind: 'workers' | 'jobs';
  campaign_id: string | null;
  actor_id: string | null;
  actor_login: string;
  /** The uploader's reach: the run and its workbook are seen within it only. */
  region_prefix: string;
  file_name: string;
  file_bytes: ColumnType<number, number | undefined, number>;
  status: 'running' | 'done' | 'failed';
  rows: Generated<number>;
  bytes_read: ColumnType<number, number | undefined, number>;
  imported: Generated<number>;
  updated: Generated<number>;
  unchanged: Generated<number>;
  refused: Generated<number>;
  error: ColumnType<{ zh: string; en: string } | null, string | null | undefined, string | null>;
  /** The refused rows' workbook, base64 then SM4 (vault), until errors_expire_at. */
  errors_enc: string | null;
  errors_expire_at: Date | null;
  started_at: Timestamp;
  updated_at: Timestamp;
  finished_at: Date | null;
  /** Key rotation (migration 0018): the new key's check value once it re-sealed the row; NULL when the application wrote it. */
  key_check: Generated<string | null>;
};

/** A worker's grievance (migration 0016): the description is vault-encrypted. */
export type GrievanceTable = {
  province: string;
  id: Generated<string>;
  worker_id: string;
  campaign_id: string;
  region_code: string;
  employer_id: string | null;
  job_province: string | null;
  job_id: string | null;
  category: string;
  description_enc: string;
  state: ColumnType<string, string | undefined, string>;
  due_at: Date | null;
  reported_by: string;
  client_id: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  /** Key rotation (migration 0018): the new key's check value once it re-sealed the row; NULL when the application wrote it. */
  key_check: Generated<string | null>;
};

export type GrievanceEventTable = {
  province: string;
  id: Generated<number>;
  grievance_id: string;
  at: Timestamp;
  actor: string;
  actor_role: string;
  state_from: string | null;
  state_to: string;
  note_enc: string | null;
  /** Key rotation (migration 0018): the new key's check value once it re-sealed the row; NULL when the application wrote it. */
  key_check: Generated<string | null>;
};

export type GrievancePhotoTable = {
  province: string;
  id: Generated<string>;
  grievance_id: string;
  mime: string;
  bytes: number;
  content_enc: string;
  created_at: Timestamp;
  /** Key rotation (migration 0018): the new key's check value once it re-sealed the row; NULL when the application wrote it. */
  key_check: Generated<string | null>;
};

/** A retention check's result (migration 0015); when a check falls due is derived from arrival. */
export type RetentionCheckTable = {
  province: string;
  worker_id: string;
  month: number;
  campaign_id: string;
  region_code: string;
  due_date: DateText;
  outcome: 'employed' | 'changed_job' | 'returned_home' | 'unreachable';
  where_text: string | null;
  where_region: string | null;
  employer_id: string | null;
  job_province: string | null;
  job_id: string | null;
  industry: string | null;
  source: 'employer' | 'worker' | 'officer' | 'import';
  actor: string;
  recorded_at: Timestamp;
};

/** One master-key rotation (migration 0018, src/operations/keys-rotate.service.ts); at most one not done. */
export type KeyRotationTable = {
  id: Generated<number>;
  old_check: string;
  new_check: string;
  state: ColumnType<'rekeying' | 'switched' | 'done', 'rekeying' | 'switched' | 'done' | undefined, 'rekeying' | 'switched' | 'done'>;
  actor: string;
  progress: ColumnType<Record<string, { done: number; cursor: string | null }>, string | undefined, string>;
  started_at: Timestamp;
  switched_at: Date | null;
  finished_at: Date | null;
};

export type DB = {
  regions: RegionTable;
  industries: CatalogTable;
  certificates: CatalogTable;
  campaigns: CampaignTable;
  campaign_quotas: CampaignQuotaTable;
  gathering_points: GatheringPointTable;
  employers: EmployerTable;
  jobs: JobTable;
  workers: WorkerTable;
  worker_certificates: WorkerCertificateTable;
  worker_events: WorkerEventTable;
  users: UserTable;
  sessions: SessionTable;
  login_codes: LoginCodeTable;
  login_failures: LoginFailureTable;
  audit_log: AuditTable;
  audit_chain_head: AuditChainHeadTable;
  assignments: AssignmentTable;
  assignment_decisions: AssignmentDecisionTable;
  allocation_runs: AllocationRunTable;
  allocation_changes: AllocationChangeTable;
  trip_plans: TripPlanTable;
  trips: TripTable;
  trip_passengers: TripPassengerTable;
  import_runs: ImportRunTable;
  registration_codes: RegistrationCodeTable;
  worker_interests: WorkerInterestTable;
  grievances: GrievanceTable;
  grievance_events: GrievanceEventTable;
  grievance_photos: GrievancePhotoTable;
  key_rotations: KeyRotationTable;
  retention_checks: RetentionCheckTable;
};
