import { type Kysely, sql } from 'kysely';

// The extended query protocol (pg and PGlite alike) takes one statement at a time, so a
// migration's SQL is split at statement boundaries: a semicolon at the end of a line
// followed by the next CREATE/ALTER/comment (function bodies keep their inner semicolons).
export async function runStatements(db: Kysely<unknown>, text: string): Promise<void> {
  const statements = text
    .split(/;\s*\n(?=\s*(?:CREATE|ALTER|DROP|INSERT|COMMENT|--))/)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
  for (const statement of statements) await sql.raw(statement).execute(db);
}
