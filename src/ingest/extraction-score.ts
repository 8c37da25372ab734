/** Tokens and 4-shingles as the article-extraction-benchmark counts them (its README § scoring). */
const SHINGLE_SIZE = 4

function shingles(text: string): Map<string, number> {
  const tokens = text.match(/[\p{L}\p{N}_\p{M}]+/gu) ?? []
  const counts = new Map<string, number>()
  for (let i = 0; i + SHINGLE_SIZE <= tokens.length; i++) {
    const key = tokens.slice(i, i + SHINGLE_SIZE).join(' ')
    counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  return counts
}

export interface PageCounts {
  tp: number
  fp: number
  fn: number
}

/** tp, fp, fn of one page, normalised to sum to 1 so every page weighs the same. */
function scorePage(expected: string, predicted: string): PageCounts {
  const truth = shingles(expected)
  const guess = shingles(predicted)
  let tp = 0
  let fp = 0
  let fn = 0
  for (const key of new Set([...truth.keys(), ...guess.keys()])) {
    const t = truth.get(key) ?? 0
    const p = guess.get(key) ?? 0
    tp += Math.min(t, p)
    fp += Math.max(0, p - t)
    fn += Math.max(0, t - p)
  }
  const total = tp + fp + fn
  return total === 0 ? { tp: 1, fp: 0, fn: 0 } : { tp: tp / total, fp: fp / total, fn: fn / total }
}

export interface ExtractionScore {
  precision: number
  recall: number
  f1: number
  pages: number
}

/** Precision, recall and F1 over pages, each page normalised first. */
export function scorePages(pages: readonly { expected: string; predicted: string }[]): ExtractionScore {
  let tp = 0
  let fp = 0
  let fn = 0
  for (const page of pages) {
    const counts = scorePage(page.expected, page.predicted)
    tp += counts.tp
    fp += counts.fp
    fn += counts.fn
  }
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp)
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn)
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  return { precision, recall, f1, pages: pages.length }
}
