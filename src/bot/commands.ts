import type { I18n } from '@grammyjs/i18n'
import type { Api } from 'grammy'
import type { LanguageCode } from 'grammy/types'
import { type Lang, LANGS } from '../classify/types.js'
import { forgetAdminMenuChat, listAdminMenuChats, recordAdminMenuChat } from '../db/admin-command-menus.js'
import { getChosenChatLanguage } from '../db/subscribers.js'
import type { AppDeps } from '../deps.js'
import type { BotContext } from './context.js'
import { READ_AS_RUSSIAN } from '../language/read-as-russian.js'

/** The public commands, in the order Telegram's command menu shows them. */
export const PUBLIC_COMMANDS = ['country', 'latest', 'search', 'export', 'subscribe', 'unsubscribe', 'subscriptions', 'settings', 'suggest', 'lang', 'help', 'start', 'id'] as const

/** Shown, after the public ones, only in each admin's private chat with the bot. */
export const ADMIN_COMMANDS = ['review', 'sources', 'addsource', 'stats', 'notices', 'exportsources', 'importsources'] as const

/** A command's description in a language: the bot's translations (`i18n.t`, or a context's `i18n.fluent.translate`). */
export type Translator = (lang: string, key: string) => string

const commandsIn = (translate: Translator, lang: string, commands: readonly string[]) =>
  commands.map((command) => ({ command, description: translate(lang, `command-${command}`) }))

const ADMIN_MENU = [...PUBLIC_COMMANDS, ...ADMIN_COMMANDS]

/**
 * Registers the command menu in every interface language, Russian for the languages read as
 * Russian, and English for everyone else (Telegram picks the list by the user's app language);
 * admins also see the admin commands in their own chat with the bot (in the language they chose
 * with /lang, else by the app's), and an id no longer in ADMIN_IDS gets the public menu back there.
 */
export async function registerCommands(api: Api, i18n: I18n<BotContext>, deps: Pick<AppDeps, 'db' | 'config' | 'logger' | 'clock'>): Promise<void> {
  const { db, config, logger, clock } = deps
  const translate: Translator = (lang, key) => i18n.t(lang, key)
  await api.setMyCommands(commandsIn(translate, 'en', PUBLIC_COMMANDS))
  for (const lang of LANGS) await api.setMyCommands(commandsIn(translate, lang, PUBLIC_COMMANDS), { language_code: lang })
  for (const code of READ_AS_RUSSIAN) await api.setMyCommands(commandsIn(translate, 'ru', PUBLIC_COMMANDS), { language_code: code as LanguageCode })
  for (const adminId of config.adminIds) {
    const scope = chatScope(adminId)
    const chosen = await getChosenChatLanguage(db, adminId)
    try {
      await api.setMyCommands(commandsIn(translate, chosen ?? 'en', ADMIN_MENU), { scope })
      // Recorded once any of it is set: should a later language be refused, the part set is deleted
      // at a start without this id in ADMIN_IDS (and the rest set again at one with it).
      await recordAdminMenuChat(db, adminId, clock.now())
      for (const lang of LANGS) await api.setMyCommands(commandsIn(translate, chosen ?? lang, ADMIN_MENU), { scope, language_code: lang })
    } catch (error) {
      // Telegram knows no chat with an admin who never opened the bot: the menu waits for the next start.
      logger.warn({ err: error, adminId }, 'could not set the admin command menu')
    }
  }
  await withdrawFormerAdminMenus(api, translate, deps)
}

/**
 * A private chat's own menu in the language it chose with /lang, which Telegram prefers to the menus by app language;
 * an admin's, set per app language too (registerCommands), in each of them. Throws what Telegram answers.
 */
export async function setChatCommandMenu(api: Api, translate: Translator, chatId: number, lang: Lang, isAdmin: boolean): Promise<void> {
  const commands = commandsIn(translate, lang, isAdmin ? ADMIN_MENU : PUBLIC_COMMANDS)
  const scope = chatScope(chatId)
  await api.setMyCommands(commands, { scope })
  if (isAdmin) for (const code of LANGS) await api.setMyCommands(commands, { scope, language_code: code })
}

const chatScope = (chatId: number) => ({ type: 'chat' as const, chat_id: chatId })

/** Telegram keeps a chat's own menu until it is deleted, in each language it was set in; one who chose a language with /lang gets the public menu in it. */
async function withdrawFormerAdminMenus(api: Api, translate: Translator, { db, config, logger }: Pick<AppDeps, 'db' | 'config' | 'logger'>): Promise<void> {
  for (const chatId of await listAdminMenuChats(db)) {
    if (config.adminIds.includes(chatId)) continue
    const scope = chatScope(chatId)
    try {
      await api.deleteMyCommands({ scope })
      for (const lang of LANGS) await api.deleteMyCommands({ scope, language_code: lang })
      await forgetAdminMenuChat(db, chatId)
      const chosen = await getChosenChatLanguage(db, chatId)
      if (chosen) await setChatCommandMenu(api, translate, chatId, chosen, false)
    } catch (error) {
      // Kept to try again at the next start.
      logger.warn({ err: error, chatId }, 'could not delete a former admin\'s command menu')
    }
  }
}
