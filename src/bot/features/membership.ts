import { Composer } from 'grammy'
import type { ChatMember } from 'grammy/types'
import { escapeHtml } from '../../telegram/escape.js'
import { classifyTelegramError } from '../../telegram/errors.js'
import { truncateText } from '../../telegram/length.js'
import { moveSubscriberChat, reactivateSubscriber } from '../../db/subscribers.js'
import type { BotContext } from '../context.js'

const isMember = (member: ChatMember): boolean =>
  member.status === 'member' || member.status === 'administrator' || member.status === 'creator' || (member.status === 'restricted' && member.is_member)

/**
 * When the bot joins a group it says once, in the group's language, how to use it there. A
 * channel's readers are not the audience for that: whoever added the bot gets the how-to in
 * their private chat instead (when they ever opened one).
 */
export const membershipFeature = new Composer<BotContext>()

membershipFeature.on('my_chat_member', async (ctx, next) => {
  const { chat, old_chat_member: before, new_chat_member: after } = ctx.myChatMember
  // Leaving or being blocked is chat-member.ts's to record.
  if (isMember(before) || !isMember(after)) return next()
  // Unblocked, or added back: what the chat followed before alerts again.
  await reactivateSubscriber(ctx.deps.db, chat.id, ctx.deps.clock.now())
  if (chat.type === 'group' || chat.type === 'supergroup') {
    await ctx.reply(ctx.t(chat.type === 'supergroup' && chat.is_forum ? 'welcome-forum' : 'welcome-group'))
    return
  }
  if (chat.type !== 'channel' || after.status !== 'administrator') return
  const handle = chat.username ? `@${chat.username}` : String(chat.id)
  try {
    await ctx.api.sendMessage(ctx.from.id, ctx.t('welcome-channel', { chat: escapeHtml(truncateText(chat.title, 60)), handle }))
  } catch (error) {
    // Telegram lets a bot write only to users who opened a chat with it.
    const failure = classifyTelegramError(error)
    if (!failure) throw error
    ctx.deps.logger.info({ chatId: chat.id, userId: ctx.from.id, failure }, 'channel how-to not delivered')
  }
})

/**
 * A group upgraded to a supergroup gets a new chat id: Telegram says so in a service message in
 * each (migrate_to in the old group, migrate_from in the new one). What the group follows and
 * its settings move at once, before an alert to the old id would fail; the second message finds
 * nothing left to move.
 */
membershipFeature.on('message:migrate_to_chat_id', async (ctx) => {
  await moveSubscriberChat(ctx.deps.db, ctx.chat.id, ctx.msg.migrate_to_chat_id, ctx.deps.clock.now())
})

membershipFeature.on('message:migrate_from_chat_id', async (ctx) => {
  await moveSubscriberChat(ctx.deps.db, ctx.msg.migrate_from_chat_id, ctx.chat.id, ctx.deps.clock.now())
})
