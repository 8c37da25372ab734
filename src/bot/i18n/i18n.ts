import { fileURLToPath } from 'node:url'
import { I18n } from '@grammyjs/i18n'
import { homeCountryVariables } from '../../classify/countries.js'
import { LANGS, type Lang } from '../../classify/types.js'
import { getChatLanguage } from '../../db/subscribers.js'
import type { BotContext } from '../context.js'
import { READ_AS_RUSSIAN } from '../../language/read-as-russian.js'

const LOCALES_DIR = fileURLToPath(new URL('./locales', import.meta.url))


/** Telegram's language_code (an IETF tag such as "ru" or "kk-KZ") → one of ours; English otherwise. */
export function languageFromTelegram(code: string | undefined): Lang {
  const base = code?.toLowerCase().split('-')[0] ?? ''
  if (READ_AS_RUSSIAN.has(base)) return 'ru'
  return LANGS.find((l) => l === base) ?? 'en'
}

/** The chat's chosen language (/lang), else the user's Telegram language. */
export function createI18n(): I18n<BotContext> {
  const i18n = new I18n<BotContext>({
    defaultLocale: 'en',
    // Fluent's bidi isolation marks would end up as invisible characters in Telegram messages.
    fluentBundleOptions: { useIsolating: false },
    // An inline query comes from no chat: the language chosen in the user's own chat with the bot holds.
    localeNegotiator: async (ctx) => {
      const chatId = ctx.chat?.id ?? ctx.inlineQuery?.from.id
      return (chatId === undefined ? null : await getChatLanguage(ctx.deps.db, chatId)) ?? languageFromTelegram(ctx.from?.language_code)
    },
    // Texts that name the home country (the greeting, an admin's hint) name HOME_COUNTRY's.
    globalTranslationContext: (ctx) => homeCountryVariables(ctx.deps.config.homeCountry),
  })
  // The `directory` option loads asynchronously, so the first updates could miss translations.
  i18n.loadLocalesDirSync(LOCALES_DIR)
  return i18n
}

/** The language this update is answered in (what the negotiator chose). */
export async function currentLang(ctx: BotContext): Promise<Lang> {
  const locale = await ctx.i18n.getLocale()
  return LANGS.find((l) => l === locale) ?? 'en'
}
