import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Update } from 'grammy/types'
import { parseTelegramHtml } from './telegram-html.js'

export interface ApiCall {
  method: string
  payload: Record<string, any>
}

export interface FakeAnswer {
  status?: number
  body: unknown
}

/** May return a promise: an answer that never comes (until the test says) simulates a crash mid-call. */
export type AnswerFn = (payload: Record<string, any>) => FakeAnswer | Promise<FakeAnswer>

const MAX_MESSAGE_LENGTH = 4096
const MAX_CALLBACK_DATA_BYTES = 64
const MAX_CAPTION_LENGTH = 1024
const MAX_CALLBACK_ANSWER_LENGTH = 200
const MAX_INLINE_RESULTS = 50
const MAX_INLINE_ID_BYTES = 64

export const BOT_USER = { id: 7_000_000_001, is_bot: true, first_name: 'coopwatch', username: 'coopwatch_test_bot' }

export function telegramError(status: number, description: string, parameters?: Record<string, unknown>): FakeAnswer {
  return { status, body: { ok: false, error_code: status, description, ...(parameters ? { parameters } : {}) } }
}

export const errors = {
  tooManyRequests: (retryAfter = 0) => telegramError(429, `Too Many Requests: retry after ${retryAfter}`, { retry_after: retryAfter }),
  blocked: () => telegramError(403, 'Forbidden: bot was blocked by the user'),
  kicked: () => telegramError(403, 'Forbidden: bot was kicked from the group chat'),
  chatNotFound: () => telegramError(400, 'Bad Request: chat not found'),
  notModified: () =>
    telegramError(400, 'Bad Request: message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message'),
  cantBeEdited: () => telegramError(400, "Bad Request: message can't be edited"),
  editTargetNotFound: () => telegramError(400, 'Bad Request: message to edit not found'),
  migrated: (toChatId: number) => telegramError(400, 'Bad Request: group chat was upgraded to a supergroup chat', { migrate_to_chat_id: toChatId }),
  serverError: () => telegramError(502, 'Bad Gateway'),
}

/** Telegram's broadcast limits, for the opt-in enforcing mode (benchmarks, pacing tests). */
export interface RateLimits {
  /** Messages in any sliding second, all chats together. */
  perSecond: number
  /** Least time between two messages to one chat. */
  perChatIntervalMs: number
  /** Messages to one group or channel (negative chat id) in any sliding minute. */
  groupPerMinute: number
}

export const TELEGRAM_RATE_LIMITS: RateLimits = { perSecond: 30, perChatIntervalMs: 1000, groupPerMinute: 20 }

const RATE_LIMITED_METHODS = new Set(['sendMessage', 'sendPhoto', 'sendDocument', 'copyMessage', 'forwardMessage'])

interface Rule {
  method?: string
  chatId?: number
  answer: AnswerFn
  remaining: number
}

interface StoredMessage {
  text: string
  markup: string
}

/**
 * A loopback Telegram Bot API: serves getUpdates from a queue the test fills, records every
 * call, answers like Telegram (errors included) and rejects what Telegram would reject:
 * bad HTML, over-long messages and button answers, over-long callback data.
 */
export class FakeBotApi {
  readonly calls: ApiCall[] = []
  readonly token = '123456:TEST-fake-token-for-coopwatch-tests'
  chatAdministrators = new Map<number, number[]>()
  /** Chats getChat knows (by id or @username); a private chat is made up from any positive id. */
  readonly chats = new Map<number | string, Record<string, unknown>>()
  /** Files served by getFile and /file/bot<token>/<path>, by file_id. */
  readonly files = new Map<string, string>()
  private readonly updates: Update[] = []
  private readonly waiters = new Set<() => void>()
  private readonly rules: Rule[] = []
  /** Methods whose answers wait (recorded, unanswered) until the hold is released. */
  private readonly holds = new Map<string, Promise<void>>()
  private readonly messages = new Map<string, StoredMessage>()
  /** Command menus as Telegram keeps them: by scope and language, until deleted. */
  private readonly commandMenus = new Map<string, unknown[]>()
  /** Files uploaded so far: a file_id sent again must be one of these. */
  private readonly fileIds = new Set<string>()
  private nextUpdateId = 1
  private nextMessageId = 1
  private readonly server: Server = createServer((req, res) => void this.handle(req, res))
  private isStopped = false
  /** Opt-in: answer 429 with retry_after, as Telegram does, to a sender going faster than this. */
  rateLimits: RateLimits | undefined
  /** Calls refused by `rateLimits` (not in `calls`), with the limit they broke. */
  readonly rateLimited: (ApiCall & { limit: 'overall' | 'chat' | 'group' })[] = []
  /** Called with every call as it arrives, getUpdates included (the benchmark times by it). */
  onCall: (call: ApiCall) => void = () => undefined
  private readonly recentSends: number[] = []
  private readonly recentSendsByChat = new Map<number, number[]>()
  /** Every answer but getUpdates' leaves this long after its request arrived: a Bot API far away. */
  latencyMs = 0
  /** Requests arrived and not yet answered (getUpdates aside), and the most there were at once. */
  pending = 0
  peakPending = 0

