import type { NextFunction } from 'grammy'
import type { CountryIndex } from '../../classify/countries.js'
import { createTypedCountryIndex } from '../../country-index.js'
import { listCountryAliases } from '../../db/country-aliases.js'
import { createLeadPartner } from '../../lead-partner.js'
import type { BotContext } from '../context.js'

/**
 * Installs `ctx.countryIndex()`: the index is rebuilt only when the admin-taught aliases
 * changed (building one takes milliseconds; reading the aliases is one small query); and
 * `ctx.leadPartner`, one reader for the bot's life.
 */
export function provideCountryIndex() {
  let cached: { key: string; index: CountryIndex } | undefined
  const leadPartner = createLeadPartner()
  return async (ctx: BotContext, next: NextFunction): Promise<void> => {
    ctx.leadPartner = leadPartner
    ctx.countryIndex = async () => {
      const aliases = await listCountryAliases(ctx.deps.db)
      const key = aliases.map((a) => `${a.alias}\u0000${a.country}`).join('\u0001')
      if (cached?.key !== key) cached = { key, index: createTypedCountryIndex(aliases) }
      return cached.index
    }
    await next()
  }
}
