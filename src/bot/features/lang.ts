import { Composer, InlineKeyboard } from 'grammy'
import { LANGS, type Lang } from '../../classify/types.js'
import { setChatLanguage } from '../../db/subscribers.js'
import { setChatCommandMenu } from '../commands.js'
import type { BotContext } from '../context.js'
import { langCodec } from '../keyboards/lang.js'
import { canManageChat, chatTarget, mayManageFromButton } from '../middlewares/chat-rights.js'
import { escapeHtml } from '../../telegram/escape.js'
import { truncateText } from '../../telegram/length.js'
import { answerExpiredButton, showHtml } from '../respond.js'

const MAX_ECHO_LENGTH = 40

/** Each language names itself, so a user who landed in the wrong one can still find theirs. */
const LANGUAGE_NAMES: Record<Lang, string> = { en: '🇬🇧 English', ru: '🇷🇺 Русский', kk: '🇰🇿 Қазақша' }

export const langFeature = new Composer<BotContext>()

/** A language named after /lang (`/lang ru`, `/lang kazakh`, «/lang русский», «/lang қазақша»): its code, each language's own name and the others' for it. */
const TYPED_LANGUAGES: Record<string, Lang> = {
  en: 'en', english: 'en', английский: 'en', ағылшын: 'en', ағылшынша: 'en', англ: 'en',
  ru: 'ru', russian: 'ru', русский: 'ru', орыс: 'ru', орысша: 'ru', рус: 'ru',
  kk: 'kk', kz: 'kk', kazakh: 'kk', қазақ: 'kk', қазақша: 'kk', казахский: 'kk', каз: 'kk',
}

langFeature.command('lang', async (ctx) => {
  const typed = ctx.match.trim()
  const chosen = TYPED_LANGUAGES[typed.toLowerCase()]
  // A group's member who is no admin was told that only admins change «subscriptions and settings», or offered buttons that
  // only refused: told who chooses the group's language instead, with no buttons.
  if (!(await canManageChat(ctx))) {
    await showHtml(ctx, ctx.t('lang-admins-only'))
    return
  }
  // `/lang ru`: the language at once, as its button would set it, where the chooser came up whatever was typed.
  if (chosen) {
    const target = chatTarget(ctx)
    if (!target) return
    await chooseLanguage(ctx, target, chosen)
    return
  }
  const keyboard = new InlineKeyboard()
  for (const lang of LANGS) keyboard.text(LANGUAGE_NAMES[lang], langCodec.encode(lang))
  const choose = ctx.t('lang-choose')
  await showHtml(ctx, typed === '' ? choose : `${ctx.t('lang-unknown', { text: escapeHtml(truncateText(typed, MAX_ECHO_LENGTH)) })}\n${choose}`, keyboard)
})

langFeature.callbackQuery(langCodec.filter, async (ctx) => {
  const lang = langCodec.decode(ctx.callbackQuery.data)
  const target = chatTarget(ctx)
  if (!lang || !target) {
    await answerExpiredButton(ctx)
    return
  }
  if (!(await mayManageFromButton(ctx, 'lang-admins-only'))) return
  await chooseLanguage(ctx, target, lang)
  await ctx.answerCallbackQuery()
})

async function chooseLanguage(ctx: BotContext, target: NonNullable<ReturnType<typeof chatTarget>>, lang: Lang): Promise<void> {
  await setChatLanguage(ctx.deps.db, target, lang, ctx.deps.clock.now())
  await ctx.i18n.renegotiateLocale()
  await showHtml(ctx, ctx.t('lang-chosen', { language: LANGUAGE_NAMES[lang] }))
  if (target.chatType === 'private') await setMenuLanguage(ctx, target.chatId, lang)
}

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
