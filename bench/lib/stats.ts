// Small statistics for the benchmarks: a median is what they report, since
// one slow round (a GC, another process on this 2-core machine) moves a mean.

export function median(values: readonly number[]): number {
  if (values.length === 0) {
    throw new RangeError("median of no values");
  }
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? sorted[middle]
    : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** A figure with as many decimals as its size deserves. */
export function round(value: number, decimals = 2): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}
