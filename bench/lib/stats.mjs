/** Small statistics for samples: benches report medians (robust to the odd slow run) and spread. */

/** The q-quantile (0..1) by linear interpolation between closest ranks. */
export function quantile(samples, q) {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  return sorted[lower] + (sorted[upper] - sorted[lower]) * (position - lower);
}

export const median = (samples) => quantile(samples, 0.5);

export function summary(samples) {
  return {
    n: samples.length,
    min: Math.min(...samples),
    median: median(samples),
    p90: quantile(samples, 0.9),
    max: Math.max(...samples),
  };
}
