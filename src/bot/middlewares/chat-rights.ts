import type { ChatTarget } from '../../db/subscriptions.js'
import type { BotContext } from '../context.js'
import { showHtml } from '../respond.js'

/** The user id Telegram puts in `from` of messages an anonymous group admin sends. */
const GROUP_ANONYMOUS_BOT_ID = 1087968824
const MANAGER_STATUSES = new Set(['creator', 'administrator'])

/** The chat, and the forum topic (0 = none) the update came from: where replies and alerts go. */
export function chatTarget(ctx: BotContext): ChatTarget | null {
  if (!ctx.chat) return null
  const msg = ctx.msg
  return { chatId: ctx.chat.id, chatType: ctx.chat.type, threadId: msg?.is_topic_message ? (msg.message_thread_id ?? 0) : 0 }
}

/**
 * Whether whoever sent this update may change the chat's settings: anyone in a private chat,
 * only administrators in groups and channels. A channel post can only come from the channel's
 * admins, and a message signed by the group itself from an anonymous admin.
 */
export async function canManageChat(ctx: BotContext): Promise<boolean> {
  const chat = ctx.chat
  if (!chat) return false
  if (chat.type === 'private') return true
  if (ctx.channelPost) return true
  if (ctx.message?.sender_chat?.id === chat.id) return true
  const userId = ctx.from?.id
  if (userId === undefined || userId === GROUP_ANONYMOUS_BOT_ID) return false
  const member = await ctx.api.getChatMember(chat.id, userId)
  return MANAGER_STATUSES.has(member.status)
}

/** For a settings button: whether the presser may change the chat, after answering a refusal when not. */
export async function mayManageFromButton(ctx: BotContext): Promise<boolean> {
  if (await canManageChat(ctx)) return true
  await ctx.answerCallbackQuery({ text: ctx.t('subscribe-admins-only'), show_alert: true })
  return false
}

/** The chat a subscription command changes, or null after telling a non-admin they may not. */
export async function manageableChatTarget(ctx: BotContext): Promise<ChatTarget | null> {
  const target = chatTarget(ctx)
  if (!target) return null
  if (await canManageChat(ctx)) return target
  await showHtml(ctx, ctx.t('subscribe-admins-only'))
  return null
}
