import type { Chat, Message, Update, User } from 'grammy/types'
import { BOT_USER } from './fake-bot-api.js'

let nextUpdateId = 1_000
let nextMessageId = 1_000

export function user(id: number, languageCode = 'en', firstName = `user${id}`): User {
  return { id, is_bot: false, first_name: firstName, language_code: languageCode }
}

export function privateChat(from: User): Chat.PrivateChat {
  return { id: from.id, type: 'private', first_name: from.first_name }
}

export function groupChat(id: number, title = 'Culture desk', isForum = false): Chat.SupergroupChat {
  return { id, type: 'supergroup', title, ...(isForum ? { is_forum: true } : {}) }
}

/** A basic group, the kind Telegram upgrades to a supergroup. */
export function basicGroupChat(id: number, title = 'Culture desk'): Chat.GroupChat {
  return { id, type: 'group', title }
}

/** Telegram's service message in a basic group that became the supergroup `to`. */
export function groupUpgraded(from: User, group: Chat.GroupChat, to: Chat.SupergroupChat): Update {
  return message(from, '', group, { migrate_to_chat_id: to.id })
}

function entitiesFor(text: string): Message['entities'] {
  const command = /^\/\w+(@\w+)?/.exec(text)
  return command ? [{ type: 'bot_command', offset: 0, length: command[0].length }] : undefined
}

/** A text message (a command when it starts with "/") as Telegram delivers it. */
export function message(from: User, text: string, chat: Chat = privateChat(from), extra: Partial<Message> = {}): Update {
  const entities = entitiesFor(text)
  return {
    update_id: nextUpdateId++,
    message: {
      message_id: nextMessageId++,
      date: Math.floor(Date.now() / 1000),
      chat,
      from,
      text,
      ...(entities ? { entities } : {}),
      ...extra,
    },
  } as Update
}

export const command = message

/** A press on an inline button under a message the bot sent. */
export function callback(from: User, data: string, chat: Chat = privateChat(from), messageId = 1): Update {
  return {
    update_id: nextUpdateId++,
    callback_query: {
      id: String(nextUpdateId),
      from,
      chat_instance: String(chat.id),
      data,
      message: { message_id: messageId, date: Math.floor(Date.now() / 1000), chat, from: BOT_USER, text: '…' } as Message.TextMessage,
    },
  }
}

/** `@bot <query>` typed in any chat; `offset` is the next_offset of the answer before, when scrolling on. */
export function inlineQuery(from: User, query: string, offset = ''): Update {
  return { update_id: nextUpdateId++, inline_query: { id: String(nextUpdateId), from, query, offset } }
}

/** The message of `sent` (made with `message`) as its sender edited it to `text`: Telegram's edited_message, same message id. */
export function editedMessage(sent: Update, text: string): Update {
  const original = sent.message!
  const entities = entitiesFor(text)
  const { entities: _, ...rest } = original
  return {
    update_id: nextUpdateId++,
    edited_message: { ...rest, text, ...(entities ? { entities } : {}), edit_date: original.date + 30 },
  }
}
