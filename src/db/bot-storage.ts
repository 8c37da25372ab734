import type { Db } from './database.js'

/** The shape grammY storage adapters share (conversations' VersionedStateStorage, sessions' StorageAdapter). */
export interface KeyValueStorage<T> {
  read(key: string): Promise<T | undefined>
  write(key: string, value: T): Promise<void>
  delete(key: string): Promise<void>
}

/**
 * grammY state (conversations, sessions) in the `bot_storage` table as JSON, so a
 * conversation in progress survives a restart.
 */
export function createBotStorage<T>(db: Db, { prefix = '', now }: { prefix?: string; now: () => Date }): KeyValueStorage<T> {
  return {
    async read(key) {
      const row = await db.selectFrom('bot_storage').select('value').where('key', '=', prefix + key).executeTakeFirst()
      return row ? (JSON.parse(row.value) as T) : undefined
    },
    async write(key, value) {
      const json = JSON.stringify(value)
      const at = now().toISOString()
      await db
        .insertInto('bot_storage')
        .values({ key: prefix + key, value: json, updated_at: at })
        .onConflict((oc) => oc.column('key').doUpdateSet({ value: json, updated_at: at }))
        .execute()
    },
    async delete(key) {
      await db.deleteFrom('bot_storage').where('key', '=', prefix + key).execute()
    },
  }
}
