// Manifests and boarding passes from stored trips, within the caller's scope: the same
// rows the API shows, laid out by the renderers in documents/. QR codes carry a signed
// token (trip, worker, seat, date), never personal data.
import type { AppContext } from '../app/context.js';
import type { Actor } from '../auth/actor.js';
import { recordAudit } from '../auth/audit.service.js';
import { domainError } from '../core/errors.js';
import { fullName } from '../core/regions.js';
import { signBoardingToken } from './documents/boarding-token.js';
import type { BoardingPass, TripManifest } from './documents/manifest.types.js';
import { renderBoardingPassPdf } from './documents/boarding-pass.pdf.js';
import { renderManifestPdf } from './documents/manifest.pdf.js';
import { renderManifestXlsx } from './documents/manifest.xlsx.js';
import type { Stop } from './trips.instance.js';
import { findTrip } from './trips.queries.js';

export const tripNotFound = (id: string) => domainError({ code: 'not_found', record: `trip ${id}`, zh: '找不到该车次', en: 'no such trip' });

export function boardingSecret(ctx: AppContext): Buffer {
  return ctx.vault.subkey('boarding-token');
}

export async function tripManifest(ctx: AppContext, actor: Actor, tripId: string): Promise<TripManifest> {
  const found = await findTrip(ctx.db, actor.scope, tripId);
  if (!found) throw tripNotFound(tripId);
  const { trip, riders } = found;
  const campaign = await ctx.db.selectFrom('campaigns').select('name').where('id', '=', trip.campaign_id).executeTakeFirst();
  const secret = boardingSecret(ctx);
  const stops = trip.stops as Stop[];
  return {
    campaign: campaign?.name ?? '',
    date: trip.departure_date,
    tripNumber: trip.number,
    vehicle: { capacity: trip.capacity },
    stops: stops.map((s) => ({ kind: s.kind, name: s.name, eta: s.eta })),
    km: trip.km,
    passengers: riders.map((r) => ({
      workerId: r.worker_id,
      name: r.name,
      idMasked: r.id_masked,
      seat: r.seat,
      employer: r.employer,
      destination: fullName(r.site_code) ?? r.site_code,
      token: signBoardingToken(secret, { trip: trip.id, worker: r.worker_id, seat: r.seat, date: trip.departure_date }),
    })),
  };
}

export async function manifestFile(ctx: AppContext, actor: Actor, tripId: string, format: 'pdf' | 'xlsx'): Promise<Buffer> {
  const manifest = await tripManifest(ctx, actor, tripId);
  await recordAudit(ctx, actor, { action: 'trip.manifest', entity: 'trip', entityId: tripId, after: { format, passengers: manifest.passengers.length } });
  return format === 'pdf' ? renderManifestPdf(manifest) : renderManifestXlsx(manifest);
}

export async function boardingPassFile(ctx: AppContext, actor: Actor, tripId: string, workerId: string): Promise<Buffer> {
  const manifest = await tripManifest(ctx, actor, tripId);
  const rider = manifest.passengers.find((p) => p.workerId === workerId);
  if (!rider) throw domainError({ code: 'not_found', record: `trip ${tripId} worker ${workerId}`, zh: '该车次没有这位乘客', en: 'no such passenger on this trip' });
  const first = manifest.stops[0];
  const pass: BoardingPass = {
    campaign: manifest.campaign, name: rider.name, idMasked: rider.idMasked, date: manifest.date, departure: first?.eta ?? '',
    gatheringPoint: first?.name ?? '', tripNumber: manifest.tripNumber, seat: rider.seat, employer: rider.employer,
    destination: rider.destination, token: rider.token,
  };
  return renderBoardingPassPdf(pass);
}
