import type { I18n } from '@grammyjs/i18n'
import type { Api } from 'grammy'
import type { LanguageCode } from 'grammy/types'
import { LANGS } from '../classify/types.js'
import type { Logger } from '../logger.js'
import type { BotContext } from './context.js'
import { READ_AS_RUSSIAN } from './i18n/i18n.js'

/** The public commands, in the order Telegram's command menu shows them. */
export const PUBLIC_COMMANDS = ['country', 'latest', 'search', 'export', 'subscribe', 'unsubscribe', 'subscriptions', 'settings', 'suggest', 'lang', 'help', 'start', 'id'] as const

/** Shown, after the public ones, only in each admin's private chat with the bot. */
export const ADMIN_COMMANDS = ['review', 'sources', 'addsource', 'stats', 'notices', 'exportsources', 'importsources'] as const

/**
 * Registers the command menu in every interface language, Russian for the languages read as
 * Russian, and English for everyone else (Telegram picks the list by the user's app language);
 * admins also see the admin commands
 * in their own chat with the bot.
 */
export async function registerCommands(api: Api, i18n: I18n<BotContext>, adminIds: readonly number[], logger: Logger): Promise<void> {
  const commandsIn = (lang: string, commands: readonly string[]) => commands.map((command) => ({ command, description: i18n.t(lang, `command-${command}`) }))
  await api.setMyCommands(commandsIn('en', PUBLIC_COMMANDS))
  for (const lang of LANGS) await api.setMyCommands(commandsIn(lang, PUBLIC_COMMANDS), { language_code: lang })
  for (const code of READ_AS_RUSSIAN) await api.setMyCommands(commandsIn('ru', PUBLIC_COMMANDS), { language_code: code as LanguageCode })
  const adminMenu = [...PUBLIC_COMMANDS, ...ADMIN_COMMANDS]
  for (const adminId of adminIds) {
    const scope = { type: 'chat' as const, chat_id: adminId }
    try {
      await api.setMyCommands(commandsIn('en', adminMenu), { scope })
      for (const lang of LANGS) await api.setMyCommands(commandsIn(lang, adminMenu), { scope, language_code: lang })
    } catch (error) {
      // Telegram knows no chat with an admin who never opened the bot: the menu waits for the next start.
      logger.warn({ err: error, adminId }, 'could not set the admin command menu')
    }
  }
}
