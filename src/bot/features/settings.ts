import { Composer, InlineKeyboard } from 'grammy'
import { type ChatPreferenceChanges, type ChatPreferences, getChatPreferences, type QuietHours, setChatPreferences } from '../../db/chat-preferences.js'
import { getSubscriberSettings, setAlertSettings } from '../../db/subscriptions.js'
import { escapeHtml } from '../../telegram/escape.js'
import { truncateText } from '../../telegram/length.js'
import type { BotContext } from '../context.js'
import { formatHour, zoneLabel } from '../keyboards/subscribe-menu.js'
import { settingsCodec } from '../keyboards/settings.js'
import { canManageChat, type ManagedChat, managedChatFromButton, resolveManagedChat } from '../middlewares/chat-rights.js'
import { answerExpiredButton, showHtml } from '../respond.js'
import { setChatTimeZone } from '../time-zone-setting.js'

/** Quiet hours offered as buttons; any other range can be typed (`/settings quiet 21-7`). */
const QUIET_CHOICES: readonly QuietHours[] = [
  { start: 22, end: 8 },
  { start: 23, end: 7 },
  { start: 21, end: 9 },
  { start: 0, end: 8 },
]
const ON_WORDS = new Set(['on', '1', 'yes', 'вкл', 'да', 'включить', 'қосу', 'иә', 'қосулы'])
const OFF_WORDS = new Set(['off', '0', 'no', 'выкл', 'нет', 'выключить', 'өшіру', 'жоқ', 'өшірулі'])
const MAX_ECHO_LENGTH = 40

/** `/settings quiet 22-8`, `/settings lead off`: which setting, and the words after it. */
const TEXT_SETTINGS: Record<string, 'lead' | 'preview' | 'silent' | 'quiet'> = {
  lead: 'lead', leads: 'lead', анонс: 'lead', аңдатпа: 'lead',
  preview: 'preview', previews: 'preview', превью: 'preview',
  silent: 'silent', sound: 'silent', звук: 'silent', дыбыс: 'silent',
  quiet: 'quiet', тишина: 'quiet', тыныш: 'quiet',
}
/** `/settings digest 9`, `/settings digest off`: the daily digest's hour, which the /subscribe picker sets too. */
const DIGEST_WORDS = new Set(['digest', 'дайджест', 'дайджесті'])
/** `/settings tz Almaty`: the chat's time zone, which quiet hours are counted in, as `/subscriptions tz` sets it. */
const TIME_ZONE_SETTING = /^(?:tz|zone|timezone|time\s+zone|пояс|часовой\s+пояс|белдеу|уақыт\s+белдеуі)(?:\s+(.*))?$/isu
/** Names that switch the sound on, where the others switch silence on. */
const SOUND_WORDS = new Set(['sound', 'звук', 'дыбыс'])

const formatQuiet = (hours: QuietHours): string => `${formatHour(hours.start)}–${formatHour(hours.end)}`

/** Why typed quiet hours were not taken: an hour past 23, the same hour twice, or no hours read. */
type QuietProblem = 'range' | 'same' | 'form'

function parseQuietHours(text: string): QuietHours | null | QuietProblem {
  if (OFF_WORDS.has(text.toLowerCase())) return null
  const range = /^(\d{1,2})(?::00)?\s*[-–—]\s*(\d{1,2})(?::00)?$/.exec(text)
  if (!range) return 'form'
  const [start, end] = [Number(range[1]), Number(range[2])]
  return start > 23 || end > 23 ? 'range' : start === end ? 'same' : { start, end }
}

/** `/settings digest <hour|off>`: the hour (null: each item as it appears), the value not taken, or undefined for another setting. */
function parseDigestText(text: string): { digestHour: number | null } | { digestProblem: string } | undefined {
  const [name = '', ...words] = text.trim().split(/\s+/)
  if (!DIGEST_WORDS.has(name.toLowerCase())) return undefined
  const value = words.join(' ')
  if (OFF_WORDS.has(value.toLowerCase())) return { digestHour: null }
  const hour = /^(\d{1,2})(?::00)?$/.exec(value)
  return hour && Number(hour[1]) <= 23 ? { digestHour: Number(hour[1]) } : { digestProblem: value }
}

