import { GrammyError, type NextFunction } from 'grammy'
import type { ChatTarget } from '../../db/subscriptions.js'
import { escapeHtml } from '../../telegram/escape.js'
import { truncateText } from '../../telegram/length.js'
import type { BotContext } from '../context.js'
import { showHtml } from '../respond.js'

/** The user id Telegram puts in `from` of messages an anonymous group admin sends. */
const GROUP_ANONYMOUS_BOT_ID = 1087968824
const MANAGER_STATUSES = new Set(['creator', 'administrator'])
/**
 * How long a group member's admin check is reused to draw the buttons of a /subscriptions page they turn to: never for a
 * change, which asks Telegram again (an admin who lost the rights sees ❌ for this long at most, and pressing one is refused).
 * The bot is sent no chat_member updates, so it cannot hear of a change of admins sooner.
 */
export const ADMIN_CHECK_REUSE_MS = 30_000
/** Checks remembered at most; the oldest go first. */
const MAX_ADMIN_CHECKS = 1_000

/** Installs `ctx.adminChecks`, one map for the bot's lifetime. */
export function provideAdminChecks() {
  const checks: BotContext['adminChecks'] = new Map()
  return async (ctx: BotContext, next: NextFunction): Promise<void> => {
    ctx.adminChecks = checks
    await next()
  }
}

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
export async function canManageChat(ctx: BotContext, { mayReuse = false } = {}): Promise<boolean> {
  const chat = ctx.chat
  if (!chat) return false
  if (chat.type === 'private') return true
  if (ctx.channelPost) return true
  if (ctx.message?.sender_chat?.id === chat.id) return true
  const userId = ctx.from?.id
  if (userId === undefined || userId === GROUP_ANONYMOUS_BOT_ID) return false
  return isChatAdmin(ctx, chat.id, userId, mayReuse)
}

/**
 * Whether Telegram says the user administers the chat. An answer given for this update is used again within it (a ❌ press and
 * the page it redraws); with `mayReuse`, to draw buttons only, one given within ADMIN_CHECK_REUSE_MS too.
 */
async function isChatAdmin(ctx: BotContext, chatId: number, userId: number, mayReuse = false): Promise<boolean> {
  const key = `${chatId}:${userId}`
  const known = ctx.adminChecks.get(key)
  const now = ctx.deps.clock.now().getTime()
  if (known && (known.updateId === ctx.update.update_id || (mayReuse && now - known.at >= 0 && now - known.at < ADMIN_CHECK_REUSE_MS))) return known.isAdmin
  const member = await ctx.api.getChatMember(chatId, userId)
  const isAdmin = MANAGER_STATUSES.has(member.status)
  ctx.adminChecks.delete(key)
  ctx.adminChecks.set(key, { isAdmin, at: now, updateId: ctx.update.update_id })
  if (ctx.adminChecks.size > MAX_ADMIN_CHECKS) ctx.adminChecks.delete(ctx.adminChecks.keys().next().value!)
  return isAdmin
}

