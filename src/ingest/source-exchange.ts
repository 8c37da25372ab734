import * as cheerio from 'cheerio/slim'
import type { Lang } from '../classify/types.js'
import type { SourceInput } from '../db/sources.js'
import { parseSourcesFile, type SourceListProblem } from './sources-file.js'
import { hostOf, namesWebHost, withDefaultScheme } from '../url.js'

const SOURCE_LANGS: readonly Lang[] = ['en', 'ru', 'kk']
const SOURCE_TYPES = ['rss', 'html', 'sitemap', 'govkz'] as const
/** Outline attributes that carry what OPML has no word for, so our own export reads back whole. */
const ATTRIBUTE = { type: 'coopwatchType', lang: 'coopwatchLang', list: 'coopwatchList', project: 'coopwatchProject', enabled: 'coopwatchEnabled' } as const

/** The sources as a SOURCES_FILE (spec.md § Sources file): importable, or usable as the file itself. */
export function toSourcesJson(sources: readonly SourceInput[]): string {
  const entries = sources.map((s) => ({
    name: s.name,
    url: s.url,
    type: s.type,
    lang: s.lang,
    ...(s.isEnabled ? {} : { enabled: false }),
    ...(s.list ? { list: s.list } : {}),
    ...(s.project ? { project: s.project } : {}),
  }))
  return `${JSON.stringify(entries, null, 2)}\n`
}

const xml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/**
 * The sources as OPML 2.0, the feed readers' exchange format: RSS sources as ordinary feed
 * outlines; every source also carries coopwatch attributes (type, language, selectors), so
 * an export imports back unchanged.
 */
export function toOpml(sources: readonly SourceInput[], now: Date): string {
  const outlines = sources.map((s) => {
    const attributes: [string, string][] = [
      ['text', s.name],
      ['title', s.name],
      ['type', s.type === 'rss' ? 'rss' : 'link'],
      [s.type === 'rss' ? 'xmlUrl' : 'url', s.url],
      ['language', s.lang],
      [ATTRIBUTE.type, s.type],
      [ATTRIBUTE.lang, s.lang],
      ...(s.isEnabled ? [] : [[ATTRIBUTE.enabled, 'false'] as [string, string]]),
      ...(s.list ? [[ATTRIBUTE.list, JSON.stringify(s.list)] as [string, string]] : []),
      ...(s.project ? [[ATTRIBUTE.project, s.project] as [string, string]] : []),
    ]
    return `    <outline ${attributes.map(([k, v]) => `${k}="${xml(v)}"`).join(' ')}/>`
  })
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<opml version="2.0">',
    `  <head><title>coopwatch sources</title><dateCreated>${now.toUTCString()}</dateCreated></head>`,
    '  <body>',
    ...outlines,
    '  </body>',
    '</opml>',
    '',
  ].join('\n')
}

/** `isPlainList`: read from addresses one a line, each taken as a feed. */
export type ParsedSourceList = { ok: true; sources: SourceInput[]; langGuessed: string[]; isPlainList?: boolean } | { ok: false; problem: SourceListProblem }

/** OPML outlines as sources: each with a feed or page address; the language, when an outline has none, is `defaultLang`. */
function parseOpml(text: string, defaultLang: Lang): ParsedSourceList {
  const $ = cheerio.load(text, { xml: true })
  if ($('opml').length === 0) return { ok: false, problem: { code: 'not-opml' } }
  const raw: Record<string, unknown>[] = []
  const guessed = new Set<Record<string, unknown>>()
  for (const element of $('outline').toArray()) {
    const attr = (name: string): string | undefined => $(element).attr(name)?.trim() || undefined
    const url = attr('xmlUrl') ?? attr('url')
    if (!url) continue
    const type = attr(ATTRIBUTE.type) ?? 'rss'
    const lang = SOURCE_LANGS.find((l) => l === (attr(ATTRIBUTE.lang) ?? attr('language')?.slice(0, 2).toLowerCase()))
    const name = attr('text') ?? attr('title') ?? (hostOf(url) || url)
    let list: unknown
    try {
      list = attr(ATTRIBUTE.list) ? JSON.parse(attr(ATTRIBUTE.list)!) : undefined
    } catch {
      return { ok: false, problem: { code: 'opml-list-not-json', source: { name } } }
    }
    const source = {
      name,
      url,
      type: (SOURCE_TYPES as readonly string[]).includes(type) ? type : 'rss',
      lang: lang ?? defaultLang,
      ...(attr(ATTRIBUTE.enabled) === 'false' ? { enabled: false } : {}),
      ...(list === undefined ? {} : { list }),
      ...(attr(ATTRIBUTE.project) ? { project: attr(ATTRIBUTE.project) } : {}),
    }
    raw.push(source)
    if (!lang) guessed.add(source)
  }
  if (raw.length === 0) return { ok: false, problem: { code: 'opml-no-feed' } }
  return checkedSources(raw, guessed)
}

