// The web console's client is typed from src/web/api/schema.d.ts; this fails when a route's
// schema changed and the checked-in types were not regenerated.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { API_TYPES_COMMAND, API_TYPES_PATH, renderApiTypes } from '../scripts/api-types.js';

describe('web API types', () => {
  it('src/web/api/schema.d.ts matches the server\'s OpenAPI document', async () => {
    const fresh = await renderApiTypes();
    const checkedIn = fs.existsSync(API_TYPES_PATH) ? fs.readFileSync(API_TYPES_PATH, 'utf8') : '';
    expect(checkedIn === fresh, `src/web/api/schema.d.ts is stale: run \`${API_TYPES_COMMAND}\` and commit it`).toBe(true);
  });
});
