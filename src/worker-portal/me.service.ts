// "My status" on the phone pages: the worker's record, where they are in the journey, the
// job offered and their answer, the coach seat with the boarding QR payload, and the
// changes since (a new seat, a moved date, a rebooking) in plain words. All derived from
// the stored rows and the journey log; nothing here writes.
import type { AppContext } from '../app/context.js';
import { fullName } from '../core/regions.js';
import { signBoardingToken } from '../trips/documents/boarding-token.js';
import { boardingSecret } from '../trips/trips.documents.js';
import type { Stop } from '../trips/trips.instance.js';
import { type PortalWho, workerNotFound } from './assisted.js';
import { campaignName, currentOffer, currentSeat, journeyEvents, workerCertificates, workerRecord } from './portal.repository.js';
import { JOURNEY_STEPS_SHOWN, type MeJson } from './portal.schema.js';
import { travelGroupMembers } from './registration.repository.js';
import { provision } from './portal.values.js';

type Step = (typeof JOURNEY_STEPS_SHOWN)[number];
type Event = { type: string; at: Date; data: Record<string, unknown> };
type Change = MeJson['changes'][number];

const STEP_OF: Record<string, Step> = {
  registered: 'registered', matched: 'matched', confirmed: 'confirmed', trip_assigned: 'trip_assigned', rebooked_to: 'trip_assigned',
  departed: 'departed', arrived: 'arrived', withdrawn: 'withdrawn',
};


const text = (value: unknown): string => (typeof value === 'string' || typeof value === 'number' ? String(value) : '');

export function journeyOf(events: readonly Event[]): MeJson['journey'] {
  const journey: MeJson['journey'] = [];
  for (const e of events) {
    const step = STEP_OF[e.type];
    // A run of the same step (a re-plan's new seat, a second match) is one step; its changes are listed apart.
    if (!step || journey.at(-1)?.step === step) continue;
    journey.push({ step, at: e.at.toISOString() });
  }
  return journey;
}

/** What changed for the worker, in their words, from the journey log. */
export function changesOf(events: readonly Event[]): Change[] {
  const changes: Change[] = [];
  let seat: { number: string; seat: string; date: string } | undefined;
  let job: string | undefined;
  for (const e of events) {
    const at = e.at.toISOString();
    const d = e.data;
    if (e.type === 'trip_assigned' || e.type === 'rebooked_to') {
      const now = { number: text(d.number), seat: text(d.seat), date: text(d.date) };
      if (e.type === 'rebooked_to') {
        changes.push({ at, zh: `已改签：${now.date} ${now.number} 次车，${now.seat} 号座`, en: `rebooked: coach ${now.number} on ${now.date}, seat ${now.seat}` });
      } else if (seat && seat.date !== now.date) {
        changes.push({ at, zh: `出发日期改为 ${now.date}（${now.number} 次车，${now.seat} 号座）`, en: `departure moved to ${now.date} (coach ${now.number}, seat ${now.seat})` });
      } else if (seat && seat.number !== now.number) {
        changes.push({ at, zh: `改乘 ${now.number} 次车，${now.seat} 号座`, en: `now on coach ${now.number}, seat ${now.seat}` });
      } else if (seat && seat.seat !== now.seat) {
        changes.push({ at, zh: `座位改为 ${now.seat} 号`, en: `seat changed to ${now.seat}` });
      }
      seat = now;
    } else if (e.type === 'trip_cancelled') {
      changes.push({ at, zh: `${text(d.number)} 次车已取消，请等待新的安排`, en: `coach ${text(d.number)} is cancelled: a new one will be arranged` });
      seat = undefined;
    } else if (e.type === 'declined_by_employer') {
      const reason = text(d.reason);
      changes.push({ at, zh: `用人单位未录用${reason ? `：${reason}` : ''}，您将参加下一轮匹配`, en: `the employer declined${reason ? `: ${reason}` : ''}; you go into the next matching` });
      job = undefined;
    } else if (e.type === 'matched') {
      if (job && job !== text(d.job)) changes.push({ at, zh: '推荐的岗位有变化', en: 'the job offered has changed' });
      job = text(d.job);
    }
  }
  return changes;
}