/** For a settings button: whether the presser may change the chat, after answering a refusal when not. */
export async function mayManageFromButton(ctx: BotContext, refusal: 'subscribe-admins-only' | 'lang-admins-only' = 'subscribe-admins-only'): Promise<boolean> {
  if (await canManageChat(ctx)) return true
  await ctx.answerCallbackQuery({ text: ctx.t(refusal), show_alert: true })
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

/** `@channel` or a -100… id at the start of a command's argument, from a private chat. */
const REMOTE_CHAT = /^(@[A-Za-z]\w{3,31}|-100\d{5,})(?:\s+|$)([\s\S]*)$/

/** The chat a command changes, what is left of its argument, and the chat's name when it is another chat (a channel managed from a private chat). */
export interface ManagedChat {
  target: ChatTarget
  rest: string
  /** `handle`: how a command names it (`@channel` as typed, or its -100… id). */
  remote: { title: string; handle: string } | null
}

/**
 * The chat a settings command acts on: the chat it was sent in (refusing non-admins of a group
 * unless `isReadOnly`),
 * or, from a private chat, the channel or group named first in the argument (`/subscribe @channel
 * russia`) once Telegram confirms the sender administers it and the bot can post there. Null
 * after answering why not.
 */
export async function resolveManagedChat(ctx: BotContext, arg: string, { isReadOnly = false } = {}): Promise<ManagedChat | null> {
  const remote = ctx.chat?.type === 'private' ? REMOTE_CHAT.exec(arg.trim()) : null
  if (!remote) {
    const target = isReadOnly ? chatTarget(ctx) : await manageableChatTarget(ctx)
    return target ? { target, rest: arg.trim(), remote: null } : null
  }
  const handle = remote[1]!
  const name = escapeHtml(truncateText(handle, 40))
  const chat = await ctx.api.getChat(handle).catch(refusedAsNull)
  if (!chat || chat.type === 'private') {
    await showHtml(ctx, ctx.t('remote-chat-unknown', { chat: name }))
    return null
  }
  const title = chatTitle(chat, handle)
  // Telegram lists a channel's members only to a bot that administers it: a refusal means the bot is not one yet.
  const [isSenderAdmin, isBotPresent] = await Promise.all([
    isChatAdmin(ctx, chat.id, ctx.from!.id).catch(refusedAsNull),
    ctx.api
      .getChatMember(chat.id, ctx.me.id)
      .then((m) => (chat.type === 'channel' ? MANAGER_STATUSES.has(m.status) : m.status !== 'left' && m.status !== 'kicked'))
      .catch(refusedAsNull),
  ])
  if (isSenderAdmin === false) {
    await showHtml(ctx, ctx.t('remote-chat-not-admin', { chat: title }))
    return null
  }
  if (!isSenderAdmin || !isBotPresent) {
    await showHtml(ctx, ctx.t('remote-chat-bot-missing', { chat: title }))
    return null
  }
  return { target: { chatId: chat.id, chatType: chat.type, threadId: 0 }, rest: remote[2]!.trim(), remote: { title, handle } }
}

/**
 * For a button about another chat (pressed in a private chat): that chat, once Telegram confirms
 * the presser still administers it; null after answering a refusal.
 */
export async function remoteChatFromButton(ctx: BotContext, chatId: number): Promise<ManagedChat | null> {
  const chat = ctx.chat?.type === 'private' ? await ctx.api.getChat(chatId).catch(refusedAsNull) : null
  const isAdmin = chat && chat.type !== 'private' ? await isChatAdmin(ctx, chatId, ctx.from!.id).catch(refusedAsNull) : null
  if (!chat || chat.type === 'private' || !isAdmin) {
    await ctx.answerCallbackQuery({ text: ctx.t('subscribe-admins-only'), show_alert: true })
    return null
  }
  return { target: { chatId, chatType: chat.type, threadId: 0 }, rest: '', remote: { title: chatTitle(chat, String(chatId)), handle: String(chatId) } }
}

/**
 * The chat a settings button acts on: the one it sits in (its admins only in groups), or the
 * channel it names; null after answering a refusal.
 */
export async function managedChatFromButton(ctx: BotContext, chatId: number | undefined): Promise<ManagedChat | null> {
  if (chatId !== undefined) return remoteChatFromButton(ctx, chatId)
  const target = chatTarget(ctx)
  if (!target || !(await mayManageFromButton(ctx))) return null
  return { target, rest: '', remote: null }
}

const chatTitle = (chat: { title?: string }, fallback: string): string => escapeHtml(truncateText(chat.title ?? fallback, 60))

/** Telegram's "no such chat" or "no access" as null; anything else stays an error. */
function refusedAsNull(error: unknown): null {
  if (error instanceof GrammyError && (error.error_code === 400 || error.error_code === 403)) return null
  throw error
}
