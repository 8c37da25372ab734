import { type Context, InlineKeyboard } from 'grammy'
import { KINDS, type Kind } from '../../classify/types.js'
import { getItemsByIds } from '../../db/items.js'
import { setItemKind } from '../../db/review.js'
import { escapeHtml } from '../../telegram/escape.js'
import { truncateText } from '../../telegram/length.js'
import { conversationCodec } from '../features/admin/callback-data.js'
import { renderEditSaved, renderRuledCopies } from '../features/admin/render.js'
import { curationAlerts, loadReviewCard, type RenderedMessage, sendReviewCard } from '../features/admin/shared.js'
import { type AdminConversation, type AdminConversationArgs, translate, waitForAnswer } from './steps.js'

export const EDIT_KIND_CONVERSATION = 'admin-edit-kind'

export interface EditItemArgs extends AdminConversationArgs {
  articleId: number
  /** The review card the edit began from (none in an edit begun before this was kept). */
  cardMessageId?: number
}

/**
 * After a saved edit, the item's card as it now stands, sent below the dialogue; the card the edit began from loses
 * its buttons, so one card of the item is there to act on (its Approve would only be refused as out of date).
 */
export async function sendEditedCard(conversation: AdminConversation, args: EditItemArgs, card: RenderedMessage): Promise<void> {
  await conversation.external((outer) => sendReviewCard(outer, args.articleId, card, args.cardMessageId))
}

/** Edit kind: the admin picks one of the four kinds from buttons; the item keeps its status. */
export async function editKindConversation(conversation: AdminConversation, ctx: Context, args: EditItemArgs): Promise<void> {
  const prompt = await conversation.external(async (outer): Promise<RenderedMessage | null> => {
    const [item] = await getItemsByIds(outer.deps.db, [args.articleId])
    if (!item || item.status === 'rejected') return null
    const keyboard = new InlineKeyboard()
    KINDS.forEach((kind, i) => {
      keyboard.text(outer.t(`kind-${kind}`), conversationCodec.encode({ answer: 'kind', kind }))
      if (i % 2 === 1) keyboard.row()
    })
    keyboard.text(outer.t('admin-button-cancel'), conversationCodec.encode({ answer: 'cancel' }))
    const text = outer.t('admin-kind-prompt', {
      title: escapeHtml(truncateText(item.title, 200)),
      current: item.kind ? outer.t(`kind-${item.kind}`) : '—',
    })
    return { text, reply_markup: { inline_keyboard: keyboard.inline_keyboard } }
  })
  if (!prompt) {
    await ctx.reply(await translate(conversation, 'admin-item-gone'))
    return
  }
  const sent = await ctx.reply(prompt.text, { reply_markup: prompt.reply_markup })
  let kind: Kind | undefined
  while (kind === undefined) {
    const answer = await waitForAnswer(conversation, args, sent.message_id)
    if (answer.kind === 'button' && answer.answer.answer === 'kind') kind = answer.answer.kind
    else await ctx.reply(await translate(conversation, 'admin-use-buttons'))
  }
  const chosen = kind
  const outcome = await conversation.external(async (outer): Promise<{ text: string; card: RenderedMessage | null }> => {
    const result = await setItemKind(outer.deps.db, { articleId: args.articleId, adminId: args.adminId, now: outer.deps.clock.now(), kind: chosen }, curationAlerts(outer))
    if (!result.ok) return { text: outer.t(`admin-review-refused-${result.reason}`), card: null }
    const saved = renderEditSaved(outer.t('admin-kind-saved', { kind: outer.t(`kind-${chosen}`) }), result.after, outer.t)
    return { text: [saved, ...renderRuledCopies(result.ruledCopies, outer.t)].join('\n'), card: await loadReviewCard(outer, args.articleId) }
  })
  await ctx.reply(outcome.text)
  if (outcome.card) await sendEditedCard(conversation, args, outcome.card)
}
