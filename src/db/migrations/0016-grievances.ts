// Grievances (issue 14): a worker, or an officer on their behalf, reports that wages or
// conditions differ from what was advertised. Keyed by the worker's province like the rest
// of a worker's rows (they shard together on Citus). The description and the photos are
// what the worker wrote and showed, so they are kept encrypted (vault) like personal data.
// Each change of state is appended to grievance_events, never rewritten.
import type { Kysely } from 'kysely';
import { runStatements } from './statements.js';

const GRIEVANCES = `
  CREATE TABLE grievances (
    province char(2) NOT NULL,
    id uuid NOT NULL DEFAULT gen_random_uuid(),
    worker_id uuid NOT NULL,
    campaign_id uuid NOT NULL,
    region_code text NOT NULL,
    employer_id uuid,
    job_province text,
    job_id uuid,
    category text NOT NULL CHECK (category IN ('wage_below_advertised', 'unpaid_wages', 'hours', 'housing', 'safety', 'no_contract', 'other')),
    description_enc text NOT NULL,
    state text NOT NULL DEFAULT 'received' CHECK (state IN ('received', 'in_hand', 'resolved', 'closed')),
    due_at timestamptz,
    reported_by text NOT NULL,
    client_id text,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (province, id),
    FOREIGN KEY (province, worker_id) REFERENCES workers(province, id)
  );
  CREATE UNIQUE INDEX grievances_client ON grievances (province, worker_id, client_id) WHERE client_id IS NOT NULL;
  CREATE INDEX grievances_region ON grievances (region_code, state);
  CREATE INDEX grievances_employer ON grievances (employer_id, state);
  CREATE INDEX grievances_worker ON grievances (province, worker_id);
  CREATE TABLE grievance_events (
    province char(2) NOT NULL,
    id bigint GENERATED ALWAYS AS IDENTITY,
    grievance_id uuid NOT NULL,
    at timestamptz NOT NULL DEFAULT now(),
    actor text NOT NULL,
    actor_role text NOT NULL,
    state_from text,
    state_to text NOT NULL,
    note_enc text,
    PRIMARY KEY (province, id),
    FOREIGN KEY (province, grievance_id) REFERENCES grievances(province, id)
  );
  CREATE INDEX grievance_events_grievance ON grievance_events (province, grievance_id, id);
  CREATE TRIGGER grievance_events_append_only BEFORE UPDATE OR DELETE ON grievance_events
    FOR EACH ROW EXECUTE FUNCTION refuse_event_change();
  CREATE TABLE grievance_photos (
    province char(2) NOT NULL,
    id uuid NOT NULL DEFAULT gen_random_uuid(),
    grievance_id uuid NOT NULL,
    mime text NOT NULL,
    bytes integer NOT NULL,
    content_enc text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (province, id),
    FOREIGN KEY (province, grievance_id) REFERENCES grievances(province, id)
  );
  CREATE INDEX grievance_photos_grievance ON grievance_photos (province, grievance_id);
`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, GRIEVANCES);
}
