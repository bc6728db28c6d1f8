// A campaign's own settings (destination provinces, the fever threshold departure day
// checks against) and regional targets: the officer above sets each city's or county's
// share of the campaign's target, so every region's progress is measured against its own.
import type { Kysely } from 'kysely';
import { runStatements } from './statements.js';

const CAMPAIGN_SETTINGS_AND_QUOTAS = `
  ALTER TABLE campaigns ADD COLUMN destinations text[] NOT NULL DEFAULT '{}';
  ALTER TABLE campaigns ADD COLUMN fever_threshold numeric(3, 1) NOT NULL DEFAULT 37.3 CHECK (fever_threshold BETWEEN 35.0 AND 40.0);
  ALTER TABLE campaigns ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now();
  CREATE TABLE campaign_quotas (
    campaign_id uuid NOT NULL REFERENCES campaigns(id),
    region_code text NOT NULL CHECK (region_code ~ '^[0-9]{6}$'),
    target integer NOT NULL CHECK (target >= 0),
    set_by text NOT NULL,
    set_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (campaign_id, region_code)
  );
`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, CAMPAIGN_SETTINGS_AND_QUOTAS);
}
