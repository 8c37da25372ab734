import { Composer, InlineKeyboard } from 'grammy'
import { LANGS, type Lang } from '../../classify/types.js'
import { setChatLanguage } from '../../db/subscribers.js'
import { setChatCommandMenu } from '../commands.js'
import type { BotContext } from '../context.js'
import { langCodec } from '../keyboards/lang.js'
import { chatTarget, mayManageFromButton } from '../middlewares/chat-rights.js'
import { answerExpiredButton, showHtml } from '../respond.js'

/** Each language names itself, so a user who landed in the wrong one can still find theirs. */
const LANGUAGE_NAMES: Record<Lang, string> = { en: '🇬🇧 English', ru: '🇷🇺 Русский', kk: '🇰🇿 Қазақша' }

export const langFeature = new Composer<BotContext>()

langFeature.command('lang', async (ctx) => {
  const keyboard = new InlineKeyboard()
  for (const lang of LANGS) keyboard.text(LANGUAGE_NAMES[lang], langCodec.encode(lang))
  await showHtml(ctx, ctx.t('lang-choose'), keyboard)
})

langFeature.callbackQuery(langCodec.filter, async (ctx) => {
  const lang = langCodec.decode(ctx.callbackQuery.data)
  const target = chatTarget(ctx)
  if (!lang || !target) {
    await answerExpiredButton(ctx)
    return
  }
  if (!(await mayManageFromButton(ctx))) return
  await setChatLanguage(ctx.deps.db, target, lang, ctx.deps.clock.now())
  await ctx.i18n.renegotiateLocale()
  await showHtml(ctx, ctx.t('lang-chosen', { language: LANGUAGE_NAMES[lang] }))
  await ctx.answerCallbackQuery()
  if (target.chatType === 'private') await setMenuLanguage(ctx, target.chatId, lang)
})

/**
 * The private chat's command menu in the language chosen, where Telegram would show the app's. Telegram may refuse it
 * (a chat it does not know, a bot blocked meanwhile): the choice stands, and the menu stays as it was.
 */
async function setMenuLanguage(ctx: BotContext, chatId: number, lang: Lang): Promise<void> {
  const { config, logger } = ctx.deps
  try {
    await setChatCommandMenu(ctx.api, (l, key) => ctx.i18n.fluent.translate(l, key), chatId, lang, config.adminIds.includes(chatId))
  } catch (error) {
    logger.warn({ err: error, chatId }, 'could not set the chat\'s command menu')
  }
}
