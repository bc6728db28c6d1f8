// Key rotation (menkou keys rotate, src/operations/keys-rotate.service.ts): the rotation's
// record and progress; on every table holding sealed values, which key sealed each row
// (`key_check`, the key check value of the rotation's new key once it has re-sealed the row;
// NULL for anything the application wrote) and, for the blind indexes, the new key's digests
// staged beside the live ones until the switch. A trigger clears both whenever the
// application writes a sealed value, so the rotation finds it again; the rotation itself
// writes with `menkou.rekey` set for its transaction. grievance_events stays append-only
// except for that one change: its sealed note re-sealed under the next key.
import type { Kysely } from 'kysely';
import { runStatements } from './statements.js';

/** Sealed tables: their sealed columns and the staged blind indexes the trigger clears. */
const SEALED: readonly { table: string; columns: string[]; staged: string[]; inserts: boolean; updates: boolean }[] = [
  { table: 'workers', columns: ['id_enc', 'phone_enc'], staged: ['id_hash_next', 'phone_hash_next'], inserts: true, updates: true },
  { table: 'jobs', columns: ['contact_phone_enc'], staged: [], inserts: true, updates: true },
  { table: 'import_runs', columns: ['errors_enc'], staged: [], inserts: true, updates: true },
  { table: 'grievances', columns: ['description_enc'], staged: [], inserts: true, updates: true },
  { table: 'grievance_events', columns: ['note_enc'], staged: [], inserts: true, updates: false },
  { table: 'grievance_photos', columns: ['content_enc'], staged: [], inserts: true, updates: true },
];

function markTrigger(spec: (typeof SEALED)[number]): string {
  const clear = ['NEW.key_check := NULL;', ...spec.staged.map((c) => `NEW.${c} := NULL;`)].join(' ');
  const changed = spec.columns.map((c) => `NEW.${c} IS DISTINCT FROM OLD.${c}`).join(' OR ');
  return `
    CREATE FUNCTION key_mark_${spec.table}() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF current_setting('menkou.rekey', true) IS NOT DISTINCT FROM 'on' THEN
        RETURN NEW;
      END IF;
      IF TG_OP = 'INSERT' THEN
        ${clear}
      ELSIF ${changed} THEN
        ${clear}
      END IF;
      RETURN NEW;
    END $$;
    CREATE TRIGGER ${spec.table}_key_mark BEFORE INSERT${spec.updates ? ' OR UPDATE' : ''} ON ${spec.table}
      FOR EACH ROW EXECUTE FUNCTION key_mark_${spec.table}()`;
}

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, `
    CREATE TABLE key_rotations (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      old_check text NOT NULL,
      new_check text NOT NULL,
      state text NOT NULL DEFAULT 'rekeying' CHECK (state IN ('rekeying', 'switched', 'done')),
      actor text NOT NULL,
      progress jsonb NOT NULL DEFAULT '{}',
      started_at timestamptz NOT NULL DEFAULT now(),
      switched_at timestamptz,
      finished_at timestamptz
    );
    CREATE UNIQUE INDEX key_rotations_one_open ON key_rotations ((true)) WHERE state <> 'done';
    ALTER TABLE workers ADD COLUMN key_check text, ADD COLUMN id_hash_next text, ADD COLUMN phone_hash_next text;
    ALTER TABLE jobs ADD COLUMN key_check text;
    ALTER TABLE import_runs ADD COLUMN key_check text;
    ALTER TABLE grievances ADD COLUMN key_check text;
    ALTER TABLE grievance_events ADD COLUMN key_check text;
    ALTER TABLE grievance_photos ADD COLUMN key_check text;
    ${SEALED.map(markTrigger).join(';\n')};
    CREATE FUNCTION refuse_grievance_event_change() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'UPDATE' AND current_setting('menkou.rekey', true) IS NOT DISTINCT FROM 'on'
         AND ROW(NEW.province, NEW.id, NEW.grievance_id, NEW.at, NEW.actor, NEW.actor_role, NEW.state_from, NEW.state_to, NEW.note_enc IS NULL)
             IS NOT DISTINCT FROM
             ROW(OLD.province, OLD.id, OLD.grievance_id, OLD.at, OLD.actor, OLD.actor_role, OLD.state_from, OLD.state_to, OLD.note_enc IS NULL) THEN
        RETURN NEW;
      END IF;
      RAISE EXCEPTION 'grievance_events is append-only';
    END $$;
    DROP TRIGGER grievance_events_append_only ON grievance_events;
    CREATE TRIGGER grievance_events_append_only BEFORE UPDATE OR DELETE ON grievance_events
      FOR EACH ROW EXECUTE FUNCTION refuse_grievance_event_change();
  `);
}
