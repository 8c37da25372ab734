import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { User } from 'grammy/types'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { setAlertSettings } from '../../src/db/subscriptions.js'
import { syncSourcesFile } from '../../src/ingest/sources-file.js'
import { FixtureServer } from '../helpers/fixture-server.js'
import { lastMessageId } from '../bot/admin/helpers.js'
import { ADMIN_ID, createTestApp, type TestApp } from '../helpers/test-app.js'
import { callback, command, message, user } from '../helpers/updates.js'

interface Story {
  path: string
  title: string
  /** Sentences of the text: repeated past a teaser's length, so the feed carries the whole article. */
  text: string
  pubDate: Date
}

function fullTextRss(base: string, name: string, stories: readonly Story[]): string {
  const items = stories.map((s) => `<item><title>${s.title}</title><link>${base}${s.path}</link><guid>${s.path}</guid>
    <pubDate>${s.pubDate.toUTCString()}</pubDate><description>${`${s.text} `.repeat(8)}</description></item>`)
  return `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>${name}</title><link>${base}/</link>
    <description>Новости</description>${items.join('')}</channel></rss>`
}

const FRANCE_TITLE = 'Казахстан и Франция подписали меморандум о сотрудничестве музеев'
const FRANCE_TEXT =
  'Министр культуры и информации Республики Казахстан и посол Франции подписали в Астане меморандум о сотрудничестве в области музейного дела. ' +
  'Стороны договорились о совместных выставках, обмене экспонатами и стажировках реставраторов. ' +
  'Первая совместная выставка откроется в Национальном музее Республики Казахстан осенью.'
/** The source's edit: Italy signed too. */
const ITALY_TITLE = 'Казахстан, Франция и Италия подписали меморандум о сотрудничестве музеев'
const ITALY_TEXT =
  'Министр культуры и информации Республики Казахстан, посол Франции и посол Италии подписали в Астане меморандум о сотрудничестве в области музейного дела. ' +
  'Стороны договорились о совместных выставках, обмене экспонатами и стажировках реставраторов. ' +
  'Первая совместная выставка откроется в Национальном музее Республики Казахстан осенью, затем в Риме.'
/** An edit that leaves France out. */
const ITALY_ONLY_TITLE = 'Казахстан и Италия подписали меморандум о сотрудничестве музеев'
const ITALY_ONLY_TEXT =
  'Министр культуры и информации Республики Казахстан и посол Италии подписали в Астане меморандум о сотрудничестве в области музейного дела. ' +
  'Стороны договорились о совместных выставках, обмене экспонатами и стажировках реставраторов. ' +
  'Первая совместная выставка откроется в Национальном музее Республики Казахстан осенью, затем в Риме.'

/**
 * A source edits an article it published: the poller reads it again, the classifier finds a new
 * partner, and the chats following that partner hear of it, once; nobody hears of it twice.
 */
