// Allocation runs (who ran what, when, with which result) and planned trips with their
// passengers and seats. Passengers are people data, keyed by province first like workers.
import type { Kysely } from 'kysely';
import { runStatements } from './statements.js';

const ALLOCATION_AND_TRIPS = `
  CREATE TABLE allocation_runs (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    campaign_id uuid NOT NULL REFERENCES campaigns(id),
    status text NOT NULL CHECK (status IN ('running', 'done', 'failed')),
    actor text NOT NULL,
    parameters jsonb NOT NULL DEFAULT '{}',
    summary jsonb,
    error text,
    started_at timestamptz NOT NULL DEFAULT now(),
    finished_at timestamptz
  );
  CREATE INDEX allocation_runs_campaign ON allocation_runs (campaign_id, started_at);
  CREATE TABLE trip_plans (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    campaign_id uuid NOT NULL REFERENCES campaigns(id),
    departure_date date NOT NULL,
    actor text NOT NULL,
    summary jsonb NOT NULL DEFAULT '{}',
    changes jsonb,
    created_at timestamptz NOT NULL DEFAULT now()
  );
  CREATE INDEX trip_plans_day ON trip_plans (campaign_id, departure_date, created_at);
  CREATE TABLE trips (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    plan_id uuid NOT NULL REFERENCES trip_plans(id),
    campaign_id uuid NOT NULL REFERENCES campaigns(id),
    departure_date date NOT NULL,
    number text NOT NULL,
    gathering_point_id uuid REFERENCES gathering_points(id),
    region_code text NOT NULL DEFAULT '',
    capacity integer NOT NULL,
    spacing text NOT NULL DEFAULT 'normal' CHECK (spacing IN ('normal', 'alternate')),
    km double precision NOT NULL,
    cost double precision NOT NULL,
    stops jsonb NOT NULL,
    vehicle jsonb NOT NULL DEFAULT '{}',
    status text NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'cancelled')),
    created_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (campaign_id, departure_date, number, plan_id)
  );
  CREATE INDEX trips_day ON trips (campaign_id, departure_date);
  CREATE TABLE trip_passengers (
    province char(2) NOT NULL,
    worker_id uuid NOT NULL,
    trip_id uuid NOT NULL REFERENCES trips(id),
    seat integer NOT NULL CHECK (seat >= 1),
    pickup text NOT NULL,
    dropoff text NOT NULL,
    job_province char(2) NOT NULL,
    job_id uuid NOT NULL,
    PRIMARY KEY (province, worker_id, trip_id),
    FOREIGN KEY (province, worker_id) REFERENCES workers(province, id),
    UNIQUE (trip_id, seat)
  );
  CREATE INDEX trip_passengers_trip ON trip_passengers (trip_id);
`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, ALLOCATION_AND_TRIPS);
}
