import type { I18n } from '@grammyjs/i18n'
import type { Api } from 'grammy'
import { LANGS } from '../classify/types.js'
import type { BotContext } from './context.js'

/** The public commands, in the order Telegram's command menu shows them. */
export const PUBLIC_COMMANDS = ['country', 'latest', 'search', 'subscribe', 'unsubscribe', 'subscriptions', 'lang', 'help', 'start'] as const

/**
 * Registers the command menu in every interface language, and English for everyone else
 * (Telegram picks the list by the user's app language).
 */
export async function registerCommands(api: Api, i18n: I18n<BotContext>): Promise<void> {
  const commandsIn = (lang: string) => PUBLIC_COMMANDS.map((command) => ({ command, description: i18n.t(lang, `command-${command}`) }))
  await api.setMyCommands(commandsIn('en'))
  for (const lang of LANGS) await api.setMyCommands(commandsIn(lang), { language_code: lang })
}
