import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { resolveTimeZone } from '../../src/time-zone.js'
import { utcOffsetLabel } from '../../src/time-zone.js'
import { getSubscriberSettings } from '../../src/db/subscriptions.js'
import { buttonsOf, lastPayload, plain } from '../helpers/payloads.js'
import { createTestApp, type TestApp } from '../helpers/test-app.js'
import { callback, command, groupChat, message, user } from '../helpers/updates.js'

const zoneOf = async (t: TestApp, chatId: number) => (await getSubscriberSettings(t.db, chatId))?.timeZone

describe('utcOffsetLabel and resolveTimeZone', () => {
  it.each([
    ['Asia/Almaty', '2026-11-21T12:00:00.000Z', 'UTC+5'],
    ['Europe/Berlin', '2026-01-15T12:00:00.000Z', 'UTC+1'],
    ['Europe/Berlin', '2026-07-15T12:00:00.000Z', 'UTC+2'],
    ['America/New_York', '2026-01-15T12:00:00.000Z', 'UTC-5'],
    ['Asia/Kolkata', '2026-01-15T12:00:00.000Z', 'UTC+5:30'],
    ['UTC', '2026-01-15T12:00:00.000Z', 'UTC+0'],
  ])('%s at %s is %s', (zone, at, label) => {
    expect(utcOffsetLabel(zone, new Date(at))).toBe(label)
  })

  it('corrects the case of a known name and rejects unknown ones', () => {
    expect(resolveTimeZone(' europe/vienna ')).toBe('Europe/Vienna')
    expect(resolveTimeZone('utc')).toBe('UTC')
    expect(resolveTimeZone('Europe/Atlantis')).toBeNull()
    for (const offset of ['+05:00 ', '-03:30', '\u221205:00']) expect(resolveTimeZone(offset)).toBeNull()
    expect(resolveTimeZone('')).toBeNull()
  })

  it.each([
    // Typed right, though this runtime knows it by an older name (Node 20: Europe/Kiev).
    ['Europe/Kyiv', 'Europe/Kyiv'], ['Asia/Kathmandu', 'Asia/Kathmandu'], ['Asia/Kolkata', 'Asia/Kolkata'],
    // Typed in lower or odd capitals, or pasted with invisible characters.
    ['europe/kyiv', 'Europe/Kyiv'], ['asia/ho_chi_minh', 'Asia/Ho_Chi_Minh'], ['europe/KYIV', 'Europe/Kyiv'], ['EUROPE/KYIV', 'Europe/Kyiv'],
    ['ASIA/HO_CHI_MINH', 'Asia/Ho_Chi_Minh'], ['Europe/Vienna\u200b', 'Europe/Vienna'], ['\u200fEurope/Kyiv', 'Europe/Kyiv'],
  ])('reads %j as %s, its canonical name', (typed, zone) => {
    expect(resolveTimeZone(typed)).toBe(zone)
  })
})

