import { createCodec } from '../../telegram/callback-data.js'
import type { QuietHours } from '../../db/chat-preferences.js'
import { decodeChatId, encodeChatId } from './chat-id.js'

export type SettingsCallback =
  | { setting: 'lead' | 'preview' | 'silent'; isOn: boolean; chatId?: number }
  | { setting: 'quiet'; hours: QuietHours | null; chatId?: number }

const FLAG_CODES = { lead: 'l', preview: 'p', silent: 's' } as const

const hourOf = (text: string | undefined): number | null => (text !== undefined && /^\d{1,2}$/.test(text) && Number(text) <= 23 ? Number(text) : null)

/** The /settings buttons: a switch turned on or off, or quiet hours chosen (of this chat, or of a channel managed from it). */
export const settingsCodec = createCodec<SettingsCallback>(
  'set',
  (v) => {
    const chat = v.chatId === undefined ? [] : [encodeChatId(v.chatId)]
    if (v.setting === 'quiet') return ['q', v.hours ? `${v.hours.start}-${v.hours.end}` : 'off', ...chat]
    return [FLAG_CODES[v.setting], v.isOn ? 1 : 0, ...chat]
  },
  ([code, value, chat, ...rest]) => {
    if (rest.length > 0) return null
    const chatId = chat === undefined ? undefined : decodeChatId(chat)
    if (chatId === null) return null
    const remote = chatId === undefined ? {} : { chatId }
    if (code === 'q') {
      if (value === 'off') return { setting: 'quiet', hours: null, ...remote }
      const [start, end] = (value ?? '').split('-').map(hourOf)
      return start != null && end != null && start !== end ? { setting: 'quiet', hours: { start, end }, ...remote } : null
    }
    const setting = (Object.keys(FLAG_CODES) as (keyof typeof FLAG_CODES)[]).find((k) => FLAG_CODES[k] === code)
    return setting && (value === '0' || value === '1') ? { setting, isOn: value === '1', ...remote } : null
  },
)
