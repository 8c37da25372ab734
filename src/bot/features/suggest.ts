import { Composer, InlineKeyboard } from 'grammy'
import { getChatLanguage } from '../../db/subscribers.js'
import { findSourceByUrl } from '../../db/source-admin.js'
import { addSuggestion } from '../../db/suggestions.js'
import { namesWebHost, withDefaultScheme } from '../../url.js'
import { escapeHtml } from '../../telegram/escape.js'
import { classifyTelegramError } from '../../telegram/errors.js'
import { truncateText } from '../../telegram/length.js'
import { renderTitleLink } from '../../telegram/item-card.js'
import type { BotContext } from '../context.js'
import { suggestionCodec } from './admin/callback-data.js'
import { currentLang } from '../i18n/i18n.js'

/** Suggestions one person may have waiting at once: enough for real use, too few to flood admins. */
const MAX_PENDING_PER_USER = 5
const MAX_URL_LENGTH = 500

/** An http(s) address as typed (scheme added when missing), without its #fragment, user name or password; null when it is none. */
export function parseSuggestedUrl(text: string): string | null {
  const typed = text.trim()
  if (typed.length > MAX_URL_LENGTH || /\s/.test(typed) || !namesWebHost(typed)) return null
  try {
    const url = new URL(withDefaultScheme(typed))
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null
    if (!url.hostname.includes('.')) return null
    url.hash = ''
    // The bot watches public pages: a user name or password is dropped, so it reaches neither the admins' screens nor the database.
    url.username = ''
    url.password = ''
    return url.href
  } catch {
    return null
  }
}

/** /suggest <url>: anyone may propose a source; admins get it with buttons to check it as /addsource would, or to decline. */
export const suggestFeature = new Composer<BotContext>()

suggestFeature.command('suggest', async (ctx) => {
  const { db, clock, config, logger } = ctx.deps
  const typed = ctx.match.trim()
  if (typed === '') {
    await ctx.reply(ctx.t('suggest-usage'))
    return
  }
  const url = parseSuggestedUrl(typed)
  if (!url) {
    await ctx.reply(ctx.t('suggest-invalid', { url: escapeHtml(truncateText(typed, 100)) }))
    return
  }
  const watched = await findSourceByUrl(db, url)
  if (watched?.isEnabled) {
    await ctx.reply(ctx.t('suggest-watched', { name: escapeHtml(watched.name) }))
    return
  }
  // A source an admin paused is not watched: the suggestion goes to the admins (someone wants it), who resume it or decline.
  const paused = watched
  const from = ctx.from
  if (!from || !ctx.chat) return
  const userName = [from.first_name, from.last_name].filter(Boolean).join(' ') + (from.username ? ` (@${from.username})` : '')
  const result = await addSuggestion(db, { url, userId: from.id, userName, chatId: ctx.chat.id, language: await currentLang(ctx), now: clock.now() }, MAX_PENDING_PER_USER)
  if (!result.ok) {
    await ctx.reply(ctx.t(result.reason === 'too-many' ? 'suggest-too-many' : 'suggest-already', { count: MAX_PENDING_PER_USER }))
    return
  }
  for (const adminId of config.adminIds) {
    const lang = (await getChatLanguage(db, adminId)) ?? 'en'
    const t = (key: string, vars?: Record<string, string | number>) => ctx.i18n.fluent.translate(lang, key, vars)
    const keyboard = new InlineKeyboard()
      .text(t('admin-button-check-suggestion'), suggestionCodec.encode({ action: 'check', suggestionId: result.id }))
      .text(t('admin-button-decline'), suggestionCodec.encode({ action: 'decline', suggestionId: result.id }))
    try {
      const text = t('admin-suggestion', { user: escapeHtml(truncateText(userName, 80)), url: renderTitleLink(url, url, 200) })
      await ctx.api.sendMessage(adminId, paused ? `${text}\n${t('admin-suggestion-paused', { name: escapeHtml(paused.name) })}` : text, { reply_markup: keyboard })
    } catch (error) {
      const failure = classifyTelegramError(error)
      if (!failure) throw error
      logger.warn({ adminId, failure }, 'source suggestion not delivered to an admin')
    }
  }
  await ctx.reply(paused ? ctx.t('suggest-paused', { url: escapeHtml(url), name: escapeHtml(paused.name) }) : ctx.t('suggest-thanks', { url: escapeHtml(url) }))
})