/** The changes `/settings <name> <value>` asks for; undefined when the words are not understood, or why quiet hours were not taken. */
function parseSettingText(text: string): ChatPreferenceChanges | { quietProblem: QuietProblem; value: string } | undefined {
  const [name = '', ...words] = text.trim().split(/\s+/)
  const setting = TEXT_SETTINGS[name.toLowerCase()]
  const value = words.join(' ')
  if (setting === 'quiet') {
    const hours = parseQuietHours(value)
    return typeof hours === 'string' ? { quietProblem: hours, value } : { quietHours: hours }
  }
  const isOn = ON_WORDS.has(value.toLowerCase()) ? true : OFF_WORDS.has(value.toLowerCase()) ? false : undefined
  if (!setting || isOn === undefined) return undefined
  // "silent on" and "sound off" both mean no sound.
  const isSilent = SOUND_WORDS.has(name.toLowerCase()) ? !isOn : isOn
  return setting === 'lead' ? { showLead: isOn } : setting === 'preview' ? { showLinkPreview: isOn } : { isSilent }
}

/** The settings and, for whoever may change them, their buttons; a group's other members see them with who may change them. */
function renderSettings(ctx: BotContext, prefs: ChatPreferences, alertMode: string, { target, remote }: ManagedChat, mayChange: boolean): { text: string; keyboard: InlineKeyboard | undefined } {
  const state = (isOn: boolean) => ctx.t(isOn ? 'settings-on' : 'settings-off')
  const chatId = remote ? { chatId: target.chatId } : {}
  const text = [
    remote ? ctx.t('settings-header-remote', { chat: remote.title }) : ctx.t('settings-header'),
    ctx.t('settings-lead', { state: state(prefs.showLead) }),
    ctx.t('settings-preview', { state: state(prefs.showLinkPreview) }),
    ctx.t(prefs.isSilent ? 'settings-sound-off' : 'settings-sound-on'),
    // How alerts come (one by one, or a digest at its hour) and the zone that hour and quiet hours are counted in: /settings
    // digest and /settings tz change them, where the panel showed neither.
    alertMode,
    ctx.t('settings-time-zone', { zone: escapeHtml(zoneLabel(ctx, prefs.timeZone)) }),
    prefs.quietHours
      ? ctx.t('settings-quiet', { hours: formatQuiet(prefs.quietHours), zone: escapeHtml(zoneLabel(ctx, prefs.timeZone)) })
      : ctx.t('settings-quiet-none'),
    '',
    ctx.t(mayChange ? 'settings-hint' : 'subscribe-admins-only'),
  ].join('\n')
  if (!mayChange) return { text, keyboard: undefined }
  const keyboard = new InlineKeyboard()
    .text(ctx.t(prefs.showLead ? 'settings-button-lead-off' : 'settings-button-lead-on'), settingsCodec.encode({ setting: 'lead', isOn: !prefs.showLead, ...chatId }))
    .row()
    .text(ctx.t(prefs.showLinkPreview ? 'settings-button-preview-off' : 'settings-button-preview-on'), settingsCodec.encode({ setting: 'preview', isOn: !prefs.showLinkPreview, ...chatId }))
    .row()
    .text(ctx.t(prefs.isSilent ? 'settings-button-sound-on' : 'settings-button-sound-off'), settingsCodec.encode({ setting: 'silent', isOn: !prefs.isSilent, ...chatId }))
    .row()
  for (const hours of QUIET_CHOICES) {
    const isChosen = prefs.quietHours?.start === hours.start && prefs.quietHours.end === hours.end
    keyboard.text(`${isChosen ? '✅ ' : '🌙 '}${formatQuiet(hours)}`, settingsCodec.encode({ setting: 'quiet', hours, ...chatId }))
  }
  keyboard.row().text(`${prefs.quietHours ? '' : '✅ '}${ctx.t('settings-button-quiet-off')}`, settingsCodec.encode({ setting: 'quiet', hours: null, ...chatId }))
  return { text, keyboard }
}

async function showSettings(ctx: BotContext, managed: ManagedChat, mayChange = true): Promise<void> {
  const { text, keyboard } = renderSettings(ctx, await getChatPreferences(ctx.deps.db, managed.target.chatId), await alertModeLine(ctx, managed.target.chatId), managed, mayChange)
  await showHtml(ctx, text, keyboard)
}

/** /settings: leads, link previews, sound and quiet hours of this chat (or of a channel managed from here). */
export const settingsFeature = new Composer<BotContext>()

