import type { Writable } from 'node:stream'
import { MultiBar, Presets } from 'cli-progress'
import type { Clock } from '../clock.js'
import { type BackfillProgress, type BackfillSummary, isWalkFinished } from '../ingest/backfill.js'
import { dayOf } from '../ingest/backfill-since.js'

const DAY_MS = 86_400_000
/** Without a terminal, one line per source at most this often, besides its first and last. */
const PLAIN_LINE_EVERY_MS = 10_000

/** Shows the walks' progress as they go. */
interface ProgressReporter {
  update(progress: BackfillProgress): void
  finish(summary: BackfillSummary): void
  close(): void
}

// Days in Kazakhstan time, as --since is typed and as the sites date their items.
const day = (date: Date | null) => (date ? dayOf(date) : '—')

/** How far back the walk has come, in days out of the days to `since`: what the bar and its ETA measure. */
function daysWalked(progress: BackfillProgress, now: Date): { value: number; total: number } {
  const total = Math.max(1, Math.ceil((now.getTime() - progress.since.getTime()) / DAY_MS))
  const reached = progress.reachedAt ? Math.floor((now.getTime() - progress.reachedAt.getTime()) / DAY_MS) : 0
  return { value: Math.min(total, Math.max(0, reached)), total }
}

function rateOf(progress: BackfillProgress, startedMs: number, now: Date): string {
  const seconds = (now.getTime() - startedMs) / 1000
  return seconds > 0 ? (progress.run.items / seconds).toFixed(1) : '0.0'
}

/** A line of the final summary: what the whole walk stored and why it stopped. */
export function formatBackfillLine(s: BackfillSummary): string {
  const { counts } = s
  const line = `${s.source.name}: pages=${counts.pages} items=${counts.items} new=${counts.new} relevant=${counts.relevant} flagged=${counts.flagged} reached=${day(s.reachedAt)} stopped=${s.reason}`
  return s.error ? `${line} error=${s.error.replace(/\s+/g, ' ')}` : line
}

/** Progress bars (cli-progress), one per source: pages, items, relevant, rate and ETA. */
export function createBarReporter(stream: Writable, clock: Clock): ProgressReporter {
  const multibar = new MultiBar({
    stream,
    format: '{name} |{bar}| {percentage}% back to {reached} | {pages} pages, {items} items, {relevant} relevant | {rate} items/s | ETA {eta_formatted}',
    barsize: 24,
    hideCursor: true,
    clearOnComplete: false,
    etaBuffer: 50,
    // Ctrl-C is ours to handle: the walks stop after the page in hand and the summary is printed.
    gracefulExit: false,
  }, Presets.shades_classic)
  const bars = new Map<number, { bar: ReturnType<MultiBar['create']>; startedMs: number }>()
  const payload = (p: BackfillProgress, startedMs: number, now: Date) => ({
    name: p.source.name.slice(0, 24).padEnd(24), reached: day(p.reachedAt), pages: p.counts.pages, items: p.counts.items, relevant: p.counts.relevant, rate: rateOf(p, startedMs, now),
  })
  const show = (p: BackfillProgress) => {
    const now = clock.now()
    const { value, total } = daysWalked(p, now)
    let entry = bars.get(p.source.id)
    if (!entry) {
      entry = { bar: multibar.create(total, value, payload(p, now.getTime(), now)), startedMs: now.getTime() }
      bars.set(p.source.id, entry)
    }
    entry.bar.update(value, payload(p, entry.startedMs, now))
  }
  return {
    update: show,
    finish(summary) {
      show(summary)
      const entry = bars.get(summary.source.id)!
      if (isWalkFinished(summary)) entry.bar.update(entry.bar.getTotal())
      entry.bar.stop()
    },
    close: () => multibar.stop(),
  }
}

/** Plain lines for logs and pipes: a source's first page, then one line at most every PLAIN_LINE_EVERY_MS. */
export function createLineReporter(stream: Writable, clock: Clock): ProgressReporter {
  const seen = new Map<number, { startedMs: number; lastLineMs: number }>()
  const line = (p: BackfillProgress, state: { startedMs: number }, now: Date) =>
    `${p.source.name}: ${p.counts.pages} pages, ${p.counts.items} items, ${p.counts.new} new, ${p.counts.relevant} relevant, back to ${day(p.reachedAt)} (since ${day(p.since)}), ${rateOf(p, state.startedMs, now)} items/s\n`
  return {
    update(p) {
      const now = clock.now()
      const state = seen.get(p.source.id)
      if (!state) {
        seen.set(p.source.id, { startedMs: now.getTime(), lastLineMs: now.getTime() })
        stream.write(line(p, { startedMs: now.getTime() }, now))
      } else if (now.getTime() - state.lastLineMs >= PLAIN_LINE_EVERY_MS) {
        state.lastLineMs = now.getTime()
        stream.write(line(p, state, now))
      }
    },
    finish(summary) {
      const now = clock.now()
      stream.write(line(summary, seen.get(summary.source.id) ?? { startedMs: now.getTime() }, now))
    },
    close: () => undefined,
  }
}
