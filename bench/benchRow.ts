/** One line of the benchmark table. */
export type BenchRow = {
  name: string;
  medianMs: number;
  runs: number;
  /** The row this one is measured against, in the same run. */
  compareTo?: string;
  /** medianMs / the compared row's medianMs. */
  ratio?: number;
  note?: string;
};
