// One key convention across the API: every key of every response schema is camelCase. The
// only exception is a map keyed by departure-day state names, which the departure contract
// fixes as written (`checked_in`, `no_show`, `absent_at_arrival`).
import { describe, expect, it } from 'vitest';
import { openApiDocument } from '../scripts/api-types.js';

type SchemaNode = { properties?: Record<string, SchemaNode>; items?: SchemaNode; additionalProperties?: SchemaNode | boolean; anyOf?: SchemaNode[]; oneOf?: SchemaNode[]; allOf?: SchemaNode[] };
type Operation = { responses?: Record<string, { content?: Record<string, { schema?: SchemaNode }> }> };

const CONTRACT_STATES = new Set(['checked_in', 'no_show', 'absent_at_arrival']);
// Routes that answer with a file or a stream, not JSON: their bodies have no keys.
const FILE_OR_STREAM = /(\.pdf|\.xlsx|\/export|\/passes\/\{worker\}|\/photos\/\{photo\}|\/stream|\/templates\/\{kind\}|\/imports\/\{id\}\/errors)$/;

function snakeKeys(node: SchemaNode | undefined, where: string, found: string[]): void {
  if (!node || typeof node !== 'object') return;
  for (const [key, child] of Object.entries(node.properties ?? {})) {
    if (key.includes('_') && !CONTRACT_STATES.has(key)) found.push(`${where}.${key}`);
    snakeKeys(child, `${where}.${key}`, found);
  }
  if (node.items) snakeKeys(node.items, `${where}[]`, found);
  if (typeof node.additionalProperties === 'object') snakeKeys(node.additionalProperties, `${where}{}`, found);
  for (const branch of [...(node.anyOf ?? []), ...(node.oneOf ?? []), ...(node.allOf ?? [])]) snakeKeys(branch, where, found);
}

describe('API conventions', () => {
  it('every JSON response key is camelCase and every route publishes a success response', async () => {
    const document = (await openApiDocument()) as unknown as { paths: Record<string, Record<string, Operation>> };
    const snake: string[] = [];
    const undocumented: string[] = [];
    for (const [path, operations] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        const success = Object.entries(operation.responses ?? {}).filter(([code]) => code.startsWith('2'));
        const documented = success.some(([code, response]) => response.content || code === '204');
        if (!documented && !FILE_OR_STREAM.test(path)) undocumented.push(`${method.toUpperCase()} ${path}`);
        for (const [code, response] of success) snakeKeys(response.content?.['application/json']?.schema, `${method.toUpperCase()} ${path} ${code}`, snake);
      }
    }
    expect(snake).toEqual([]);
    expect(undocumented).toEqual([]);
    expect(Object.keys(document.paths).length).toBeGreaterThan(40);
  });
});
