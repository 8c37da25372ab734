import { Composer, InlineKeyboard } from 'grammy'
import { LANGS, type Lang } from '../../classify/types.js'
import { setChatLanguage } from '../../db/subscribers.js'
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
})
