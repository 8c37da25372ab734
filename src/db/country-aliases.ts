import type { CountryAlias } from '../classify/types.js'
import { isOnlyStopWords } from '../language/stop-words.js'
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

/** Why an alias is not taught: a common word of en/ru/kk, or a name another country already has. */
export type AliasRefusal = { reason: 'common-word' } | { reason: 'taken'; country: string }

/**
 * Whether `alias` may stand for `country`: not a common word («all» would make every text name
 * it), and not already another country's name or alias (`claims`: what the current index reads it as).
 */
export function checkAlias(alias: string, country: string, claims: readonly string[]): AliasRefusal | null {
  if (isOnlyStopWords(alias)) return { reason: 'common-word' }
  const other = claims.find((code) => code !== country)
  return other ? { reason: 'taken', country: other } : null
}

/** The countries a name stands for, given the aliases taught (the classifier's country index answers it). */
export type AliasClaims = (aliases: readonly CountryAlias[], name: string) => string[]

/**
 * Attaches an alias (a name, an institution) to a country, audited; refused when checkAlias
 * refuses it against the names and aliases known at that moment (another admin may have taught
 * it meanwhile).
 */
export async function teachCountryAlias(
  db: Db,
  { alias, country, adminId, now, claimsOf }: { alias: string; country: string; adminId: number; now: Date; claimsOf: AliasClaims },
): Promise<{ ok: true; alias: string } | ({ ok: false; alias: string } & AliasRefusal)> {
  const key = normalizeAlias(alias)
  return db.transaction().execute(async (trx) => {
    const aliases = await trx.selectFrom('country_alias').select(['alias', 'country']).execute()
    const refusal = checkAlias(key, country, claimsOf(aliases, key))
    if (refusal) return { ok: false, alias: key, ...refusal }
    // Taught already, for this same country (any other is refused above): another admin's answer, audited again.
    const previous = await trx.selectFrom('country_alias').select('country').where('alias', '=', key).executeTakeFirst()
    await trx
      .insertInto('country_alias')
      .values({ alias: key, country, added_by: adminId, created_at: now.toISOString() })
      .onConflict((oc) => oc.column('alias').doUpdateSet({ country, added_by: adminId, created_at: now.toISOString() }))
      .execute()
    await recordAudit(trx, { adminId, action: 'teach-alias', before: previous ? { alias: key, country: previous.country } : null, after: { alias: key, country }, now })
    return { ok: true, alias: key }
  })
}
