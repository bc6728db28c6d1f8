import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generate } from '../../../bench/match/generate.js';
import { buildClasses } from './classes.js';
import { buildPairNetwork } from './explicit.js';
import { minCostFlow, type FlowNetwork } from './mcf.js';
import { buildNetwork } from './network.js';
import { startingPotentials } from './potentials.js';

function networkOf(shape: 'realistic' | 'adversarial', workers: number, jobs: number, ratio: number, seed: number, kind: 'pairs' | 'compressed'): FlowNetwork {
  const instance = generate(shape, workers, jobs, ratio, seed);
  const capacity = Int32Array.from(instance.jobs, (j) => Math.min(j.headcount, instance.workers.length));
  const classes = buildClasses(instance.workers, instance.jobs, capacity);
  return kind === 'pairs' ? buildPairNetwork(classes).net : buildNetwork(classes).net;
}

const networkArb = fc.record({
  shape: fc.constantFrom('realistic' as const, 'adversarial' as const),
  workers: fc.integer({ min: 1, max: 120 }),
  jobs: fc.integer({ min: 1, max: 12 }),
  ratio: fc.double({ min: 0.2, max: 2.5, noNaN: true }),
  seed: fc.integer({ min: 1, max: 1_000_000 }),
  kind: fc.constantFrom('pairs' as const, 'compressed' as const),
});

describe('starting prices', () => {
  it('best-value-to-go potentials price no arc below zero', () => {
    fc.assert(
      fc.property(networkArb, (p) => {
        const net = networkOf(p.shape, p.workers, p.jobs, p.ratio, p.seed, p.kind);
        const pi = startingPotentials(net);
        expect(pi).not.toBeNull();
        for (let a = 0; a < net.arcCount; a++) {
          if (net.capacity[a] > 0) expect(net.cost[a] + pi![net.tail[a]] - pi![net.head[a]]).toBeGreaterThanOrEqual(0);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('leave the optimum unchanged, and so do arbitrary prices at any starting ε', () => {
    fc.assert(
      fc.property(networkArb, fc.integer({ min: 0, max: 1_000_000 }), fc.constantFrom(1, 2, 4, 30, 400), (p, priceSeed, startEps) => {
        const net = networkOf(p.shape, p.workers, p.jobs, p.ratio, p.seed, p.kind);
        const plain = minCostFlow(net).totalCost;
        const best = startingPotentials(net)!;
        expect(minCostFlow(net, { price: best, startEps }).totalCost).toBe(plain);
        let x = priceSeed;
        const random = Float64Array.from({ length: net.nodeCount }, () => ((x = (x * 1103515245 + 12345) % 2 ** 31) % 1001) - 500);
        expect(minCostFlow(net, { price: random, startEps }).totalCost).toBe(plain);
      }),
      { numRuns: 80 },
    );
  });
});