describe('an article its source edits after publishing', () => {
  let t: TestApp
  let site: FixtureServer
  const feeds = new Map<string, Story[]>()

  beforeEach(async () => {
    site = new FixtureServer()
    await site.start()
    feeds.clear()
    for (const [path, name] of [['/mki.xml', 'МКИ РК'], ['/kazinform.xml', 'Казинформ']] as const) {
      feeds.set(path, [])
      site.route(path, (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' })
        res.end(fullTextRss(site.base, name, feeds.get(path)!))
      })
    }
    const sourcesFile = join(mkdtempSync(join(tmpdir(), 'coopwatch-source-edits-')), 'sources.json')
    writeFileSync(sourcesFile, JSON.stringify([
      { name: 'MKI', url: site.url('/mki.xml'), type: 'rss', lang: 'ru' },
      { name: 'Kazinform', url: site.url('/kazinform.xml'), type: 'rss', lang: 'ru' },
    ]))
    t = await createTestApp({ SOURCES_FILE: sourcesFile, POLL_INTERVAL_SECONDS: '60' })
    expect(await syncSourcesFile(t.deps)).toMatchObject({ ok: true })
    // The first poll of a source is its backlog, which alerts nobody: have it done with.
    await pollAndSend()
  })
  afterEach(async () => {
    await t.close()
    await site.stop()
  })

  /** One poll of every source (each is due: the clock moves past the interval), then one pass of the sender. */
  async function pollAndSend(): Promise<void> {
    t.clock.advance(5 * 60_000)
    await t.app.poller.runOnce()
    await t.app.alerts.sender.runOnce()
  }

  async function subscribe(who: User, what: string): Promise<void> {
    await t.bot.handleUpdate(command(who, `/subscribe ${what}`))
  }

  const alertsTo = (who: User): string[] =>
    t.api.sent().filter((c) => c.payload.chat_id === who.id && String(c.payload.text).startsWith('🔔')).map((c) => String(c.payload.text))

  /** The ministry's story alerts `who`; another source's copy of it (its own words, the same headline) is then held back as a repeat. */
  async function alertThenHoldBackCopy(who: User): Promise<Story> {
    feeds.set('/mki.xml', [{ path: '/news/kz-fr-museums', title: FRANCE_TITLE, text: FRANCE_TEXT, pubDate: t.clock.now() }])
    await pollAndSend()
    const copy: Story = { path: '/kazinform/kz-fr', title: FRANCE_TITLE, text: `${FRANCE_TEXT} Об этом сообщает пресс-служба министерства.`, pubDate: t.clock.now() }
    feeds.set('/kazinform.xml', [copy])
    await pollAndSend()
    expect(alertsTo(who)).toHaveLength(1)
    return copy
  }

  async function outboxOf(who: User) {
    return t.db.selectFrom('alert_outbox').select(['article_id', 'delivery', 'state']).where('chat_id', '=', who.id).orderBy('id').execute()
  }

  it('alerts the chats only the new labels match, once, and nobody already alerted or still waiting', async () => {
    const france = user(801, 'ru')
    const italy = user(802, 'ru')
    const italyDigest = user(803, 'ru')
    const museums = user(804, 'ru')
    const lateItaly = user(805, 'ru')
    await subscribe(france, 'франция')
    await subscribe(italy, 'италия')
    await subscribe(italyDigest, 'италия')
    await setAlertSettings(t.db, { chatId: italyDigest.id, chatType: 'private' }, { alertMode: 'digest' }, t.clock.now())
    await subscribe(museums, 'museums')

    const story: Story = { path: '/news/kz-fr-museums', title: FRANCE_TITLE, text: FRANCE_TEXT, pubDate: t.clock.now() }
    feeds.set('/mki.xml', [story])
    await pollAndSend()
    expect(alertsTo(france)).toEqual([expect.stringContaining(FRANCE_TITLE)])
    expect(alertsTo(museums)).toEqual([expect.stringContaining(FRANCE_TITLE)])
    expect(alertsTo(italy)).toEqual([])
    expect(await outboxOf(italyDigest)).toEqual([])

    // Subscribed after the item was published: its edit is not news to this chat.
    t.clock.advance(60_000)
    await subscribe(lateItaly, 'италия')
    feeds.set('/mki.xml', [{ ...story, title: ITALY_TITLE, text: ITALY_TEXT }])
    await pollAndSend()
    const [article] = await t.db.selectFrom('article').select(['id', 'title']).execute()
    expect(article!.title).toBe(ITALY_TITLE)
    expect(await t.db.selectFrom('article_partner').select('country').where('article_id', '=', article!.id).orderBy('country').execute()).toEqual([{ country: 'FR' }, { country: 'IT' }])
    expect(alertsTo(italy)).toEqual([expect.stringContaining(ITALY_TITLE)])
    expect(await outboxOf(italyDigest)).toEqual([{ article_id: article!.id, delivery: 'digest', state: 'pending' }])
    expect(alertsTo(france)).toHaveLength(1)
    expect(alertsTo(museums)).toHaveLength(1)
    expect(alertsTo(lateItaly)).toEqual([])
    expect(await outboxOf(lateItaly)).toEqual([])

    // Edited again (a typo fixed): every chat it matches has had it, or has it waiting in its digest.
    feeds.set('/mki.xml', [{ ...story, title: `${ITALY_TITLE}.`, text: `${ITALY_TEXT} Подробности позже.` }])
    await pollAndSend()
    expect((await t.db.selectFrom('article').select('title').executeTakeFirstOrThrow()).title).toBe(`${ITALY_TITLE}.`)
    for (const who of [france, italy, museums]) expect(alertsTo(who)).toHaveLength(1)
    expect(await outboxOf(italyDigest)).toHaveLength(1)
    expect(alertsTo(lateItaly)).toEqual([])
  })

  it('does not alert a chat that had the story from another source, though the edit changed its title and text', async () => {
    const france = user(811, 'ru')
    const italy = user(812, 'ru')
    await subscribe(france, 'франция')
    await subscribe(italy, 'италия')

    const copy = await alertThenHoldBackCopy(france)
    expect(await t.db.selectFrom('article').select('id').execute()).toHaveLength(2)

    // That source edits its copy twice: the story's key and text change each time.
    feeds.set('/kazinform.xml', [{ ...copy, title: ITALY_TITLE, text: ITALY_TEXT }])
    await pollAndSend()
    expect(alertsTo(italy)).toEqual([expect.stringContaining(ITALY_TITLE)])
    feeds.set('/kazinform.xml', [{ ...copy, title: `${ITALY_TITLE}!`, text: `${ITALY_TEXT} Подробности позже.` }])
    await pollAndSend()
    expect(alertsTo(france)).toEqual([expect.stringContaining(FRANCE_TITLE)])
    expect(alertsTo(italy)).toHaveLength(1)
  })

  it('does not alert a chat that had the story from another source when an edit drops its label and the next restores it under a new headline', async () => {
    const france = user(841, 'ru')
    await subscribe(france, 'франция')
    const copy = await alertThenHoldBackCopy(france)

    // France left out by mistake, then put back with Italy: the copy now matches the chat under a key and text no other copy has.
    feeds.set('/kazinform.xml', [{ ...copy, title: ITALY_ONLY_TITLE, text: ITALY_ONLY_TEXT }])
    await pollAndSend()
    const [, edited] = await t.db.selectFrom('article').select('id').orderBy('id').execute()
    expect(await t.db.selectFrom('article_partner').select('country').where('article_id', '=', edited!.id).execute()).toEqual([{ country: 'IT' }])
    feeds.set('/kazinform.xml', [{ ...copy, title: ITALY_TITLE, text: ITALY_TEXT }])
    await pollAndSend()
    expect(await t.db.selectFrom('article_partner').select('country').where('article_id', '=', edited!.id).orderBy('country').execute()).toEqual([{ country: 'FR' }, { country: 'IT' }])
    expect(alertsTo(france)).toEqual([expect.stringContaining(FRANCE_TITLE)])
  })

  it('alerts every chat the item matches when the edit corrects a date too old to alert into a current one', async () => {
    const france = user(831, 'ru')
    const italy = user(832, 'ru')
    await subscribe(france, 'франция')
    await subscribe(italy, 'италия')
    // Published with last year's date (a typo): too old to alert anyone.
    const story: Story = { path: '/news/kz-fr-museums', title: FRANCE_TITLE, text: FRANCE_TEXT, pubDate: new Date(t.clock.now().getTime() - 365 * 86_400_000) }
    feeds.set('/mki.xml', [story])
    await pollAndSend()
    expect(alertsTo(france)).toEqual([])
    // The source fixes the date, and adds Italy.
    feeds.set('/mki.xml', [{ ...story, title: ITALY_TITLE, text: ITALY_TEXT, pubDate: t.clock.now() }])
    await pollAndSend()
    expect(alertsTo(italy)).toEqual([expect.stringContaining(ITALY_TITLE)])
    expect(alertsTo(france)).toEqual([expect.stringContaining(ITALY_TITLE)])
  })

  it('judges another source\'s copy arriving after an admin relabelled the story by the admin\'s labels, keeping its own, until the admin undoes the ruling', async () => {
    const admin = user(ADMIN_ID, 'en')
    const france = user(851, 'ru')
    const italy = user(852, 'ru')
    const lateItaly = user(853, 'ru')
    const lateFrance = user(854, 'ru')
    await subscribe(france, 'франция')
    await subscribe(italy, 'италия')
    feeds.set('/mki.xml', [{ path: '/news/kz-fr-museums', title: FRANCE_TITLE, text: FRANCE_TEXT, pubDate: t.clock.now() }])
    t.clock.advance(5 * 60_000)
    await t.app.poller.runOnce()
    const [first] = await t.db.selectFrom('article').select('id').execute()

    // Before its alerts leave, an admin rules the memorandum is Italy's, not France's.
    await t.bot.handleUpdate(callback(admin, `rv:p:${first!.id}`))
    await t.bot.handleUpdate(message(admin, 'Italy'))
    await t.bot.handleUpdate(callback(admin, 'cv:ok', undefined, lastMessageId(t.api, ADMIN_ID)))
    await t.app.alerts.sender.runOnce()
    expect(alertsTo(france)).toEqual([])
    expect(alertsTo(italy)).toEqual([expect.stringContaining(FRANCE_TITLE)])

    // Another source's copy arrives, the classifier reading France in it; two chats have followed Italy and France since the first copy.
    t.clock.advance(60_000)
    await subscribe(lateItaly, 'италия')
    await subscribe(lateFrance, 'франция')
    feeds.set('/kazinform.xml', [{ path: '/kazinform/kz-fr', title: FRANCE_TITLE, text: `${FRANCE_TEXT} Об этом сообщает пресс-служба министерства.`, pubDate: t.clock.now() }])
    await pollAndSend()
    const [, copy] = await t.db.selectFrom('article').select('id').orderBy('id').execute()
    expect(copy).toBeDefined()
    expect(alertsTo(france)).toEqual([])
    expect(alertsTo(lateFrance)).toEqual([])
    expect(alertsTo(italy)).toHaveLength(1)
    expect(alertsTo(lateItaly)).toEqual([expect.stringMatching(/^🔔 <b>Новый материал<\/b> по подписке: 🇮🇹 Италия\n\n🇮🇹 Италия\n[\s\S]*<i>Kazinform<\/i>$/)])
    expect(await t.db.selectFrom('article_partner').select('country').where('article_id', '=', copy!.id).execute()).toEqual([{ country: 'FR' }])

    // The ruling undone, the story is France's again: the first copy's withdrawn alert comes, and
    // the copy (judged by its own labels again) to the chat subscribed too late for the first; once.
    const { id: ruling } = await t.db.selectFrom('audit_log').select('id').where('action', '=', 'edit-partners').executeTakeFirstOrThrow()
    await t.bot.handleUpdate(callback(admin, `rv:u:${ruling}`))
    expect(t.api.sent().at(-1)?.payload.text).toMatch(/Alerts queued again: 1\.\nAlerts queued for another source's copy of the story instead: 1\./)
    await pollAndSend()
    await pollAndSend()
    expect(alertsTo(france)).toEqual([expect.stringMatching(/^🔔 <b>Новый материал<\/b> по подписке: 🇫🇷 Франция\n\n🇫🇷 Франция\n[\s\S]*<i>MKI<\/i>$/)])
    expect(alertsTo(lateFrance)).toEqual([expect.stringMatching(/^🔔 <b>Новый материал<\/b> по подписке: 🇫🇷 Франция\n\n🇫🇷 Франция\n[\s\S]*<i>Kazinform<\/i>$/)])
    expect([...alertsTo(italy), ...alertsTo(lateItaly)]).toHaveLength(2)
  })

  it(`alerts nobody for an edit of an item older than ALERT_MAX_AGE_HOURS`, async () => {
    const italy = user(821, 'ru')
    await subscribe(italy, 'италия')
    const story: Story = { path: '/news/kz-fr-museums', title: FRANCE_TITLE, text: FRANCE_TEXT, pubDate: t.clock.now() }
    feeds.set('/mki.xml', [story])
    await pollAndSend()
    t.clock.advance(73 * 3_600_000)
    feeds.set('/mki.xml', [{ ...story, title: ITALY_TITLE, text: ITALY_TEXT }])
    await pollAndSend()
    expect((await t.db.selectFrom('article').select('title').executeTakeFirstOrThrow()).title).toBe(ITALY_TITLE)
    expect(alertsTo(italy)).toEqual([])
    expect(await outboxOf(italy)).toEqual([])
  })
})