  async start(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve))
  }

  async stop(): Promise<void> {
    this.isStopped = true
    for (const wake of this.waiters) wake()
    this.server.closeAllConnections()
    await new Promise<void>((resolve) => this.server.close(() => resolve()))
  }

  get apiRoot(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`
  }

  pushUpdate(update: Omit<Update, 'update_id'>): void {
    this.updates.push({ ...update, update_id: this.nextUpdateId++ })
    for (const wake of this.waiters) wake()
  }

  /** Answers the next call of `method` (optionally for one chat) with `answer`. */
  once(method: string, answer: AnswerFn, { chatId }: { chatId?: number } = {}): void {
    this.rules.push({ method, chatId, answer, remaining: 1 })
  }

  /** Answers every call of `method` (or any method) for `chatId` with `answer`, `times` times. */
  failFor({ method, chatId, times = Number.POSITIVE_INFINITY }: { method?: string; chatId?: number; times?: number }, answer: AnswerFn): void {
    this.rules.push({ method, chatId, answer, remaining: times })
  }

  /**
   * Holds every answer to `method` from now on, each call recorded as it arrives, until the
   * returned function is called: then each is answered as it would have been.
   */
  holdAnswers(method: string): () => void {
    let release = () => {}
    this.holds.set(method, new Promise((resolve) => (release = resolve)))
    return () => {
      this.holds.delete(method)
      release()
    }
  }

  sent(method = 'sendMessage'): ApiCall[] {
    return this.calls.filter((c) => c.method === method)
  }

  /** Forgets the calls recorded so far. */
  clearCalls(): void {
    this.calls.length = 0
  }

  /** A channel or group the bot can be asked about, with its administrators. */
  addChat(chat: { id: number; type: 'channel' | 'group' | 'supergroup'; title: string; username?: string }, administrators: number[]): void {
    this.chats.set(chat.id, chat)
    if (chat.username) this.chats.set(`@${chat.username}`, chat)
    this.chatAdministrators.set(chat.id, administrators)
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // Telegram counts a request when it arrives, not once its body has been read.
    const arrivedAt = performance.now()
    const file = /^\/file\/bot([^/]+)\/files\/(.+)$/.exec(req.url ?? '')
    if (file) {
      const content = file[1] === this.token ? this.files.get(decodeURIComponent(file[2]!)) : undefined
      res.writeHead(content === undefined ? 404 : 200, { 'content-type': 'application/octet-stream' })
      res.end(content ?? 'Not Found')
      return
    }
    const match = /^\/bot([^/]+)\/(\w+)$/.exec(req.url ?? '')
    const raw = await readBodyBytes(req)
    if (!match || match[1] !== this.token) return reply(res, telegramError(404, 'Not Found'))
    const method = match[2]!
    let payload: Record<string, any>
    try {
      const boundary = /^multipart\/form-data;\s*boundary=(.+)$/i.exec(req.headers['content-type'] ?? '')?.[1]
      payload = boundary ? parseMultipart(raw, boundary) : raw.length > 0 ? JSON.parse(raw.toString('utf8')) : {}
    } catch {
      return reply(res, telegramError(400, 'Bad Request: invalid JSON'))
    }
    this.onCall({ method, payload })
    if (method === 'getUpdates') return reply(res, { body: { ok: true, result: await this.takeUpdates(payload) } })
    this.pending += 1
    this.peakPending = Math.max(this.peakPending, this.pending)
    const answer = await this.answerCall(method, payload, arrivedAt)
    if (this.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, this.latencyMs - (performance.now() - arrivedAt)))
    this.pending -= 1
    reply(res, answer)
  }

  private async answerCall(method: string, payload: Record<string, any>, arrivedAt: number): Promise<FakeAnswer> {
    const limited = this.checkRateLimits(method, payload, arrivedAt)
    if (limited) {
      this.rateLimited.push({ method, payload, limit: limited.limit })
      return limited.answer
    }
    this.calls.push({ method, payload })
    await this.holds.get(method)
    const rule = this.rules.find((r) => r.remaining > 0 && (r.method === undefined || r.method === method) && (r.chatId === undefined || Number(payload.chat_id) === r.chatId))
    if (rule) {
      rule.remaining -= 1
      return rule.answer(payload)
    }
    return this.answer(method, payload)
  }

  private checkRateLimits(method: string, payload: Record<string, any>, now: number): { answer: FakeAnswer; limit: 'overall' | 'chat' | 'group' } | undefined {
    if (!this.rateLimits || !RATE_LIMITED_METHODS.has(method)) return undefined
    const { perSecond, perChatIntervalMs, groupPerMinute } = this.rateLimits
    while (this.recentSends.length > 0 && this.recentSends[0]! <= now - 1000) this.recentSends.shift()
    if (this.recentSends.length >= perSecond) return { answer: errors.tooManyRequests(1), limit: 'overall' }
    const chatId = Number(payload.chat_id)
    const chatSends = this.recentSendsByChat.get(chatId) ?? []
    while (chatSends.length > 0 && chatSends[0]! <= now - 60_000) chatSends.shift()
    const last = chatSends.at(-1)
    if (last !== undefined && now - last < perChatIntervalMs) return { answer: errors.tooManyRequests(Math.ceil((last + perChatIntervalMs - now) / 1000)), limit: 'chat' }
    if (chatId < 0 && chatSends.length >= groupPerMinute) return { answer: errors.tooManyRequests(Math.ceil((chatSends[0]! + 60_000 - now) / 1000)), limit: 'group' }
    this.recentSends.push(now)
    chatSends.push(now)
    this.recentSendsByChat.set(chatId, chatSends)
    return undefined
  }

  private async takeUpdates(payload: Record<string, any>): Promise<Update[]> {
    const offset = Number(payload.offset ?? 0)
    const drop = this.updates.findIndex((u) => u.update_id >= offset)
    this.updates.splice(0, drop === -1 ? this.updates.length : drop)
    this.dropUnasked(payload.allowed_updates)
    if (this.updates.length === 0 && !this.isStopped) {
      const timeoutMs = Math.min(Number(payload.timeout ?? 0), 30) * 1000
      await new Promise<void>((resolve) => {
        const wake = () => {
          clearTimeout(timer)
          this.waiters.delete(wake)
          resolve()
        }
        const timer = setTimeout(wake, timeoutMs)
        this.waiters.add(wake)
      })
    }
    this.dropUnasked(payload.allowed_updates)
    return this.updates.slice(0, Number(payload.limit ?? 100))
  }

  /** Telegram never delivers an update of a type left out of a non-empty allowed_updates. */
  private dropUnasked(allowed: unknown): void {
    if (!Array.isArray(allowed) || allowed.length === 0) return
    const kept = this.updates.filter((u) => Object.keys(u).some((key) => key !== 'update_id' && allowed.includes(key)))
    this.updates.splice(0, this.updates.length, ...kept)
  }

  private answer(method: string, payload: Record<string, any>): FakeAnswer {
    const ok = (result: unknown): FakeAnswer => ({ body: { ok: true, result } })
    switch (method) {
      case 'getMe':
        return ok({ ...BOT_USER, can_join_groups: true, can_read_all_group_messages: false, supports_inline_queries: false })
      case 'sendMessage':
      case 'editMessageText': {
        const problem = checkText(payload) ?? checkMarkup(payload.reply_markup)
        if (problem) return problem
        const chatId = Number(payload.chat_id)
        if (method === 'editMessageText') {
          const key = `${chatId}:${payload.message_id}`
          const stored = this.messages.get(key)
          const next = { text: String(payload.text), markup: JSON.stringify(payload.reply_markup ?? null) }
          if (stored && stored.text === next.text && stored.markup === next.markup) return errors.notModified()
          this.messages.set(key, next)
          return ok(this.message(chatId, payload, Number(payload.message_id)))
        }
        const messageId = this.nextMessageId++
        this.messages.set(`${chatId}:${messageId}`, { text: String(payload.text), markup: JSON.stringify(payload.reply_markup ?? null) })
        return ok(this.message(chatId, payload, messageId))
      }
      case 'editMessageReplyMarkup': {
        const problem = checkMarkup(payload.reply_markup)
        return problem ?? ok(this.message(Number(payload.chat_id), payload, Number(payload.message_id)))
      }
      case 'sendPhoto':
      case 'sendDocument': {
        const field = method === 'sendPhoto' ? 'photo' : 'document'
        const problem = checkCaption(payload) ?? checkMarkup(payload.reply_markup)
        if (problem) return problem
        const file = payload[field]
        let fileId: string
        let filename: string | undefined
        if (typeof file === 'string') {
          if (!this.fileIds.has(file)) return telegramError(400, 'Bad Request: wrong file identifier/HTTP URL specified')
          fileId = file
        } else if (isUploadedFile(file) && file.bytes.length > 0) {
          fileId = `${field}-${this.fileIds.size + 1}`
          filename = file.filename
          this.fileIds.add(fileId)
        } else {
          return telegramError(400, `Bad Request: there is no ${field} in the request`)
        }
        const chatId = Number(payload.chat_id)
        const media = field === 'photo' ? { photo: [{ file_id: fileId, file_unique_id: `u-${fileId}`, width: 1280, height: 720 }] } : { document: { file_id: fileId, file_unique_id: `u-${fileId}`, file_name: filename } }
        return ok({ ...this.message(chatId, payload, this.nextMessageId++), ...media, ...(payload.caption ? { caption: payload.caption } : {}) })
      }
      case 'setMyCommands':
        this.commandMenus.set(commandMenuKey(payload), payload.commands)
        return ok(true)
      case 'deleteMyCommands':
        this.commandMenus.delete(commandMenuKey(payload))
        return ok(true)
      case 'getMyCommands':
        return ok(this.commandMenus.get(commandMenuKey(payload)) ?? [])
      case 'answerInlineQuery':
        return checkInlineResults(payload.results) ?? ok(true)
      case 'answerCallbackQuery':
        return String(payload.text ?? '').length > MAX_CALLBACK_ANSWER_LENGTH ? telegramError(400, 'Bad Request: MESSAGE_TOO_LONG') : ok(true)
      case 'getChatAdministrators':
        return ok((this.chatAdministrators.get(Number(payload.chat_id)) ?? []).map((id) => ({ status: 'administrator', user: { id, is_bot: false, first_name: `admin${id}` } })))
      case 'getChatMember': {
        const admins = this.chatAdministrators.get(Number(payload.chat_id)) ?? []
        // Telegram shows a channel's members only to a bot that administers it.
        if (this.chats.get(Number(payload.chat_id))?.type === 'channel' && !admins.includes(BOT_USER.id)) return telegramError(400, 'Bad Request: member list is inaccessible')
        const userId = Number(payload.user_id)
        return ok({ status: admins.includes(userId) ? 'administrator' : 'member', user: { id: userId, is_bot: false, first_name: `user${userId}` } })
      }
      case 'getChat': {
        const known = this.chats.get(typeof payload.chat_id === 'string' && payload.chat_id.startsWith('@') ? payload.chat_id : Number(payload.chat_id))
        if (known) return ok(known)
        const id = Number(payload.chat_id)
        return id > 0 ? ok({ id, type: 'private', first_name: `user${id}` }) : errors.chatNotFound()
      }
      case 'getFile':
        return this.files.has(String(payload.file_id))
          ? ok({ file_id: payload.file_id, file_unique_id: `u${payload.file_id}`, file_path: `files/${payload.file_id}` })
          : telegramError(400, 'Bad Request: invalid file_id')
      case 'sendDocument': {
        const chatId = Number(payload.chat_id)
        return ok({ ...this.message(chatId, payload, this.nextMessageId++), document: { file_id: `sent-${this.nextMessageId}`, file_unique_id: 'x', file_name: payload.document?.name } })
      }
      default:
        return ok(true)
    }
  }

  private message(chatId: number, payload: Record<string, any>, messageId: number) {
    return {
      message_id: messageId,
      date: Math.floor(Date.now() / 1000),
      chat: { id: chatId, type: chatId < 0 ? 'supergroup' : 'private' },
      from: BOT_USER,
      text: payload.text,
      ...(payload.message_thread_id ? { message_thread_id: payload.message_thread_id } : {}),
    }
  }
}

const commandMenuKey = (payload: Record<string, any>): string => JSON.stringify([payload.scope ?? { type: 'default' }, payload.language_code ?? ''])

function checkText(payload: Record<string, any>): FakeAnswer | undefined {
  const text = payload.text
  if (typeof text !== 'string' || text.trim() === '') return telegramError(400, 'Bad Request: message text is empty')
  let plain = text
  if (String(payload.parse_mode ?? '').toLowerCase() === 'html') {
    const parsed = parseTelegramHtml(text)
    if (!parsed.ok) return telegramError(400, `Bad Request: ${parsed.error}`)
    plain = parsed.text
  }
  if (plain.length > MAX_MESSAGE_LENGTH) return telegramError(400, 'Bad Request: message is too long')
  return undefined
}

function checkCaption(payload: Record<string, any>): FakeAnswer | undefined {
  if (payload.caption === undefined) return undefined
  let plain = String(payload.caption)
  if (String(payload.parse_mode ?? '').toLowerCase() === 'html') {
    const parsed = parseTelegramHtml(plain)
    if (!parsed.ok) return telegramError(400, `Bad Request: can't parse caption entities: ${parsed.error}`)
    plain = parsed.text
  }
  return plain.length > MAX_CAPTION_LENGTH ? telegramError(400, 'Bad Request: message caption is too long') : undefined
}

