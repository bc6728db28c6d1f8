// Grievances by role: the worker files their own (an officer of their county may file for
// them); the home region's officers and the destination employer see and handle it, nobody
// else; photos are taken from the worker's side only, checked by content and size.
import { expect, it } from 'vitest';
import { describeEachDatabase } from '../db.js';
import { as, type Session, signIn, TEST_PASSWORD } from '../session.js';
import { covers, type RoleLogin, useWorld } from './world.js';

const BOUNDARY = '----menkou-grievance-boundary';
// The smallest real images: a 1×1 PNG, and a JPEG's first bytes (the check reads the magic).
const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000'
  + '1f15c4890000000d49444154789c6300010000050001a5f645400000000049454e44ae426082', 'hex');
const EXE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(2000, 0x90)]);

function multipart(fileName: string, content: Buffer): { payload: Buffer; headers: Record<string, string> } {
  const head = `--${BOUNDARY}\r\nContent-Disposition: form-data; name="photo"; filename="${fileName}"\r\nContent-Type: image/jpeg\r\n\r\n`;
  const payload = Buffer.concat([Buffer.from(head), content, Buffer.from(`\r\n--${BOUNDARY}--\r\n`)]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` } };
}

type Grievance = { id: string; state: string; moves: string[]; routedTo: { employer: { id: string } | null; county: { code: string } }; photos: { url: string }[]; reportedBy: string };

describeEachDatabase('grievances by role', (ctx) => {
  const world = useWorld(ctx);
  const filed: { own?: string; forA?: string } = {};
  let linxian: Session | undefined;
  // Lin county (141124), beside Xing county: an officer whose reach does not hold worker A.
  const wx = () => {
    const base = world();
    type Who = RoleLogin | 'linxian';
    const request = async (who: Who, method: 'GET' | 'POST', url: string, payload?: object) => {
      if (who !== 'linxian') return base.request(who, method, url, payload);
      linxian ??= await signIn(base.app, 'linxian', TEST_PASSWORD);
      return base.app.inject(as(linxian, { method, url, payload }));
    };
    return { ...base, request };
  };

  async function upload(role: RoleLogin, grievance: string, fileName: string, content: Buffer, worker?: string) {
    const w = world();
    const { payload, headers } = multipart(fileName, content);
    const session = role === 'anonymous' ? undefined : w.sessions[role];
    return w.app.inject({
      method: 'POST', url: `/api/m/grievances/${grievance}/photos${worker ? `?worker=${worker}` : ''}`, payload,
      headers: { ...headers, ...(session ? { cookie: session.cookie, 'x-csrf-token': session.csrf } : {}) },
    });
  }

  it(covers('POST /api/m/grievances', 'GET /api/m/grievances'), async () => {
    const w = wx();
    const body = { category: 'unpaid_wages', description: '十二月工资未发 / December wages not paid', clientId: 'g-own-1' };
    const own = await w.request('worker', 'POST', '/api/m/grievances', body);
    expect(own.statusCode, own.body).toBe(200);
    filed.own = (own.json() as Grievance).id;
    // The same client id again (a retried tap): the same grievance, not a second.
    const again = await w.request('worker', 'POST', '/api/m/grievances', body);
    expect((again.json() as Grievance).id).toBe(filed.own);
    expect((await w.request('worker', 'GET', '/api/m/grievances')).json()).toMatchObject({ total: 1 });

    // Xing county's officer files for worker A, who is going to the demo employer.
    const forA = await w.request('xingxian', 'POST', `/api/m/grievances?worker=${w.workers.A}`, { category: 'housing', description: '宿舍没有暖气' });
    expect(forA.statusCode, forA.body).toBe(200);
    const a = forA.json() as Grievance;
    filed.forA = a.id;
    expect(a).toMatchObject({ reportedBy: 'xingxian', state: 'received', routedTo: { employer: { id: w.employers.own }, county: { code: '141123' } } });

    // Out of reach, or not an officer: refused without saying whether the worker exists.
    expect((await w.request('linxian', 'POST', `/api/m/grievances?worker=${w.workers.A}`, body)).statusCode).toBe(404);
    expect((await w.request('worker', 'POST', `/api/m/grievances?worker=${w.workers.A}`, body)).statusCode).toBe(404);
    for (const role of ['employer', 'checkin-taiyuan'] as RoleLogin[]) {
      expect((await w.request(role, 'POST', `/api/m/grievances?worker=${w.workers.A}`, body)).statusCode, role).toBe(403);
      expect((await w.request(role, 'GET', `/api/m/grievances?worker=${w.workers.A}`)).statusCode, role).toBe(403);
    }
    expect((await w.request('anonymous', 'POST', '/api/m/grievances', body)).statusCode).toBe(401);
    expect((await w.request('anonymous', 'GET', '/api/m/grievances')).statusCode).toBe(401);
    const empty = await w.request('worker', 'POST', '/api/m/grievances', { category: 'other', description: '  ' });
    expect(empty.statusCode).toBe(400);
    expect(empty.json()).toMatchObject({ field: 'description' });
  });

  it(covers('GET /api/grievances', 'GET /api/grievances/{id}'), async () => {
    const w = wx();
    const forA = filed.forA as string;
    const seen = async (role: RoleLogin | 'linxian') => {
      const list = await w.request(role, 'GET', '/api/grievances');
      return list.statusCode === 200 ? (list.json() as { items: Grievance[] }).items.map((g) => g.id) : list.statusCode;
    };
    for (const role of ['admin', 'shanxi', 'lvliang', 'xingxian', 'employer'] as RoleLogin[]) {
      expect(await seen(role), role).toContain(forA);
      expect((await w.request(role, 'GET', `/api/grievances/${forA}`)).statusCode, role).toBe(200);
    }
    expect(await seen('linxian')).not.toContain(forA);
    expect((await w.request('linxian', 'GET', `/api/grievances/${forA}`)).statusCode).toBe(404);
    expect(await seen('worker')).toBe(403);
    expect(await seen('checkin-taiyuan')).toBe(403);
    expect(await seen('anonymous')).toBe(401);
    expect((await w.request('checkin-taiyuan', 'GET', `/api/grievances/${forA}`)).statusCode).toBe(403);
    // The worker's own grievance through the handling route: theirs to read, nobody else's.
    expect((await w.request('worker', 'GET', `/api/grievances/${forA}`)).statusCode).toBe(404);
    expect((await w.request('worker', 'GET', `/api/grievances/${filed.own}`)).statusCode).toBe(200);
    const overdue = await w.request('shanxi', 'GET', '/api/grievances?overdue=true');
    expect((overdue.json() as { items: Grievance[] }).items.map((g) => g.id)).not.toContain(forA);
  });

  it(covers('POST /api/grievances/{id}/state'), async () => {
    const w = wx();
    const forA = filed.forA as string;
    const move = (role: RoleLogin | 'linxian', to: string, note?: string) => w.request(role, 'POST', `/api/grievances/${forA}/state`, { to, note });
    expect((await move('linxian', 'in_hand')).statusCode).toBe(404);
    expect((await move('checkin-taiyuan', 'in_hand')).statusCode).toBe(403);
    expect((await move('anonymous', 'in_hand')).statusCode).toBe(401);
    expect((await move('worker', 'in_hand')).statusCode).toBe(404);
    // The employer takes it in hand, cannot close it; resolving needs a note.
    const taken = await move('employer', 'in_hand');
    expect(taken.statusCode, taken.body).toBe(200);
    expect((taken.json() as Grievance).moves).toEqual(['resolved']);
    expect((await move('employer', 'closed', '已处理')).statusCode).toBe(403);
    const noNote = await move('employer', 'resolved');
    expect(noNote.statusCode).toBe(400);
    expect(noNote.json()).toMatchObject({ field: 'note' });
    expect((await move('employer', 'resolved', '已安装暖气片')).statusCode).toBe(200);
    expect((await move('employer', 'resolved', 'again')).statusCode).toBe(409);
    // The county closes it; the history has every step with the employer's note.
    const closed = await move('xingxian', 'closed');
    expect(closed.statusCode, closed.body).toBe(200);
    const after = closed.json() as Grievance & { history: { to: string; note: string | null; actor: string }[] };
    expect(after.history.map((h) => h.to)).toEqual(['received', 'in_hand', 'resolved', 'closed']);
    expect(after.history[2]).toMatchObject({ actor: 'employer', note: '已安装暖气片' });
    // The worker's own: only the worker's moves, and only from resolved.
    expect((await w.request('worker', 'POST', `/api/grievances/${filed.own}/state`, { to: 'in_hand' })).statusCode).toBe(403);
    const journey = await w.ctx.db.selectFrom('worker_events').select('type').where('worker_id', '=', w.workers.A).where('type', 'like', 'grievance%').execute();
    expect(journey.map((e) => e.type)).toEqual(['grievance_filed', 'grievance_state', 'grievance_state', 'grievance_state']);
  });

  it(covers('POST /api/m/grievances/{id}/photos', 'GET /api/grievances/{id}/photos/{photo}'), async () => {
    const w = wx();
    const own = filed.own as string;
    const good = await upload('worker', own, 'pay.png', PNG);
    expect(good.statusCode, good.body).toBe(200);
    const url = (good.json() as { url: string }).url;
    // A program renamed .jpg, and a 50 MB "photo": refused, naming the file.
    const exe = await upload('worker', own, 'pay.jpg', EXE);
    expect(exe.statusCode).toBe(400);
    expect(exe.json()).toMatchObject({ field: 'photo' });
    expect(exe.json().zh).toContain('Windows 程序');
    const big = await upload('worker', own, 'big.jpg', Buffer.concat([Buffer.from([0xff, 0xd8, 0xff]), Buffer.alloc(50 * 1024 * 1024)]));
    expect(big.statusCode).toBe(413);
    expect(big.json().en).toContain('5 MB');
    // Only the worker's side uploads; A's grievance is closed now.
    expect((await upload('xingxian', filed.forA as string, 'a.png', PNG, w.workers.A)).statusCode).toBe(409);
    expect((await upload('employer', own, 'a.png', PNG)).statusCode).toBe(403);
    expect((await upload('anonymous', own, 'a.png', PNG)).statusCode).toBe(401);
    expect((await upload('worker', filed.forA as string, 'a.png', PNG)).statusCode).toBe(404);

    const photo = await w.request('worker', 'GET', url);
    expect(photo.statusCode).toBe(200);
    expect(photo.headers['content-type']).toBe('image/png');
    expect(Buffer.compare(photo.rawPayload, PNG)).toBe(0);
    const stored = await w.ctx.db.selectFrom('grievance_photos').select('content_enc').execute();
    expect(stored.every((s) => !s.content_enc.includes(PNG.toString('base64')))).toBe(true);
    for (const role of ['checkin-taiyuan'] as RoleLogin[]) expect((await w.request(role, 'GET', url)).statusCode).toBe(403);
    expect((await w.request('anonymous', 'GET', url)).statusCode).toBe(401);
  });

  it(covers('GET /api/grievances/by-employer'), async () => {
    const w = wx();
    const counts = await w.request('shanxi', 'GET', '/api/grievances/by-employer');
    expect(counts.statusCode, counts.body).toBe(200);
    const own = (counts.json() as { items: { employerId: string; total: number; open: number }[] }).items.find((i) => i.employerId === w.employers.own);
    expect(own).toMatchObject({ total: 1, open: 0 });
    const employer = (await w.request('employer', 'GET', '/api/grievances/by-employer')).json() as { items: { employerId: string }[] };
    expect(employer.items.every((i) => i.employerId === w.employers.own)).toBe(true);
    expect((await w.request('linxian', 'GET', '/api/grievances/by-employer')).json()).toEqual({ items: [] });
    expect((await w.request('worker', 'GET', '/api/grievances/by-employer')).statusCode).toBe(403);
    expect((await w.request('checkin-taiyuan', 'GET', '/api/grievances/by-employer')).statusCode).toBe(403);
    expect((await w.request('anonymous', 'GET', '/api/grievances/by-employer')).statusCode).toBe(401);
  });
});