export async function portalWorker(ctx: AppContext, who: PortalWho): Promise<MeJson['worker']> {
  const row = await workerRecord(ctx.db, who);
  if (!row) throw workerNotFound(who.id);
  const [certificates, members, name] = await Promise.all([
    workerCertificates(ctx.db, who),
    row.travel_group ? travelGroupMembers(ctx.db, row.campaign_id, row.travel_group) : Promise.resolve([]),
    campaignName(ctx.db, row.campaign_id),
  ]);
  return {
    id: row.id, name: row.name, idMasked: row.id_masked, phoneMasked: row.phone_masked, regionCode: row.region_code,
    regionName: fullName(row.region_code) ?? row.region_code, industries: row.industries, destinations: row.destinations, minWage: row.min_wage,
    certificates, status: row.status,
    travelGroup: row.travel_group ? { members: members.filter((m) => m.id !== row.id).map((m) => ({ name: m.name })) } : null,
    campaignId: row.campaign_id, campaignName: name,
  };
}

async function offerOf(ctx: AppContext, who: PortalWho, events: readonly Event[]): Promise<MeJson['offer']> {
  const offer = await currentOffer(ctx.db, who);
  if (!offer) return null;
  const answer = [...events].reverse().find((e) => (e.type === 'offer_accepted' || e.type === 'offer_declined') && e.data.job === offer.job_id);
  return {
    jobId: offer.job_id, title: offer.title, employerName: offer.employer, siteName: fullName(offer.site_code) ?? offer.site_code, siteCode: offer.site_code,
    siteAddress: offer.site_address, wage: offer.wage, wageMax: offer.wage_max, startDate: offer.start_date, accommodation: provision(offer.accommodation),
    meals: provision(offer.meals), certificates: offer.certificates, stage: offer.status === 'confirmed' ? 'confirmed' : 'proposed',
    workerAnswer: answer ? (answer.type === 'offer_accepted' ? 'accepted' : 'declined') : null,
  };
}

async function tripOf(ctx: AppContext, who: PortalWho): Promise<MeJson['trip']> {
  const seat = await currentSeat(ctx.db, who);
  if (!seat) return null;
  const stops = (Array.isArray(seat.stops) ? seat.stops : []) as Stop[];
  const mine = stops.find((s) => s.kind === 'pickup' && s.location === seat.pickup) ?? stops[0];
  const plate = typeof seat.vehicle?.plate === 'string' ? seat.vehicle.plate : null;
  return {
    tripId: seat.trip_id, number: seat.number, date: seat.departure_date, departAt: mine?.eta ?? '',
    gatheringPoint: { name: seat.point_name ?? mine?.name ?? '', address: seat.point_address ?? '' },
    plate, seat: seat.seat, destinationName: seat.site_code ? (fullName(seat.site_code) ?? seat.site_code) : '',
    token: signBoardingToken(boardingSecret(ctx), { trip: seat.trip_id, worker: who.id, seat: seat.seat, date: seat.departure_date }),
    passUrl: `/api/trips/${seat.trip_id}/passes/${who.id}`,
  };
}

export async function myPortal(ctx: AppContext, who: PortalWho): Promise<MeJson> {
  const worker = await portalWorker(ctx, who);
  const events = (await journeyEvents(ctx.db, who)).map((e) => ({ type: e.type, at: e.at, data: (e.data ?? {}) as Record<string, unknown> }));
  const withdrawn = worker.status === 'withdrawn';
  return {
    worker,
    journey: journeyOf(events),
    offer: withdrawn ? null : await offerOf(ctx, who, events),
    trip: withdrawn ? null : await tripOf(ctx, who),
    changes: changesOf(events),
  };
}
