// Apart from backfill.ts, so that the bot names the default date without loading the pipeline.

/** How far back a backfill goes when not told. */
export const DEFAULT_BACKFILL_YEARS = 2

/** The default `since`: DEFAULT_BACKFILL_YEARS before `now`, at midnight UTC. */
export function defaultSince(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear() - DEFAULT_BACKFILL_YEARS, now.getUTCMonth(), now.getUTCDate()))
}
