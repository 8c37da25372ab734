import type { Conversation } from '@grammyjs/conversations'
import type { Context } from 'grammy'
import type { TranslationVariables } from '@grammyjs/i18n'
import { type ConversationAnswer, conversationCodec } from '../features/admin/callback-data.js'
import type { BotContext } from '../context.js'
import { isAdminId } from '../features/admin/shared.js'

/** Admin conversations run on plain contexts; deps and translations come through `external`. */
export type AdminConversation = Conversation<BotContext, Context>

export interface AdminConversationArgs {
  adminId: number
}

export type Answer = { kind: 'text'; text: string } | { kind: 'button'; answer: Exclude<ConversationAnswer, { answer: 'cancel' }> }

/** A translation made with the outside context's i18n (the conversation's own contexts have none). */
export function translate(conversation: AdminConversation, key: string, vars?: TranslationVariables): Promise<string> {
  return conversation.external((ctx) => ctx.t(key, vars))
}

/**
 * Ends the conversation with a note. With `passOn`, the update that ended it (another command,
 * another message's button) then runs as if no conversation had been active.
 */
async function leave(conversation: AdminConversation, ctx: Context, passOn: boolean): Promise<never> {
  await ctx.reply(await translate(conversation, passOn ? 'admin-conversation-left' : 'admin-conversation-cancelled'))
  return conversation.halt({ next: passOn })
}

const CANCEL_COMMAND = /^\/cancel(@\w+)?(\s|$)/i

/**
 * Ends the conversation with the refusal a non-admin gets: ADMIN_IDS changed since it began (it
 * survives restarts). A command is then handled as anyone's is (/help answered, /review refused).
 */
async function refuse(conversation: AdminConversation, ctx: Context): Promise<never> {
  if (ctx.message?.text?.startsWith('/')) return conversation.halt({ next: true })
  // Said of what was pressed or typed: a button, or an answer the dialogue waited for (no command was sent).
  if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text: await translate(conversation, 'admin-refused-button'), show_alert: true })
  else await ctx.reply(await translate(conversation, 'admin-refused-answer'))
  return conversation.halt()
}

/**
 * Waits for the admin's next answer: typed text, or a button of the message `promptMessageId`.
 * /cancel and the Cancel button end the conversation at any step; any other command, or a button
 * of another message, ends it and is then handled normally. Updates from anyone else are left to
 * the rest of the bot (which refuses non-admins); an admin no longer in ADMIN_IDS is refused and the
 * conversation ends, so every step is checked, not only the one that saves.
 */
export async function waitForAnswer(conversation: AdminConversation, { adminId }: AdminConversationArgs, promptMessageId: number): Promise<Answer> {
  for (;;) {
    const ctx = await conversation.wait()
    if (ctx.from?.id !== adminId) await conversation.skip({ next: true })
    if (!(await conversation.external((outer) => isAdminId(outer, outer.from?.id)))) await refuse(conversation, ctx)
    const data = ctx.callbackQuery?.data
    if (data !== undefined) {
      const answer = conversationCodec.decode(data)
      if (answer === null) await leave(conversation, ctx, true)
      if (ctx.callbackQuery?.message?.message_id !== promptMessageId) {
        await ctx.answerCallbackQuery({ text: await translate(conversation, 'button-expired') })
        continue
      }
      await ctx.answerCallbackQuery()
      if (answer?.answer === 'cancel') await leave(conversation, ctx, false)
      return { kind: 'button', answer: answer as Exclude<ConversationAnswer, { answer: 'cancel' }> }
    }
    const text = ctx.message?.text
    if (text !== undefined) {
      if (CANCEL_COMMAND.test(text)) await leave(conversation, ctx, false)
      if (text.startsWith('/')) await leave(conversation, ctx, true)
      return { kind: 'text', text }
    }
    // A file captioned /importsources is a command too (Telegram marks none in captions).
    if (ctx.message?.caption?.startsWith('/')) await leave(conversation, ctx, true)
    await ctx.reply(await translate(conversation, 'admin-conversation-expects-answer'))
  }
}
