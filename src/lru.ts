/** A map that keeps its `maxEntries` most recently used entries. */
export interface LruCache<T> {
  get(key: string): T | undefined
  set(key: string, value: T): void
}

export function createLruCache<T>(maxEntries: number): LruCache<T> {
  const entries = new Map<string, T>()
  return {
    get(key) {
      const value = entries.get(key)
      if (value !== undefined) {
        // Most recently used last: the first entry is the one to drop.
        entries.delete(key)
        entries.set(key, value)
      }
      return value
    },
    set(key, value) {
      entries.delete(key)
      entries.set(key, value)
      if (entries.size > maxEntries) entries.delete(entries.keys().next().value!)
    },
  }
}
