import type { ConversationFlavor } from '@grammyjs/conversations'
import type { I18nFlavor } from '@grammyjs/i18n'
import type { Context } from 'grammy'
import type { CountryIndex } from '../classify/countries.js'
import type { AppDeps } from '../deps.js'
import type { LeadPartner } from '../lead-partner.js'

export interface DepsFlavor {
  deps: AppDeps
}

/** Country names as users type them, with the aliases admins taught (built once per change). */
export interface CountriesFlavor {
  countryIndex(): Promise<CountryIndex>
  /** The partner an item is about, read from its headline and lead (kept per bot: an item is read once). */
  leadPartner: LeadPartner
}

/** Whether this update's button press has been answered yet (middlewares/callback-answer.ts). */
export interface CallbackAnswerFlavor {
  isCallbackQueryAnswered: boolean
}

/** Group members' admin checks this bot remembers (middlewares/chat-rights.ts). */
export interface AdminChecksFlavor {
  adminChecks: Map<string, { isAdmin: boolean; at: number; updateId: number }>
}

export type BotContext = ConversationFlavor<Context & I18nFlavor & DepsFlavor & CountriesFlavor & CallbackAnswerFlavor & AdminChecksFlavor>
