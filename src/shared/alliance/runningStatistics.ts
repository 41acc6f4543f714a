/** A running mean and sample standard deviation, updated one value at a time (Welford). */
export interface RunningStatistics {
  readonly count: number;
  add(value: number): void;
  mean(): number;
  /** The sample standard deviation (n − 1); 0 below two values. */
  standardDeviation(): number;
}

export function runningStatistics(): RunningStatistics {
  let count = 0;
  let mean = 0;
  let squares = 0;
  return {
    get count() {
      return count;
    },
    add(value) {
      count += 1;
      const delta = value - mean;
      mean += delta / count;
      squares += delta * (value - mean);
    },
    mean: () => mean,
    standardDeviation: () => (count < 2 ? 0 : Math.sqrt(squares / (count - 1))),
  };
}
