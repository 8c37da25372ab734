import { countryFlag } from '../classify/countries.js'
import { countryName } from '../country-name.js'
import type { Lang } from '../language/langs.js'
import { escapeHtml } from '../telegram/escape.js'
import type { BotContext } from './context.js'

/**
 * The countries a keyboard had no room for («Россия, Китай, … Польша», a region of 30), named with the command that shows
 * (`country`) or follows (`subscribe`) them, where they were dropped unsaid; '' when none was left out.
 */
/** A paste naming every country of the world stays within Telegram's 4096 characters: the note names this many, then "…". */
const MAX_NAMED = 30

export function leftOutNote(ctx: BotContext, codes: readonly string[], lang: Lang, command: 'country' | 'subscribe'): string {
  if (codes.length === 0) return ''
  const named = codes.slice(0, MAX_NAMED)
  const more = codes.length > named.length ? ', …' : ''
  const countries = named.map((code) => `${countryFlag(code)} ${countryName(code, lang)}`).join(', ') + more
  const typed = `/${command} ${named.map((code) => countryName(code, lang)).join(', ')}`
  return ctx.t(command === 'country' ? 'list-left-out-show' : 'list-left-out-follow', { count: codes.length, countries: escapeHtml(countries), command: escapeHtml(typed) })
}
