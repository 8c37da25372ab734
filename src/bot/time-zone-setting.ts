import { getSubscriberSettings, setAlertSettings } from '../db/subscriptions.js'
import { escapeHtml } from '../telegram/escape.js'
import { truncateText } from '../telegram/length.js'
import { resolveTimeZone } from '../time-zone.js'
import type { BotContext } from './context.js'
import { formatHour, zoneLabel } from './keyboards/subscribe-menu.js'
import type { ManagedChat } from './middlewares/chat-rights.js'
import { showHtml } from './respond.js'

const MAX_ZONE_ECHO_LENGTH = 60

/**
 * `/subscriptions tz Almaty`, `/settings tz Ташкент`: the zone the digest hour and quiet hours are counted in, typed as a
 * city or an IANA name; an unknown one changes nothing and is told what to type.
 */
export async function setChatTimeZone(ctx: BotContext, { target }: ManagedChat, input: string): Promise<void> {
  if (input === '') {
    await showHtml(ctx, ctx.t('subscriptions-tz-usage'))
    return
  }
  const zone = resolveTimeZone(input)
  if (!zone) {
    await showHtml(ctx, ctx.t('subscriptions-tz-invalid', { zone: escapeHtml(truncateText(input, MAX_ZONE_ECHO_LENGTH)) }))
    return
  }
  await setAlertSettings(ctx.deps.db, target, { timeZone: zone }, ctx.deps.clock.now())
  const settings = await getSubscriberSettings(ctx.deps.db, target.chatId)
  const lines = [ctx.t('subscriptions-tz-done', { zone: escapeHtml(zoneLabel(ctx, zone)), hour: formatHour(settings?.digestHour ?? 9) })]
  if (settings?.alertMode !== 'digest') lines.push(ctx.t('subscriptions-tz-instant'))
  await showHtml(ctx, lines.join('\n'))
}
