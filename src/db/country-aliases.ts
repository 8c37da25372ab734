import type { CountryAlias } from '../classify/types.js'
import { foldSpacing } from '../language/normalize.js'
import { recordAudit } from './audit.js'
import type { Db } from './database.js'

/** Aliases and institutions admins attached to countries, for the classifier and /country. */
export async function listCountryAliases(db: Db): Promise<CountryAlias[]> {
  return db.selectFrom('country_alias').select(['alias', 'country']).orderBy('alias').execute()
}

/** Spacing and Unicode forms folded; the case is kept, since the classifier reads capitals in abbreviations. */
export const normalizeAlias = foldSpacing

/** Fewer letters than this and an alias («a» for France) would be found in ordinary words of any text. */
export const MIN_ALIAS_LETTERS = 3

export const hasAliasLength = (alias: string): boolean => (alias.match(/\p{L}/gu)?.length ?? 0) >= MIN_ALIAS_LETTERS

/**
 * Attaches an alias (a name, an institution) to a country, replacing an earlier mapping of the
 * same alias; audited with the previous country as `before`.
 */
export async function teachCountryAlias(db: Db, { alias, country, adminId, now }: { alias: string; country: string; adminId: number; now: Date }): Promise<{ alias: string; previous: string | null }> {
  const key = normalizeAlias(alias)
  return db.transaction().execute(async (trx) => {
    const previous = await trx.selectFrom('country_alias').select('country').where('alias', '=', key).executeTakeFirst()
    await trx
      .insertInto('country_alias')
      .values({ alias: key, country, added_by: adminId, created_at: now.toISOString() })
      .onConflict((oc) => oc.column('alias').doUpdateSet({ country, added_by: adminId, created_at: now.toISOString() }))
      .execute()
    await recordAudit(trx, { adminId, action: 'teach-alias', before: previous ? { alias: key, country: previous.country } : null, after: { alias: key, country }, now })
    return { alias: key, previous: previous?.country ?? null }
  })
}
