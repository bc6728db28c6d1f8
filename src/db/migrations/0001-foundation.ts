// Keys are shaped for Citus: tables that grow with people (workers, their certificates
// and events, jobs) carry `province` (first two digits of the region code) first in
// their primary and unique keys, so they can be distributed by it and co-located;
// regions, catalogues, campaigns, gathering points and employers are small reference tables.
import type { Kysely } from 'kysely';
import { runStatements } from './statements.js';

const FOUNDATION = `
    CREATE TABLE regions (
      code text PRIMARY KEY CHECK (code ~ '^[0-9]{6}$'),
      name text NOT NULL,
      full_name text NOT NULL,
      level text NOT NULL CHECK (level IN ('province', 'city', 'county')),
      parent text,
      lat double precision,
      lon double precision
    );
    CREATE TABLE industries (code text PRIMARY KEY, zh text NOT NULL, en text NOT NULL);
    CREATE TABLE certificates (code text PRIMARY KEY, zh text NOT NULL, en text NOT NULL);
    CREATE TABLE campaigns (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      name text NOT NULL,
      target integer NOT NULL CHECK (target >= 0),
      region_code text NOT NULL CHECK (region_code ~ '^[0-9]{6}$'),
      start_date date NOT NULL,
      end_date date,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE TABLE gathering_points (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      campaign_id uuid NOT NULL REFERENCES campaigns(id),
      region_code text NOT NULL CHECK (region_code ~ '^[0-9]{6}$'),
      serves_prefix text NOT NULL,
      name text NOT NULL,
      address text,
      lat double precision NOT NULL,
      lon double precision NOT NULL
    );
    CREATE TABLE employers (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      credit_code text NOT NULL UNIQUE,
      name text NOT NULL,
      region_code text NOT NULL CHECK (region_code ~ '^[0-9]{6}$'),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE TABLE jobs (
      province char(2) NOT NULL,
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      campaign_id uuid NOT NULL REFERENCES campaigns(id),
      employer_id uuid NOT NULL REFERENCES employers(id),
      site_code text NOT NULL CHECK (site_code ~ '^[0-9]{6}$' AND substr(site_code, 1, 2) = province),
      title text NOT NULL,
      industry text NOT NULL REFERENCES industries(code),
      headcount integer NOT NULL CHECK (headcount BETWEEN 0 AND 10000),
      wage integer NOT NULL CHECK (wage >= 0),
      wage_max integer,
      certificates text[] NOT NULL DEFAULT '{}',
      age_min integer,
      age_max integer,
      contact_name text,
      contact_phone_enc text,
      contact_phone_masked text,
      start_date date,
      content_hash text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (province, id),
      UNIQUE (province, campaign_id, employer_id, site_code, title)
    );
    CREATE TABLE workers (
      province char(2) NOT NULL,
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      campaign_id uuid NOT NULL REFERENCES campaigns(id),
      region_code text NOT NULL CHECK (region_code ~ '^[0-9]{6}$' AND substr(region_code, 1, 2) = province),
      name text NOT NULL,
      id_enc text NOT NULL,
      id_hash text NOT NULL,
      id_masked text NOT NULL,
      birth_date date NOT NULL,
      gender text NOT NULL CHECK (gender IN ('male', 'female')),
      phone_enc text,
      phone_hash text,
      phone_masked text,
      priority boolean NOT NULL DEFAULT false,
      industries text[] NOT NULL DEFAULT '{}',
      destinations text[] NOT NULL DEFAULT '{}',
      min_wage integer NOT NULL DEFAULT 0,
      status text NOT NULL DEFAULT 'registered',
      content_hash text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (province, id),
      UNIQUE (province, campaign_id, id_hash)
    );
    CREATE INDEX workers_region ON workers (region_code text_pattern_ops);
    CREATE INDEX workers_campaign ON workers (campaign_id, region_code);
    CREATE INDEX jobs_campaign ON jobs (campaign_id, site_code);
    CREATE TABLE worker_certificates (
      province char(2) NOT NULL,
      worker_id uuid NOT NULL,
      certificate_code text NOT NULL REFERENCES certificates(code),
      PRIMARY KEY (province, worker_id, certificate_code),
      FOREIGN KEY (province, worker_id) REFERENCES workers(province, id) ON DELETE CASCADE
    );
    CREATE TABLE worker_events (
      province char(2) NOT NULL,
      id bigint GENERATED ALWAYS AS IDENTITY,
      worker_id uuid NOT NULL,
      campaign_id uuid NOT NULL,
      type text NOT NULL,
      at timestamptz NOT NULL DEFAULT now(),
      actor text NOT NULL,
      device text,
      client_id text,
      data jsonb NOT NULL DEFAULT '{}',
      PRIMARY KEY (province, id),
      FOREIGN KEY (province, worker_id) REFERENCES workers(province, id)
    );
    CREATE UNIQUE INDEX worker_events_client ON worker_events (province, client_id) WHERE client_id IS NOT NULL;
    CREATE INDEX worker_events_worker ON worker_events (province, worker_id, id);

    -- The journey is a log: events are appended, never rewritten.
    CREATE FUNCTION refuse_event_change() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION 'worker_events is append-only';
    END $$;
    CREATE TRIGGER worker_events_append_only BEFORE UPDATE OR DELETE ON worker_events
      FOR EACH ROW EXECUTE FUNCTION refuse_event_change();
  `;

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, FOUNDATION);
}
