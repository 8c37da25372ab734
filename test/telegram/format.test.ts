import { describe, expect, it } from 'vitest'
import { renderItemCard, renderTitleLink } from '../../src/telegram/item-card.js'
import { packIntoMessages, renderItemPage } from '../../src/telegram/item-list.js'
import { fitLines, joinWithin, splitIntoMessages, telegramLength, truncateText } from '../../src/telegram/length.js'
import type { Translate } from '../../src/telegram/translate.js'
import { createI18n } from '../../src/bot/i18n/i18n.js'
import { countryCodec } from '../../src/bot/keyboards/country.js'
import { latestCodec } from '../../src/bot/keyboards/latest.js'
import { subscriptionsCodec } from '../../src/bot/keyboards/subscriptions.js'
import type { ItemView } from '../../src/db/items.js'
import { parseTelegramHtml } from '../helpers/telegram-html.js'

const i18n = createI18n()
const translate = (lang: string): Translate => (key, vars) => i18n.t(lang, key, vars)

const item = (over: Partial<ItemView> = {}): ItemView => ({
  id: 1, url: 'https://www.gov.kz/news/1', title: 'Kazakhstan and France sign a memorandum on museums', opening: '', publishedAt: '2026-11-20T20:30:00.000Z',
  sourceName: 'Ministry of Culture', lang: 'en', status: 'published', isRelevant: true, kind: 'agreement', partners: ['FR'], orgs: [],
  sectors: ['museums'], confidence: 0.9, ...over,
})

const visible = (html: string) => {
  const parsed = parseTelegramHtml(html)
  if (!parsed.ok) throw new Error(parsed.error)
  return parsed.text
}

describe('renderItemCard', () => {
  it('links a title (review card, notices, /addsource preview) only to an http(s) address', () => {
    expect(renderTitleLink('  A <new>\n title ', 'https://x.kz/1', 50)).toBe('<a href="https://x.kz/1">A &lt;new&gt; title</a>')
    expect(renderTitleLink('Feed item', 'javascript:alert(1)', 50)).toBe('Feed item')
    expect(renderTitleLink('', 'https://x.kz/"q', 50)).toBe('<a href="https://x.kz/&quot;q">https://x.kz/"q</a>')
  })

  it.each([
    ['en', '🇫🇷 France\nAgreement · 21 Nov 2026 · museums\nKazakhstan and France sign a memorandum on museums\nMinistry of Culture'],
    ['ru', '🇫🇷 Франция\nСоглашение · 21 нояб. 2026 г. · музеи\nKazakhstan and France sign a memorandum on museums\nMinistry of Culture'],
  ])('shows partners, kind, the date in Kazakhstan, the title as a link and the source (%s)', (lang, expected) => {
    const html = renderItemCard(item(), lang as 'en' | 'ru', translate(lang))
    expect(visible(html)).toBe(expected)
    expect(html).toContain('<a href="https://www.gov.kz/news/1">')
  })

  it('escapes every scraped piece and never links a non-http URL', () => {
    const html = renderItemCard(item({ title: 'a <b> & "c"', url: 'javascript:alert(1)', sourceName: '<i>x</i>', orgs: ['<UNESCO>'] }), 'en', translate('en'))
    expect(visible(html)).toContain('a <b> & "c"')
    expect(visible(html)).toContain('🏛 <UNESCO>')
    expect(html).not.toContain('href')
  })

  it('marks a domestic item and caps a long party list', () => {
    expect(visible(renderItemCard(item({ partners: [] }), 'kk', translate('kk')))).toMatch(/^🏠 Ел ішіндегі ынтымақтастық/)
    const many = visible(renderItemCard(item({ partners: ['AM', 'AZ', 'BY', 'CN', 'DE', 'FR', 'KG', 'RU', 'TJ', 'UZ'] }), 'en', translate('en')))
    expect(many.split('\n')[0]).toMatch(/, 🇷🇺 Russia and 2 more$/)
  })
})

describe('pages and packing', () => {
  it('counts length as Telegram does and cuts without splitting an emoji', () => {
    expect(telegramLength('<b>a &amp; b</b> <a href="https://x">link</a>')).toBe('a & b link'.length)
    expect(truncateText('ab🎭cd', 4)).toBe('ab…')
    expect(truncateText('short', 10)).toBe('short')
  })

  it('shrinks titles so that five huge cards fit one message', () => {
    const items = Array.from({ length: 5 }, (_, i) => item({ id: i, title: `${i} ${'<&>🎭'.repeat(2000)}`, partners: ['AM', 'AZ', 'BY', 'CN', 'DE', 'FR', 'KG', 'RU', 'TJ', 'UZ'], sourceName: 'S'.repeat(1000) }))
    const html = renderItemPage({ header: '<b>Header</b>', items }, 'ru', translate('ru'))
    expect(visible(html).length).toBeLessThanOrEqual(4096)
    expect(visible(html).match(/…/g)?.length).toBeGreaterThanOrEqual(10)
  })

  it('packs any number of cards into messages within the limit, each with the header', () => {
    const cards = Array.from({ length: 40 }, (_, i) => renderItemCard(item({ id: i, title: `${i} ${'x'.repeat(280)}` }), 'en', translate('en')))
    const messages = packIntoMessages(cards, '<b>Digest</b>')
    expect(messages.length).toBeGreaterThan(1)
    for (const m of messages) {
      expect(visible(m).length).toBeLessThanOrEqual(4096)
      expect(m.startsWith('<b>Digest</b>')).toBe(true)
    }
    expect(messages.join('').match(/<a /g)).toHaveLength(40)
    expect(packIntoMessages([])).toEqual([])
  })
})

