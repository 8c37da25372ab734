import { Menu, type MenuFlavor } from '@grammyjs/menu'
import { Composer } from 'grammy'
import type { InlineKeyboardMarkup } from 'grammy/types'
import { countryFlag, listCountryCodes } from '../../classify/countries.js'
import { countryName } from '../../country-name.js'
import { listOrganisationCodes, ORGANISATION_MARK, organisationName } from '../../classify/organisations.js'
import { type Lang, SECTORS } from '../../classify/types.js'
import { listPartnerCountries } from '../../db/items.js'
import type { AlertMode } from '../../db/schema.js'
import { addSubscription, getSubscriberSettings, listSubscriptions, MAX_SUBSCRIPTIONS_PER_CHAT, removeSubscriptions, setAlertSettings, type Topic } from '../../db/subscriptions.js'
import type { BotContext } from '../context.js'
import { currentLang } from '../i18n/i18n.js'
import { chatTarget, mayManageFromButton } from '../middlewares/chat-rights.js'
import { answerExpiredButton, editMessage, tryEdit } from '../respond.js'
import { DEFAULT_TIME_ZONE, utcOffsetLabel } from '../../time-zone.js'

type MenuContext = BotContext & MenuFlavor

/**
 * Zones offered as buttons in the /subscribe picker, each with the Fluent key of its city name:
 * where our readers live, west to east of Kazakhstan first. Any other IANA zone can be typed.
 */
const TIME_ZONE_CHOICES = [
  { zone: 'Asia/Almaty', city: 'subscribe-zone-almaty' },
  { zone: 'Asia/Aqtobe', city: 'subscribe-zone-aqtobe' },
  { zone: 'Europe/Moscow', city: 'subscribe-zone-moscow' },
  { zone: 'Europe/Minsk', city: 'subscribe-zone-minsk' },
  { zone: 'Asia/Tashkent', city: 'subscribe-zone-tashkent' },
  { zone: 'Asia/Bishkek', city: 'subscribe-zone-bishkek' },
  { zone: 'Europe/Istanbul', city: 'subscribe-zone-istanbul' },
  { zone: 'Europe/Berlin', city: 'subscribe-zone-berlin' },
  { zone: 'Europe/Paris', city: 'subscribe-zone-paris' },
  { zone: 'Europe/London', city: 'subscribe-zone-london' },
  { zone: 'America/New_York', city: 'subscribe-zone-new-york' },
  { zone: 'Asia/Shanghai', city: 'subscribe-zone-shanghai' },
  { zone: 'UTC', city: 'subscribe-zone-utc' },
] as const

const COUNTRIES_PER_PAGE = 15
const COUNTRIES_PER_ROW = 3
const SECTORS_PER_ROW = 3
const ORGANISATIONS_PER_ROW = 2
const HOURS_PER_ROW = 6
const ZONES_PER_ROW = 2
const CHECK = '✅ '

/** Digest hour as "09:00". */
export const formatHour = (hour: number): string => `${String(hour).padStart(2, '0')}:00`

async function chatState(ctx: BotContext) {
  const target = chatTarget(ctx)
  if (!target) return { keys: new Set<string>(), alertMode: 'instant' as AlertMode, digestHour: 9, timeZone: DEFAULT_TIME_ZONE }
  const [subscriptions, settings] = await Promise.all([listSubscriptions(ctx.deps.db, target), getSubscriberSettings(ctx.deps.db, target.chatId)])
  return {
    keys: new Set(subscriptions.map((s) => `${s.type}:${s.value}`)),
    alertMode: settings?.alertMode ?? 'instant',
    digestHour: settings?.digestHour ?? 9,
    timeZone: settings?.timeZone ?? DEFAULT_TIME_ZONE,
  }
}