/** What Telegram checks in answerInlineQuery: at most 50 results, unique ids of 1–64 bytes, each message valid. */
function checkInlineResults(results: any): FakeAnswer | undefined {
  if (!Array.isArray(results) || results.length > MAX_INLINE_RESULTS) return telegramError(400, 'Bad Request: RESULTS_TOO_MUCH')
  const ids = new Set<string>()
  for (const result of results) {
    const id = String(result.id ?? '')
    const bytes = Buffer.byteLength(id, 'utf8')
    if (bytes === 0 || bytes > MAX_INLINE_ID_BYTES) return telegramError(400, 'Bad Request: RESULT_ID_INVALID')
    if (ids.has(id)) return telegramError(400, 'Bad Request: RESULT_ID_DUPLICATE')
    ids.add(id)
    if (typeof result.title !== 'string' || result.title === '') return telegramError(400, 'Bad Request: RESULT_TITLE_EMPTY')
    const content = result.input_message_content ?? {}
    const problem = checkText({ text: content.message_text, parse_mode: content.parse_mode }) ?? checkMarkup(result.reply_markup)
    if (problem) return problem
  }
  return undefined
}

function checkMarkup(markup: any): FakeAnswer | undefined {
  for (const row of markup?.inline_keyboard ?? []) {
    for (const button of row) {
      if (typeof button.text !== 'string' || button.text === '') return telegramError(400, 'Bad Request: text buttons are unallowed in the inline keyboard')
      if (button.callback_data !== undefined && Buffer.byteLength(button.callback_data, 'utf8') > MAX_CALLBACK_DATA_BYTES) {
        return telegramError(400, 'Bad Request: BUTTON_DATA_INVALID')
      }
    }
  }
  return undefined
}

