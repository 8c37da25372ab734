import type { Transformer } from 'grammy'

const MESSAGE_METHODS = new Set(['sendMessage', 'editMessageText'])

/**
 * Every message is Telegram HTML (scraped text is escaped by the renderers) and shows no link
 * previews: lists carry several links, and a preview of one scraped page would lead the eye away.
 * A call that passes its own options keeps them.
 */
export const messageDefaults: Transformer = (prev, method, payload, signal) =>
  MESSAGE_METHODS.has(method) ? prev(method, { parse_mode: 'HTML', link_preview_options: { is_disabled: true }, ...payload }, signal) : prev(method, payload, signal)
