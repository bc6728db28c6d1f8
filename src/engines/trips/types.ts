// The shapes of the trip-planning contract (shared/spec/transport.md). Plain data only,
// so the engine can run on a worker thread and the CLI, API and tests share one vocabulary.

export type Vehicle = {
  /** Seats for workers on one coach. */
  capacity: number;
  /** Pick-up stops plus drop-off stops on one coach, at most. */
  maxStops: number;
  /** A worker rides at most detour × the direct distance. */
  detour: number;
  /** Yuan per coach hired. */
  fixedCost: number;
  /** Yuan per coach-km. */
  perKm: number;
};

export type Location = { lat: number; lon: number; name?: string };

export type Passenger = { id: string; from: string; to: string };

export type TripInstance = {
  vehicle: Vehicle;
  roadFactor: number;
  locations: Record<string, Location>;
  passengers: Passenger[];
};

export type Trip = { pickups: string[]; dropoffs: string[]; passengers: string[] };

export type Plan = { cost: number; coaches: number; km: number; trips: Trip[] };

export type PlanProgress = { phase: string; done: number; total: number };

export type PlanOptions = {
  /** Seeds the tie-breaking noise of the extra construction rounds; same seed, same plan. */
  seed?: number;
  onProgress?: (progress: PlanProgress) => void;
};
