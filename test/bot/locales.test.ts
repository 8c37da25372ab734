import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { LANGS, SECTORS, KINDS } from '../../src/classify/types.js'
import { createI18n } from '../../src/bot/i18n/i18n.js'
import { ADMIN_COMMANDS, PUBLIC_COMMANDS } from '../../src/bot/commands.js'

const LOCALES_DIR = fileURLToPath(new URL('../../src/bot/i18n/locales', import.meta.url))

function keysOf(lang: string): Map<string, string> {
  const keys = new Map<string, string>()
  for (const file of readdirSync(join(LOCALES_DIR, lang)).filter((f) => f.endsWith('.ftl'))) {
    for (const line of readFileSync(join(LOCALES_DIR, lang, file), 'utf8').split('\n')) {
      const key = /^([a-z][a-z0-9-]*)\s*=/.exec(line)?.[1]
      if (!key) continue
      expect(keys.has(key), `${lang}/${file}: ${key} is also defined in ${keys.get(key)}`).toBe(false)
      keys.set(key, file)
    }
  }
  return keys
}

/**
 * Each message's source text by key. Fluent skips a malformed entry silently (it becomes
 * Junk), so a stray brace would quietly lose a message: the braces must balance here.
 */
function messagesOf(lang: string): Map<string, string> {
  const messages = new Map<string, string>()
  for (const file of readdirSync(join(LOCALES_DIR, lang)).filter((f) => f.endsWith('.ftl'))) {
    let key: string | undefined
    for (const line of readFileSync(join(LOCALES_DIR, lang, file), 'utf8').split('\n')) {
      const started = /^([a-z][a-z0-9-]*)\s*=/.exec(line)?.[1]
      if (started) key = started
      else if (line === '' || line.startsWith('#')) key = undefined
      if (key) messages.set(key, `${messages.get(key) ?? ''}${line}\n`)
      else expect(line === '' || line.startsWith('#'), `${lang}/${file}: a line outside any message: ${line}`).toBe(true)
    }
  }
  return messages
}

const variablesOf = (text: string): string[] => [...new Set(text.match(/\$[a-z][a-z0-9_-]*/g) ?? [])].sort()

describe('locales', () => {
  it('define the same keys, each once, in every language, in the same files', () => {
    const en = keysOf('en')
    for (const lang of LANGS) expect(Object.fromEntries(keysOf(lang))).toEqual(Object.fromEntries(en))
    expect(readdirSync(LOCALES_DIR).sort()).toEqual([...LANGS].sort())
  })

  it('keep every placeholder of the English message, and balanced braces', () => {
    const en = messagesOf('en')
    for (const lang of LANGS) {
      for (const [key, text] of messagesOf(lang)) {
        expect(text.split('{').length, `${lang}: ${key} has unbalanced braces`).toBe(text.split('}').length)
        expect(variablesOf(text), `${lang}: ${key}`).toEqual(variablesOf(en.get(key) ?? ''))
      }
    }
  })

  it('translate every kind, sector and command', () => {
    const en = keysOf('en')
    for (const key of [...KINDS.map((k) => `kind-${k}`), ...SECTORS.map((s) => `sector-${s}`), ...[...PUBLIC_COMMANDS, ...ADMIN_COMMANDS].map((c) => `command-${c}`)]) {
      expect(en.has(key), key).toBe(true)
    }
  })

  it('produce no Fluent errors for the keys the public side uses', () => {
    const i18n = createI18n()
    for (const lang of LANGS) {
      expect(i18n.t(lang, 'country-header', { flag: '🇷🇺', name: 'X', count: 2, year: '2019' })).not.toMatch(/\{|country-header/)
      expect(i18n.t(lang, 'search-header', { query: 'q', filter: '', count: 21 })).not.toMatch(/\{/)
    }
    expect(i18n.t('ru', 'country-header', { flag: '', name: 'Россия', count: 21, year: '2019' })).toMatch(/21 материал с 2019 года/)
    expect(i18n.t('ru', 'country-header', { flag: '', name: 'Россия', count: 5, year: '2019' })).toMatch(/5 материалов/)
  })

  // "And N more" closes a list of parties or topics (cards, alert headers, digests, /subscriptions) and an admin's notice of
  // items to review: Kazakh joins it with «және», and the notice's verb agrees with 1 and 21 in Russian.
  it.each([
    ['en', 1, 'and 1 more', '🔎 <b>1 new item</b> to review:', '…and 1 more.'],
    ['en', 21, 'and 21 more', '🔎 <b>21 new items</b> to review:', '…and 21 more.'],
    ['ru', 1, 'и ещё 1', '🔎 <b>1 новый материал</b> ждёт проверки:', '…и ещё 1.'],
    ['ru', 2, 'и ещё 2', '🔎 <b>2 новых материала</b> ждут проверки:', '…и ещё 2.'],
    ['ru', 5, 'и ещё 5', '🔎 <b>5 новых материалов</b> ждут проверки:', '…и ещё 5.'],
    ['ru', 21, 'и ещё 21', '🔎 <b>21 новый материал</b> ждёт проверки:', '…и ещё 21.'],
    ['kk', 1, 'және тағы 1', '🔎 Тексеруге <b>1 жаңа материал</b> түсті:', '…және тағы 1 материал.'],
    ['kk', 21, 'және тағы 21', '🔎 Тексеруге <b>21 жаңа материал</b> түсті:', '…және тағы 21 материал.'],
  ] as const)('say "and N more" and count flagged items in %s for %i', (lang, count, more, flagged, flaggedMore) => {
    const i18n = createI18n()
    expect(i18n.t(lang, 'format-and-more', { count })).toBe(more)
    expect(i18n.t(lang, 'admin-notice-flagged', { count })).toBe(flagged)
    expect(i18n.t(lang, 'admin-notice-flagged-more', { count })).toBe(flaggedMore)
  })
})
