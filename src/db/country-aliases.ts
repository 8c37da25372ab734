import type { CountryAlias } from '../classify/types.js'
import type { Db } from './database.js'

/** Aliases and institutions admins attached to countries, for the classifier and /country. */
export async function listCountryAliases(db: Db): Promise<CountryAlias[]> {
  return db.selectFrom('country_alias').select(['alias', 'country']).orderBy('alias').execute()
}
