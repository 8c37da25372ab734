import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { getChatPreferences } from '../../src/db/chat-preferences.js'
import { getSubscriberSettings } from '../../src/db/subscriptions.js'
import { publish, seedAlertItems } from '../alerts/alert-fixtures.js'
import { buttonsOf, lastPayload, plain } from '../helpers/payloads.js'
import { itemWithPartner, seedItems } from '../helpers/seed-items.js'
import { createTestApp, type TestApp } from '../helpers/test-app.js'
import { callback, command, groupChat, user } from '../helpers/updates.js'

const BODY = 'АСТАНА. KAZINFORM — Стороны подписали меморандум о сотрудничестве в сфере музейного дела. Документ рассчитан на три года.'

describe('/settings', () => {
  let t: TestApp
  beforeEach(async () => {
    t = await createTestApp()
  })
  afterEach(async () => t.close())

  it.each([
    ['en', /Settings of this chat\n📝 The lead under each title: on\n🖼 The page preview under each alert: off\n🔔 Alerts come with sound\nAlerts: each item as it appears\.\n🌐 Time zone: Almaty \(UTC\+5\)\n🌙 No quiet hours/, '🌙 22:00–08:00', /Quiet hours: 22:00–08:00, Almaty \(UTC\+5\)/],
    ['ru', /Настройки этого чата\n📝 Анонс под каждым заголовком: вкл\.\n🖼 Превью страницы под каждым уведомлением: выкл\.\n🔔 Уведомления приходят со звуком\nУведомления: каждый материал сразу\.\n🌐 Часовой пояс: Алматы \(UTC\+5\)\n🌙 Тихих часов нет/, '🌙 22:00–08:00', /Тихие часы: 22:00–08:00, Алматы \(UTC\+5\)/],
    ['kk', /Осы чаттың баптаулары\n📝 Әр тақырып астындағы аңдатпа: қосулы\n🖼 Әр хабарлама астында беттің алдын ала көрінісі: өшірулі\n🔔 Хабарламалар дыбыспен келеді\nХабарламалар: әр материал шыққан бойда\.\n🌐 Уақыт белдеуі: Алматы \(UTC\+5\)\n🌙 Тыныш сағаттар белгіленбеген/, '🌙 22:00–08:00', /Тыныш сағаттар: 22:00–08:00, Алматы \(UTC\+5\)/],
  ])('shows the chat\'s settings and changes them with buttons (%s)', async (lang, shown, quietButton, quiet) => {
    const from = user(30, lang)
    await t.bot.handleUpdate(command(from, '/settings'))
    const settings = lastPayload(t)
    expect(plain(settings.text)).toMatch(shown)
    await t.bot.handleUpdate(callback(from, buttonsOf(settings).find((b) => b.text === quietButton)!.callback_data))
    expect(plain(lastPayload(t, 'editMessageText').text)).toMatch(quiet)
    expect(await getChatPreferences(t.db, 30)).toMatchObject({ quietHours: { start: 22, end: 8 } })
    await t.bot.handleUpdate(callback(from, buttonsOf(lastPayload(t, 'editMessageText'))[0]!.callback_data))
    expect(await getChatPreferences(t.db, 30)).toMatchObject({ showLead: false })
  })

  it('takes the settings as text, and says what it did not understand', async () => {
    const from = user(31, 'en')
    for (const text of ['/settings quiet 23-7', '/settings lead off', '/settings preview on', '/settings sound off']) await t.bot.handleUpdate(command(from, text))
    expect(await getChatPreferences(t.db, 31)).toMatchObject({ showLead: false, showLinkPreview: true, isSilent: true, quietHours: { start: 23, end: 7 } })
    await t.bot.handleUpdate(command(from, '/settings quiet off'))
    expect((await getChatPreferences(t.db, 31)).quietHours).toBeNull()
  })

  it.each([
    ['en', '/settings quiet 25-8', '«25-8»: quiet hours start and end on an hour from 0 to 23. Type the hour they start and the hour they end, such as /settings quiet 22-8 (22:00 to 08:00), or /settings quiet off.'],
    ['ru', '/settings тишина 22-24', '«22-24»: тихие часы начинаются и кончаются в час от 0 до 23. Напишите, в котором часу они начинаются и в котором кончаются, например /settings quiet 22-8 (с 22:00 до 08:00), или /settings quiet off.'],
    ['kk', '/settings quiet 7-7', '«7-7»: тыныш сағаттар басталатын және аяқталатын сағат әртүрлі болуы керек. Олардың басталатын және аяқталатын сағатын жазыңыз (0-ден 23-ке дейін), мысалы /settings quiet 22-8 (22:00-ден 08:00-ге дейін), немесе /settings quiet off.'],
    ['en', '/settings quiet night', '«night»: type the hour quiet hours start and the hour they end, each from 0 to 23, such as /settings quiet 22-8 (22:00 to 08:00), or /settings quiet off.'],
  ])('says what is wrong with quiet hours it cannot take, and what to type (%s: %s)', async (lang, text, answer) => {
    const from = user(32, lang)
    await t.bot.handleUpdate(command(from, text))
    expect(plain(lastPayload(t).text)).toBe(answer)
    expect((await getChatPreferences(t.db, 32)).quietHours).toBeNull()
  })

  it.each([
    ['en', '/settings digest 9', 'Alerts: a daily digest at 09:00, Almaty (UTC+5).', { alertMode: 'digest', digestHour: 9 }],
    ['ru', '/settings дайджест 21:00', 'Уведомления: дайджест раз в день в 21:00, Алматы (UTC+5).', { alertMode: 'digest', digestHour: 21 }],
    ['kk', '/settings digest off', 'Хабарламалар: әр материал шыққан бойда.', { alertMode: 'instant' }],
  ])('sets the daily digest\'s hour as text (%s: %s), where it answered that it did not understand', async (lang, text, answer, settings) => {
    const from = user(33, lang)
    await t.bot.handleUpdate(command(from, '/settings digest 7'))
    await t.bot.handleUpdate(command(from, text))
    expect(plain(lastPayload(t).text)).toBe(answer)
    expect(await getSubscriberSettings(t.db, 33)).toMatchObject(settings)
  })

  it.each([
    ['en', '/settings digest 25', '«25»: the daily digest comes on a whole hour from 0 to 23, such as /settings digest 9 (09:00 in the time zone set with /subscriptions tz), or type /settings digest off to get each item as it appears.'],
    ['ru', '/settings дайджест утром', '«утром»: дайджест приходит раз в день в целый час от 0 до 23, например /settings digest 9 (09:00 по поясу, заданному /subscriptions tz), а /settings digest off присылает каждый материал сразу.'],
    ['kk', '/settings digest 9.30', '«9.30»: күнделікті дайджест 0-ден 23-ке дейінгі толық сағатта келеді, мысалы /settings digest 9 (/subscriptions tz арқылы қойылған белдеу бойынша 09:00), ал /settings digest off әр материалды бірден жібереді.'],
  ])('says which digest hours it takes, changing nothing (%s: %s)', async (lang, text, answer) => {
    const from = user(34, lang)
    await t.bot.handleUpdate(command(from, text))
    expect(plain(lastPayload(t).text)).toBe(answer)
    expect(await getSubscriberSettings(t.db, 34)).toBeNull()
  })

  it.each([
    ['en', '/settings digest', 'Alerts: each item as it appears.\nTo get a daily digest, type the hour it should come, a whole hour from 0 to 23: /settings digest 9 (09:00 in the time zone set with /subscriptions tz); /settings digest off gets each item as it appears.'],
    ['ru', '/settings дайджест', 'Уведомления: каждый материал сразу.\nЧтобы получать дайджест раз в день, напишите, в котором часу он должен приходить, целый час от 0 до 23: /settings digest 9 (09:00 по поясу, заданному /subscriptions tz); /settings digest off присылает каждый материал сразу.'],
    ['kk', '/settings quiet', '🌙 Тыныш сағаттар белгіленбеген\nТыныш сағаттарды қою үшін олардың басталатын және аяқталатын сағатын 0-ден 23-ке дейін жазыңыз: /settings quiet 22-8 (22:00-ден 08:00-ге дейін); /settings quiet off оларды алып тастайды.'],
  ])('answers a setting typed without its value with how it stands and what to type (%s: %s), where it echoed an empty «»', async (lang, text, answer) => {
    const from = user(35, lang)
    await t.bot.handleUpdate(command(from, text))
    expect(plain(lastPayload(t).text)).toBe(answer)
    expect(plain(lastPayload(t).text)).not.toContain('«»')
    expect(await getSubscriberSettings(t.db, 35)).toBeNull()
  })

  it('lets only a group\'s admins set its digest hour', async () => {
    const group = groupChat(-1011)
    t.api.chatAdministrators.set(-1011, [41])
    await t.bot.handleUpdate(command(user(40, 'en'), '/settings digest 9', group))
    expect(plain(lastPayload(t).text)).toMatch(/Only this chat's admins/)
    expect(await getSubscriberSettings(t.db, -1011)).toBeNull()
  })

  it('lets only a group\'s admins change its settings, on every path', async () => {
    const group = groupChat(-1009)
    t.api.chatAdministrators.set(-1009, [41])
    await t.bot.handleUpdate(command(user(40, 'en'), '/settings silent on', group))
    expect(plain(lastPayload(t).text)).toMatch(/Only this chat's admins/)
    await t.bot.handleUpdate(command(user(41, 'en'), '/settings', group))
    const button = buttonsOf(lastPayload(t)).find((b) => b.text.startsWith('🔕'))!
    await t.bot.handleUpdate(callback(user(40, 'en'), button.callback_data, group))
    expect(lastPayload(t, 'answerCallbackQuery')).toMatchObject({ show_alert: true, text: expect.stringMatching(/Only this chat's admins/) })
    expect((await getChatPreferences(t.db, -1009)).isSilent).toBe(false)
  })

  it.each([
    ['en', /^⚙️ Settings of this chat[\s\S]*🌙 Quiet hours: 22:00–08:00[\s\S]*\n\nOnly this chat's admins can change its subscriptions and settings\.$/],
    ['ru', /^⚙️ Настройки этого чата[\s\S]*\n\nПодписки и настройки этого чата могут менять только его администраторы\.$/],
  ])('shows a group\'s settings to a member who is no admin (%s), without buttons, saying who may change them', async (lang, shown) => {
    const group = groupChat(-1010)
    t.api.chatAdministrators.set(-1010, [41])
    await t.bot.handleUpdate(command(user(41, lang), '/settings quiet 22-8', group))
    await t.bot.handleUpdate(command(user(40, lang), '/settings@coopwatch_test_bot', group))
    const answer = lastPayload(t)
    expect(plain(answer.text)).toMatch(shown)
    expect(buttonsOf(answer)).toEqual([])
  })

  it('hides the leads in lists when the chat turned them off', async () => {
    await seedItems(t.db, [itemWithPartner('RU', { body: BODY })])
    const from = user(32, 'en')
    await t.bot.handleUpdate(command(from, '/country russia'))
    expect(plain(lastPayload(t).text)).toContain('Стороны подписали меморандум о сотрудничестве в сфере музейного дела.')
    await t.bot.handleUpdate(command(from, '/settings lead off'))
    await t.bot.handleUpdate(command(from, '/country russia'))
    expect(plain(lastPayload(t).text)).not.toContain('Стороны подписали')
  })
})

describe('alerts follow the chat\'s settings', () => {
  let t: TestApp
  beforeEach(async () => {
    t = await createTestApp()
  })
  afterEach(async () => t.close())

  async function alertAt(iso: string, chatId: number): Promise<Record<string, any>> {
    const [id] = await seedAlertItems(t.db, [{ partners: ['RU'], kind: 'agreement', body: BODY, url: `https://www.gov.kz/news/${iso}` }])
    await publish(t.db, [id!], new Date(iso))
    t.clock.set(iso)
    t.api.clearCalls()
    await t.app.alerts.sender.runOnce()
    return t.api.sent().find((c) => c.payload.chat_id === chatId)!.payload
  }

  it('sends with sound and no preview by default, with the lead', async () => {
    await t.bot.handleUpdate(command(user(50, 'en'), '/subscribe russia'))
    const alert = await alertAt('2026-11-21T10:00:00.000Z', 50)
    expect(alert.disable_notification).toBeUndefined()
    expect(alert.link_preview_options).toEqual({ is_disabled: true })
    expect(plain(alert.text)).toContain('Стороны подписали меморандум')
  })

  it('sends silently when asked, shows the page preview and leaves the lead out', async () => {
    const from = user(51, 'en')
    await t.bot.handleUpdate(command(from, '/subscribe russia'))
    for (const text of ['/settings silent on', '/settings preview on', '/settings lead off']) await t.bot.handleUpdate(command(from, text))
    const alert = await alertAt('2026-11-21T10:00:00.000Z', 51)
    expect(alert.disable_notification).toBe(true)
    expect(alert.link_preview_options).toEqual({ url: 'https://www.gov.kz/news/2026-11-21T10:00:00.000Z', prefer_large_media: true })
    expect(plain(alert.text)).not.toContain('Стороны подписали')
  })

  it('sends without sound during quiet hours only, counted in the chat\'s time zone', async () => {
    const from = user(52, 'en')
    await t.bot.handleUpdate(command(from, '/subscribe russia'))
    await t.bot.handleUpdate(command(from, '/settings quiet 22-8'))
    // 23:30 in Almaty (UTC+5), then 12:00.
    expect((await alertAt('2026-11-21T18:30:00.000Z', 52)).disable_notification).toBe(true)
    expect((await alertAt('2026-11-22T07:00:00.000Z', 52)).disable_notification).toBeUndefined()
  })

  it('sends the daily digest silently too when the chat asked for silence', async () => {
    const from = user(53, 'en')
    await t.bot.handleUpdate(command(from, '/subscribe russia'))
    await t.db.updateTable('subscriber').set({ alert_mode: 'digest', digest_hour: 9 }).where('chat_id', '=', 53).execute()
    await t.bot.handleUpdate(command(from, '/settings silent on'))
    const [id] = await seedAlertItems(t.db, [{ partners: ['RU'], kind: 'agreement' }])
    await publish(t.db, [id!], new Date('2026-11-21T10:00:00.000Z'))
    t.clock.set('2026-11-22T04:00:00.000Z')
    t.api.clearCalls()
    await t.app.alerts.digest.runOnce()
    expect(t.api.sent()[0]?.payload).toMatchObject({ chat_id: 53, disable_notification: true, text: expect.stringMatching(/digest/) })
  })
})

describe('/settings shows how alerts come and the time zone', () => {
  let t: TestApp
  beforeEach(async () => {
    t = await createTestApp()
  })
  afterEach(async () => t.close())

  it.each([
    ['ru', '/settings digest 21', '/settings tz Москва', ['Уведомления: каждый материал сразу.', '🌐 Часовой пояс: Алматы (UTC+5)'], ['Уведомления: дайджест раз в день в 21:00, Москва (UTC+3).', '🌐 Часовой пояс: Москва (UTC+3)']],
    ['en', '/settings digest 9', '/settings tz Vienna', ['Alerts: each item as it appears.', '🌐 Time zone: Almaty (UTC+5)'], ['Alerts: a daily digest at 09:00, Europe/Vienna (UTC+1).', '🌐 Time zone: Europe/Vienna (UTC+1)']],
    ['kk', '/settings digest 8', '/settings tz Ташкент', ['Хабарламалар: әр материал шыққан бойда.', '🌐 Уақыт белдеуі: Алматы (UTC+5)'], ['Хабарламалар: күнделікті дайджест, Ташкент (UTC+5) уақытымен сағат 08:00.', '🌐 Уақыт белдеуі: Ташкент (UTC+5)']],
  ])('(%s), where /settings digest and /settings tz changed what the panel never showed', async (lang, digest, zone, before, after) => {
    const from = user(95, lang)
    await t.bot.handleUpdate(command(from, '/settings'))
    const lines = (text: unknown) => plain(text).split('\n')
    expect(lines(lastPayload(t).text)).toEqual(expect.arrayContaining(before))
    await t.bot.handleUpdate(command(from, digest))
    await t.bot.handleUpdate(command(from, zone))
    await t.bot.handleUpdate(command(from, '/settings'))
    expect(lines(lastPayload(t).text)).toEqual(expect.arrayContaining(after))
  })
})
