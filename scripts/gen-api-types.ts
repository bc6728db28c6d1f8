// Writes src/web/api/schema.d.ts from the server's OpenAPI document (see api-types.ts).
import fs from 'node:fs';
import { API_TYPES_PATH, renderApiTypes } from './api-types.js';

fs.writeFileSync(API_TYPES_PATH, await renderApiTypes());
process.stdout.write(`wrote ${API_TYPES_PATH}\n`);
