// The live board as server-sent events: a full board on connect (so a reconnect with
// Last-Event-ID replays what was missed by sending the current state), then one event per
// change, at most one a second per connection, and a heartbeat comment every 15 s.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../app/context.js';
import { actorOf } from '../auth/auth.plugin.js';
import { boardChanges } from './access.js';
import { board } from './reconcile.service.js';

const MIN_GAP_MS = 1000;
const HEARTBEAT_MS = 15_000;
// Overdue flags change with the clock alone: look again now and then even without writes.
const REFRESH_MS = 30_000;

export async function streamBoard(ctx: AppContext, request: FastifyRequest, reply: FastifyReply, campaignId: string, date: string): Promise<void> {
  const actor = actorOf(request);
  const first = await board(ctx, actor, campaignId, date);
  reply.hijack();
  const raw = reply.raw;
  raw.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache, no-transform', connection: 'keep-alive', 'x-accel-buffering': 'no' });
  let seq = Math.max(Number(request.headers['last-event-id']) || 0, 0);
  let last = '';
  let dirty = false;
  let busy = false;
  let lastSent = 0;
  let closed = false;
  const write = (json: string) => {
    seq += 1;
    last = json;
    lastSent = Date.now();
    raw.write(`id: ${seq}\nevent: board\ndata: ${json}\n\n`);
  };
  raw.write(`retry: 3000\n\n`);
  write(JSON.stringify(first));
  const onChange = (id: string) => { if (id === campaignId) dirty = true; };
  boardChanges.on('change', onChange);
  const tick = setInterval(async () => {
    if (closed || busy || Date.now() - lastSent < MIN_GAP_MS) return;
    if (!dirty && Date.now() - lastSent < REFRESH_MS) return;
    dirty = false;
    busy = true;
    try {
      const json = JSON.stringify(await board(ctx, actor, campaignId, date));
      if (!closed && json !== last) write(json);
      else lastSent = Date.now();
    } catch (error) {
      request.log.warn({ err: error }, 'board stream refresh failed');
    } finally {
      busy = false;
    }
  }, 250);
  const heartbeat = setInterval(() => { if (!closed) raw.write(`: heartbeat ${new Date().toISOString()}\n\n`); }, HEARTBEAT_MS);
  const close = () => {
    if (closed) return;
    closed = true;
    clearInterval(tick);
    clearInterval(heartbeat);
    boardChanges.off('change', onChange);
  };
  raw.on('close', close);
  request.raw.on('close', close);
}
