// A grievance's photos: taken from the worker (or the officer helping them) while the
// grievance is open, checked by content and size, kept base64 then SM4 in the database
// with the rest of the data (backups carry them), shown to whoever may see the grievance.
import type { AppContext } from '../app/context.js';
import type { Actor } from '../auth/actor.js';
import { recordAudit } from '../auth/audit.service.js';
import { domainError } from '../core/errors.js';
import { isUuid } from '../core/ids.js';
import type { PortalWho } from '../worker-portal/assisted.js';
import { findGrievance, insertPhoto, photoContent } from './grievances.repository.js';
import { findVisibleGrievance, grievanceNotFound, partyOf } from './grievances.service.js';
import { MAX_PHOTO_BYTES, MAX_PHOTOS, photoRefusal, sniffPhoto } from './photo.rules.js';

export async function addGrievancePhoto(ctx: AppContext, who: PortalWho, grievanceId: string, name: string, bytes: Uint8Array) {
  const row = isUuid(grievanceId) ? await findGrievance(ctx.db, { kind: 'worker', province: who.province, workerId: who.id }, grievanceId) : undefined;
  if (!row) throw grievanceNotFound(grievanceId);
  if (row.state === 'closed') {
    throw domainError({ code: 'conflict', record: `grievance ${grievanceId}`, field: 'state', zh: '投诉已结案，不能再添加照片', en: 'the grievance is closed: no more photos' });
  }
  const refusal = photoRefusal(name, bytes);
  if (refusal) throw domainError({ code: bytes.length > MAX_PHOTO_BYTES ? 'payload_too_large' : 'invalid_input', record: name, field: 'photo', ...refusal });
  const mime = sniffPhoto(bytes) as string;
  const id = await insertPhoto(ctx.db, { province: row.province, id: row.id }, {
    mime, bytes: bytes.length, contentEnc: ctx.vault.encrypt(Buffer.from(bytes).toString('base64')),
  }, MAX_PHOTOS);
  if (!id) {
    throw domainError({ code: 'conflict', record: `grievance ${grievanceId}`, field: 'photo', zh: `每条投诉最多 ${MAX_PHOTOS} 张照片`, en: `at most ${MAX_PHOTOS} photos per grievance` });
  }
  await recordAudit(ctx, who.actor, {
    action: 'grievance.photo', entity: 'grievance', entityId: row.id, regionCode: row.region_code, after: { photo: id, mime, bytes: bytes.length },
  });
  return { id, mime, bytes: bytes.length, url: `/api/grievances/${row.id}/photos/${id}` };
}

export async function readGrievancePhoto(ctx: AppContext, actor: Actor, grievanceId: string, photoId: string): Promise<{ mime: string; content: Buffer }> {
  partyOf(actor);
  const row = await findVisibleGrievance(ctx, actor, grievanceId);
  const photo = isUuid(photoId) ? await photoContent(ctx.db, { province: row.province, id: row.id }, photoId) : undefined;
  if (!photo) throw domainError({ code: 'not_found', record: `photo ${photoId}`, zh: '找不到该照片', en: 'no such photo' });
  return { mime: photo.mime, content: Buffer.from(ctx.vault.decrypt(photo.content_enc), 'base64') };
}
