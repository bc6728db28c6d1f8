// Departure day (docs/departure.md, shared/spec/departure.md): the records devices send
// (check-ins, the departure, arrival handovers) are kept as they came, both times, and a
// passenger's state is computed from the set of them, never stored; officers' changes
// (rebooked, cancelled) are rows of their own; every refused record waits in the
// needs-attention list until an officer resolves it. The campaign gains the window after
// the estimated arrival within which everyone must be handed over.
import type { Kysely } from 'kysely';
import { runStatements } from './statements.js';

const DEPARTURE = `
  ALTER TABLE campaigns ADD COLUMN arrival_window_minutes integer NOT NULL DEFAULT 120 CHECK (arrival_window_minutes BETWEEN 0 AND 2880);
  CREATE TABLE checkin_records (
    id uuid PRIMARY KEY,
    trip_id uuid NOT NULL REFERENCES trips(id),
    province char(2) NOT NULL,
    worker_id uuid NOT NULL,
    at timestamptz NOT NULL,
    received_at timestamptz NOT NULL DEFAULT now(),
    identity text NOT NULL CHECK (identity IN ('verified', 'mismatch')),
    temperature numeric(3, 1) NOT NULL CHECK (temperature BETWEEN 34.0 AND 43.0),
    security text NOT NULL CHECK (security IN ('passed', 'failed')),
    passed boolean NOT NULL,
    fail_reason text CHECK (fail_reason IN ('identity', 'fever', 'security')),
    content_hash text NOT NULL,
    device_id text NOT NULL,
    actor_id uuid,
    actor_login text NOT NULL,
    FOREIGN KEY (province, worker_id) REFERENCES workers(province, id)
  );
  CREATE INDEX checkin_records_passenger ON checkin_records (trip_id, province, worker_id);
  CREATE INDEX checkin_records_worker ON checkin_records (province, worker_id);
  CREATE TABLE trip_departures (
    trip_id uuid PRIMARY KEY REFERENCES trips(id),
    id uuid NOT NULL UNIQUE,
    at timestamptz NOT NULL,
    received_at timestamptz NOT NULL DEFAULT now(),
    on_board integer NOT NULL CHECK (on_board >= 0),
    departed integer NOT NULL,
    device_id text,
    actor_id uuid,
    actor_login text NOT NULL
  );
  CREATE TABLE passenger_changes (
    trip_id uuid NOT NULL REFERENCES trips(id),
    province char(2) NOT NULL,
    worker_id uuid NOT NULL,
    kind text NOT NULL CHECK (kind IN ('rebooked', 'cancelled')),
    to_trip_id uuid REFERENCES trips(id),
    reason text,
    at timestamptz NOT NULL DEFAULT now(),
    actor_id uuid,
    actor_login text NOT NULL,
    PRIMARY KEY (trip_id, province, worker_id),
    FOREIGN KEY (province, worker_id) REFERENCES workers(province, id)
  );
  CREATE TABLE arrival_records (
    id uuid PRIMARY KEY,
    trip_id uuid NOT NULL REFERENCES trips(id),
    province char(2) NOT NULL,
    worker_id uuid NOT NULL,
    at timestamptz NOT NULL,
    received_at timestamptz NOT NULL DEFAULT now(),
    outcome text NOT NULL CHECK (outcome IN ('handed_over', 'absent')),
    content_hash text NOT NULL,
    device_id text NOT NULL,
    actor_id uuid,
    actor_login text NOT NULL,
    FOREIGN KEY (province, worker_id) REFERENCES workers(province, id)
  );
  CREATE INDEX arrival_records_passenger ON arrival_records (trip_id, province, worker_id);
  CREATE TABLE needs_attention (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind text NOT NULL CHECK (kind IN ('checkin', 'departure', 'arrival')),
    record_id text NOT NULL,
    reason text NOT NULL,
    field text,
    campaign_id uuid,
    departure_date date,
    trip_id uuid,
    right_trip_id uuid,
    province char(2),
    worker_id uuid,
    region_code text NOT NULL DEFAULT '',
    at text,
    received_at timestamptz NOT NULL DEFAULT now(),
    device_id text,
    actor_id uuid,
    actor_login text NOT NULL,
    payload jsonb NOT NULL DEFAULT '{}',
    resolved_at timestamptz,
    resolved_by text,
    resolution text,
    UNIQUE (kind, record_id, reason)
  );
  CREATE INDEX needs_attention_day ON needs_attention (campaign_id, departure_date, resolved_at);
`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, DEPARTURE);
}