async function toggle(ctx: MenuContext, topic: Topic): Promise<void> {
  const target = chatTarget(ctx)
  if (!target) return
  const { db, clock } = ctx.deps
  const isRemoved = (await removeSubscriptions(db, target, [topic])) > 0
  if (!isRemoved && (await addSubscription(db, target, topic, await currentLang(ctx), clock.now())) === 'cap') {
    await ctx.answerCallbackQuery({ text: ctx.t('subscribe-limit-short', { count: MAX_SUBSCRIPTIONS_PER_CHAT }), show_alert: true })
    return
  }
  await ctx.answerCallbackQuery()
  ctx.menu.update()
}

async function setMode(ctx: MenuContext, settings: { alertMode?: AlertMode; digestHour?: number; timeZone?: string }): Promise<boolean> {
  const target = chatTarget(ctx)
  if (!target) return false
  await setAlertSettings(ctx.deps.db, target, settings, ctx.deps.clock.now())
  await ctx.answerCallbackQuery()
  return true
}

/** A zone that is a fixed offset by name: Etc/GMT-5 is UTC+5 (IANA's sign is the reverse), GMT, Etc/UTC. */
const FIXED_OFFSET_ZONE = /^(?:Etc\/)?(?:GMT|UTC|UCT|Universal|Zulu|Greenwich)(?:[+-]\d{1,2}|0)?$/i

/** "Moscow (UTC+3)" for an offered zone, "Europe/Vienna (UTC+1)" for a typed one, "UTC+5" for Etc/GMT-5. */
export function zoneLabel(ctx: BotContext, timeZone: string): string {
  const choice = TIME_ZONE_CHOICES.find((c) => c.zone === timeZone)
  const offset = utcOffsetLabel(timeZone, ctx.deps.clock.now())
  if (!choice && FIXED_OFFSET_ZONE.test(timeZone)) return offset
  return `${choice ? ctx.t(choice.city) : timeZone} (${offset})`
}

const countryPage = (ctx: BotContext): number => Math.max(0, Number.parseInt(String(ctx.match ?? ''), 10) || 0)

/**
 * The /subscribe picker: every country (those with items first), sectors and organisations to toggle, everything, alert
 * mode, digest hour and time zone. Its buttons are the chat admins' (subscribePicker checks every
 * press); a press on an old copy of the menu re-renders it with a polite notice instead of acting on what it showed.
 */
export const subscribeMenu = new Menu<BotContext>('sub', { autoAnswer: false, onMenuOutdated: subscribeMenuOutdated() })

const countriesMenu = new Menu<BotContext>('sub-c', { autoAnswer: false, onMenuOutdated: subscribeMenuOutdated() })
const sectorsMenu = new Menu<BotContext>('sub-s', { autoAnswer: false, onMenuOutdated: subscribeMenuOutdated() })
const organisationsMenu = new Menu<BotContext>('sub-o', { autoAnswer: false, onMenuOutdated: subscribeMenuOutdated() })
const hoursMenu = new Menu<BotContext>('sub-h', { autoAnswer: false, onMenuOutdated: subscribeMenuOutdated() })
const zonesMenu = new Menu<BotContext>('sub-z', { autoAnswer: false, onMenuOutdated: subscribeMenuOutdated() })

function subscribeMenuOutdated() {
  return async (ctx: MenuContext) => {
    await ctx.answerCallbackQuery({ text: ctx.t('menu-outdated') })
    await ctx.menu.update({ immediate: true })
  }
}

