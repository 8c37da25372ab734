import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createI18n } from '../../../src/bot/i18n/i18n.js'
import { removeSource } from '../../../src/db/source-admin.js'
import { listSourceDefinitions } from '../../../src/db/source-exchange.js'
import { insertSource } from '../../../src/db/sources.js'
import { errors } from '../../helpers/fake-bot-api.js'
import { FixtureServer } from '../../helpers/fixture-server.js'
import { buttonsOf, lastPayload, plain } from '../../helpers/payloads.js'
import { ADMIN_ID, createTestApp, type TestApp, testResolver } from '../../helpers/test-app.js'
import { basicGroupChat, callback, command, groupChat, groupUpgraded, message, user } from '../../helpers/updates.js'
import { lastMessageId, seedFlagged } from './helpers.js'

const admin = user(ADMIN_ID, 'en')

let site: FixtureServer
beforeAll(async () => {
  site = new FixtureServer()
  site.file('/rss.xml', 'feeds/ministry-ru.xml')
  await site.start()
})
afterAll(async () => site.stop())

describe('/suggest', () => {
  let t: TestApp
  beforeEach(async () => {
    t = await createTestApp({ ALLOW_PRIVATE_ADDRESSES: 'true' })
  })
  afterEach(async () => t.close())

  it('tells an admin of a suggestion in the language their Telegram speaks, once they have used the bot, though they never sent /lang', async () => {
    await t.bot.handleUpdate(command(user(ADMIN_ID, 'ru'), '/stats'))
    await t.bot.handleUpdate(command(user(80, 'en', 'Aigerim'), `/suggest ${site.url('/rss.xml')}`))
    const notice = t.api.sent().find((c) => c.payload.chat_id === ADMIN_ID && String(c.payload.text).includes('Aigerim'))!.payload
    expect(plain(notice.text)).toMatch(/^💡 Aigerim предлагает источник:/)
  })

  it.each([
    ['ru', '/start'],
    ['uk', '/country россия'],
    ['ru', 'Франция'],
  ])('keeps the Telegram language (%s) of an admin whose first use of the bot is %s, no admin command, for the notices sent unasked', async (code, first) => {
    await t.bot.handleUpdate(command(user(ADMIN_ID, code), first))
    await t.bot.handleUpdate(command(user(80, 'en', 'Aigerim'), `/suggest ${site.url('/rss.xml')}`))
    const notice = t.api.sent().find((c) => c.payload.chat_id === ADMIN_ID && String(c.payload.text).includes('Aigerim'))!.payload
    expect(plain(notice.text)).toMatch(/^💡 Aigerim предлагает источник:/)
  })

  it.each([
    ['en', /^🙏 Thank you! The admins will check/, /^✅ The source you suggested, .* is now watched as /],
    ['ru', /^🙏 Спасибо! Администраторы проверят/, /^✅ Предложенный вами источник .* теперь отслеживается/],
    ['kk', /^🙏 Рақмет! Әкімшілер .* тексереді/, /^✅ Сіз ұсынған .* дереккөзі енді бақыланады/],
  ])('takes a source from anyone; an admin checks it as /addsource does and adds it; the sender hears (%s)', async (lang, thanks, added) => {
    const from = user(80, lang, 'Aigerim')
    await t.bot.handleUpdate(command(from, `/suggest ${site.url('/rss.xml')}`))
    expect(plain(t.api.sent().find((c) => c.payload.chat_id === 80)!.payload.text)).toMatch(thanks)
    const notice = t.api.sent().find((c) => c.payload.chat_id === ADMIN_ID)!.payload
    expect(plain(notice.text)).toMatch(/^💡 Aigerim suggests a source:\nhttp:\/\/127\.0\.0\.1:\d+\/rss\.xml/)
    const check = buttonsOf(notice).find((b) => b.text === '🔍 Check and add')!

    await t.bot.handleUpdate(callback(admin, check.callback_data))
    expect(plain(lastPayload(t).text)).toMatch(/A news feed \(RSS, Atom or JSON Feed\)/)
    await t.bot.handleUpdate(callback(admin, 'cv:ok', undefined, lastMessageId(t.api, ADMIN_ID)))
    expect(plain(t.api.sent().filter((c) => c.payload.chat_id === 80).at(-1)!.payload.text)).toMatch(added)
    expect((await listSourceDefinitions(t.db)).map((s) => s.url)).toEqual([site.url('/rss.xml')])

    await t.bot.handleUpdate(callback(admin, check.callback_data))
    expect(lastPayload(t, 'answerCallbackQuery').text).toBe('This suggestion was already added.')
  })

  it('keeps a user name or password in a suggested address from the admins\' notice, the thanks and the suggestion stored, the bare address being the one checked and added', async () => {
    const withPassword = site.url('/rss.xml').replace('http://', 'http://editor:s3cret@')
    await t.bot.handleUpdate(command(user(80, 'en', 'Aigerim'), `/suggest ${withPassword}`))
    expect(plain(t.api.sent().find((c) => c.payload.chat_id === 80)!.payload.text)).not.toContain('s3cret')
    const notice = t.api.sent().find((c) => c.payload.chat_id === ADMIN_ID)!.payload
    expect(JSON.stringify(notice)).not.toContain('s3cret')
    expect(plain(notice.text)).toContain(site.url('/rss.xml'))
    await t.bot.handleUpdate(callback(admin, buttonsOf(notice).find((b) => b.text === '🔍 Check and add')!.callback_data))
    await t.bot.handleUpdate(callback(admin, 'cv:ok', undefined, lastMessageId(t.api, ADMIN_ID)))
    expect((await listSourceDefinitions(t.db)).map((s) => s.url)).toEqual([site.url('/rss.xml')])
    expect(JSON.stringify(await t.db.selectFrom('source_suggestion').selectAll().execute())).not.toContain('s3cret')
  })

  it('adds nothing when another admin declined the suggestion while it was being checked', async () => {
    const second = user(ADMIN_ID + 1, 'en')
    const two = await createTestApp({ ALLOW_PRIVATE_ADDRESSES: 'true', ADMIN_IDS: `${ADMIN_ID},${second.id}` })
    try {
      await two.bot.handleUpdate(command(user(83, 'en'), `/suggest ${site.url('/rss.xml')}`))
      const notice = two.api.sent().find((c) => c.payload.chat_id === ADMIN_ID)!.payload
      await two.bot.handleUpdate(callback(admin, buttonsOf(notice).find((b) => b.text === '🔍 Check and add')!.callback_data))
      const preview = lastMessageId(two.api, ADMIN_ID)
      await two.bot.handleUpdate(callback(second, buttonsOf(notice).find((b) => b.text === '✖️ Decline')!.callback_data))
      await two.bot.handleUpdate(callback(admin, 'cv:ok', undefined, preview))
      expect(plain(two.api.sent().filter((c) => c.payload.chat_id === ADMIN_ID).at(-1)!.payload.text)).toBe('This suggestion was already declined.')
      expect(await listSourceDefinitions(two.db)).toEqual([])
    } finally {
      await two.close()
    }
  })

  it('restores no removed sources-file source when another admin declined the suggestion while the page leading to it was being checked', async () => {
    const second = user(ADMIN_ID + 1, 'en')
    const two = await createTestApp({ ALLOW_PRIVATE_ADDRESSES: 'true', ADMIN_IDS: `${ADMIN_ID},${second.id}` })
    try {
      const { source } = await insertSource(two.db, { name: 'Ministry', url: site.url('/rss.xml'), type: 'rss', lang: 'ru', isEnabled: true, list: null, project: null }, 'file', two.clock.now())
      await removeSource(two.db, { sourceId: source.id, adminId: ADMIN_ID, now: two.clock.now() })
      await two.bot.handleUpdate(command(user(86, 'en'), `/suggest ${site.url('/declined-meanwhile.html')}`))
      const notice = two.api.sent().find((c) => c.payload.chat_id === ADMIN_ID)!.payload
      const decline = callback(second, buttonsOf(notice).find((b) => b.text === '✖️ Decline')!.callback_data)
      // The page answers only once the second admin has declined: the decline lands mid-check, whatever the machine's speed.
      site.route('/declined-meanwhile.html', (_req, res) => {
        void two.bot.handleUpdate(decline).then(() => res.writeHead(200, { 'content-type': 'text/html' }).end('<html><head><title>Ministry</title><link rel="alternate" type="application/rss+xml" href="/rss.xml"></head><body></body></html>'))
      })
      await two.bot.handleUpdate(callback(admin, buttonsOf(notice).find((b) => b.text === '🔍 Check and add')!.callback_data))
      expect(plain(two.api.sent().filter((c) => c.payload.chat_id === ADMIN_ID).at(-1)!.payload.text)).toBe('This suggestion was already declined.')
      expect(await two.db.selectFrom('source').select('removed_at').execute()).toEqual([{ removed_at: expect.any(String) }])
      expect(plain(two.api.sent().filter((c) => c.payload.chat_id === 86).at(-1)!.payload.text)).toMatch(/^The admins decided not to watch/)
    } finally {
      await two.close()
    }
  })

  it('lets an admin decline, telling the sender; refuses non-admins on the buttons', async () => {
    await t.bot.handleUpdate(command(user(81, 'en'), '/suggest example.kz/news'))
    const notice = t.api.sent().find((c) => c.payload.chat_id === ADMIN_ID)!.payload
    expect(plain(notice.text)).toContain('https://example.kz/news')
    const decline = buttonsOf(notice).find((b) => b.text === '✖️ Decline')!
    await t.bot.handleUpdate(callback(user(81, 'en'), decline.callback_data))
    expect(lastPayload(t, 'answerCallbackQuery')).toMatchObject({ show_alert: true, text: expect.stringMatching(/only for the bot's administrators/) })
    await t.bot.handleUpdate(callback(admin, decline.callback_data))
    expect(plain(lastPayload(t, 'editMessageText').text)).toBe('✖️ Declined: https://example.kz/news')
    expect(plain(lastPayload(t).text)).toMatch(/^The admins decided not to watch https:\/\/example\.kz\/news/)
    expect(lastPayload(t).chat_id).toBe(81)
  })

  it.each([
    ['ru', 'Это предложение уже отклонено.'],
    ['kk', 'Бұл ұсыныстан бұрын бас тартылған.'],
  ])('takes the buttons off another admin\'s notice of a suggestion already declined, when pressed there (%s)', async (lang, answer) => {
    const other = 500_002
    await t.close()
    t = await createTestApp({ ADMIN_IDS: `${ADMIN_ID},${other}`, ALLOW_PRIVATE_ADDRESSES: 'true' })
    await t.bot.handleUpdate(command(user(other, lang), '/stats'))
    await t.bot.handleUpdate(command(user(81, 'en'), '/suggest example.kz/news'))
    const notices = t.api.sent().filter((c) => String(c.payload.text).startsWith('💡'))
    const decline = buttonsOf(notices.find((c) => c.payload.chat_id === ADMIN_ID)!.payload).find((b) => b.text === '✖️ Decline')!
    await t.bot.handleUpdate(callback(admin, decline.callback_data, undefined, lastMessageId(t.api, ADMIN_ID)))

    const check = buttonsOf(notices.find((c) => c.payload.chat_id === other)!.payload)[0]!
    await t.bot.handleUpdate(callback(user(other, lang), check.callback_data, undefined, lastMessageId(t.api, other)))
    expect(lastPayload(t, 'answerCallbackQuery')).toMatchObject({ text: answer, show_alert: true })
    expect(lastPayload(t, 'editMessageReplyMarkup')).toMatchObject({ chat_id: other, message_id: lastMessageId(t.api, other), reply_markup: { inline_keyboard: [] } })
  })

  it('tells a group that became a supergroup the outcome of its suggestion in the supergroup', async () => {
    const member = user(87, 'en')
    const oldGroup = basicGroupChat(-4301)
    const newGroup = groupChat(-1004301)
    t.api.addChat(oldGroup, [member.id])
    await t.bot.handleUpdate(command(member, '/suggest example.kz/news', oldGroup))
    await t.bot.handleUpdate(groupUpgraded(member, oldGroup, newGroup))
    const notice = t.api.sent().find((c) => c.payload.chat_id === ADMIN_ID)!.payload
    await t.bot.handleUpdate(callback(admin, buttonsOf(notice).find((b) => b.text === '✖️ Decline')!.callback_data))
    expect(plain(lastPayload(t).text)).toMatch(/^The admins decided not to watch https:\/\/example\.kz\/news/)
    expect(lastPayload(t).chat_id).toBe(newGroup.id)
  })

  it('tells a group the outcome in its supergroup when Telegram answers that it moved, the bot having missed the upgrade', async () => {
    const member = user(88, 'en')
    const oldGroup = basicGroupChat(-4302)
    t.api.addChat(oldGroup, [member.id])
    await t.bot.handleUpdate(command(member, '/suggest example.kz/news', oldGroup))
    t.api.failFor({ method: 'sendMessage', chatId: oldGroup.id }, () => errors.migrated(-1004302))
    const notice = t.api.sent().find((c) => c.payload.chat_id === ADMIN_ID)!.payload
    await t.bot.handleUpdate(callback(admin, buttonsOf(notice).find((b) => b.text === '✖️ Decline')!.callback_data))
    expect(plain(lastPayload(t).text)).toMatch(/^The admins decided not to watch https:\/\/example\.kz\/news/)
    expect(lastPayload(t).chat_id).toBe(-1004302)
  })

  it('settles a waiting suggestion when an admin adds the same address with /addsource, telling the sender in their language', async () => {
    await t.bot.handleUpdate(command(user(84, 'ru'), `/suggest ${site.url('/rss.xml')}/`))
    await t.bot.handleUpdate(command(admin, `/addsource ${site.url('/rss.xml')}`))
    await t.bot.handleUpdate(callback(admin, 'cv:ok', undefined, lastMessageId(t.api, ADMIN_ID)))
    expect(plain(t.api.sent().filter((c) => c.payload.chat_id === 84).at(-1)!.payload.text)).toMatch(/^✅ Предложенный вами источник .* теперь отслеживается/)
    const notice = t.api.sent().find((c) => c.payload.chat_id === ADMIN_ID)!.payload
    await t.bot.handleUpdate(callback(admin, buttonsOf(notice).find((b) => b.text === '🔍 Check and add')!.callback_data))
    expect(lastPayload(t, 'answerCallbackQuery').text).toBe('This suggestion was already added.')
  })

  it('settles a suggestion whose check finds the address already watched, telling the sender', async () => {
    await t.bot.handleUpdate(command(user(85, 'en'), `/suggest ${site.url('/rss.xml')}`))
    await insertSource(t.db, { name: 'Ministry', url: site.url('/rss.xml'), type: 'rss', lang: 'ru', isEnabled: true, list: null, project: null }, 'file', t.clock.now())
    const notice = t.api.sent().find((c) => c.payload.chat_id === ADMIN_ID)!.payload
    const check = buttonsOf(notice).find((b) => b.text === '🔍 Check and add')!
    await t.bot.handleUpdate(callback(admin, check.callback_data))
    expect(plain(t.api.sent().filter((c) => c.payload.chat_id === 85).at(-1)!.payload.text)).toMatch(/^The source you suggested, .* is already watched, as Ministry\. Thank you!$/)
    await t.bot.handleUpdate(callback(admin, check.callback_data))
    expect(lastPayload(t, 'answerCallbackQuery').text).toBe('This suggestion was already added.')
  })

  it.each([
    ['en', /^🙏 Thank you! The admins know .* \(as Ministry\) but have paused it; I have passed your suggestion on/, /⏸ It is in \/sources as Ministry, paused: resume it there/, /^✅ The source you suggested, .* is now watched as Ministry/],
    ['ru', /^🙏 Спасибо! Администраторы знают .* \(это Ministry\), но приостановили его/, /⏸ Он есть в \/sources как Ministry, но приостановлен/, /^✅ Предложенный вами источник .* теперь отслеживается/],
    ['kk', /^🙏 Рақмет! Әкімшілер .* мекенжайын біледі \(Ministry\), бірақ оны тоқтатып қойған/, /⏸ Ол \/sources тізімінде Ministry атымен бар, бірақ тоқтатылған/, /^✅ Сіз ұсынған .* дереккөзі енді бақыланады/],
  ])('passes a suggestion of a source an admin paused on to the admins, not «already watched», and tells the sender when it is resumed (%s)', async (lang, thanks, pausedLine, added) => {
    const { source } = await insertSource(t.db, { name: 'Ministry', url: site.url('/rss.xml'), type: 'rss', lang: 'ru', isEnabled: true, list: null, project: null }, 'file', t.clock.now())
    await t.db.updateTable('source').set({ is_enabled: 0 }).where('id', '=', source.id).execute()
    await t.bot.handleUpdate(command(user(ADMIN_ID, lang), '/lang'))
    await t.bot.handleUpdate(command(user(87, lang), `/suggest ${site.url('/rss.xml')}`))
    const toSender = () => t.api.sent().filter((c) => c.payload.chat_id === 87).map((c) => plain(c.payload.text))
    expect(toSender()).toEqual([expect.stringMatching(thanks)])
    const notice = t.api.sent().find((c) => c.payload.chat_id === ADMIN_ID && String(c.payload.text).includes('💡'))!.payload
    expect(plain(notice.text)).toMatch(pausedLine)
    // Check and add finds it paused, says so, and the sender is not told it is watched.
    await t.bot.handleUpdate(callback(user(ADMIN_ID, lang), buttonsOf(notice)[0]!.callback_data))
    expect(plain(lastPayload(t).text)).toMatch(/paused: it is not being polled|на паузе и не опрашивается|тоқтатылған: ол сұралмайды/)
    expect(toSender()).toHaveLength(1)
    // Resumed in /sources: the sender hears it is watched, and the suggestion is settled.
    await t.bot.handleUpdate(callback(user(ADMIN_ID, lang), `src:r:${source.id}:0`))
    expect(toSender().at(-1)).toMatch(added)
    expect(await t.db.selectFrom('source_suggestion').select('state').execute()).toEqual([{ state: 'added' }])
  })

  it('answers a missing or wrong address, one already watched or already suggested, and too many waiting', async () => {
    const from = user(82, 'en')
    const answers: string[] = []
    const say = async (text: string) => {
      await t.bot.handleUpdate(command(from, text))
      answers.push(plain(t.api.sent().filter((c) => c.payload.chat_id === 82).at(-1)!.payload.text))
    }
    await say('/suggest')
    await say('/suggest not a url')
    await say('/suggest ftp://files.kz/x')
    await say('/suggest 12345')
    await say('/suggest https://one.kz/')
    await say('/suggest http://www.one.kz')
    await insertSource(t.db, { name: 'Astana Times', url: 'https://astanatimes.com/feed/', type: 'rss', lang: 'en', isEnabled: true, list: null, project: null }, 'file', t.clock.now())
    await say('/suggest http://www.AstanaTimes.com/feed')
    for (const n of [2, 3, 4, 5]) await say(`/suggest https://site${n}.kz/`)
    await say('/suggest https://site6.kz/')
    expect(answers.slice(0, 7)).toEqual([
      expect.stringMatching(/^Send the address of a site worth watching/),
      expect.stringMatching(/^«not a url» is not a web address/),
      expect.stringMatching(/^«ftp:\/\/files\.kz\/x» is not a web address/),
      expect.stringMatching(/^«12345» is not a web address/),
      expect.stringMatching(/^🙏 Thank you!/),
      'Someone has suggested it already; the admins will look at it.',
      expect.stringMatching(/Astana Times/),
    ])
    expect(answers.at(-1)).toMatch(/^You have 5 suggestions waiting already/)
  })
})

describe('/exportsources and /importsources', () => {
  let t: TestApp
  beforeEach(async () => {
    t = await createTestApp()
  })
  afterEach(async () => t.close())

  /** A document message from the admin, served by the fake's getFile. */
  function sendFile(name: string, content: string, caption?: string) {
    const fileId = `file-${name}`
    t.api.files.set(fileId, content)
    return message(admin, '', undefined, { text: undefined, document: { file_id: fileId, file_unique_id: fileId, file_name: name, file_size: content.length }, ...(caption ? { caption } : {}) })
  }

  const SOURCES = [
    { name: 'Kazinform', url: 'https://www.inform.kz/rss/rus.xml', type: 'rss', lang: 'ru' },
    { name: 'e-history.kz', url: 'https://e-history.kz/ru/news', type: 'html', lang: 'ru', enabled: false, list: { item: '.news-item', link: 'a', date: 'time' } },
    { name: 'Ministry of Culture', url: 'https://www.gov.kz/memleket/entities/mam', type: 'govkz', lang: 'kk', project: 'mam' },
  ]

  it('imports a file captioned /importsources sent while an edit waited, ending the edit as a command does', async () => {
    const [id] = await seedFlagged(t.db, [{ title: 'Flagged', partners: ['BY'], kind: 'meeting' }])
    await t.bot.handleUpdate(callback(admin, `rv:p:${id}`))
    await t.bot.handleUpdate(sendFile('sources.json', JSON.stringify(SOURCES), '/importsources'))
    expect(plain(lastPayload(t).text)).toMatch(/^📥 Added: 3; already watched: 0\./)
    expect((await listSourceDefinitions(t.db)).map((s) => s.name)).toEqual(expect.arrayContaining(['Kazinform', 'e-history.kz', 'Ministry of Culture']))
    expect(await t.db.selectFrom('bot_storage').selectAll().execute()).toEqual([])
  })

  it('leaves out of the export a file source an admin removed', async () => {
    const input = { lang: 'ru' as const, isEnabled: true, list: null, project: null, type: 'rss' as const }
    await insertSource(t.db, { ...input, name: 'Kept', url: 'https://kept.example/rss' }, 'file', t.clock.now())
    const { source } = await insertSource(t.db, { ...input, name: 'Removed', url: 'https://removed.example/rss' }, 'file', t.clock.now())
    await removeSource(t.db, { sourceId: source.id, adminId: ADMIN_ID, now: t.clock.now() })
    await t.bot.handleUpdate(command(admin, '/exportsources'))
    const [json] = t.api.sent('sendDocument').map((c) => c.payload)
    expect((JSON.parse(json?.document.bytes.toString('utf8')) as { name: string }[]).map((s) => s.name)).toEqual(['Kept'])
    expect(json?.caption).toMatch(/^📦 1 source in the SOURCES_FILE format\./)
  })

  it.each([
    ['en', '🔑 Left out of the address of Members feed: the user name and password the sources file gives (it keeps them).'],
    ['ru', '🔑 Из адреса источников Members feed убраны имя пользователя и пароль, которые дал файл источников (там они остаются).'],
  ])('leaves out of both files the user name and password a sources-file address carries, as /sources does, and says so (%s)', async (lang, said) => {
    const input = { lang: 'en' as const, isEnabled: true, list: null, project: null, type: 'rss' as const }
    await insertSource(t.db, { ...input, name: 'Members feed', url: 'https://editor:s3cret@members.example/rss' }, 'file', t.clock.now())
    await insertSource(t.db, { ...input, name: 'Open feed', url: 'https://open.example/rss' }, 'file', t.clock.now())
    await t.bot.handleUpdate(command(user(ADMIN_ID, lang), '/exportsources'))
    const [json, opml] = t.api.sent('sendDocument').map((c) => c.payload)
    expect((JSON.parse(json?.document.bytes.toString('utf8')) as { url: string }[]).map((s) => s.url)).toEqual(['https://members.example/rss', 'https://open.example/rss'])
    expect(opml?.document.bytes.toString('utf8')).toContain('xmlUrl="https://members.example/rss"')
    expect(JSON.stringify(t.api.calls.map((c) => ({ ...c.payload, document: c.payload.document?.bytes?.toString('utf8') })))).not.toContain('s3cret')
    expect(String(json?.caption).split('\n').at(-1)).toBe(said)
    // The database keeps what the file gave: the source is still polled with them.
    expect((await t.db.selectFrom('source').select('url').where('name', '=', 'Members feed').executeTakeFirstOrThrow()).url).toBe('https://editor:s3cret@members.example/rss')
  })

  it('imports a JSON list, exports it as JSON and OPML, and an OPML export imports back unchanged', async () => {
    await t.bot.handleUpdate(sendFile('sources.json', JSON.stringify(SOURCES), '/importsources'))
    expect(plain(lastPayload(t).text)).toMatch(/^📥 Added: 3; already watched: 0\.\nNew: Kazinform, e-history\.kz, Ministry of Culture\./)
    const stored = await listSourceDefinitions(t.db)
    expect(stored.map((s) => [s.name, s.type, s.lang, s.isEnabled, s.project])).toEqual([
      ['Kazinform', 'rss', 'ru', true, null],
      ['Ministry of Culture', 'govkz', 'kk', true, 'mam'],
      ['e-history.kz', 'html', 'ru', false, null],
    ])

    await t.bot.handleUpdate(command(admin, '/exportsources'))
    const [json, opml] = t.api.sent('sendDocument').map((c) => c.payload)
    expect(json?.document.filename).toMatch(/^coopwatch-sources-2026-11-21\.json$/)
    expect(JSON.parse(json?.document.bytes.toString('utf8'))).toEqual([SOURCES[0], SOURCES[2], SOURCES[1]])
    expect(opml?.document.filename).toMatch(/\.opml$/)
    expect(opml?.document.bytes.toString('utf8')).toContain('<outline text="Kazinform" title="Kazinform" type="rss" xmlUrl="https://www.inform.kz/rss/rus.xml"')

    const other = await createTestApp()
    try {
      other.api.files.set('back', opml?.document.bytes.toString('utf8'))
      await other.bot.handleUpdate(message(admin, '', undefined, { text: undefined, document: { file_id: 'back', file_unique_id: 'b', file_name: 'list.opml' }, caption: '/importsources' }))
      expect(await listSourceDefinitions(other.db)).toEqual(stored)
    } finally {
      await other.close()
    }
  })

  it('settles a waiting suggestion of an imported address, telling the sender', async () => {
    await t.bot.handleUpdate(command(user(86, 'kk'), '/suggest http://inform.kz/rss/rus.xml'))
    await t.bot.handleUpdate(sendFile('sources.json', JSON.stringify(SOURCES), '/importsources'))
    expect(plain(t.api.sent().filter((c) => c.payload.chat_id === 86).at(-1)!.payload.text)).toMatch(/^✅ Сіз ұсынған .* дереккөзі енді бақыланады/)
  })

  it('imports a feed reader\'s OPML as RSS sources, leaves known addresses alone and says which languages it assumed', async () => {
    await t.bot.handleUpdate(sendFile('a.json', JSON.stringify(SOURCES.slice(0, 1)), '/importsources'))
    const opml = `<?xml version="1.0"?><opml version="1.0"><body><outline text="News"><outline text="Kazinform" xmlUrl="https://www.inform.kz/rss/rus.xml"/><outline text="Astana Times" xmlUrl="https://astanatimes.com/feed/" language="en"/><outline text="Akorda" xmlUrl="https://akorda.kz/ru/rss"/></outline></body></opml>`
    await t.bot.handleUpdate(sendFile('feeds.opml', opml))
    await t.bot.handleUpdate(command(admin, '/importsources', undefined, { reply_to_message: { message_id: 1, date: 0, chat: { id: ADMIN_ID, type: 'private', first_name: 'a' }, document: { file_id: 'file-feeds.opml', file_unique_id: 'x', file_name: 'feeds.opml' } } as never }))
    const report = plain(lastPayload(t).text)
    expect(report).toMatch(/^📥 Added: 2; already watched: 1\./)
    expect(report).toMatch(/Left as they were: Kazinform/)
    expect(report).toMatch(/gave no language for Akorda: set to English/)
    expect((await listSourceDefinitions(t.db)).map((s) => `${s.name}:${s.lang}`)).toEqual(['Akorda:en', 'Astana Times:en', 'Kazinform:ru'])
  })

  it('imports a text file of addresses, one a line, as feeds (a name beside one; blank lines, # comments and Windows line ends skipped), as an operator leaving a feed reader has them', async () => {
    // No site answers (no host resolves): each address is taken as typed, as a feed, and the answer says so.
    await t.close()
    t = await createTestApp({}, { resolver: testResolver({}) })
    await t.bot.handleUpdate(sendFile('a.json', JSON.stringify(SOURCES.slice(0, 1)), '/importsources'))
    const list = '\uFEFF# my feeds\r\nhttps://www.inform.kz/rss/rus.xml\r\n\r\nAstana Times https://astanatimes.com/feed/\r\nakorda.kz/ru/rss\r\nhttps://www.gov.kz/rss  \r\n'
    await t.bot.handleUpdate(sendFile('feeds.txt', list, '/importsources'))
    const report = plain(lastPayload(t).text)
    expect(report).toMatch(/^📥 Added: 3; already watched: 1\./)
    expect(report).toMatch(/Left as they were: Kazinform/)
    expect(report).toMatch(/gave no language for Astana Times, akorda\.kz, www\.gov\.kz: set to English/)
    expect(report).toMatch(/Not reached now, so taken as feeds as typed: Astana Times, akorda\.kz, www\.gov\.kz\. .* send it to \/addsource then\./)
    const stored = await listSourceDefinitions(t.db)
    expect(stored.map((s) => `${s.name} ${s.url} ${s.type} ${s.lang}`)).toEqual([
      'Astana Times https://astanatimes.com/feed/ rss en',
      'Kazinform https://www.inform.kz/rss/rus.xml rss ru',
      'akorda.kz https://akorda.kz/ru/rss rss en',
      'www.gov.kz https://www.gov.kz/rss rss en',
    ])
  })

  it.each([
    ['en', /^🔍 Checking the list's 5 addresses/, [
      /^📥 Added: 4; already watched: 0\./,
      /Watched through the feed their page links: Culture section\./,
      /Web pages that link no feed, not added: About us\. Send each to \/addsource, which asks how to read its list\./,
      /Not reached now, so taken as feeds as typed: Closed\./,
    ]],
    ['ru', /^🔍 Проверяю адреса из списка \(5\)/, [
      /^📥 Добавлено: 4; уже отслеживались: 0\./,
      /Отслеживаются через ленту, на которую ссылается их страница: Culture section\./,
      /Веб-страницы без ленты, не добавлены: About us\. Отправьте каждую в \/addsource/,
      /Сейчас недоступны, поэтому взяты как ленты по указанному адресу: Closed\./,
    ]],
    ['kk', /^🔍 Тізімдегі мекенжайларды тексеріп жатырмын \(5\)/, [
      /^📥 Қосылды: 4;/,
      /Беті сілтейтін арна арқылы бақыланады: Culture section\./,
      /Арнасы жоқ веб-беттер, қосылмады: About us\./,
      /Қазір қолжетімсіз, сондықтан жазылған мекенжай бойынша арна ретінде алынды: Closed\./,
    ]],
  ])('looks at each address of a text list (%s): a page linking its feed is watched through that feed, a sitemap as one, a page with no feed is left out and named', async (lang, checking, report) => {
    await t.close()
    t = await createTestApp({ ALLOW_PRIVATE_ADDRESSES: 'true' })
    const pages = new FixtureServer()
    pages.file('/rss.xml', 'feeds/ministry-ru.xml')
    pages.text('/culture/', '<html lang="ru"><head><title>Культура</title><link rel="alternate" type="application/rss+xml" href="/culture/feed/"></head><body><p>Культура</p></body></html>', 200, { 'content-type': 'text/html; charset=utf-8' })
    pages.text('/about.html', '<html lang="ru"><head><title>О нас</title></head><body><p>Министерство</p></body></html>', 200, { 'content-type': 'text/html; charset=utf-8' })
    pages.text('/sitemap.xml', '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://example.kz/news/1</loc></url></urlset>', 200, { 'content-type': 'application/xml' })
    await pages.start()
    try {
      const list = [`Ministry ${pages.url('/rss.xml')}`, `Culture section ${pages.url('/culture/')}`, `About us ${pages.url('/about.html')}`, `Site map ${pages.url('/sitemap.xml')}`, 'Closed http://127.0.0.1:1/feed'].join('\n')
      t.api.files.set('list.txt', list)
      await t.bot.handleUpdate(message(user(ADMIN_ID, lang), '', undefined, { text: undefined, document: { file_id: 'list.txt', file_unique_id: 'list', file_name: 'list.txt' }, caption: '/importsources' }))
      const answers = t.api.sent().map((c) => plain(c.payload.text))
      expect(answers.at(-2)).toMatch(checking)
      for (const line of report) expect(answers.at(-1)).toMatch(line)
      const stored = await listSourceDefinitions(t.db)
      expect(stored.map((s) => `${s.name} ${s.url} ${s.type}`).sort()).toEqual([
        'Closed http://127.0.0.1:1/feed rss',
        `Culture section ${pages.url('/culture/feed/')} rss`,
        `Ministry ${pages.url('/rss.xml')} rss`,
        `Site map ${pages.url('/sitemap.xml')} sitemap`,
      ].sort())
    } finally {
      await pages.stop()
    }
  })

  it.each([
    ['en', 'Nothing was imported: line 3 is not a web address: «Kazinform news». A text list holds one address a line (a name may stand beside it), such as https://www.inform.kz/rss/rus.xml', 'Nothing was imported: the file lists no address'],
    ['ru', 'Ничего не импортировано: строка 3 — не веб-адрес: «Kazinform news». В текстовом списке по одному адресу в строке (рядом можно написать название), например https://www.inform.kz/rss/rus.xml', 'Ничего не импортировано: в файле нет ни одного адреса'],
    ['kk', 'Ештеңе импортталмады: 3-жол веб-мекенжай емес: «Kazinform news». Мәтін тізімінде әр жолда бір мекенжай болады (қасында атауы жазылуы мүмкін), мысалы https://www.inform.kz/rss/rus.xml', 'Ештеңе импортталмады: файлда бірде-бір мекенжай жоқ'],
  ])('adds nothing from a text list with a line that is no address, naming the line, in %s', async (lang, wrongLine, empty) => {
    const from = user(ADMIN_ID, lang)
    for (const [name, content, answer] of [['list.txt', 'https://astanatimes.com/feed/\n\nKazinform news\n', wrongLine], ['empty.txt', '# nothing yet\n\n', empty]] as const) {
      t.api.files.set(name, content)
      await t.bot.handleUpdate(message(from, '', undefined, { text: undefined, document: { file_id: name, file_unique_id: name, file_name: name }, caption: '/importsources' }))
      expect(plain(lastPayload(t).text)).toBe(answer)
    }
    expect(await listSourceDefinitions(t.db)).toEqual([])
  })

  it.each([
    ['en', /^📥 Added: 1; already watched: 0\.\nNew: Astana Times\. .*\n⏸ Already in \/sources but paused, so not polled: Kazinform\. Resume them there/],
    ['ru', /^📥 Добавлено: 1; уже отслеживались: 0\.\nНовые: Astana Times\. .*\n⏸ Уже есть в \/sources, но на паузе и не опрашиваются: Kazinform\./],
    ['kk', /^📥 Қосылды: 1; бұрыннан бақыланып жүр: 0\.\n.*Astana Times.*\n⏸ \/sources тізімінде бар, бірақ тоқтатылған, сондықтан сұралмайды: Kazinform\./],
  ])('says a listed source paused in /sources is paused, not «already watched» (%s)', async (lang, report) => {
    await t.bot.handleUpdate(sendFile('a.json', JSON.stringify(SOURCES.slice(0, 1)), '/importsources'))
    await t.db.updateTable('source').set({ is_enabled: 0 }).execute()
    const listed = [SOURCES[0], { name: 'Astana Times', url: 'https://astanatimes.com/feed/', type: 'rss', lang: 'en' }]
    t.api.files.set('b.json', JSON.stringify(listed))
    await t.bot.handleUpdate(message(user(ADMIN_ID, lang), '', undefined, { text: undefined, document: { file_id: 'b.json', file_unique_id: 'b', file_name: 'b.json' }, caption: '/importsources' }))
    expect(plain(lastPayload(t).text)).toMatch(report)
    // A file that lists it paused too leaves it as it was, as any other it lists as the database has it.
    t.api.files.set('c.json', JSON.stringify([{ ...SOURCES[0], enabled: false }]))
    await t.bot.handleUpdate(message(user(ADMIN_ID, lang), '', undefined, { text: undefined, document: { file_id: 'c.json', file_unique_id: 'c', file_name: 'c.json' }, caption: '/importsources' }))
    expect(plain(lastPayload(t).text)).not.toMatch(/⏸/)
  })

  it('imports an address carrying a user name or password without them, and says so: /addsource refuses such addresses, as every admin sees a source\'s', async () => {
    const listed = [{ name: 'Members feed', url: 'https://editor:s3cret@members.example/rss', type: 'rss', lang: 'en' }]
    await t.bot.handleUpdate(sendFile('sources.json', JSON.stringify(listed), '/importsources'))
    const report = plain(lastPayload(t).text)
    expect(report).toMatch(/^📥 Added: 1; already watched: 0\./)
    expect(report).toMatch(/user name and password taken out of the address of Members feed/)
    expect((await listSourceDefinitions(t.db)).map((s) => s.url)).toEqual(['https://members.example/rss'])
    expect(JSON.stringify(t.api.sent().map((c) => c.payload))).not.toContain('s3cret')
  })

  it.each([
    ['ru', 'false', /🚫 Не добавлены: их адреса ведут в локальную, частную или link-local сеть, а источникам, добавленным в чате, туда нельзя: RSSHub, Office NAS\./],
    ['kk', 'false', /🚫 Қосылмады: мекенжайлары жергілікті, жеке не link-local желіге апарады.*: RSSHub, Office NAS\./],
    ['en', 'true', null],
  ])('leaves out, in %s, sources whose addresses lead to a loopback or private network, as /addsource refuses them, unless ALLOW_PRIVATE_ADDRESSES=%s', async (lang, allowPrivate, refusal) => {
    const resolver = testResolver({ 'nas.office.lan': '192.168.1.20', 'astanatimes.com': '93.184.216.34' })
    const app = await createTestApp({ ALLOW_PRIVATE_ADDRESSES: allowPrivate }, { resolver })
    try {
      const opml = '<opml version="2.0"><body><outline text="RSSHub" xmlUrl="http://127.0.0.1:1200/telegram/channel/mck_rk"/><outline text="Office NAS" xmlUrl="http://nas.office.lan/feed"/><outline text="Astana Times" xmlUrl="https://astanatimes.com/feed/" language="en"/></body></opml>'
      app.api.files.set('feeds', opml)
      await app.bot.handleUpdate(message(user(ADMIN_ID, lang), '', undefined, { text: undefined, document: { file_id: 'feeds', file_unique_id: 'feeds', file_name: 'feeds.opml', file_size: opml.length }, caption: '/importsources' }))
      const names = (await listSourceDefinitions(app.db)).map((s) => s.name)
      const report = plain(lastPayload(app).text)
      if (refusal) {
        expect(names).toEqual(['Astana Times'])
        expect(report).toMatch(refusal)
      } else {
        expect(names).toEqual(['Astana Times', 'Office NAS', 'RSSHub'])
        expect(report).toMatch(/^📥 Added: 3; already watched: 0\./)
      }
    } finally {
      await app.close()
    }
  })

  it.each([
    ['en', /^📥 Added: 1; already watched: 0\.\n↩️ Back, rather than added a second time \(sources from the sources file that had been removed in \/sources\): Akorda\.$/],
    ['ru', /^📥 Добавлено: 1; уже отслеживались: 0\.\n↩️ Возвращены, а не добавлены второй раз \(источники из файла источников, удалённые в \/sources\): Akorda\.$/],
  ])('brings back a sources-file source an admin removed when its address is imported, as /addsource does, rather than adding a second source (%s)', async (lang, answer) => {
    const input = { lang: 'ru' as const, isEnabled: true, list: null, project: null, type: 'rss' as const }
    const { source } = await insertSource(t.db, { ...input, name: 'Akorda', url: 'https://akorda.kz/ru/rss' }, 'file', t.clock.now())
    await removeSource(t.db, { sourceId: source.id, adminId: ADMIN_ID, now: t.clock.now() })
    const listed = JSON.stringify([{ name: 'Akorda', url: 'http://www.akorda.kz/ru/rss/', type: 'rss', lang: 'ru' }])
    t.api.files.set('list', listed)
    await t.bot.handleUpdate(message(user(ADMIN_ID, lang), '', undefined, { text: undefined, document: { file_id: 'list', file_unique_id: 'list', file_name: 'sources.json', file_size: listed.length }, caption: '/importsources' }))
    expect(plain(lastPayload(t).text)).toMatch(answer)
    expect(await t.db.selectFrom('source').select(['id', 'name', 'origin', 'is_enabled', 'removed_at']).execute()).toEqual([{ id: source.id, name: 'Akorda', origin: 'file', is_enabled: 1, removed_at: null }])
  })

  it('imports a JSON list saved with a byte-order mark, as Windows editors save UTF-8', async () => {
    await t.bot.handleUpdate(sendFile('sources.json', `\uFEFF${JSON.stringify(SOURCES.slice(0, 1))}`, '/importsources'))
    expect(plain(lastPayload(t).text)).toMatch(/^📥 Added: 1; already watched: 0\./)
    expect((await listSourceDefinitions(t.db)).map((s) => s.name)).toEqual(['Kazinform'])
  })

  it('adds nothing from a wrong file, says why, and explains /importsources alone', async () => {
    await t.bot.handleUpdate(sendFile('bad.json', JSON.stringify([{ name: 'X', url: 'https://x.kz', type: 'rss', lang: 'ru', colour: 'red' }]), '/importsources'))
    expect(plain(lastPayload(t).text)).toBe('Nothing was imported: source «X»: unknown field «colour»')
    await t.bot.handleUpdate(sendFile('bad.opml', '<opml><body><outline text="no address"/></body></opml>', '/importsources'))
    expect(plain(lastPayload(t).text)).toBe('Nothing was imported: no outline has a feed address (xmlUrl)')
    await t.bot.handleUpdate(sendFile('broken.opml', '<opml><body><outline xmlUrl="https://inform .kz/rss"/></body></opml>', '/importsources'))
    expect(plain(lastPayload(t).text)).toBe('Nothing was imported: source «https://inform .kz/rss»: «url» must be an http(s) address')
    await t.bot.handleUpdate(command(admin, '/importsources'))
    expect(plain(lastPayload(t).text)).toMatch(/^Send a JSON file/)
    expect(await listSourceDefinitions(t.db)).toEqual([])
  })

  it.each([
    ['en', 'Nothing was imported: source «Kazinform Kazinform Kazinform Kazinform Kazinform Kazinform…»: the name is longer than 100 characters; shorten it'],
    ['ru', 'Ничего не импортировано: источник «Kazinform Kazinform Kazinform Kazinform Kazinform Kazinform…»: название длиннее 100 символов, сократите его'],
  ])('refuses a source named in more than 100 characters, from JSON or OPML, adding nothing (%s)', async (lang, answer) => {
    const from = user(ADMIN_ID, lang)
    const long = 'Kazinform '.repeat(11).trim()
    const files = [
      ['long.json', JSON.stringify([SOURCES[0], { ...SOURCES[0], name: long, url: 'https://long.kz/rss' }])],
      ['long.opml', `<opml version="2.0"><body><outline text="${long}" xmlUrl="https://long.kz/rss"/></body></opml>`],
    ]
    for (const [name, content] of files) {
      t.api.files.set(name!, content!)
      await t.bot.handleUpdate(message(from, '', undefined, { text: undefined, document: { file_id: name!, file_unique_id: name!, file_name: name! }, caption: '/importsources' }))
      expect(plain(lastPayload(t).text)).toBe(answer)
    }
    expect(await listSourceDefinitions(t.db)).toEqual([])
  })

  it.each([
    ['ru', [
      'Ничего не импортировано: источник «X»: неизвестное поле «colour»',
      'Ничего не импортировано: источник №\u00a02: нет поля «name»',
      'Ничего не импортировано: источник «X»: в поле «lang» нужно одно из: en, ru, kk',
      'Ничего не импортировано: файл не является корректным JSON (строка 2, столбец 11)',
      'Ничего не импортировано: источник «X»: источнику типа govkz нужен «project» (имя ведомства на портале, например mam)',
      'Ничего не импортировано: файл не в формате OPML: в нём нет элемента <opml>',
    ]],
    ['kk', [
      'Ештеңе импортталмады: «X» дереккөзі: белгісіз өріс «colour»',
      'Ештеңе импортталмады: №\u00a02 дереккөз: «name» өрісі жоқ',
      'Ештеңе импортталмады: «X» дереккөзі: «lang» өрісінде en, ru, kk мәндерінің бірі болуы керек',
      'Ештеңе импортталмады: файл дұрыс JSON емес (2-жол, 11-баған)',
      'Ештеңе импортталмады: «X» дереккөзі: govkz түріндегі дереккөзге «project» керек (порталдағы мекеменің қысқа аты, мысалы mam)',
      'Ештеңе импортталмады: файл OPML емес: онда <opml> элементі жоқ',
    ]],
  ])('says why a wrong file adds nothing in the admin\'s language (%s), English only in the names from the file', async (lang, answers) => {
    const from = user(ADMIN_ID, lang)
    const files = [
      ['a.json', JSON.stringify([{ name: 'X', url: 'https://x.kz', type: 'rss', lang: 'ru', colour: 'red' }])],
      ['b.json', JSON.stringify([{ name: 'Y', url: 'https://y.kz', type: 'rss', lang: 'ru' }, { url: 'https://z.kz', type: 'rss', lang: 'ru' }])],
      ['f.json', JSON.stringify([{ name: 'X', url: 'https://x.kz', type: 'rss', lang: 'de' }])],
      ['c.json', '[\n  {"name" "X"}]'],
      ['d.json', JSON.stringify([{ name: 'X', url: 'https://x.kz', type: 'govkz', lang: 'ru' }])],
      ['e.xml', '<?xml version="1.0"?><rss><channel/></rss>'],
    ]
    const said: string[] = []
    for (const [name, content] of files) {
      t.api.files.set(name!, content!)
      await t.bot.handleUpdate(message(from, '', undefined, { text: undefined, document: { file_id: name!, file_unique_id: name!, file_name: name! }, caption: '/importsources' }))
      said.push(plain(lastPayload(t).text))
    }
    expect(said).toEqual(answers)
    expect(await listSourceDefinitions(t.db)).toEqual([])
  })

  it.each([
    ['en', /^That came as a photo or other media, not as a file\. Send the source list \(JSON, OPML or addresses one a line\) as a file/],
    ['ru', /^Это пришло как фото или другое медиа, а не как файл\. Отправьте список источников \(JSON, OPML или адреса по одному в строке\) файлом/],
    ['kk', /^Бұл файл емес, фото не басқа медиа болып келді\. Дереккөздер тізімін \(JSON, OPML не әр жолда бір мекенжай\) файл ретінде/],
  ])('asks for a file when a photo or a video comes captioned /importsources (%s)', async (lang, answer) => {
    const from = user(ADMIN_ID, lang)
    const photo = { text: undefined, photo: [{ file_id: 'p', file_unique_id: 'p', width: 800, height: 600 }], caption: '/importsources' }
    await t.bot.handleUpdate(message(from, '', undefined, photo))
    expect(lastPayload(t)).toMatchObject({ chat_id: ADMIN_ID })
    expect(plain(lastPayload(t).text)).toMatch(answer)
    const video = { text: undefined, video: { file_id: 'v', file_unique_id: 'v', width: 640, height: 360, duration: 3 }, caption: '/importsources@coopwatch_test_bot' }
    await t.bot.handleUpdate(message(from, '', undefined, video))
    expect(t.api.sent().filter((c) => answer.test(plain(c.payload.text)))).toHaveLength(2)
    expect(await listSourceDefinitions(t.db)).toEqual([])
  })

  it('ignores a file or photo captioned /importsources@OtherBot, a command for another bot, in a group and in private', async () => {
    t.api.files.set('f', JSON.stringify(SOURCES))
    const file = { text: undefined, document: { file_id: 'f', file_unique_id: 'f', file_name: 'sources.json', file_size: 60 }, caption: '/importsources@OtherBot' }
    const photo = { text: undefined, photo: [{ file_id: 'p', file_unique_id: 'p', width: 800, height: 600 }], caption: '/importsources@OtherBot' }
    for (const from of [admin, user(83, 'en')]) {
      await t.bot.handleUpdate(message(from, '', groupChat(-100), file))
      await t.bot.handleUpdate(message(from, '', groupChat(-100), photo))
    }
    expect(t.api.sent()).toEqual([])
    await t.bot.handleUpdate(message(admin, '', undefined, file))
    await t.bot.handleUpdate(message(admin, '', undefined, photo))
    expect(t.api.sent().map((c) => plain(c.payload.text))).not.toContainEqual(expect.stringMatching(/Added|photo or other media/))
    expect(t.api.calls.filter((c) => c.method === 'getFile')).toEqual([])
    expect(await listSourceDefinitions(t.db)).toEqual([])
    await t.bot.handleUpdate(message(admin, '', groupChat(-100), { ...file, caption: '/importsources@Coopwatch_Test_Bot' }))
    expect(lastPayload(t)).toMatchObject({ chat_id: -100, text: expect.stringMatching(/private chat/) })
  })

  it('refuses both commands to non-admins, a file or photo captioned /importsources included, and to an admin outside a private chat', async () => {
    await t.bot.handleUpdate(command(user(83, 'en'), '/exportsources'))
    expect(plain(lastPayload(t).text)).toMatch(/only for the bot's administrators/)
    expect(t.api.sent('sendDocument')).toEqual([])
    t.api.files.set('f', JSON.stringify(SOURCES))
    const file = { text: undefined, document: { file_id: 'f', file_unique_id: 'f', file_name: 'sources.json', file_size: 60 }, caption: '/importsources' }
    await t.bot.handleUpdate(message(user(83, 'en'), '', undefined, file))
    expect(lastPayload(t)).toMatchObject({ chat_id: 83, text: expect.stringMatching(/only for the bot's administrators/) })
    await t.bot.handleUpdate(message(admin, '', groupChat(-100), file))
    expect(lastPayload(t)).toMatchObject({ chat_id: -100, text: expect.stringMatching(/private chat/) })
    const photo = { text: undefined, photo: [{ file_id: 'p', file_unique_id: 'p', width: 800, height: 600 }], caption: '/importsources' }
    await t.bot.handleUpdate(message(user(84, 'en'), '', undefined, photo))
    expect(lastPayload(t)).toMatchObject({ chat_id: 84, text: expect.stringMatching(/only for the bot's administrators/) })
    expect(await listSourceDefinitions(t.db)).toEqual([])
  })

  it('names every source an import left out, over several messages when they outgrow one, each within Telegram\'s limit', async () => {
    // Loopback addresses, refused to sources added in chat: the admin must see which, to fix them one by one.
    const names = Array.from({ length: 120 }, (_, i) => `Управление культуры, архивов и документации области №${i + 1}`)
    const listed = names.map((name, i) => ({ name, url: `http://127.0.0.1:${1000 + i}/rss`, type: 'rss', lang: 'ru' }))
    const before = t.api.sent().length
    await t.bot.handleUpdate(sendFile('regions.json', JSON.stringify(listed), '/importsources'))
    const answers = t.api.sent().slice(before).map((c) => plain(c.payload.text))
    expect(answers.length).toBeGreaterThan(1)
    expect(answers[0]).toMatch(/^📥 Added: 0; already watched: 0\./)
    for (const answer of answers) expect(answer.length).toBeLessThanOrEqual(4096)
    const said = answers.join('\n')
    for (const name of names) expect([`${name},`, `${name}.`].some((named) => said.includes(named)), name).toBe(true)
    expect(said).not.toMatch(/\(\+\d+\)/)
    expect(await listSourceDefinitions(t.db)).toEqual([])
  })

  it('looks at the addresses of a text list side by side, so slow sites do not keep the admin waiting one after another', async () => {
    await t.close()
    t = await createTestApp({ ALLOW_PRIVATE_ADDRESSES: 'true' })
    // Each feed answers only once both have been asked for: looked at one at a time, the first would wait out the
    // fetcher's timeout and be taken as typed, "not reached".
    const feeds = new FixtureServer()
    feeds.file('/a.xml', 'feeds/ministry-ru.xml').file('/b.xml', 'feeds/ministry-ru.xml')
    const held: (() => void)[] = []
    for (const path of ['/a.xml', '/b.xml']) {
      const serve = feeds.handlerOf(path)!
      feeds.route(path, (req, res, body) => {
        held.push(() => serve(req, res, body))
        if (held.length === 2) for (const release of held) release()
      })
    }
    await feeds.start()
    try {
      t.api.files.set('list.txt', `Feed A ${feeds.url('/a.xml')}\nFeed B ${feeds.url('/b.xml')}`)
      await t.bot.handleUpdate(message(admin, '', undefined, { text: undefined, document: { file_id: 'list.txt', file_unique_id: 'list', file_name: 'list.txt' }, caption: '/importsources' }))
      const report = plain(lastPayload(t).text)
      expect(report).toMatch(/^📥 Added: 2; already watched: 0\./)
      expect(report).not.toMatch(/Not reached now/)
      expect(feeds.hits('/a.xml')).toHaveLength(1)
      expect(feeds.hits('/b.xml')).toHaveLength(1)
    } finally {
      await feeds.stop()
    }
  }, 120_000)
})

describe('/importsources: too many sources', () => {
  it.each([
    [501, 'в файле 501 источник,'],
    [502, 'в файле 502 источника,'],
    [511, 'в файле 511 источников,'],
  ])('counts the sources of a file refused as too long in Russian with the plural they take (%i)', (count, said) => {
    expect(createI18n().t('ru', 'admin-import-too-many', { count, limit: 500 }).replace(/\u00a0/g, ' ')).toContain(said)
  })
})
