import type { Source } from '../../db/sources.js'
import type { FetchFailure } from '../fetch.js'
import type { Candidate, ListingContext } from '../listing/listing.js'

/** One page of a source's archive, newest first within the archive. */
interface ArchivePage {
  candidates: Candidate[]
  /** The position after this page; null at the archive's end. Plain JSON: it is the walk's checkpoint. */
  next: unknown
  /** Where to go on when everything on this page is older than the walk's date: null to stop (an archive in date order). */
  nextWhenOlder: unknown
}

export type ArchiveRead = { ok: true; page: ArchivePage } | { ok: false; reason: string; retryAt?: Date | null }

/** Walks one source's archive a page at a time (ingest/archive/<type>.ts), from a stored position. */
interface ArchiveReader {
  /** `position` is a `next` this reader returned (possibly in an earlier process), or null for the first page. */
  read(position: unknown): Promise<ArchiveRead>
  /** Its positions leave out what is older than the walk's date: a walk back to an earlier one starts again at the newest page. */
  readonly hasDatedPositions?: boolean
}

export type CreateArchiveReader = (ctx: ListingContext, source: Source, since: Date) => ArchiveReader

/** The archive ends here: a page past the last, or a site without one. */
export const archiveEnd = (): ArchiveRead => ({ ok: true, page: { candidates: [], next: null, nextWhenOlder: null } })

/** 404 or 410: the page is not there (past the archive's end, or a dead sitemap). */
export const isGone = (failure: FetchFailure): boolean => failure.status === 404 || failure.status === 410