subscribeMenu.dynamic(async (ctx, range) => {
  const state = await chatState(ctx)
  range
    .submenu(ctx.t('subscribe-menu-countries'), 'sub-c', async (c) => { await c.answerCallbackQuery() })
    .submenu(ctx.t('subscribe-menu-sectors'), 'sub-s', async (c) => { await c.answerCallbackQuery() })
    .row()
    .submenu(ctx.t('subscribe-menu-organisations'), 'sub-o', async (c) => { await c.answerCallbackQuery() })
    .row()
    .text((state.keys.has('all:') ? CHECK : '') + ctx.t('subscribe-menu-all'), (c) => toggle(c, { type: 'all', value: '' }))
    .row()
    .text((state.alertMode === 'instant' ? CHECK : '') + ctx.t('subscribe-menu-instant'), async (c) => {
      if (await setMode(c, { alertMode: 'instant' })) c.menu.update()
    })
    .text((state.alertMode === 'digest' ? CHECK : '') + ctx.t('subscribe-menu-digest', { hour: formatHour(state.digestHour) }), async (c) => {
      if (await setMode(c, { alertMode: 'digest' })) c.menu.update()
    })
    .row()
    .submenu(ctx.t('subscribe-menu-hour'), 'sub-h', async (c) => { await c.answerCallbackQuery() })
    .row()
    .submenu(ctx.t('subscribe-menu-zone', { zone: zoneLabel(ctx, state.timeZone) }), 'sub-z', async (c) => { await c.answerCallbackQuery() })
    .row()
    .text(ctx.t('subscribe-menu-done'), async (c) => {
      await c.answerCallbackQuery()
      c.menu.close()
      await editMessage(c, c.t('subscribe-menu-closed'))
    })
})

/** Countries with items first (the most frequent partner first), then every other country by name. */
async function pickableCountries(ctx: BotContext, lang: Lang): Promise<{ country: string }[]> {
  const withItems = await listPartnerCountries(ctx.deps.db)
  const listed = new Set([...withItems.map((c) => c.country), ctx.deps.config.homeCountry])
  const collator = new Intl.Collator(lang)
  const others = listCountryCodes()
    .filter((code) => !listed.has(code))
    .map((country) => ({ country, name: countryName(country, lang) }))
    .sort((a, b) => collator.compare(a.name, b.name))
  return [...withItems, ...others]
}

countriesMenu.dynamic(async (ctx, range) => {
  const lang = await currentLang(ctx)
  const [state, countries] = await Promise.all([chatState(ctx), pickableCountries(ctx, lang)])
  const pageCount = Math.max(1, Math.ceil(countries.length / COUNTRIES_PER_PAGE))
  const page = Math.min(countryPage(ctx), pageCount - 1)
  const payload = String(page)
  countries.slice(page * COUNTRIES_PER_PAGE, (page + 1) * COUNTRIES_PER_PAGE).forEach(({ country }, i) => {
    const label = `${state.keys.has(`country:${country}`) ? CHECK : ''}${countryFlag(country)} ${countryName(country, lang)}`
    range.text({ text: label, payload }, (c) => toggle(c, { type: 'country', value: country }))
    if (i % COUNTRIES_PER_ROW === COUNTRIES_PER_ROW - 1) range.row()
  })
  range.row()
  if (page > 0) {
    range.text({ text: '◀', payload }, async (c) => {
      c.match = String(page - 1)
      await c.answerCallbackQuery()
      c.menu.update()
    })
  }
  range.back({ text: ctx.t('subscribe-menu-back'), payload }, async (c) => { await c.answerCallbackQuery() })
  if (page < pageCount - 1) {
    range.text({ text: '▶', payload }, async (c) => {
      c.match = String(page + 1)
      await c.answerCallbackQuery()
      c.menu.update()
    })
  }
})

sectorsMenu.dynamic(async (ctx, range) => {
  const state = await chatState(ctx)
  SECTORS.forEach((sector, i) => {
    range.text((state.keys.has(`sector:${sector}`) ? CHECK : '') + ctx.t(`sector-${sector}`), (c) => toggle(c, { type: 'sector', value: sector }))
    if (i % SECTORS_PER_ROW === SECTORS_PER_ROW - 1) range.row()
  })
  range.row().back(ctx.t('subscribe-menu-back'), async (c) => { await c.answerCallbackQuery() })
})

