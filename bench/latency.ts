/** Latency tables of the search benches: percentiles of sorted samples, one Markdown row. */
export const percentile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]

export const latencyRow = (name: string, sorted: number[]) =>
  `| ${name} | ${[0.5, 0.95, 0.99].map((q) => percentile(sorted, q).toFixed(1)).join(' | ')} |`

/** "p95 difference: … ms (goal ≤ 10 ms)." between the app's and the raw engine's samples. */
export const p95Difference = (app: number[], raw: number[]) =>
  `p95 difference: ${(percentile(app, 0.95) - percentile(raw, 0.95)).toFixed(1)} ms (goal ≤ 10 ms).`