describe('choosing the digest time zone', () => {
  let t: TestApp
  beforeEach(async () => {
    t = await createTestApp()
    t.clock.set('2026-11-21T10:00:00.000Z')
  })
  afterEach(async () => t.close())

  const pressIn = async (from: ReturnType<typeof user>, label: RegExp, chat?: Parameters<typeof callback>[2]) => {
    const source = t.api.calls.filter((c) => c.payload.reply_markup?.inline_keyboard).at(-1)!.payload
    const button = buttonsOf(source).find((b) => label.test(b.text))
    if (!button) throw new Error(`no button ${label} in ${JSON.stringify(buttonsOf(source).map((b) => b.text))}`)
    await t.bot.handleUpdate(callback(from, button.callback_data, chat))
  }

  it('picks a zone from the /subscribe menu, labelled with city and offset, and /subscriptions shows it', async () => {
    const from = user(60, 'en')
    await t.bot.handleUpdate(command(from, '/subscribe russia'))
    await t.bot.handleUpdate(command(from, '/subscribe'))
    expect(buttonsOf(lastPayload(t)).map((b) => b.text)).toContain('🌐 Time zone: Almaty (UTC+5)')
    await pressIn(from, /Time zone/)
    const zones = buttonsOf(lastPayload(t, 'editMessageReplyMarkup')).map((b) => b.text)
    expect(zones).toEqual([
      '✅ Almaty (UTC+5)', 'Aqtobe, west Kazakhstan (UTC+5)', 'Moscow (UTC+3)', 'Minsk (UTC+3)', 'Tashkent (UTC+5)', 'Bishkek (UTC+6)',
      'Istanbul (UTC+3)', 'Berlin (UTC+1)', 'Paris (UTC+1)', 'London (UTC+0)', 'New York (UTC-5)', 'Shanghai (UTC+8)', 'UTC (UTC+0)', '« Back',
    ])
    await pressIn(from, /^Moscow/)
    expect(await getSubscriberSettings(t.db, 60)).toMatchObject({ timeZone: 'Europe/Moscow', alertMode: 'instant' })
    expect(buttonsOf(lastPayload(t, 'editMessageReplyMarkup')).map((b) => b.text)).toContain('🌐 Time zone: Moscow (UTC+3)')
    await pressIn(from, /Daily digest/)
    for (const call of t.api.calls) for (const b of buttonsOf(call.payload)) expect(Buffer.byteLength(b.callback_data)).toBeLessThanOrEqual(64)

    await t.bot.handleUpdate(command(from, '/subscriptions'))
    expect(plain(lastPayload(t).text)).toMatch(/a daily digest at 09:00, Moscow \(UTC\+3\)\./)
  })

  it('shows offsets as they are on the day: Berlin is UTC+2 in summer', async () => {
    t.clock.set('2026-07-01T10:00:00.000Z')
    const from = user(61, 'ru')
    await t.bot.handleUpdate(command(from, '/subscribe'))
    await pressIn(from, /Часовой пояс/)
    expect(buttonsOf(lastPayload(t, 'editMessageReplyMarkup')).map((b) => b.text)).toContain('Берлин (UTC+2)')
  })

  it('names the zone without brackets inside brackets, in Russian and Kazakh', async () => {
    for (const [id, lang, zoneButton, expected] of [
      [63, 'ru', /^Актобе/, 'дайджест раз в день в 09:00, Актобе, запад Казахстана (UTC+5).'],
      [64, 'kk', /^Ақтөбе/, 'күнделікті дайджест, Ақтөбе, батыс Қазақстан (UTC+5) уақытымен сағат 09:00.'],
    ] as const) {
      const from = user(id, lang)
      await t.bot.handleUpdate(command(from, '/subscribe all'))
      await t.bot.handleUpdate(command(from, '/subscribe'))
      await pressIn(from, /🌐/)
      await pressIn(from, zoneButton)
      await pressIn(from, /🗞/)
      await t.bot.handleUpdate(command(from, '/subscriptions'))
      const text = plain(lastPayload(t).text)
      expect(text).toContain(expected)
      expect(text).not.toMatch(/\([^)]*\(/)
    }
  })

  it('takes any IANA zone typed after /subscriptions tz, and refuses an unknown one without storing it', async () => {
    const from = user(62, 'en')
    await t.bot.handleUpdate(command(from, '/subscribe all'))
    await t.bot.handleUpdate(command(from, '/subscriptions tz europe/vienna'))
    expect(plain(lastPayload(t).text)).toMatch(/Time zone: Europe\/Vienna \(UTC\+1\)\. The daily digest comes at 09:00 there\.\s+Alerts here come one by one now/)
    expect(await zoneOf(t, 62)).toBe('Europe/Vienna')

    await t.bot.handleUpdate(command(from, '/subscriptions tz Europe/<Atlantis>'))
    expect(lastPayload(t).parse_mode).toBe('HTML')
    expect(plain(lastPayload(t).text)).toMatch(/«Europe\/<Atlantis>» is not a time zone I know; nothing was changed\. Type a city, such as Almaty, Tashkent or Moscow, or an IANA name such as Europe\/Vienna/)
    expect(await zoneOf(t, 62)).toBe('Europe/Vienna')

    await t.bot.handleUpdate(command(from, '/subscriptions tz'))
    expect(plain(lastPayload(t).text)).toMatch(/\/subscriptions tz Europe\/Vienna/)

    await t.db.updateTable('subscriber').set({ alert_mode: 'digest', digest_hour: 8 }).where('chat_id', '=', 62).execute()
    await t.bot.handleUpdate(command(from, '/subscriptions'))
    expect(plain(lastPayload(t).text)).toMatch(/digest at 08:00, Europe\/Vienna \(UTC\+1\)\./)
  })

  it.each([
    ['ru', '/subscriptions tz Москва', 'Europe/Moscow', /Часовой пояс: Москва \(UTC\+3\)/],
    ['kk', '/subscriptions tz Астана', 'Asia/Almaty', /Алматы \(UTC\+5\)/],
    ['en', '/subscriptions tz new york', 'America/New_York', /Time zone: New York \(UTC-5\)/],
    ['en', '/subscriptions tz Vienna', 'Europe/Vienna', /Time zone: Europe\/Vienna \(UTC\+1\)/],
  ])('takes a city a %s reader names the zone by (%s), where it was refused as no time zone', async (lang, text, zone, answer) => {
    const from = user(63, lang)
    await t.bot.handleUpdate(command(from, '/subscribe all'))
    await t.bot.handleUpdate(command(from, text))
    expect(plain(lastPayload(t).text)).toMatch(answer)
    expect(await zoneOf(t, 63)).toBe(zone)
  })

  it.each([
    ['en', '/subscriptions tz Atlantis', /^«Atlantis» is not a time zone I know; nothing was changed\. Type a city, such as Almaty, Tashkent or Moscow, or an IANA name/],
    ['ru', '/subscriptions tz Атлантида', /^«Атлантида» — неизвестный часовой пояс; ничего не изменено\. Напишите город, например Алматы, Ташкент или Москва, или название IANA/],
    ['kk', '/settings tz Атлантида', /^«Атлантида» деген уақыт белдеуін білмеймін; ештеңе өзгертілген жоқ\. Қаланы жазыңыз, мысалы Алматы, Ташкент не Мәскеу/],
    ['en', '/subscriptions tz', /as a city or an IANA name, for example \/subscriptions tz Almaty, \/subscriptions tz Tashkent/],
  ])('tells a %s reader refused a zone (%s) that a city works, where it asked for an IANA name only', async (lang, text, answer) => {
    await t.bot.handleUpdate(command(user(67, lang), text))
    expect(plain(lastPayload(t).text)).toMatch(answer)
  })

  it.each([
    ['ru', '/settings tz Алматы', 'Asia/Almaty', /Часовой пояс: Алматы \(UTC\+5\)/],
    ['en', '/settings tz Tashkent', 'Asia/Tashkent', /Time zone: Tashkent \(UTC\+5\)/],
    ['kk', '/settings белдеу Мәскеу', 'Europe/Moscow', /Уақыт белдеуі: Мәскеу \(UTC\+3\)/],
    ['ru', '/settings часовой пояс Москва', 'Europe/Moscow', /Часовой пояс: Москва \(UTC\+3\)/],
  ])('sets the zone quiet hours are counted in from /settings (%s: %s), where «tz Алматы» was not understood', async (lang, text, zone, answer) => {
    const from = user(68, lang)
    await t.bot.handleUpdate(command(from, '/subscribe all'))
    await t.bot.handleUpdate(command(from, text))
    expect(plain(lastPayload(t).text)).toMatch(answer)
    expect(await zoneOf(t, 68)).toBe(zone)
    await t.bot.handleUpdate(command(from, '/settings quiet 22-8'))
    expect(plain(lastPayload(t).text)).toMatch(new RegExp(`22:00–08:00, ${answer.source.replace(/^.*: /, '')}`))
  })

  it('says how to set the zone from /settings when what follows /settings is not understood, and lets only a group\'s admins set it', async () => {
    await t.bot.handleUpdate(command(user(69, 'en'), '/settings timezone'))
    expect(plain(lastPayload(t).text)).toMatch(/^Send the time zone/)
    await t.bot.handleUpdate(command(user(69, 'en'), '/settings tone 5'))
    expect(plain(lastPayload(t).text)).toMatch(/\/settings tz Almaty/)
    const group = groupChat(-1061, 'Press office')
    t.api.chatAdministrators.set(-1061, [70])
    await t.bot.handleUpdate(message(user(70, 'en'), '/subscribe all', group))
    await t.bot.handleUpdate(message(user(71, 'en'), '/settings tz Moscow', group))
    expect(plain(lastPayload(t).text)).toMatch(/Only this chat's admins/)
    expect(await zoneOf(t, -1061)).toBe('Asia/Almaty')
  })

  it('reads no offset as a city: GMT-5 is not Etc/GMT-5, whose sign is the reverse', () => {
    expect(resolveTimeZone('gmt-5')).not.toBe('Etc/GMT-5')
    expect(resolveTimeZone('Atlantis')).toBeNull()
  })

  it('names a fixed-offset zone by its offset alone, as the migration of stored offsets leaves them: Etc/GMT-5 is UTC+5', async () => {
    const from = user(65, 'en')
    await t.bot.handleUpdate(command(from, '/subscribe all'))
    for (const [typed, label] of [['Etc/GMT-5', 'UTC\\+5'], ['etc/gmt+3', 'UTC-3']] as const) {
      await t.bot.handleUpdate(command(from, `/subscriptions tz ${typed}`))
      expect(plain(lastPayload(t).text)).toMatch(new RegExp(`Time zone: ${label}\\. The daily digest comes at 09:00 there\\.`))
    }
    expect(await zoneOf(t, 65)).toBe('Etc/GMT+3')
    await t.db.updateTable('subscriber').set({ alert_mode: 'digest' }).where('chat_id', '=', 65).execute()
    await t.bot.handleUpdate(command(from, '/subscriptions'))
    expect(plain(lastPayload(t).text)).toMatch(/digest at 09:00, UTC-3\./)
  })

  it('answers in the chat\'s language', async () => {
    await t.bot.handleUpdate(command(user(63, 'kk'), '/subscriptions tz Asia/Tashkent'))
    expect(plain(lastPayload(t).text)).toMatch(/Уақыт белдеуі: Ташкент \(UTC\+5\)/)
    await t.bot.handleUpdate(command(user(64, 'ru'), '/subscriptions tz Атлантида'))
    expect(plain(lastPayload(t).text)).toMatch(/«Атлантида» — неизвестный часовой пояс/)
  })

  it('lets only a group\'s admins change its zone, by command or by button', async () => {
    const group = groupChat(-1060, 'Press office')
    const admin = user(65, 'en')
    const member = user(66, 'en')
    t.api.chatAdministrators.set(-1060, [65])
    await t.bot.handleUpdate(message(admin, '/subscribe all', group))

    await t.bot.handleUpdate(message(member, '/subscriptions tz Europe/London', group))
    expect(plain(lastPayload(t).text)).toMatch(/Only this chat's admins/)
    expect(await zoneOf(t, -1060)).toBe('Asia/Almaty')

    await t.bot.handleUpdate(message(admin, '/subscribe', group))
    await pressIn(admin, /Time zone/, group)
    await pressIn(member, /^London/, group)
    expect(lastPayload(t, 'answerCallbackQuery')).toMatchObject({ show_alert: true, text: expect.stringMatching(/Only this chat's admins/) })
    expect(await zoneOf(t, -1060)).toBe('Asia/Almaty')

    await t.bot.handleUpdate(message(admin, '/subscriptions@coopwatch_test_bot tz Europe/London', group))
    expect(await zoneOf(t, -1060)).toBe('Europe/London')
  })
})