organisationsMenu.dynamic(async (ctx, range) => {
  const [state, lang] = await Promise.all([chatState(ctx), currentLang(ctx)])
  listOrganisationCodes().forEach((code, i) => {
    range.text(`${state.keys.has(`org:${code}`) ? CHECK : ''}${ORGANISATION_MARK} ${organisationName(code, lang)}`, (c) => toggle(c, { type: 'org', value: code }))
    if (i % ORGANISATIONS_PER_ROW === ORGANISATIONS_PER_ROW - 1) range.row()
  })
  range.row().back(ctx.t('subscribe-menu-back'), async (c) => { await c.answerCallbackQuery() })
})

hoursMenu.dynamic(async (ctx, range) => {
  const state = await chatState(ctx)
  for (let hour = 0; hour < 24; hour += 1) {
    const isChosen = state.alertMode === 'digest' && state.digestHour === hour
    range.text((isChosen ? CHECK : '') + formatHour(hour), async (c) => {
      // Choosing an hour only makes sense for a digest, so it switches the mode too.
      if (await setMode(c, { alertMode: 'digest', digestHour: hour })) c.menu.back()
    })
    if (hour % HOURS_PER_ROW === HOURS_PER_ROW - 1) range.row()
  }
  range.back(ctx.t('subscribe-menu-back'), async (c) => { await c.answerCallbackQuery() })
})

zonesMenu.dynamic(async (ctx, range) => {
  const state = await chatState(ctx)
  TIME_ZONE_CHOICES.forEach(({ zone }, i) => {
    // The zone only moves the digest hour, so unlike the hour it leaves the alert mode alone.
    range.text((state.timeZone === zone ? CHECK : '') + zoneLabel(ctx, zone), async (c) => {
      if (await setMode(c, { timeZone: zone })) c.menu.back()
    })
    if (i % ZONES_PER_ROW === ZONES_PER_ROW - 1) range.row()
  })
  range.row().back(ctx.t('subscribe-menu-back'), async (c) => { await c.answerCallbackQuery() })
})

subscribeMenu.register([countriesMenu, sectorsMenu, organisationsMenu, hoursMenu, zonesMenu])

/** The picker's callback data: grammY's menu writes `<menu id>/…`, and its menus are 'sub' and its 'sub-…' submenus. */
const PICKER_DATA = /^sub(?:-[a-z]+)?\//
/**
 * The position as the menu writes it (row and column in hex); the menu itself throws on a
 * negative one and reads a forged `__proto__` or `0.5` as some other button.
 */
const PICKER_POSITION = /^sub(?:-[a-z]+)?\/[0-9a-f]+\/[0-9a-f]+\//

/**
 * The picker with its admin rule: in a group every press is checked, its navigation too (a
 * member pressing Done, or opening a submenu, would close or move the admin's picker).
 */
export const subscribePicker = new Composer<BotContext>()
subscribePicker.callbackQuery(PICKER_DATA, async (ctx, next) => {
  if (!PICKER_POSITION.test(ctx.callbackQuery.data)) await answerExpiredButton(ctx)
  else if (await mayManageFromButton(ctx)) {
    // The menu edits its message once the button's handler is done: one that can no longer be edited gets a fresh
    // picker, showing what the edit would have (the submenu opened or gone back to, the page of countries turned to).
    const asked = recordAskedKeyboard(ctx)
    if ((await tryEdit(next)) === 'not-editable') await ctx.reply(ctx.t('subscribe-menu-intro'), { reply_markup: asked.keyboard ?? subscribeMenu })
  }
})

/** The keyboard each edit of the pressed button's message asks for, from the menu or a handler, the last one kept. */
function recordAskedKeyboard(ctx: BotContext): { keyboard?: InlineKeyboardMarkup } {
  const asked: { keyboard?: InlineKeyboardMarkup } = {}
  const messageId = ctx.callbackQuery?.message?.message_id
  ctx.api.config.use((prev, method, payload, signal) => {
    const edit = payload as { message_id?: number; reply_markup?: InlineKeyboardMarkup }
    if (method.startsWith('editMessage') && edit.message_id === messageId && edit.reply_markup) asked.keyboard = edit.reply_markup
    return prev(method, payload, signal)
  })
  return asked
}
subscribePicker.use(subscribeMenu)
