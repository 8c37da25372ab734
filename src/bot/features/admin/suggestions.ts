import { Composer, InlineKeyboard } from 'grammy'
import { decideSuggestion, getSuggestion } from '../../../db/suggestions.js'
import { escapeHtml } from '../../../telegram/escape.js'
import { ADD_SOURCE_CONVERSATION } from '../../conversations/add-source.js'
import type { BotContext } from '../../context.js'
import { answerExpiredButton, editMessage, tryEdit } from '../../respond.js'
import { suggestionCodec } from './callback-data.js'
import { tellSuggester } from './shared.js'

/** The buttons under a suggested source: check it (the /addsource dialogue) or decline it. */
export const suggestionsComposer = new Composer<BotContext>()

suggestionsComposer.callbackQuery(suggestionCodec.filter, async (ctx) => {
  const action = suggestionCodec.decode(ctx.callbackQuery.data)
  const suggestion = action ? await getSuggestion(ctx.deps.db, action.suggestionId) : null
  if (!action || !suggestion) {
    await answerExpiredButton(ctx)
    return
  }
  if (suggestion.state !== 'pending') {
    await ctx.answerCallbackQuery({ text: ctx.t(`admin-suggestion-already-${suggestion.state}`), show_alert: true })
    // Each admin got a notice of it: one pressed after another admin decided offers Check and Decline no more.
    await tryEdit(() => ctx.editMessageReplyMarkup({ reply_markup: new InlineKeyboard([]) }))
    return
  }
  if (action.action === 'check') {
    await ctx.answerCallbackQuery()
    await ctx.conversation.enter(ADD_SOURCE_CONVERSATION, { adminId: ctx.from.id, url: suggestion.url, suggestionId: suggestion.id })
    return
  }
  if (!(await decideSuggestion(ctx.deps.db, { id: suggestion.id, state: 'declined', adminId: ctx.from.id, now: ctx.deps.clock.now() }))) {
    await ctx.answerCallbackQuery({ text: ctx.t('admin-suggestion-already-declined'), show_alert: true })
    return
  }
  await ctx.answerCallbackQuery({ text: ctx.t('admin-suggestion-declined-toast') })
  await editMessage(ctx, ctx.t('admin-suggestion-declined', { url: escapeHtml(suggestion.url) }))
  await tellSuggester(ctx, suggestion, 'suggest-declined')
})