describe('lists cut to a message', () => {
  const more = (count: number) => `and ${count} more`

  it('joins the parts that fit with the rest counted, counting text as Telegram does', () => {
    expect(joinWithin(['a', 'b', 'c'], 100, more)).toBe('a, b, c')
    // All eight take 22; "a, b" (4) and " and 6 more" (11) fit in 16, "a, b, c" and " and 5 more" (18) do not.
    expect(joinWithin(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'], 16, more)).toBe('a, b and 6 more')
    expect(joinWithin(['<b>a</b>', '&lt;b&gt;', 'c'], 9, more)).toBe('<b>a</b>, &lt;b&gt;, c')
    expect(joinWithin(['a long part'], 5, more)).toBe('and 1 more')
  })

  it('keeps whole lines that fit and ends with an ellipsis when some are left out', () => {
    const lines = Array.from({ length: 100 }, (_, i) => `<b>line ${i}</b> ${'x'.repeat(80)}`)
    const text = fitLines(lines)
    expect(telegramLength(text)).toBeLessThanOrEqual(4096)
    expect(text.endsWith('\n…')).toBe(true)
    expect(text.split('\n').slice(0, -1)).toEqual(lines.slice(0, text.split('\n').length - 1))
    expect(fitLines(lines.slice(0, 3))).toBe(lines.slice(0, 3).join('\n'))
  })

  it('cuts a single part longer than a message, as fitLines cuts, so Telegram takes every message', () => {
    const long = `<b>${'x'.repeat(5000)}</b>`
    const lines = [['<b>Added:</b> a', 'b'], [long], ['tail']]
    const messages = splitIntoMessages(lines)
    for (const text of messages) {
      expect(telegramLength(text)).toBeLessThanOrEqual(4096)
      expect(parseTelegramHtml(text).ok).toBe(true)
    }
    expect(messages[0]).toBe('<b>Added:</b> a, b')
    expect(messages.at(-1)?.endsWith('tail')).toBe(true)
    // A part of many lines keeps the lines that fit whole, as fitLines keeps them.
    const manyLines = Array.from({ length: 100 }, (_, i) => `line ${i} ${'y'.repeat(80)}`).join('\n')
    const [first] = splitIntoMessages([[manyLines]])
    expect(first).toBe(fitLines(manyLines.split('\n')))
    // An entity or a tag is never cut in half.
    const escaped = splitIntoMessages([['&amp;'.repeat(5000)]])
    expect(escaped.every((text) => telegramLength(text) <= 4096 && parseTelegramHtml(text).ok)).toBe(true)
  })
})

describe('callback codecs', () => {
  it('round-trip within 64 bytes and reject anything else', () => {
    const page = { action: 'page' as const, country: 'RU', direction: 'older' as const, cursorId: 9_007_199_254_740_991, filter: {} }
    const data = countryCodec.encode(page)
    expect(Buffer.byteLength(data)).toBeLessThanOrEqual(64)
    expect(countryCodec.decode(data)).toEqual(page)
    const narrowed = { ...page, filter: { year: 2024, kinds: ['agreement', 'commission', 'meeting', 'event'] as const, sector: 'religion' as const } }
    expect(countryCodec.decode(countryCodec.encode(narrowed))).toEqual({ ...narrowed, filter: { ...narrowed.filter, kinds: [...narrowed.filter.kinds] } })
    expect(countryCodec.decode('cty:p:RU:o:1:2024.x.')).toBeNull()
    const countries = { action: 'countries' as const, step: { direction: 'after' as const, from: { count: 1_000_000, country: 'FR' } } }
    expect(countryCodec.decode(countryCodec.encode(countries))).toEqual(countries)
    expect(countryCodec.decode(countryCodec.encode({ action: 'countries', step: null }))).toEqual({ action: 'countries', step: null })
    for (const forged of ['cty:p:RU:o', 'cty:p:RUS:o:1', 'cty:s:ru', 'cty:k:-1', 'cty:k:2', 'cty:k:a:1:fr', 'cty:k:x:1:FR', 'lat:o:1', 'cty:p:RU:o:1:.a.:extra', 'cty:p:RU:o:-1', `cty:s:${'A'.repeat(70)}`, undefined]) {
      expect(countryCodec.decode(forged)).toBeNull()
    }
    expect(latestCodec.decode('lat:n:a')).toEqual({ direction: 'newer', cursorId: 10, filter: {} })
    expect(latestCodec.decode('lat:n:a:.a.0')).toEqual({ direction: 'newer', cursorId: 10, filter: { kinds: ['agreement'], sector: 'museums' } })
    expect(latestCodec.decode('lat:n:A')).toBeNull()
    // A button from before pages were counted (it carried a page number) is out of date.
    expect(latestCodec.decode('lat:n:a:2')).toBeNull()
    expect(subscriptionsCodec.decode('subs:rm:1:0')).toBeNull()
    expect(() => countryCodec.encode({ action: 'show', country: 'X'.repeat(80) })).toThrow(/64 bytes/)
  })
})
