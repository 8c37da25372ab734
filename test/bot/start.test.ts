import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../helpers/test-app.js'
import { buttonsOf, lastPayload, plain } from '../helpers/payloads.js'
import { callback, command, groupChat, message, user } from '../helpers/updates.js'

describe('/start and /help', () => {
  let t: TestApp
  beforeEach(async () => {
    t = await createTestApp()
  })
  afterEach(async () => t.close())

  it.each([
    ['en', /follows ministry and news sites/],
    ['ru', /следит за сайтами министерств/],
    ['kk', /министрліктер мен ақпарат агенттіктерінің/],
    ['de', /follows ministry and news sites/],
  ])('greets a user whose Telegram speaks %s in the right language', async (lang, greeting) => {
    const from = user(42, lang)
    await t.bot.handleUpdate(command(from, '/start'))
    expect(t.api.sent().at(-1)?.payload).toMatchObject({ chat_id: 42, parse_mode: 'HTML', text: expect.stringMatching(greeting) })
  })

  it.each([
    ['en', /for Kazakhstan's cultural/, /for Russia's cultural/],
    ['ru', /сотрудничество Казахстана\./, /сотрудничество \(Россия\)\./],
    ['kk', /сайттарынан Қазақстанның мәдени/, /сайттарынан Ресей елінің мәдени/],
  ])('names the home country in its %s greeting, HOME_COUNTRY\'s when it is not Kazakhstan', async (lang, kazakh, russian) => {
    await t.bot.handleUpdate(command(user(44, lang), '/start'))
    expect(t.api.sent().at(-1)?.payload.text).toMatch(kazakh)
    const other = await createTestApp({ HOME_COUNTRY: 'RU' })
    try {
      await other.bot.handleUpdate(command(user(44, lang), '/start'))
      expect(other.api.sent().at(-1)?.payload.text).toMatch(russian)
    } finally {
      await other.close()
    }
  })

  it('offers 🔔 Subscribe under /start in a group to its admins only, where a member who is none was offered a button that only refused', async () => {
    const group = groupChat(-1080, 'Museum desk')
    t.api.chatAdministrators.set(-1080, [45])
    await t.bot.handleUpdate(message(user(46, 'ru'), '/start', group))
    expect(buttonsOf(lastPayload(t)).map((b) => b.text)).toEqual(['🌍 Страны'])
    await t.bot.handleUpdate(message(user(45, 'ru'), '/start', group))
    expect(buttonsOf(lastPayload(t)).map((b) => b.text)).toEqual(['🌍 Страны', '🔔 Подписаться'])
    await t.bot.handleUpdate(command(user(46, 'ru'), '/start'))
    expect(buttonsOf(lastPayload(t)).map((b) => b.text)).toEqual(['🌍 Страны', '🔔 Подписаться'])
  })

  it.each([
    ['en', /This group's alerts are set up by its admins; your own you get with \/subscribe in a private chat with me\.$/, /Ask <code>\/country russia<\/code>, or \/subscribe to get an alert/],
    ['ru', /Уведомления в эту группу подключают её администраторы; свои можно получать через \/subscribe в личном чате со мной\.$/, /или нажмите \/subscribe, чтобы получать уведомления о новом\.$/],
    ['kk', /Бұл топтың хабарламаларын оның әкімшілері баптайды; өзіңізге хабар алу үшін менімен жеке чатта \/subscribe басыңыз\.$/, /немесе жаңа материал шыққанда хабар алу үшін \/subscribe басыңыз\.$/],
  ])('tells a group member who is no admin that its admins set up the group\'s alerts (%s), where /start told every member to /subscribe', async (lang, member, admin) => {
    const group = groupChat(-1081, 'Museum desk')
    t.api.chatAdministrators.set(-1081, [47])
    await t.bot.handleUpdate(message(user(48, lang), '/start', group))
    const told = String(lastPayload(t).text)
    expect(told).toMatch(member)
    expect(told).not.toMatch(admin)
    await t.bot.handleUpdate(message(user(47, lang), '/start', group))
    expect(String(lastPayload(t).text)).toMatch(admin)
    await t.bot.handleUpdate(command(user(48, lang), '/start'))
    expect(String(lastPayload(t).text)).toContain(String(48))
    expect(String(lastPayload(t).text)).not.toMatch(member)
  })

  it.each([
    ['en', /\/settings — leads, link previews, sound, quiet hours, time zone \(\/settings tz Almaty: the digest hour and quiet hours are counted in it\)/, 'Almaty'],
    ['ru', /\/settings — анонсы, превью ссылок, звук, тихие часы, часовой пояс \(\/settings tz Алматы: по нему считаются час дайджеста и тихие часы\)/, 'Алматы'],
    ['kk', /\/settings — аңдатпа, сілтеменің алдын ала көрінісі, дыбыс, тыныш сағаттар, уақыт белдеуі \(\/settings tz Алматы: дайджест сағаты мен тыныш сағаттар соған қарай саналады\)/, 'Алматы'],
  ])('names the time zone setting in /help and under /settings (%s), where neither said digests and quiet hours follow one', async (lang, help, city) => {
    const from = user(49, lang)
    await t.bot.handleUpdate(command(from, '/help'))
    expect(plain(lastPayload(t).text)).toMatch(help)
    await t.bot.handleUpdate(command(from, '/settings'))
    expect(plain(lastPayload(t).text)).toContain(`/settings tz ${city}`)
    await t.bot.handleUpdate(command(from, `/settings tz ${city}`))
    expect(plain(lastPayload(t).text)).toMatch(/^🌐 .*(Almaty|Алматы) \(UTC\+5\)/)
  })

  it('lists every public command in /help', async () => {
    await t.bot.handleUpdate(command(user(43, 'ru'), '/help'))
    const text = String(t.api.sent().at(-1)?.payload.text)
    for (const name of ['/country', '/latest', '/search', '/subscribe', '/unsubscribe', '/subscriptions', '/lang']) {
      expect(text).toContain(name)
    }
  })

  it('calls a sector «сфера» in Russian wherever it names one, as the picker (🏷 Сферы) and the archive\'s filter do, not «отрасль» in /help and /export', async () => {
    await t.bot.handleUpdate(command(user(43, 'ru'), '/help'))
    expect(String(t.api.sent().at(-1)?.payload.text)).toContain('/export <i>страна, сфера, слова, год</i>')
    await t.bot.handleUpdate(command(user(43, 'ru'), '/export'))
    expect(String(t.api.sent().at(-1)?.payload.text)).toMatch(/^Укажите, что выгрузить, как в списках: страну, сферу, слова, год\./)
  })

  it('answers a button nobody handles instead of leaving a spinner', async () => {
    await t.bot.handleUpdate(callback(user(44), 'no-such-feature:1'))
    expect(t.api.sent('answerCallbackQuery').at(-1)?.payload).toMatchObject({ text: expect.stringMatching(/out of date/) })
  })
})

describe('fake Bot API', () => {
  let t: TestApp
  beforeEach(async () => {
    t = await createTestApp()
  })
  afterEach(async () => t.close())

  it('rejects HTML Telegram would reject, so escaping bugs fail tests', async () => {
    await expect(t.bot.api.sendMessage(1, 'a < b', { parse_mode: 'HTML' })).rejects.toThrow(/can't parse entities/)
    await expect(t.bot.api.sendMessage(1, '<b>open', { parse_mode: 'HTML' })).rejects.toThrow(/can't find end tag/)
    await expect(t.bot.api.sendMessage(1, '<div>x</div>', { parse_mode: 'HTML' })).rejects.toThrow(/unsupported start tag/)
    await expect(t.bot.api.sendMessage(1, 'x'.repeat(4097))).rejects.toThrow(/message is too long/)
    await expect(t.bot.api.sendMessage(1, '&lt;'.repeat(4096), { parse_mode: 'HTML' })).resolves.toMatchObject({ chat: { id: 1 } })
  })

  it('rejects callback data over 64 bytes', async () => {
    const data = 'ж'.repeat(33)
    await expect(t.bot.api.sendMessage(1, 'x', { reply_markup: { inline_keyboard: [[{ text: 'b', callback_data: data }]] } })).rejects.toThrow(/BUTTON_DATA_INVALID/)
  })
})
