import { parseTelegramHtml } from './telegram-html.js'
import type { TestApp } from './test-app.js'

export type Button = { text: string; callback_data: string }

/** The payload of the newest recorded call of `method`; fails the test when there is none. */
export function lastPayload(t: TestApp, method = 'sendMessage'): Record<string, any> {
  const call = t.api.sent(method).at(-1)
  if (!call) throw new Error(`no ${method} recorded`)
  return call.payload
}

/** The text a reader sees: Telegram HTML parsed as Telegram does (and must be valid). */
export function plain(html: unknown): string {
  const parsed = parseTelegramHtml(String(html))
  if (!parsed.ok) throw new Error(parsed.error)
  return parsed.text
}

export const buttonsOf = (payload: Record<string, any>): Button[] => (payload.reply_markup?.inline_keyboard ?? []).flat()
