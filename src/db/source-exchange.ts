import type { Db } from './database.js'
import { parseSelectors, type SourceInput } from './sources.js'

/** Every source (paused ones too, not those an admin removed) as the sources file describes it, by name: what /exportsources writes. */
export async function listSourceDefinitions(db: Db): Promise<SourceInput[]> {
  const rows = await db
    .selectFrom('source')
    .select(['name', 'url', 'type', 'lang', 'is_enabled', 'list_selectors', 'project'])
    .where('removed_at', 'is', null)
    .orderBy('name')
    .execute()
  return rows.map((r) => ({ name: r.name, url: r.url, type: r.type, lang: r.lang, isEnabled: r.is_enabled === 1, list: parseSelectors(r.list_selectors), project: r.project }))
}
