// The web console's API types come from the server's own OpenAPI document: the server is
// built in-process on a throwaway in-memory PGlite and its document turned into
// TypeScript by openapi-typescript. `npm run gen:api` writes the file; a test fails when
// the checked-in copy is stale.
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import type { OpenAPI3 } from 'openapi-typescript';
import { openAppContext } from '../src/app/context.js';
import { buildServer } from '../src/server.js';

export const API_TYPES_PATH = fileURLToPath(new URL('../src/web/api/schema.d.ts', import.meta.url));
export const API_TYPES_COMMAND = 'npm run gen:api';

const HEADER = `// Generated from the server's OpenAPI document by scripts/gen-api-types.ts: do not edit.
// Regenerate with \`${API_TYPES_COMMAND}\` after changing a route's schema.\n\n`;

export async function openApiDocument(): Promise<OpenAPI3> {
  const ctx = await openAppContext({ masterKeyHex: randomBytes(32).toString('hex'), seedDemo: false });
  try {
    const app = await buildServer(ctx, { printCode: () => undefined });
    await app.ready();
    const document = app.swagger() as OpenAPI3;
    await app.close();
    return document;
  } finally {
    await ctx.close();
  }
}

export async function renderApiTypes(): Promise<string> {
  const ast = await openapiTS(await openApiDocument(), { alphabetize: true });
  return HEADER + astToString(ast);
}