settingsFeature.command('settings', async (ctx) => {
  // Anyone in a group may see its settings (why alerts come silent at night); only its admins change them.
  const managed = await resolveManagedChat(ctx, ctx.match, { isReadOnly: true })
  if (!managed) return
  const mayChange = managed.remote !== null || (await canManageChat(ctx))
  if (managed.rest !== '' && !mayChange) {
    await showHtml(ctx, ctx.t('subscribe-admins-only'))
    return
  }
  // «/settings tz Алматы» was not understood, with no word of the zone the quiet hours it shows are counted in.
  const zone = TIME_ZONE_SETTING.exec(managed.rest)
  if (zone) {
    await setChatTimeZone(ctx, managed, zone[1]?.trim() ?? '')
    return
  }
  const digest = managed.rest === '' ? undefined : parseDigestText(managed.rest)
  if (digest) {
    await setDigest(ctx, managed, digest)
    return
  }
  if (managed.rest !== '') {
    const changes = parseSettingText(managed.rest)
    if (!changes) {
      await showHtml(ctx, ctx.t('settings-not-understood', { text: escapeHtml(truncateText(managed.rest, MAX_ECHO_LENGTH)) }))
      return
    }
    // «25-8» is no bare "not understood": say the hours run 0–23 (or differ) and what to type.
    if ('quietProblem' in changes) {
      // `/settings quiet` alone: what the quiet hours are, and how to set them, rather than an empty «».
      if (changes.value === '') {
        const prefs = await getChatPreferences(ctx.deps.db, managed.target.chatId)
        const now = prefs.quietHours
          ? ctx.t('settings-quiet', { hours: formatQuiet(prefs.quietHours), zone: escapeHtml(zoneLabel(ctx, prefs.timeZone)) })
          : ctx.t('settings-quiet-none')
        await showHtml(ctx, `${now}\n${ctx.t('settings-quiet-missing')}`)
        return
      }
      await showHtml(ctx, ctx.t('settings-quiet-not-taken', { reason: changes.quietProblem, text: escapeHtml(truncateText(changes.value, MAX_ECHO_LENGTH)) }))
      return
    }
    await setChatPreferences(ctx.deps.db, managed.target, changes, ctx.deps.clock.now())
  }
  await showSettings(ctx, managed, mayChange)
})

/** How the chat's alerts come: each as it appears, or a daily digest at its hour in its time zone. */
async function alertModeLine(ctx: BotContext, chatId: number): Promise<string> {
  const settings = await getSubscriberSettings(ctx.deps.db, chatId)
  return settings?.alertMode === 'digest'
    ? ctx.t('subscriptions-mode-digest', { hour: formatHour(settings.digestHour), zone: escapeHtml(zoneLabel(ctx, settings.timeZone)) })
    : ctx.t('subscriptions-mode-instant')
}

/** Sets the digest hour (or alerts one by one) as typed, or says which hours it takes; answers with how alerts now come. */
async function setDigest(ctx: BotContext, { target }: ManagedChat, digest: NonNullable<ReturnType<typeof parseDigestText>>): Promise<void> {
  const { db, clock } = ctx.deps
  const alertMode = () => alertModeLine(ctx, target.chatId)
  if ('digestProblem' in digest) {
    // `/settings digest` alone: how alerts come now, and how to change it, rather than an empty «».
    if (digest.digestProblem === '') await showHtml(ctx, `${await alertMode()}\n${ctx.t('settings-digest-missing')}`)
    else await showHtml(ctx, ctx.t('settings-digest-not-taken', { text: escapeHtml(truncateText(digest.digestProblem, MAX_ECHO_LENGTH)) }))
    return
  }
  await setAlertSettings(db, target, digest.digestHour === null ? { alertMode: 'instant' } : { alertMode: 'digest', digestHour: digest.digestHour }, clock.now())
  await showHtml(ctx, await alertMode())
}

settingsFeature.callbackQuery(settingsCodec.filter, async (ctx) => {
  const data = settingsCodec.decode(ctx.callbackQuery.data)
  if (!data || !ctx.chat) {
    await answerExpiredButton(ctx)
    return
  }
  const managed = await managedChatFromButton(ctx, data.chatId)
  if (!managed) return
  const changes: ChatPreferenceChanges =
    data.setting === 'quiet' ? { quietHours: data.hours } : data.setting === 'lead' ? { showLead: data.isOn } : data.setting === 'preview' ? { showLinkPreview: data.isOn } : { isSilent: data.isOn }
  await setChatPreferences(ctx.deps.db, managed.target, changes, ctx.deps.clock.now())
  await ctx.answerCallbackQuery({ text: ctx.t('settings-saved') })
  await showSettings(ctx, managed)
})
