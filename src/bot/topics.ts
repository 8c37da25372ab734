import { type CountryIndex, countryFlag, countryName } from '../classify/countries.js'
import { LANGS, type Lang, SECTORS, type Sector } from '../classify/types.js'
import type { Topic } from '../db/subscriptions.js'
import { escapeHtml } from '../telegram/escape.js'
import type { Translate } from '../telegram/translate.js'
import type { BotContext } from './context.js'

const ALL_WORDS = new Set(['all', 'everything', 'все', 'всё', 'барлығы', 'бәрі', 'барлық'])
const QUOTED = /^["«“„']([^"»”“']+)["»”“']$/u
const MAX_KEYWORD_LENGTH = 50

/** What `/subscribe …` and `/unsubscribe …` understood, and the pieces they did not. */
export interface ParsedTopics {
  topics: Topic[]
  unknown: string[]
}

/** Sector names as users may type them: the ids and their translations in every language. */
export function sectorNames(translate: (lang: Lang, key: string) => string): Map<Sector, string[]> {
  return new Map(SECTORS.map((s) => [s, [s, ...LANGS.map((l) => translate(l, `sector-${s}`).toLowerCase())]]))
}

function commonPrefixLength(a: string, b: string): number {
  let i = 0
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1
  return i
}

/** «музеев», "theatres", «мұражайлар» → the sector; inflections match by a long enough common start. */
export function findSector(word: string, names: Map<Sector, string[]>): Sector | null {
  const w = word.toLowerCase().trim()
  let best: { sector: Sector; score: number } | null = null
  for (const [sector, forms] of names) {
    for (const form of forms) {
      const shared = commonPrefixLength(w, form)
      const needed = Math.min(form.length, Math.max(3, Math.min(form.length, w.length) - 3))
      const isMatch = w === form || (shared >= needed && shared >= 3 && w.length <= form.length + 6)
      if (isMatch && (!best || shared > best.score)) best = { sector, score: shared }
    }
  }
  return best?.sector ?? null
}

/**
 * Parses a subscription argument: `all`, a keyword in quotes, or a list of countries and
 * sectors in any of the three languages ("Россия, museums", "France and Germany").
 */
export function parseTopics(text: string, index: CountryIndex, sectors: Map<Sector, string[]>): ParsedTopics {
  const input = text.trim()
  if (ALL_WORDS.has(input.toLowerCase())) return { topics: [{ type: 'all', value: '' }], unknown: [] }
  const quoted = QUOTED.exec(input)
  if (quoted) {
    const keyword = quoted[1]!.replace(/\s+/g, ' ').trim().toLowerCase()
    return /[\p{L}\p{N}]/u.test(keyword) && keyword.length <= MAX_KEYWORD_LENGTH
      ? { topics: [{ type: 'keyword', value: keyword }], unknown: [] }
      : { topics: [], unknown: [input] }
  }
  const topics: Topic[] = []
  const unknown: string[] = []
  for (const piece of input.split(/[,;\n]+/).map((p) => p.trim()).filter(Boolean)) {
    const sector = findSector(piece, sectors)
    const country = sector ? null : index.resolve(piece)
    if (sector) topics.push({ type: 'sector', value: sector })
    else if (country) topics.push({ type: 'country', value: country })
    else {
      const listed = index.parseList(piece)
      topics.push(...listed.codes.map((code) => ({ type: 'country' as const, value: code })))
      for (const word of listed.unknown) {
        const s = findSector(word, sectors)
        if (s) topics.push({ type: 'sector', value: s })
        else unknown.push(word)
      }
    }
  }
  // Nothing recognised as either (a lone quote mark): the whole argument is what was not understood.
  if (topics.length === 0 && unknown.length === 0) unknown.push(input)
  const seen = new Set<string>()
  return { topics: topics.filter((t) => !seen.has(`${t.type}:${t.value}`) && seen.add(`${t.type}:${t.value}`)), unknown }
}

/** A topic as a label: "🇷🇺 Russia", "museums", «louvre», "everything"; escaped unless for a button. */
export function topicLabel(topic: Topic, lang: Lang, t: Translate, { isHtml = true } = {}): string {
  const escape = isHtml ? escapeHtml : (text: string) => text
  switch (topic.type) {
    case 'all':
      return t('topic-all')
    case 'country':
      return `${countryFlag(topic.value)} ${escape(countryName(topic.value, lang))}`
    case 'sector':
      return t(`sector-${topic.value}`)
    case 'keyword':
      return `«${escape(topic.value)}»`
  }
}

/** A /subscribe or /unsubscribe argument read with the chat's country index and sector names. */
export async function parseTopicArgument(ctx: BotContext, arg: string): Promise<ParsedTopics> {
  return parseTopics(arg, await ctx.countryIndex(), sectorNames((l: Lang, key) => ctx.i18n.fluent.translate(l, key)))
}