export async function readBody(req: IncomingMessage): Promise<string> {
  return (await readBodyBytes(req)).toString('utf8')
}

function readBodyBytes(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => resolve(Buffer.concat(chunks)))
    req.on('error', reject)
  })
}

/** A file sent in a multipart call, as the payload field that named it (attach://…) holds it. */
export interface UploadedFile {
  filename: string
  bytes: Buffer
}

export function isUploadedFile(value: unknown): value is UploadedFile {
  return typeof value === 'object' && value !== null && Buffer.isBuffer((value as UploadedFile).bytes)
}

/**
 * A multipart body as grammY writes it: plain fields (JSON ones parsed) and files, each file
 * put where its attach://<name> reference stands.
 */
function parseMultipart(body: Buffer, boundary: string): Record<string, any> {
  const fields: Record<string, any> = {}
  const files = new Map<string, UploadedFile>()
  const delimiter = Buffer.from(`--${boundary}`)
  let at = body.indexOf(delimiter)
  while (at !== -1) {
    const start = at + delimiter.length
    if (body.subarray(start, start + 2).toString() === '--') break
    const next = body.indexOf(delimiter, start)
    if (next === -1) break
    const part = body.subarray(start + 2, next - 2)
    const split = part.indexOf('\r\n\r\n')
    const headers = part.subarray(0, split).toString('utf8')
    const content = part.subarray(split + 4)
    const name = /name="([^"]*)"/i.exec(headers)?.[1] ?? ''
    const filename = /filename="?([^";\r\n]*)/i.exec(headers)?.[1]
    if (filename !== undefined) files.set(name, { filename, bytes: Buffer.from(content) })
    else {
      const text = content.toString('utf8')
      fields[name] = /^[[{]/.test(text) ? JSON.parse(text) : text
    }
    at = next
  }
  for (const [key, value] of Object.entries(fields)) {
    const ref = typeof value === 'string' ? /^attach:\/\/(.+)$/.exec(value)?.[1] : undefined
    if (ref && files.has(ref)) fields[key] = files.get(ref)
  }
  return fields
}

function reply(res: ServerResponse, { status = 200, body }: FakeAnswer): void {
  res.writeHead(status, { 'content-type': 'application/json' })
  res.end(JSON.stringify(body))
}
