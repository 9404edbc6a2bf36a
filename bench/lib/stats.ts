// Summaries of repeated measurements. Benchmarks report medians with min–max, and ratios of
// medians measured side by side in one run (the machine is shared and noisy).

export interface Summary {
  readonly median: number;
  readonly min: number;
  readonly max: number;
  readonly samples: number;
}

export function summarize(values: readonly number[]): Summary {
  if (values.length === 0) throw new Error('summarize: no samples');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return { median, min: sorted[0]!, max: sorted[sorted.length - 1]!, samples: sorted.length };
}

/** "123.4 (120.1–130.9)" with the given number of decimals. */
export function formatSummary(summary: Summary, decimals = 1, unit = ''): string {
  const f = (value: number) => value.toFixed(decimals);
  return `${f(summary.median)}${unit} (${f(summary.min)}–${f(summary.max)})`;
}

/** "0.97×" */
export function formatRatio(ratio: number, decimals = 2): string {
  return `${ratio.toFixed(decimals)}×`;
}

/** Rotates `items` by `offset`, so repetitions run the variants in a different order each time. */
export function rotate<T>(items: readonly T[], offset: number): T[] {
  return items.map((_, index) => items[(index + offset) % items.length]!);
}
