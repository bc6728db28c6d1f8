// The contract's shapes (shared/spec/matching.md), after validation: optional fields are
// filled with their documented defaults so the rules never have to ask "was it missing?".

export type Worker = {
  id: string;
  age: number;
  certificates: string[];
  /** Most wanted first; empty = any industry. */
  industries: string[];
  /** GB/T 2260 codes, most wanted first; empty = anywhere. */
  destinations: string[];
  minWage: number;
  priority: boolean;
};

export type Job = {
  id: string;
  site: string;
  industry: string;
  headcount: number;
  wage: number;
  certificates: string[];
  /** Inclusive; null = no bound. */
  ageMin: number | null;
  ageMax: number | null;
};

export type MatchInstance = { workers: Worker[]; jobs: Job[] };

export type Assignment = { worker: string; job: string };

export type MatchResult = { objective: number; assignments: Assignment[] };
