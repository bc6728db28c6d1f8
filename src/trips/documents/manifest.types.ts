// Plain data for the printed documents of one coach trip. The store fills these in; the
// renderers only lay them out, so they hold display text, already masked.

export type Contact = { name: string; phone: string };

export type TripStop = {
  kind: 'pickup' | 'dropoff';
  name: string;
  /** As it should be printed: '07:30', or '01-07 06:00' for the next day. */
  eta: string;
};

export type ManifestPassenger = {
  workerId: string;
  name: string;
  /** Masked identity number, '1411**********123X'; a renderer masks anything else again. */
  idMasked: string;
  seat: number;
  employer: string;
  destination: string;
  /** Signed boarding token (see boarding-token.ts), printed as a QR code. */
  token: string;
};

export type TripManifest = {
  campaign: string;
  /** Departure day, 'YYYY-MM-DD'. */
  date: string;
  /** e.g. '0106-太原-03': date, origin, coach. */
  tripNumber: string;
  vehicle: { plate?: string; capacity: number };
  driver?: Contact;
  escort?: Contact;
  stops: TripStop[];
  km: number;
  passengers: ManifestPassenger[];
};

/** One worker's pass, shown on a phone. */
export type BoardingPass = {
  campaign?: string;
  name: string;
  idMasked: string;
  date: string;
  /** Departure time at the gathering point, '07:30'. */
  departure: string;
  gatheringPoint: string;
  tripNumber: string;
  plate?: string;
  seat: number;
  employer: string;
  destination: string;
  token: string;
  escort?: Contact;
};
