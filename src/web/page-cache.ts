import { LRUCache } from 'lru-cache'

/**
 * The last pages sent, encoded, by their ETag, address and encoding: the home page and other
 * popular addresses are rendered and compressed once per change of the archive, not per
 * visitor. The ETag carries the archive's change counter, so an entry is never served stale.
 */
export interface PageCache<T extends { length: number } = Buffer> {
  get(key: string): T | undefined
  set(key: string, body: T): void
}

/** Least recently used entries go first; an entry longer than `maxBodyLength` is never kept. */
export function createPageCache<T extends { length: number } = Buffer>(maxEntries: number, maxBodyLength: number): PageCache<T> {
  const entries = new LRUCache<string, T>({ max: maxEntries })
  return {
    get: (key) => entries.get(key),
    set(key, body) {
      if (body.length <= maxBodyLength) entries.set(key, body)
    },
  }
}
