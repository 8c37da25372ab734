/** One measured figure of `npm run bench`, with its target and, where one exists, a peer measured in the same run. */
export interface Figure {
  name: string
  value: number
  unit: string
  /** A fixed target (`>= 5000`), or one relative to the peer (`> peer`). */
  target?: { op: '>=' | '<=' | '>'; value: number } | { op: '>' | '>='; peer: true }
  peer?: { name: string; value: number }
  /** Digits after the point when printed. */
  digits?: number
  note?: string
}

export interface ScenarioResult {
  figures: Figure[]
  /** Set when the scenario could not run here (a corpus missing): printed instead of figures. */
  skipped?: string
  /** Lines worth printing above the figures (data size, set-up time). */
  notes?: string[]
}

export function isMet(figure: Figure): boolean | undefined {
  const t = figure.target
  if (!t) return undefined
  const against = 'peer' in t ? figure.peer?.value : t.value
  if (against === undefined) return undefined
  if (t.op === '>=') return figure.value >= against
  if (t.op === '<=') return figure.value <= against
  return figure.value > against
}

/** Sorted-sample percentile (nearest rank). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!
}

export function median(values: readonly number[]): number {
  return percentile([...values].sort((a, b) => a - b), 50)
}
