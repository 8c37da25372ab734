import type { User } from 'grammy/types'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { listSubscriptions } from '../../src/db/subscriptions.js'
import { errors, type FakeAnswer } from '../helpers/fake-bot-api.js'
import { buttonsOf, lastPayload, plain } from '../helpers/payloads.js'
import { dailyItems, seedItems } from '../helpers/seed-items.js'
import { ADMIN_ID, createTestApp, type TestApp } from '../helpers/test-app.js'
import { callback, command, user } from '../helpers/updates.js'
import { lastMessageId, seedFlagged } from './admin/helpers.js'

/**
 * Telegram's refusals of an edit under a pressed button that are no failure: a double tap asking for what the message
 * already shows, and a message deleted or refused as "can't be edited", whose new content comes as a new message instead.
 */
const REFUSALS: [string, () => FakeAnswer, boolean][] = [
  ['message is not modified', errors.notModified, false],
  ["message can't be edited", errors.cantBeEdited, true],
  ['message to edit not found', errors.editTargetNotFound, true],
]

describe('an edit under a pressed button that Telegram refuses', () => {
  let t: TestApp
  let logged: unknown[]
  beforeEach(async () => {
    t = await createTestApp()
    logged = []
    t.deps.logger.error = ((...args: unknown[]) => void logged.push(args))
  })
  afterEach(async () => t.close())

  const button = (payload: Record<string, any>, label: RegExp): string => {
    const found = buttonsOf(payload).find((b) => label.test(b.text))
    if (!found) throw new Error(`no ${label} button in ${JSON.stringify(buttonsOf(payload).map((b) => b.text))}`)
    return found.callback_data
  }

  /** Presses `data` with Telegram refusing the edit the press makes; the recorded calls are then the press's own. */
  async function pressRefused(from: User, data: string, method: string, refusal: () => FakeAnswer, messageId?: number): Promise<void> {
    t.api.clearCalls()
    t.api.once(method, refusal)
    await t.bot.handleUpdate(callback(from, data, undefined, messageId))
    expect(logged).toEqual([])
  }

  it.each(REFUSALS)('pages /latest on with ▶ (Telegram: "%s"), answered once and never as an error', async (_, refusal, isSentAnew) => {
    await seedItems(t.db, dailyItems(11, ['CN']))
    const from = user(60, 'en')
    await t.bot.handleUpdate(command(from, '/latest'))
    const next = button(lastPayload(t), /▶/)
    await pressRefused(from, next, 'editMessageText', refusal)
    expect(t.api.sent('answerCallbackQuery').map((c) => c.payload.text)).toEqual([undefined])
    if (isSentAnew) {
      expect(plain(lastPayload(t).text)).toMatch(/Item 6 with CN[\s\S]*Page 2/)
      expect(buttonsOf(lastPayload(t)).map((b) => b.text)).toContain('◀')
    } else {
      expect(t.api.sent()).toEqual([])
    }
  })

  it.each(REFUSALS)('approves from a /review card (Telegram: "%s"), with one answer and the next card', async (_, refusal, isSentAnew) => {
    const [older, newer] = await seedFlagged(t.db, [
      { title: 'Older item about Belarus', partners: ['BY'], publishedAt: '2026-11-20T06:00:00.000Z', kind: 'meeting' },
      { title: 'Kazakhstan and Russia sign a memorandum', partners: ['RU'], publishedAt: '2026-11-21T06:00:00.000Z', kind: 'agreement' },
    ])
    const admin = user(ADMIN_ID, 'en')
    await t.bot.handleUpdate(command(admin, '/review'))
    const approve = button(lastPayload(t), /Approve/)
    const messageId = lastMessageId(t.api, ADMIN_ID)
    await pressRefused(admin, approve, 'editMessageText', refusal, messageId)
    expect(t.api.sent('answerCallbackQuery').map((c) => c.payload.text)).toEqual([expect.stringMatching(/Approved/)])
    const sent = t.api.sent().map((c) => plain(c.payload.text))
    if (isSentAnew) {
      expect(sent).toEqual([expect.stringMatching(/Approved[\s\S]*Kazakhstan and Russia/), expect.stringMatching(/Older item about Belarus/)])
      expect(buttonsOf(t.api.sent()[0]!.payload).map((b) => b.callback_data)).toEqual([expect.stringMatching(/^rv:u:\d+$/)])
    } else {
      expect(sent).toEqual([expect.stringMatching(/Older item about Belarus/)])
    }
    const statuses = await t.db.selectFrom('classification').select(['article_id', 'status']).orderBy('article_id').execute()
    expect(statuses).toEqual([{ article_id: older, status: 'flagged' }, { article_id: newer, status: 'published' }])
  })

  it.each(REFUSALS)('toggles «Everything» in the /subscribe picker (Telegram: "%s"), answered once, a fresh picker when the old cannot change', async (_, refusal, isSentAnew) => {
    const from = user(61, 'en')
    await t.bot.handleUpdate(command(from, '/subscribe'))
    const everything = button(lastPayload(t), /Everything/)
    await pressRefused(from, everything, 'editMessageReplyMarkup', refusal)
    expect(t.api.sent('answerCallbackQuery').map((c) => c.payload.text)).toEqual([undefined])
    expect((await listSubscriptions(t.db, { chatId: 61, threadId: 0 })).map((s) => s.type)).toEqual(['all'])
    if (isSentAnew) {
      expect(plain(lastPayload(t).text)).toMatch(/What to follow here/)
      expect(buttonsOf(lastPayload(t)).map((b) => b.text)).toContain('✅ 📰 Everything')
    } else {
      expect(t.api.sent()).toEqual([])
    }
  })

  it.each(REFUSALS.filter(([, , isSentAnew]) => isSentAnew))(
    'sends the fresh /subscribe picker at the submenu and page the press went to, not its main menu (Telegram: "%s")',
    async (_, refusal) => {
      const from = user(63, 'en')
      await t.bot.handleUpdate(command(from, '/subscribe'))
      await pressRefused(from, button(lastPayload(t), /Countries/), 'editMessageReplyMarkup', refusal)
      const countries = buttonsOf(lastPayload(t)).map((b) => b.text)
      expect(countries).toEqual(expect.arrayContaining(['🇦🇫 Afghanistan', '« Back', '▶']))
      expect(countries).not.toContain('◀')

      await pressRefused(from, button(lastPayload(t), /▶/), 'editMessageReplyMarkup', refusal)
      const secondPage = buttonsOf(lastPayload(t)).map((b) => b.text)
      expect(secondPage).toEqual(expect.arrayContaining(['◀', '« Back', '▶']))
      expect(secondPage).not.toContain('🇦🇫 Afghanistan')

      await pressRefused(from, button(lastPayload(t), /Back/), 'editMessageReplyMarkup', refusal)
      expect(plain(lastPayload(t).text)).toMatch(/What to follow here/)
      expect(buttonsOf(lastPayload(t)).map((b) => b.text)).toEqual(expect.arrayContaining(['🌍 Countries', '📰 Everything']))
      expect(t.api.sent('answerCallbackQuery')).toHaveLength(1)
    },
  )

  it.each(REFUSALS)('closes the /subscribe picker with Done (Telegram: "%s"), answered once', async (_, refusal, isSentAnew) => {
    const from = user(62, 'en')
    await t.bot.handleUpdate(command(from, '/subscribe'))
    const done = button(lastPayload(t), /Done/)
    await pressRefused(from, done, 'editMessageText', refusal)
    expect(t.api.sent('answerCallbackQuery')).toHaveLength(1)
    expect(t.api.sent().map((c) => plain(c.payload.text))).toEqual(isSentAnew ? [expect.stringMatching(/^Saved\./)] : [])
  })
})
