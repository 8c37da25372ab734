/*
 * How fast the machine runs at the moment, for the bench's headers. The load average counts
 * runnable threads on this VM only: the host's other tenants, which share its cores and caches,
 * do not show in it. Over one afternoon the same code took 5.1 to 7.0 ms a page in the ingest
 * bench, and a fixed extraction loop 1.3 to 2.5 ms a page, at load averages of 1 to 2. The same
 * fixed work timed before each scenario makes such a slow spell visible beside the figures.
 */

const NUMBERS = 100_000
const WORDS = 50_000
const RECORDS = 10_000

/** xorshift32: the same numbers on every run and machine. */
function numbersFrom(seed: number): () => number {
  let state = seed
  return () => {
    state ^= state << 13
    state ^= state >>> 17
    state ^= state << 5
    return (state >>> 0) / 0x1_0000_0000
  }
}

/** Sorting, a Map of strings and a JSON round trip: the kinds of work ingestion does, none of our code. Returns a checksum of what it computed. */
export function referenceWork(): number {
  const next = numbersFrom(0x9e37_79b9)
  const numbers = Array.from({ length: NUMBERS }, next)
  numbers.sort((a, b) => a - b)
  const counts = new Map<string, number>()
  for (let i = 0; i < WORDS; i++) {
    const word = `w${Math.floor(next() * WORDS / 4).toString(36)}`
    counts.set(word, (counts.get(word) ?? 0) + 1)
  }
  const records = Array.from({ length: RECORDS }, (_, i) => ({ id: i, title: `item ${i}`, score: numbers[i * 10]! }))
  const parsed = JSON.parse(JSON.stringify(records)) as typeof records
  return Math.round(numbers[NUMBERS >> 1]! * 1e6) + counts.size + parsed.length
}

/** The CPU the reference work takes, in ms: the best of three, so a moment's interruption does not count. */
export function referenceWorkMs(): number {
  let best = Infinity
  for (let i = 0; i < 3; i++) {
    const started = process.cpuUsage()
    referenceWork()
    const spent = process.cpuUsage(started)
    best = Math.min(best, (spent.user + spent.system) / 1000)
  }
  return best
}
