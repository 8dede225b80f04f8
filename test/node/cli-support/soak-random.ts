// A small seeded generator, so a soak run can be replayed exactly from the
// seed it prints: Park and Miller's minimal standard (a Lehmer generator),
// plain arithmetic that stays exact in doubles. Each use draws from its own
// stream, so that, for one seed, the files do not change when the number of
// requests (which depends on timing) does.

const MODULUS = 2_147_483_647; // 2^31 - 1, a prime
const MULTIPLIER = 48_271;

export interface Random {
  /** In [0, 1). */
  next(): number;
  /** A whole number in [0, below). */
  int(below: number): number;
  pick<T>(items: readonly T[]): T;
}

export function seededRandom(seed: number, stream: string): Random {
  let state = Math.abs(Math.trunc(seed)) % MODULUS;
  for (const char of stream) {
    state = (state * 31 + (char.codePointAt(0) ?? 0)) % MODULUS;
  }
  state = state === 0 ? 1 : state;
  const step = () => (state = (state * MULTIPLIER) % MODULUS);
  // Nearby seeds start nearby: a few steps spread them over the range.
  for (let warmUp = 0; warmUp < 8; warmUp++) {
    step();
  }
  const next = () => (step() - 1) / (MODULUS - 1);
  const int = (below: number) => Math.floor(next() * below);
  return { next, int, pick: (items) => items[int(items.length)] };
}
