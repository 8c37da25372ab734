import type { LanguageCode } from 'grammy/types'
import { sql } from 'kysely'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createApp } from '../../src/app.js'
import { recordAudit } from '../../src/db/audit.js'
import { createMigrator, migrateToLatestOrThrow } from '../../src/db/migrate.js'
import { getChatLanguage } from '../../src/db/subscribers.js'
import { telegramError } from '../helpers/fake-bot-api.js'
import { itemWithPartner, seedItems } from '../helpers/seed-items.js'
import { plain } from '../helpers/payloads.js'
import { ADMIN_ID, createTestApp, testConfig, type TestApp } from '../helpers/test-app.js'
import { callback, command, groupChat, message, user } from '../helpers/updates.js'

describe('/lang', () => {
  let t: TestApp
  beforeEach(async () => {
    t = await createTestApp()
  })
  afterEach(async () => t.close())

  it('switches the interface, country names and kinds to the chosen language', async () => {
    await seedItems(t.db, [itemWithPartner('DE', { kind: 'commission' })])
    const from = user(70, 'en')
    await t.bot.handleUpdate(command(from, '/lang'))
    const kk = t.api.sent().at(-1)!.payload.reply_markup.inline_keyboard.flat().find((b: { text: string }) => b.text.includes('Қазақша'))
    await t.bot.handleUpdate(callback(from, kk.callback_data))
    expect(t.api.sent('editMessageText').at(-1)?.payload.text).toMatch(/Интерфейс тілі: 🇰🇿 Қазақша/)
    expect(await getChatLanguage(t.db, 70)).toBe('kk')
    await t.bot.handleUpdate(command(from, '/country germany'))
    expect(t.api.sent().at(-1)?.payload.text).toMatch(/Германия[\s\S]*Комиссия/)
    await t.bot.handleUpdate(command(from, '/help'))
    expect(t.api.sent().at(-1)?.payload.text).toMatch(/Не істей аламын/)
  })

  it.each([
    ['en', '/lang kk', 'kk', /Интерфейс тілі: 🇰🇿 Қазақша/],
    ['en', '/lang Русский', 'ru', /🇷🇺 Русский/],
    ['ru', '/lang english', 'en', /🇬🇧 English/],
    ['ru', '/lang қазақша', 'kk', /Интерфейс тілі: 🇰🇿 Қазақша/],
  ])('switches at once to a language named after /lang (%s: %s), where it showed the chooser whatever was typed', async (lang, text, stored, answer) => {
    await t.bot.handleUpdate(command(user(71, lang), text))
    expect(plain(t.api.sent().at(-1)!.payload.text)).toMatch(answer)
    expect(t.api.sent().at(-1)!.payload.reply_markup).toBeUndefined()
    expect(await getChatLanguage(t.db, 71)).toBe(stored)
  })

  it('says a language it does not speak is not one, above the chooser, and lets only a group\'s admins switch a group\'s', async () => {
    await t.bot.handleUpdate(command(user(72, 'en'), '/lang de'))
    expect(plain(t.api.sent().at(-1)!.payload.text)).toBe('«de» is not a language I speak: English, Russian or Kazakh (/lang en, /lang ru, /lang kk).\nChoose the interface language:')
    const group = groupChat(-1072)
    t.api.chatAdministrators.set(-1072, [73])
    await t.bot.handleUpdate(message(user(74, 'en'), '/lang ru', group))
    expect(plain(t.api.sent().at(-1)!.payload.text)).toMatch(/Only this chat's admins choose the language/)
    await t.bot.handleUpdate(message(user(73, 'en'), '/lang ru', group))
    expect(await getChatLanguage(t.db, -1072)).toBe('ru')
  })

  it('follows a reader\'s Telegram language where they never chose one with /lang, alerts included, and holds a chosen one', async () => {
    await seedItems(t.db, [itemWithPartner('RU')])
    await t.bot.handleUpdate(command(user(74, 'ru'), '/subscribe россия'))
    expect(await getChatLanguage(t.db, 74)).toBe('ru')
    await t.bot.handleUpdate(command(user(74, 'kk'), '/help'))
    expect(t.api.sent().at(-1)?.payload.text).toMatch(/Не істей аламын/)
    expect(await getChatLanguage(t.db, 74)).toBe('kk')
    await t.bot.handleUpdate(callback(user(74, 'kk'), 'lang:en'))
    await t.bot.handleUpdate(command(user(74, 'ru'), '/help'))
    expect(t.api.sent().at(-1)?.payload.text).not.toMatch(/Не істей аламын|Что я умею/)
    expect(await getChatLanguage(t.db, 74)).toBe('en')
  })

  it('holds a language stored before chats kept their Telegram language, as one chosen (the README says so)', async () => {
    await createMigrator(t.db).migrateTo(BEFORE_KEPT_LANGUAGES)
    const at = t.clock.now().toISOString()
    await sql`insert into subscriber (chat_id, chat_type, language, created_at, updated_at) values (76, 'private', 'ru', ${at}, ${at})`.execute(t.db)
    await migrateToLatestOrThrow(t.db)
    await t.bot.handleUpdate(command(user(76, 'kk'), '/help'))
    expect(t.api.sent().at(-1)?.payload.text).toMatch(/Что я умею/)
    expect(await getChatLanguage(t.db, 76)).toBe('ru')
  })

  it('keeps a group\'s language whoever writes in it', async () => {
    const group = groupChat(-1011)
    t.api.chatAdministrators.set(-1011, [75])
    await t.bot.handleUpdate(message(user(75, 'ru'), '/subscribe россия', group))
    await t.bot.handleUpdate(message(user(75, 'kk'), '/help', group))
    expect(await getChatLanguage(t.db, -1011)).toBe('ru')
  })

  it.each([
    ['en', "Only this chat's admins choose the language it is answered in."],
    ['ru', 'Язык ответов в этом чате выбирают только его администраторы.'],
    ['kk', 'Бұл чаттағы жауаптардың тілін тек оның әкімшілері таңдайды.'],
  ])('tells a group member who is no admin (%s) that its admins choose its language, with no buttons to press, where it spoke of subscriptions and settings or offered buttons that only refused', async (lang, refusal) => {
    const group = groupChat(-1073)
    t.api.chatAdministrators.set(-1073, [76])
    const member = user(77, lang)
    for (const text of ['/lang', '/lang kk']) {
      await t.bot.handleUpdate(message(member, text, group))
      expect(plain(t.api.sent().at(-1)!.payload.text)).toBe(refusal)
      expect(t.api.sent().at(-1)!.payload.reply_markup).toBeUndefined()
    }
    await t.bot.handleUpdate(callback(member, 'lang:kk', group))
    expect(t.api.sent('answerCallbackQuery').at(-1)?.payload).toMatchObject({ show_alert: true, text: refusal })
    expect(await getChatLanguage(t.db, -1073)).toBeNull()
    await t.bot.handleUpdate(message(user(76, lang), '/lang', group))
    expect(t.api.sent().at(-1)!.payload.reply_markup).toBeDefined()
  })

  it('refuses a forged language and a group member changing the group language', async () => {
    await t.bot.handleUpdate(callback(user(71, 'ru'), 'lang:de'))
    expect(t.api.sent('answerCallbackQuery').at(-1)?.payload.text).toMatch(/устарела/)
    const group = groupChat(-1010)
    t.api.chatAdministrators.set(-1010, [72])
    await t.bot.handleUpdate(callback(user(73, 'en'), 'lang:ru', group))
    expect(t.api.sent('answerCallbackQuery').at(-1)?.payload).toMatchObject({ show_alert: true })
    expect(await getChatLanguage(t.db, -1010)).toBeNull()
    await t.bot.handleUpdate(message(user(72, 'en'), '/lang', group))
    await t.bot.handleUpdate(callback(user(72, 'en'), 'lang:ru', group))
    expect(await getChatLanguage(t.db, -1010)).toBe('ru')
  })
})

describe('/start', () => {
  let t: TestApp
  beforeEach(async () => {
    t = await createTestApp()
  })
  afterEach(async () => t.close())

  it('greets in three lines and the user\'s id, with /country and /subscribe buttons that work', async () => {
    await seedItems(t.db, [itemWithPartner('RU')])
    const from = user(80, 'ru')
    await t.bot.handleUpdate(command(from, '/start'))
    const greeting = t.api.sent().at(-1)!.payload
    expect(String(greeting.text).split('\n')).toHaveLength(5)
    expect(plain(greeting.text)).toMatch(/\n\nВаш Telegram id: 80$/)
    const [country, subscribe] = greeting.reply_markup.inline_keyboard.flat()
    expect([country.text, subscribe.text]).toEqual(['🌍 Страны', '🔔 Подписаться'])
    await t.bot.handleUpdate(callback(from, country.callback_data))
    expect(t.api.sent('editMessageText').at(-1)?.payload.reply_markup.inline_keyboard.flat()[0].text).toBe('🇷🇺 Россия · 1')
    await t.bot.handleUpdate(callback(from, subscribe.callback_data))
    expect(t.api.sent().at(-1)?.payload.text).toMatch(/На что подписаться здесь/)
  })

  it("sets a private chat's command menu in the language it chose with /lang, whatever its app's language", async () => {
    const from = user(71, 'en')
    await t.bot.handleUpdate(callback(from, 'lang:kk'))
    const menu = await t.bot.api.getMyCommands({ scope: { type: 'chat', chat_id: 71 } })
    expect(menu).toContainEqual({ command: 'country', description: 'Серіктес елге қатысты материалдар' })
    expect(menu.map((c) => c.command)).toEqual(['country', 'latest', 'search', 'export', 'subscribe', 'unsubscribe', 'subscriptions', 'settings', 'suggest', 'lang', 'help', 'start', 'id'])
    await t.bot.handleUpdate(callback(from, 'lang:ru'))
    expect(await t.bot.api.getMyCommands({ scope: { type: 'chat', chat_id: 71 } })).toContainEqual({ command: 'country', description: 'Материалы со страной-партнёром' })
  })

  it.each([
    [403, 'Forbidden: bot was blocked by the user'],
    [400, 'Bad Request: chat not found'],
  ])('answers /lang as usual when Telegram refuses the chat\'s menu (%i)', async (status, description) => {
    t.api.failFor({ method: 'setMyCommands' }, () => telegramError(status, description))
    await t.bot.handleUpdate(callback(user(72, 'en'), 'lang:kk'))
    expect(t.api.sent('setMyCommands')).toHaveLength(1)
    expect(plain(t.api.sent('editMessageText').at(-1)?.payload.text)).toMatch(/Интерфейс тілі: 🇰🇿 Қазақша/)
    expect(t.api.sent('answerCallbackQuery')).toHaveLength(1)
    expect(await getChatLanguage(t.db, 72)).toBe('kk')
  })

  it("leaves a group's menu alone: the group's language is no member's app's", async () => {
    const group = groupChat(-1012)
    t.api.chatAdministrators.set(-1012, [73])
    await t.bot.handleUpdate(callback(user(73, 'en'), 'lang:ru', group))
    expect(await getChatLanguage(t.db, -1012)).toBe('ru')
    expect(t.api.sent('setMyCommands')).toEqual([])
  })

  it("sets an admin's menu, admin commands and all, in the language chosen, in every app language and at the next start", async () => {
    await t.bot.handleUpdate(callback(user(ADMIN_ID, 'en'), 'lang:ru'))
    const adminMenu = (language_code?: LanguageCode) => t.bot.api.getMyCommands({ scope: { type: 'chat', chat_id: ADMIN_ID }, ...(language_code ? { language_code } : {}) })
    for (const code of [undefined, 'en', 'ru', 'kk'] as const) {
      const menu = await adminMenu(code)
      expect(menu).toContainEqual({ command: 'country', description: 'Материалы со страной-партнёром' })
      expect(menu.map((c) => c.command)).toContain('review')
    }
    await t.app.start()
    for (const code of [undefined, 'en', 'kk'] as const) expect(await adminMenu(code)).toContainEqual({ command: 'country', description: 'Материалы со страной-партнёром' })
  })

  it('gives a former admin who chose a language the public menu in it once the admin menu is withdrawn', async () => {
    await startWithAdmins(t, '500001,500002')
    await t.bot.handleUpdate(callback(user(500002, 'en'), 'lang:kk'))
    await startWithAdmins(t, '500001')
    const menu = await t.bot.api.getMyCommands({ scope: { type: 'chat', chat_id: 500002 } })
    expect(menu).toContainEqual({ command: 'country', description: 'Серіктес елге қатысты материалдар' })
    expect(menu.map((c) => c.command)).not.toContain('review')
  })

  it('registers the command menu in every language at start', async () => {
    await t.app.start()
    const calls = t.api.sent('setMyCommands').filter((c) => c.payload.scope === undefined)
    expect(calls.map((c) => c.payload.language_code ?? 'default')).toEqual(['default', 'en', 'ru', 'kk', 'uk', 'be', 'ky', 'uz', 'tg', 'tk', 'tt'])
    expect(calls.at(-1)?.payload.commands).toContainEqual({ command: 'country', description: 'Материалы со страной-партнёром' })
    expect(calls[2]?.payload.commands).toContainEqual({ command: 'country', description: 'Материалы со страной-партнёром' })
    for (const call of calls) expect(call.payload.commands.map((c: { command: string }) => c.command)).toEqual(['country', 'latest', 'search', 'export', 'subscribe', 'unsubscribe', 'subscriptions', 'settings', 'suggest', 'lang', 'help', 'start', 'id'])
  })

  it('gives an id taken out of ADMIN_IDS the public menu back at the next start, in every language', async () => {
    await startWithAdmins(t, '500001,500002')
    const adminMenu = (chatId: number, language_code?: LanguageCode) => t.bot.api.getMyCommands({ scope: { type: 'chat', chat_id: chatId }, ...(language_code ? { language_code } : {}) })
    expect((await adminMenu(500002, 'kk')).map((c) => c.command)).toContain('review')
    t.api.clearCalls()

    await startWithAdmins(t, '500001')
    const deleted = t.api.sent('deleteMyCommands')
    expect(deleted.map((c) => [c.payload.scope, c.payload.language_code ?? 'default'])).toEqual(['default', 'en', 'ru', 'kk'].map((lang) => [{ type: 'chat', chat_id: 500002 }, lang]))
    for (const lang of [undefined, 'en', 'ru', 'kk'] as const) expect(await adminMenu(500002, lang)).toEqual([])
    expect((await adminMenu(500001, 'ru')).map((c) => c.command)).toContain('review')

    // Deleted once: the next start has nothing more to withdraw.
    t.api.clearCalls()
    await startWithAdmins(t, '500001')
    expect(t.api.sent('deleteMyCommands')).toEqual([])
  })

  it('tries a deletion Telegram refused again at the next start', async () => {
    await startWithAdmins(t, '500001,500002')
    t.api.failFor({ method: 'deleteMyCommands', times: 1 }, () => telegramError(400, 'Bad Request: chat not found'))
    await startWithAdmins(t, '500001')
    expect(t.api.sent('deleteMyCommands')).toHaveLength(1)
    t.api.clearCalls()
    await startWithAdmins(t, '500001')
    expect(t.api.sent('deleteMyCommands').map((c) => c.payload.scope.chat_id)).toEqual([500002, 500002, 500002, 500002])
    expect(await t.bot.api.getMyCommands({ scope: { type: 'chat', chat_id: 500002 } })).toEqual([])
  })

  it('withdraws, once, the menu of an admin who acted (audit log) and left ADMIN_IDS before the bot recorded where it set menus', async () => {
    // A database from before admin_command_menu was filled: 500002 and 500001 acted as admins then.
    await startWithAdmins(t, '500001,500002')
    await t.db.deleteFrom('admin_command_menu').execute()
    await createMigrator(t.db).migrateTo(BEFORE_AUDITED_MENUS)
    for (const adminId of [500001, 500002, 500002]) await recordAudit(t.db, { adminId, action: 'approve', now: t.clock.now() })
    await migrateToLatestOrThrow(t.db)
    t.api.clearCalls()

    await startWithAdmins(t, '500001')
    expect(t.api.sent('deleteMyCommands').map((c) => [c.payload.scope, c.payload.language_code ?? 'default'])).toEqual(
      ['default', 'en', 'ru', 'kk'].map((lang) => [{ type: 'chat', chat_id: 500002 }, lang]),
    )
    expect(await t.bot.api.getMyCommands({ scope: { type: 'chat', chat_id: 500002 }, language_code: 'ru' })).toEqual([])
    expect((await t.bot.api.getMyCommands({ scope: { type: 'chat', chat_id: 500001 }, language_code: 'ru' })).map((c) => c.command)).toContain('review')
    t.api.clearCalls()
    await startWithAdmins(t, '500001')
    expect(t.api.sent('deleteMyCommands')).toEqual([])
  })

  it('withdraws an admin menu set only in part (a language refused) once the id leaves ADMIN_IDS', async () => {
    t.api.failFor({ method: 'setMyCommands' }, (payload) =>
      payload.scope?.chat_id === 500002 && payload.language_code === 'ru' ? telegramError(400, 'Bad Request: something went wrong') : { body: { ok: true, result: true } },
    )
    await startWithAdmins(t, '500001,500002')
    expect(t.api.sent('setMyCommands').filter((c) => c.payload.scope?.chat_id === 500002).map((c) => c.payload.language_code ?? 'default')).toEqual(['default', 'en', 'ru'])
    t.api.clearCalls()

    await startWithAdmins(t, '500001')
    expect(t.api.sent('deleteMyCommands').map((c) => [c.payload.scope.chat_id, c.payload.language_code ?? 'default'])).toEqual(['default', 'en', 'ru', 'kk'].map((lang) => [500002, lang]))
  })

  it("adds the admin commands to each admin's own chat only, and starts even when Telegram refuses one", async () => {
    const other = await createTestApp({ ADMIN_IDS: '500001,500002' })
    try {
      // An admin who never opened the bot: Telegram knows no such chat.
      other.api.failFor({ method: 'setMyCommands' }, (payload) =>
        payload.scope?.chat_id === 500002 ? telegramError(400, 'Bad Request: chat not found') : { body: { ok: true, result: true } },
      )
      await other.app.start()
      const scoped = other.api.sent('setMyCommands').filter((c) => c.payload.scope?.type === 'chat')
      expect(new Set(scoped.map((c) => c.payload.scope.chat_id))).toEqual(new Set([500001, 500002]))
      const forAdmin = scoped.find((c) => c.payload.scope.chat_id === 500001 && c.payload.language_code === 'ru')
      expect(forAdmin?.payload.commands.map((c: { command: string }) => c.command)).toEqual(['country', 'latest', 'search', 'export', 'subscribe', 'unsubscribe', 'subscriptions', 'settings', 'suggest', 'lang', 'help', 'start', 'id', 'review', 'sources', 'addsource', 'stats', 'notices', 'exportsources', 'importsources'])
    } finally {
      await other.close()
    }
  })
})

/** The last migration before the one that records, from the audit log, who had the admin menu. */
const BEFORE_AUDITED_MENUS = '2026_12_05_0600_add_alert_outbox_first_attempt_at'
const BEFORE_KEPT_LANGUAGES = '2026_12_06_0500_index_kazakh_latin_in_cyrillic'

/** A run of the app on `t`'s database and fake Bot API with these ADMIN_IDS, as a restart after they changed. */
async function startWithAdmins(t: TestApp, adminIds: string): Promise<void> {
  const app = createApp({ ...t.deps, config: testConfig(t.api, { ADMIN_IDS: adminIds }) })
  await app.start()
  await app.stop()
}
