import * as cheerio from 'cheerio/slim'
import type { Lang } from '../classify/types.js'
import type { SourceInput } from '../db/sources.js'
import { parseSourcesFile, type SourceListProblem } from './sources-file.js'
import { hostOf } from './url.js'

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

export type ParsedSourceList = { ok: true; sources: SourceInput[]; langGuessed: string[] } | { ok: false; problem: SourceListProblem }

/** OPML outlines as sources: each with a feed or page address; the language, when an outline has none, is `defaultLang`. */
function parseOpml(text: string, defaultLang: Lang): ParsedSourceList {
  const $ = cheerio.load(text, { xml: true })
  if ($('opml').length === 0) return { ok: false, problem: { code: 'not-opml' } }
  const raw: Record<string, unknown>[] = []
  const langGuessed: string[] = []
  for (const element of $('outline').toArray()) {
    const attr = (name: string): string | undefined => $(element).attr(name)?.trim() || undefined
    const url = attr('xmlUrl') ?? attr('url')
    if (!url) continue
    const type = attr(ATTRIBUTE.type) ?? 'rss'
    const lang = SOURCE_LANGS.find((l) => l === (attr(ATTRIBUTE.lang) ?? attr('language')?.slice(0, 2).toLowerCase()))
    const name = attr('text') ?? attr('title') ?? (hostOf(url) || url)
    if (!lang) langGuessed.push(name)
    let list: unknown
    try {
      list = attr(ATTRIBUTE.list) ? JSON.parse(attr(ATTRIBUTE.list)!) : undefined
    } catch {
      return { ok: false, problem: { code: 'opml-list-not-json', source: { name } } }
    }
    raw.push({
      name,
      url,
      type: (SOURCE_TYPES as readonly string[]).includes(type) ? type : 'rss',
      lang: lang ?? defaultLang,
      ...(attr(ATTRIBUTE.enabled) === 'false' ? { enabled: false } : {}),
      ...(list === undefined ? {} : { list }),
      ...(attr(ATTRIBUTE.project) ? { project: attr(ATTRIBUTE.project) } : {}),
    })
  }
  if (raw.length === 0) return { ok: false, problem: { code: 'opml-no-feed' } }
  // Feed readers allow two feeds of one name; a sources file does not.
  const seen = new Map<string, number>()
  for (const source of raw) {
    const count = (seen.get(String(source.name)) ?? 0) + 1
    seen.set(String(source.name), count)
    if (count > 1) source.name = `${String(source.name)} (${count})`
  }
  const parsed = parseSourcesFile(JSON.stringify(raw))
  return parsed.ok ? { ok: true, sources: parsed.sources, langGuessed } : parsed
}

/** A source list an admin sent: OPML (by its name or an XML start) or a sources-file JSON array, checked by the same rules as SOURCES_FILE. */
export function parseSourceList(text: string, fileName: string, defaultLang: Lang): ParsedSourceList {
  const isXml = /\.(opml|xml)$/i.test(fileName) || text.trimStart().startsWith('<')
  if (isXml) return parseOpml(text, defaultLang)
  const parsed = parseSourcesFile(text)
  return parsed.ok ? { ok: true, sources: parsed.sources, langGuessed: [] } : parsed
}
