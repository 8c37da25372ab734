import type { I18nFlavor } from '@grammyjs/i18n'
import type { Context } from 'grammy'
import type { AppDeps } from '../deps.js'

export interface DepsFlavor {
  deps: AppDeps
}

export type BotContext = Context & I18nFlavor & DepsFlavor