/**
 * Sources read from a feed reader's list, checked by the sources file's rules; two of one name (feed readers allow it)
 * numbered apart. `guessed`: those whose language the list did not give.
 */
function checkedSources(raw: Record<string, unknown>[], guessed: ReadonlySet<Record<string, unknown>>): ParsedSourceList {
  const seen = new Map<string, number>()
  for (const source of raw) {
    const count = (seen.get(String(source.name)) ?? 0) + 1
    seen.set(String(source.name), count)
    if (count > 1) source.name = `${String(source.name)} (${count})`
  }
  const parsed = parseSourcesFile(JSON.stringify(raw))
  return parsed.ok ? { ok: true, sources: parsed.sources, langGuessed: raw.filter((s) => guessed.has(s)).map((s) => String(s.name)) } : parsed
}

const TYPED_ADDRESS = /^(?:https?:\/\/)?\S+$/i

/**
 * A plain list, one address a line (what a feed reader's "export as text" or a person writes): each a feed, named
 * after its host and in `defaultLang`, as an OPML outline without them is; words beside an address on its line
 * («Kazinform https://www.inform.kz/rss/rus.xml») are its name. Blank lines and # comments are skipped.
 */
function parsePlainList(text: string, defaultLang: Lang): ParsedSourceList {
  const raw: Record<string, unknown>[] = []
  for (const [i, line] of text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/).entries()) {
    const words = line.trim().split(/\s+/).filter((w) => w !== '')
    if (words.length === 0 || words[0]!.startsWith('#')) continue
    const schemed = words.filter((w) => /^https?:\/\//i.test(w))
    const typed = schemed.length === 1 ? schemed[0]! : words.length === 1 ? words[0]! : null
    if (typed === null || !TYPED_ADDRESS.test(typed) || !namesWebHost(typed)) return { ok: false, problem: { code: 'not-address', line: i + 1, text: line.trim() } }
    const url = withDefaultScheme(typed)
    const name = words.filter((w) => w !== typed).join(' ') || hostOf(url) || url
    raw.push({ name, url, type: 'rss', lang: defaultLang })
  }
  if (raw.length === 0) return { ok: false, problem: { code: 'no-address' } }
  const checked = checkedSources(raw, new Set(raw))
  return checked.ok ? { ...checked, isPlainList: true } : checked
}

/**
 * A source list an admin sent: OPML (by its name or an XML start), a sources-file JSON array (by its start, `[` or `{`),
 * or a plain list of addresses, one a line; checked by the same rules as SOURCES_FILE.
 */
export function parseSourceList(text: string, fileName: string, defaultLang: Lang): ParsedSourceList {
  const start = text.trimStart()
  const isXml = /\.(opml|xml)$/i.test(fileName) || start.startsWith('<')
  if (isXml) return parseOpml(text, defaultLang)
  if (!/\.json$/i.test(fileName) && start !== '' && !/^[[{]/.test(start)) return parsePlainList(text, defaultLang)
  const parsed = parseSourcesFile(text)
  return parsed.ok ? { ok: true, sources: parsed.sources, langGuessed: [] } : parsed
}
