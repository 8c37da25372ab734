import type { IncomingMessage, ServerResponse } from 'node:http'
import countries from 'i18n-iso-countries/index.js'
import { renderTimeline } from '../charts/timeline.js'
import { renderWorldMap } from '../charts/world-map.js'
import { type CountryIndex, countryFlag, homeCountryVariables } from '../classify/countries.js'
import { countryName } from '../country-name.js'
import { createTypedCountryIndex } from '../country-index.js'
import { countryNameInSentence } from '../country-in-sentence.js'
import { ORGANISATION_MARK, organisationName } from '../classify/organisations.js'
import { KINDS, type Lang } from '../classify/types.js'
import {
  archiveYear, type ArchiveFilter, type ArchivePage, countFilteredArchiveItems, findArchiveItems, findRelatedItems, getArchiveItem, getArchiveVersion, listMonthCounts, listPartnerCountsByKindAndYear, type MonthCount, newestArchiveRows, streamArchiveRows,
} from '../db/archive.js'
import { listCountryAliases } from '../db/country-aliases.js'
import { toFtsQuery, unsearchedNotes } from '../db/fts-query.js'
import { readSearchQuery } from '../language/search-query.js'
import { takeTypedDay } from '../language/typed-date.js'
import { countPublishedByPartner, countSearchResults, getItemCursor, getPartnerSummary, listPartnerCountries, type PageRequest } from '../db/items.js'
import type { AppDeps } from '../deps.js'
import { csvChunks, describeFilter, type ExportContext, jsonChunks } from '../exports/item-rows.js'
import { ATOM_ENTRIES, EXPORT_CONTENT_TYPES, EXPORT_FORMATS, type ExportFormat, renderAtom } from './exports.js'
import { chooseLang } from './negotiate.js'
import { emptyParams, isQueryEncoded, type ListQuery, parseListQuery, type Problem } from './query.js'
import {
  type CacheSlot, ERROR_CACHE_CONTROL, isNotModified, LIST_CACHE_CONTROL, type Representation, sendBody, sendCached, sendNotModified, sendStream, STATIC_CACHE_CONTROL,
  type Validators,
} from './respond.js'
import { createPageCache } from './page-cache.js'
import { createTemplates, loadStaticFiles } from './site.js'
import { createFrame, filterFields, isLang, itemCard, listView, localeOf, monthLabel, type PageFrame, pagerOf, safeHref, yearsOf } from './views.js'

/** A Fluent lookup in any of the bot's languages (the bot's I18n in production). */
export type ArchiveTranslate = (lang: Lang, key: string, vars?: Record<string, string | number>) => string

export interface ArchiveOptions {
  translate: ArchiveTranslate
  /** An export whose client reads nothing for this long is ended, and its slot freed (EXPORT_STALL_MS). */
  exportStallMs?: number
}

/** The public web archive (issue 16): every GET that /healthz, /metrics and the webhook do not take. */
export interface Archive {
  handle(req: IncomingMessage, res: ServerResponse): Promise<void>
}

/** An item's number as its address writes it: no leading zero, at most 15 digits (a safe integer). */
const ITEM_ID = /^[1-9]\d{0,14}$/

/** A path segment read as a number in ASCII digits without leading zeros, when it is one in any writing; else as it came. */
function plainNumber(segment: string): string {
  let text: string
  try {
    text = decodeURIComponent(segment).normalize('NFKC')
  } catch {
    return segment
  }
  return /^\d+$/.test(text) ? text.replace(/^0+(?=\d)/, '') : segment
}
const PAGE_SIZE = 20
const RELATED_ITEMS = 5
/** Counting search results stops here ("more than 1000"), as in the bot. */
const SEARCH_COUNT_CAP = 1000
const SUGGESTIONS = 3
/** Each running export holds a read connection and a core's worth of work. */
const MAX_CONCURRENT_EXPORTS = 4
const EXPORT_RETRY_SECONDS = 30
/** A client that stops reading an export would hold one of the few slots for good. */
const EXPORT_STALL_MS = 30_000
const HTML = 'text/html; charset=utf-8'
const CACHED_PAGES = 200
const CACHED_CHARTS = 300
const MAX_CACHED_PAGE_BYTES = 512 * 1024

type Route =
  | { name: 'home'; format: ExportFormat | null }
  | { name: 'country'; segment: string; format: ExportFormat | null }
  | { name: 'search'; format: ExportFormat | null }
  | { name: 'item'; id: string }
  | { name: 'static'; file: string }

const EXTENSION = `(?:\\.(${EXPORT_FORMATS.join('|')}))?`
const ROUTES: [RegExp, (m: RegExpExecArray) => Route][] = [
  [/^\/$/, () => ({ name: 'home', format: null })],
  // The spec's suffix on `/` itself (`/.csv`), and `/index.csv` for tools that will not fetch a dot file.
  [new RegExp(`^/(?:index)?\\.(${EXPORT_FORMATS.join('|')})$`), (m) => ({ name: 'home', format: m[1] as ExportFormat })],
  [new RegExp(`^/country/([^/]+?)${EXTENSION}$`), (m) => ({ name: 'country', segment: m[1]!, format: (m[2] as ExportFormat | undefined) ?? null })],
  [new RegExp(`^/search${EXTENSION}$`), (m) => ({ name: 'search', format: (m[1] as ExportFormat | undefined) ?? null })],
  [/^\/item\/([^/]+)$/, (m) => ({ name: 'item', id: m[1]! })],
  [/^\/static\/([\w.-]+)$/, (m) => ({ name: 'static', file: m[1]! })],
]

const EXPORT_SUFFIX_ANY_CASE = new RegExp(`\\.(?:${EXPORT_FORMATS.join('|')})$`, 'i')

/** Where `.CSV`, `.Json`… (an export suffix in any case but its own, lower, one) starts in a path; null for any other path. */
function capitalSuffixAt(path: string): number | null {
  const m = EXPORT_SUFFIX_ANY_CASE.exec(path)
  return m && m[0] !== m[0].toLowerCase() ? m.index : null
}

function routeOf(path: string): Route | null {
  for (const [pattern, route] of ROUTES) {
    const m = pattern.exec(path)
    if (m) return route(m)
  }
  return null
}

/** A request and its response, with what every answer needs, worked out once. */
interface Exchange {
  req: IncomingMessage
  res: ServerResponse
  url: URL
  frame: PageFrame
}

type ChartFilter = ListQuery['filter']

/**
 * What a page's charts show of its filters: all (none set), filtered (a kind and a year, which the
 * month counts hold), or the whole archive (a sector or a language, known only item by item), which
 * their headings then say.
 */
function chartScope({ kind, year, day, sector, language }: ChartFilter): 'all' | 'filtered' | 'whole' {
  if (kind === undefined && year === undefined && sector === undefined && language === undefined) return 'all'
  // A day is no sum of months: the charts show the whole archive, as for a sector.
  return sector === undefined && language === undefined && day === undefined ? 'filtered' : 'whole'
}

/** A chart heading's message: the plain one, or its "-filtered" or "-whole" form. */
function scopedKey(key: string, scope: 'all' | 'filtered' | 'whole'): string {
  return scope === 'all' ? key : `${key}-${scope}`
}

/** The month counts a page's charts show: those of the filter's kind and year when chartScope says filtered. */
function countsInScope(counts: readonly MonthCount[], filter: ChartFilter): readonly MonthCount[] {
  if (chartScope(filter) !== 'filtered') return counts
  return counts.filter((c) => (filter.kind === undefined || c.kind === filter.kind) && (filter.year === undefined || c.month.startsWith(`${filter.year}-`)))
}

/** What a chart drawn for `filter` differs by, for the chart cache. */
function chartKey(filter: ChartFilter): string {
  return chartScope(filter) === 'filtered' ? `${filter.kind ?? ''} ${filter.year ?? ''}` : ''
}

export function createArchive(deps: AppDeps, { translate, exportStallMs = EXPORT_STALL_MS }: ArchiveOptions): Archive {
  const { db, config } = deps
  // Messages never change while the process runs: those without variables are looked up once.
  const plainMessages = new Map<string, string>()
  // The tagline names the home country, as the bot's greeting does.
  const homeNames = homeCountryVariables(config.homeCountry)
  const t = (lang: Lang, key: string, vars?: Record<string, string | number>): string => {
    if (vars) return translate(lang, key, { ...homeNames, ...vars })
    const memoKey = `${lang}:${key}`
    return plainMessages.get(memoKey) ?? plainMessages.set(memoKey, translate(lang, key, homeNames)).get(memoKey)!
  }
  const templates = createTemplates()
  const statics = loadStaticFiles()
  // Part of every ETag, and the earliest Last-Modified: a new release (templates, styles) never answers 304 for an old page.
  const startedAt = deps.clock.now().toISOString()
  const releaseTag = Date.parse(startedAt).toString(36)
  const pages = createPageCache(CACHED_PAGES, MAX_CACHED_PAGE_BYTES)
  // Map and timelines change with the archive's version only: shared by a list's pages and filters.
  const charts = createPageCache<string>(CACHED_CHARTS, Number.POSITIVE_INFINITY)
  const chartOnce = (validators: Validators, frame: PageFrame, name: string, draw: () => string | null): string | null => {
    const key = `${validators.etag} ${frame.isLangExplicit} ${name}`
    const kept = charts.get(key)
    if (kept !== undefined) return kept || null
    const drawn = draw()
    charts.set(key, drawn ?? '')
    return drawn
  }
  let runningExports = 0
  let countryIndex: { key: string; index: CountryIndex } | undefined

  async function getCountryIndex(): Promise<CountryIndex> {
    const aliases = await listCountryAliases(db)
    const key = aliases.map((a) => `${a.alias}\u0000${a.country}`).join('\u0001')
    if (countryIndex?.key !== key) countryIndex = { key, index: createTypedCountryIndex(aliases) }
    return countryIndex.index
  }

  function baseUrl(req: IncomingMessage): string {
    if (config.publicUrl) return config.publicUrl
    return `http://${req.headers.host ?? `localhost:${config.port}`}`
  }

  function render(template: string, frame: PageFrame, data: Record<string, unknown>): string {
    return templates.render(template, { page: frame, ...data })
  }

  const pageRepresentation = (r: Exchange, validators: Validators): Representation => ({
    status: 200,
    contentType: HTML,
    cacheControl: LIST_CACHE_CONTROL,
    varyLanguage: !r.frame.isLangExplicit,
    validators,
  })
  // The ETag names the archive's version and the language, the address the rest.
  const slotOf = (r: Exchange, validators: Validators): CacheSlot => ({ cache: pages, key: `${validators.etag} ${r.url.pathname}${r.url.search}` })

  function sendHtml(r: Exchange, html: string, validators: Validators): void {
    sendBody(r.req, r.res, pageRepresentation(r, validators), html, slotOf(r, validators))
  }

  function sendError(r: Exchange, status: 400 | 404 | 503, messages: string[], extra: { suggestions?: string[]; headers?: Record<string, string> } = {}): void {
    const { frame } = r
    const title = frame.t(status === 400 ? 'web-bad-request-title' : status === 404 ? 'web-not-found-title' : 'web-too-busy')
    const html = render('./error', frame, {
      title,
      intro: status === 400 ? frame.t('web-bad-request-intro') : null,
      messages,
      suggestions: (extra.suggestions ?? []).map((code) => ({ href: frame.link(`/country/${code}`), flag: countryFlag(code), name: countryName(code, frame.lang) })),
    })
    sendBody(r.req, r.res, { status, contentType: HTML, cacheControl: ERROR_CACHE_CONTROL, varyLanguage: !frame.isLangExplicit, headers: extra.headers ?? {} }, html)
  }

  const problemText = (frame: PageFrame, problems: readonly Problem[]) => problems.map((p) => frame.t(p.key, p.vars))

  function redirect(r: Exchange, status: 301 | 302, location: string): void {
    r.res.writeHead(status, { location, 'cache-control': status === 301 ? 'public, max-age=86400' : ERROR_CACHE_CONTROL })
    r.res.end()
  }

  /**
   * ETag and Last-Modified from the archive's change counter: null when the request was
   * answered already, by a 304 or, for a page, from the page cache.
   */
  async function answeredFromCache(r: Exchange, contentType: string): Promise<Validators | null> {
    const version = await getArchiveVersion(db)
    const lastModified = version.changedAt > startedAt ? version.changedAt : startedAt
    const validators = { etag: `W/"${version.version}-${releaseTag}-${r.frame.lang}"`, lastModified }
    // Changes are dated by SQLite's clock (archive_change's triggers), not deps.clock: the present is no earlier than the last.
    const now = new Date(Math.max(deps.clock.now().getTime(), Date.parse(lastModified)))
    if (isNotModified(r.req, validators, now)) {
      sendNotModified(r.res, { status: 304, contentType, cacheControl: LIST_CACHE_CONTROL, varyLanguage: !r.frame.isLangExplicit, validators })
      return null
    }
    if (contentType === HTML && sendCached(r.req, r.res, pageRepresentation(r, validators), slotOf(r, validators))) return null
    return validators
  }

  async function pageRequest(position: ListQuery['position']): Promise<PageRequest> {
    if (!position) return { limit: PAGE_SIZE }
    const id = 'before' in position ? position.before : position.after
    const cursor = await getItemCursor(db, id)
    // A position whose item is gone starts the list again from the newest.
    return cursor ? { limit: PAGE_SIZE, cursor, direction: 'before' in position ? 'older' : 'newer' } : { limit: PAGE_SIZE }
  }

  async function findPage(filter: ArchiveFilter, position: ListQuery['position']): Promise<ArchivePage> {
    const req = await pageRequest(position)
    const page = await findArchiveItems(db, filter, req)
    if (page.items.length > 0 || !req.cursor) return page
    // Nothing newer than the position at all: the list starts at the newest page.
    if (req.direction === 'newer' && page.newerFrom === undefined) return findArchiveItems(db, filter, { limit: PAGE_SIZE })
    // An empty window, or the end past the last match (a window's end can fall before it), links back to the position:
    // the newest page instead would send "Older" round in a loop.
    return req.direction === 'newer' ? { ...page, olderFrom: req.cursor.id } : { ...page, newerFrom: req.cursor.id }
  }

  function filterParams(query: ListQuery): Record<string, string | number | undefined> {
    const { kind, sector, year, day, language } = query.filter
    return { q: query.q ?? undefined, kind, sector, ...(day === undefined ? { year } : { day }), language }
  }

  function exportLinks(frame: PageFrame, path: string, query: ListQuery) {
    const params = filterParams(query)
    return Object.fromEntries(EXPORT_FORMATS.map((f) => [f, frame.link(`${path === '/' ? '/index' : path}.${f}`, params)]))
  }

  /**
   * The header of a filtered list: how many of the `total` items match, or, when they cannot be
   * counted cheaply (countFilteredArchiveItems), the total and that the list is narrowed.
   */
  async function filteredSummary(frame: PageFrame, filter: Omit<ArchiveFilter, 'match'>, total: number): Promise<string> {
    const count = await countFilteredArchiveItems(db, filter)
    return frame.t(count === null ? 'web-filtered-uncounted' : 'web-filtered-count', { count: count ?? 0, total })
  }

  function timelineSvg(frame: PageFrame, counts: readonly MonthCount[], title: string, id: string): string | null {
    if (counts.length === 0) return null
    return renderTimeline({
      counts,
      locale: localeOf(frame.lang),
      kindLabel: (k) => frame.t(`kind-${k}`),
      barLabel: (month, count) => frame.t('web-timeline-bar', { month, count }),
      title,
      description: frame.t('web-timeline-description', { from: monthLabel(counts[0]!.month, frame.lang), to: monthLabel(counts.at(-1)!.month, frame.lang) }),
      id,
    })
  }

  async function sendExport(r: Exchange, format: ExportFormat, filter: ArchiveFilter, meta: { title: string; htmlPath: string; name: string; words?: string }): Promise<void> {
    const { frame } = r
    const validators = await answeredFromCache(r, EXPORT_CONTENT_TYPES[format])
    if (!validators) return
    const base = baseUrl(r.req)
    const names = new Map<string, string>()
    const ctx: ExportContext = {
      lang: frame.lang,
      partnerName: (code) => names.get(code) ?? names.set(code, countryName(code, frame.lang)).get(code)!,
      itemUrl: (id) => `${base}/item/${id}${frame.isLangExplicit ? `?lang=${frame.lang}` : ''}`,
      kindLabel: (k) => frame.t(`kind-${k}`),
      sectorLabel: (s) => frame.t(`sector-${s}`),
    }
    const rep: Representation = {
      status: 200,
      contentType: EXPORT_CONTENT_TYPES[format],
      cacheControl: LIST_CACHE_CONTROL,
      varyLanguage: !frame.isLangExplicit,
      validators,
      headers: format === 'csv' ? { 'content-disposition': `attachment; filename="coopwatch-${meta.name}.csv"` } : {},
    }
    const streamOptions = { databasePath: config.databasePath }
    if (format === 'atom') {
      const rows = await newestArchiveRows(db, filter, { ...streamOptions, limit: ATOM_ENTRIES })
      const selfUrl = `${base}${r.url.pathname}${r.url.search}`
      const htmlUrl = `${base}${meta.htmlPath}${r.url.search}`
      sendBody(r.req, r.res, rep, renderAtom(templates, rows, ctx, { title: frame.t('web-feed-title', { title: meta.title }), selfUrl, htmlUrl, changedAt: validators.lastModified }))
      return
    }
    const stall = { stallMs: exportStallMs, onStall: () => deps.metrics.webExportsStalled.inc() }
    if (r.req.method === 'HEAD') return sendStream(r.req, r.res, rep, (async function* () {})(), stall)
    if (runningExports >= MAX_CONCURRENT_EXPORTS) return sendError(r, 503, [frame.t('web-too-busy')], { headers: { 'retry-after': String(EXPORT_RETRY_SECONDS) } })
    runningExports += 1
    try {
      const batches = streamArchiveRows(db, filter, streamOptions)
      // As the bot's exports: Excel set up for Russian or Kazakh splits columns at «;». Only for a language the address asks for
      // (the bot's links do): a script or a spreadsheet import fetching the plain address keeps its commas, whatever its headers.
      const delimiter = frame.isLangExplicit && frame.lang !== 'en' ? ';' : ','
      await sendStream(r.req, r.res, rep, format === 'csv' ? csvChunks(batches, ctx, { delimiter }) : jsonChunks(batches, ctx, describeFilter(filter, meta.words ?? '')), stall)
    } finally {
      runningExports -= 1
    }
  }

  /** Home: counts by kind, the map, the timeline and the newest items (filterable, paged). */
  async function home(r: Exchange, format: ExportFormat | null, query: ListQuery): Promise<void> {
    const { frame } = r
    const title = frame.t('web-home-title')
    if (format) return sendExport(r, format, query.filter, { title, htmlPath: '/', name: 'all' })
    const validators = await answeredFromCache(r, HTML)
    if (!validators) return
    const { kind, year } = query.filter
    const isFiltered = Object.keys(query.filter).length > 0
    const scope = chartScope(query.filter)
    const counts = await listMonthCounts(db, null)
    const shownCounts = countsInScope(counts, query.filter)
    const partners = scope === 'filtered' ? await listPartnerCountsByKindAndYear(db, { kind, year }) : await listPartnerCountries(db)
    const page = await findPage(query.filter, query.position)
    const total = counts.reduce((sum, c) => sum + c.count, 0)
    const byKind = new Map(KINDS.map((k) => [k, 0]))
    for (const c of shownCounts) byKind.set(c.kind, (byKind.get(c.kind) ?? 0) + c.count)
    const countsByCountry = new Map(partners.map((p) => [p.country, p.count]))
    const home = config.homeCountry
    const mapSvg = chartOnce(validators, frame, `map ${chartKey(query.filter)}`, () =>
      renderWorldMap({
        counts: countsByCountry,
        homeCountry: home,
        homeLabel: frame.t('web-map-home', { name: countryName(home, frame.lang) }),
        href: (code) => frame.link(`/country/${code}`),
        label: (code, count) => frame.t('web-map-country', { name: countryName(code, frame.lang), count }),
        title: frame.t('web-map-title'),
        description: frame.t('web-map-description', { count: partners.length }),
        id: 'world-map',
      }),
    )
    const html = render('./home', frame, {
      title,
      total: isFiltered ? await filteredSummary(frame, query.filter, total) : frame.t('web-home-total', { count: total }),
      kindsHeading: frame.t(scopedKey('web-home-kinds', scope)),
      mapHeading: frame.t(scopedKey('web-map-title', scope)),
      kinds: KINDS.map((kind) => ({ kind, label: frame.t(`kind-${kind}`), count: byKind.get(kind) ?? 0 })),
      mapSvg,
      countries: partners.map((p) => ({ href: frame.link(`/country/${p.country}`), flag: countryFlag(p.country), name: countryName(p.country, frame.lang), count: p.count })),
      timelineTitle: frame.t(scopedKey('web-timeline-title', scope)),
      timelineSvg: chartOnce(validators, frame, `timeline ${chartKey(query.filter)}`, () => timelineSvg(frame, shownCounts, frame.t(scopedKey('web-timeline-title', scope)), 'timeline')),
      list: listView(page, frame, pagerOf(page, frame, '/', filterParams(query))),
      action: '/',
      fields: filterFields(frame, query.filter, yearsOf(counts)),
      clearHref: Object.keys(query.filter).length > 0 ? frame.link('/') : null,
      exports: exportLinks(frame, '/', query),
    })
    sendHtml(r, html, validators)
  }

  async function country(r: Exchange, segment: string, format: ExportFormat | null, query: ListQuery): Promise<void> {
    const { frame } = r
    let name: string
    try {
      // A name typed into the address bar with + for its spaces (/country/South+Korea), as in a query: no country's name has a plus.
      name = decodeURIComponent(segment.replaceAll('+', ' '))
    } catch {
      return sendError(r, 400, [frame.t('web-bad-address')])
    }
    const isCode = /^[A-Z]{2}$/.test(name) && countries.isValid(name)
    if (!isCode) {
      const index = await getCountryIndex()
      const code = index.resolve(name)
      const extension = format ? `.${format}` : ''
      // Every name the index reads as a country is that country's address for good, a code in small letters as «Ресей»
      // or "with France": one permanent redirect (cached for a day, so a name an admin teaches later is read again).
      if (code) return redirect(r, 301, `/country/${code}${extension}${r.url.search}`)
      const nearest = index.suggest(name, SUGGESTIONS)
      // The home country misspelt (Kazakhstn) leads to its page, as the bot answers it; a name naming none ("Kazakh cinema") does not.
      if (nearest[0] === config.homeCountry && index.parseList(name).codes.length === 0) return redirect(r, 302, `/country/${config.homeCountry}${extension}${r.url.search}`)
      // As the bot offers them: the countries with items first, a link to an empty list after them.
      const closest = nearest.filter((c) => c !== config.homeCountry)
      const counts = await countPublishedByPartner(db, closest)
      const suggestions = [...closest.filter((c) => counts.has(c)), ...closest.filter((c) => !counts.has(c))]
      return sendError(r, 404, [frame.t('web-not-found-country', { query: name })], { suggestions })
    }
    const code = name
    const displayName = countryName(code, frame.lang)
    const filter: ArchiveFilter = { ...query.filter, country: code }
    if (format) return sendExport(r, format, filter, { title: displayName, htmlPath: `/country/${code}`, name: code })
    const validators = await answeredFromCache(r, HTML)
    if (!validators) return
    const summary = await getPartnerSummary(db, code)
    const counts = await listMonthCounts(db, code)
    const page = await findPage(filter, query.position)
    const path = `/country/${code}`
    // A filtered list's header counts what the list holds, not the partner's every item.
    const isFiltered = Object.keys(query.filter).length > 0
    const html = render('./country', frame, {
      title: frame.t('web-country-title', { name: displayName }),
      flag: countryFlag(code),
      summary:
        code === config.homeCountry
          ? frame.t('web-country-home', { name: displayName })
          : summary.count === 0 || !summary.oldestAt
            ? frame.t('web-country-empty', { name: countryNameInSentence(code, frame.lang) })
            : isFiltered
              ? await filteredSummary(frame, filter, summary.count)
              : frame.t('web-country-count', { count: summary.count, year: String(archiveYear(summary.oldestAt)) }),
      timelineTitle: frame.t(scopedKey('web-timeline-country-title', chartScope(query.filter)), { name: countryNameInSentence(code, frame.lang) }),
      timelineSvg: chartOnce(validators, frame, `timeline ${code} ${chartKey(query.filter)}`, () =>
        timelineSvg(frame, countsInScope(counts, query.filter), frame.t(scopedKey('web-timeline-country-title', chartScope(query.filter)), { name: countryNameInSentence(code, frame.lang) }), 'timeline'),
      ),
      list: listView(page, frame, pagerOf(page, frame, path, filterParams(query))),
      action: path,
      fields: filterFields(frame, query.filter, yearsOf(counts)),
      clearHref: Object.keys(query.filter).length > 0 ? frame.link(path) : null,
      exports: exportLinks(frame, path, query),
    })
    sendHtml(r, html, validators)
  }

  async function search(r: Exchange, format: ExportFormat | null, asked: ListQuery): Promise<void> {
    const { frame } = r
    // A day typed at either end of the words narrows to it, as /search reads it («музей 03.03.2025»), the page's links carrying it
    // as `day` and the words without it; typed alone it is said to be a date.
    const dated = asked.filter.day === undefined ? takeTypedDay((asked.q ?? '').trim().split(/\s+/), 1) : null
    const query: ListQuery =
      dated && dated !== 'alone' ? { ...asked, q: dated.rest.join(' '), filter: { ...asked.filter, year: Number(dated.day.slice(0, 4)), day: dated.day } } : asked
    const words = query.q ?? ''
    const match = dated === 'alone' ? null : toFtsQuery(words)
    // Words that hold nothing to search for (a lone quote, c++) are told so, not taken for no words at all, and so are words
    // that only leave something out («-музей», NOT museum), with what to type.
    const noWords =
      dated === 'alone'
        ? frame.t('web-search-date-only', { query: words })
        : words.trim() === ''
          ? null
          : frame.t(readSearchQuery(words).isLeavingOutOnly ? 'web-search-left-out-only' : 'web-search-no-words', { query: words })
    if (format) {
      if (match === null) return sendError(r, 400, [noWords ?? frame.t('web-bad-query')])
      return sendExport(r, format, { ...query.filter, match }, { title: words, htmlPath: '/search', name: 'search', words })
    }
    const validators = await answeredFromCache(r, HTML)
    if (!validators) return
    const filter: ArchiveFilter = match === null ? query.filter : { ...query.filter, match }
    // Counting with filters could read every match of a common word: only the words are counted, as the bot's /search counts them
    // (a long start's walk may tell "at least N").
    const isFiltered = Object.keys(query.filter).length > 0
    const total = match === null || isFiltered ? null : await countSearchResults(db, match, SEARCH_COUNT_CAP + 1)
    const page = match === null || total?.count === 0 ? { items: [], hasOlder: false, hasNewer: false } : await findPage(filter, query.position)
    const summary =
      match === null
        ? noWords
        : total?.count === 0 || (total === null && page.items.length === 0 && !page.hasOlder && !page.hasNewer)
          ? frame.t('web-search-nothing', { query: words })
          : total === null
            ? frame.t('web-search-filtered', { query: words })
            : total.count > SEARCH_COUNT_CAP
              ? frame.t('web-search-many', { query: words, count: SEARCH_COUNT_CAP })
              : total.isAtLeast
                ? frame.t('web-search-at-least', { query: words, count: total.count })
                : frame.t('web-search-results', { query: words, count: total.count })
    const html = render('./search', frame, {
      title: frame.t('web-search-title'),
      q: words,
      summary,
      notes: unsearchedNotes(match).map(({ key, count }) => frame.t(key, { count })),
      list: listView(page, frame, pagerOf(page, frame, '/search', filterParams(query))),
      action: '/search',
      fields: filterFields(frame, query.filter, yearsOf(await listMonthCounts(db, null))),
      clearHref: Object.keys(query.filter).length > 0 ? frame.link('/search', { q: words }) : null,
      exports: match === null ? null : exportLinks(frame, '/search', query),
    })
    sendHtml(r, html, validators)
  }

  async function item(r: Exchange, idText: string): Promise<void> {
    const { frame } = r
    // One address per item, whatever shape its number is written in: `/item/0042` (a spreadsheet's padding), `/item/%34%32`
    // (a link encoder's) or full-width `/item/４２` (an East Asian keyboard's) is `/item/42`, not a 404.
    const unpadded = plainNumber(idText)
    if (unpadded !== idText && ITEM_ID.test(unpadded)) return redirect(r, 301, `/item/${unpadded}${r.url.search}`)
    const id = ITEM_ID.test(idText) ? Number(idText) : null
    const found = id === null ? null : await getArchiveItem(db, id)
    if (!found) return sendError(r, 404, [frame.t('web-not-found-item', { id: idText })])
    const validators = await answeredFromCache(r, HTML)
    if (!validators) return
    const related = await findRelatedItems(db, found.id, found.partners, RELATED_ITEMS)
    const card = itemCard(found, frame)
    const html = render('./item', frame, {
      title: card.title,
      item: {
        ...card,
        partners: found.partners.map((code) => ({ flag: countryFlag(code), name: countryName(code, frame.lang), href: frame.link(`/country/${code}`) })),
        orgs: found.orgs.map((org) => ({ mark: ORGANISATION_MARK, name: organisationName(org, frame.lang) })),
        sectors: found.sectors.map((s) => frame.t(`sector-${s}`)),
        language: isLang(found.lang) ? frame.t(`web-item-lang-${found.lang}`) : found.lang,
        lead: found.lead,
        url: safeHref(found.url),
      },
      related: listView({ items: related, hasNewer: false, hasOlder: false }, frame, { newer: null, older: null }),
    })
    sendHtml(r, html, validators)
  }

  function sendStatic(r: Exchange, name: string): void {
    const file = statics.get(name)
    if (!file) return sendError(r, 404, [r.frame.t('web-not-found-page')])
    sendBody(r.req, r.res, { status: 200, contentType: file.contentType, cacheControl: STATIC_CACHE_CONTROL }, file.body)
  }

  return {
    async handle(req, res) {
      const url = new URL(req.url ?? '/', 'http://archive.invalid')
      // `/country/RU/`, `/search/`: the address without the slash, as the archive's links write it.
      const slashless = url.pathname.length > 1 ? url.pathname.replace(/\/+$/, '') : url.pathname
      const route = routeOf(slashless)
      if (route && req.method !== 'GET' && req.method !== 'HEAD') {
        req.resume()
        res.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' })
        res.end('method not allowed\n')
        return
      }
      const { lang, isExplicit } = chooseLang(url.searchParams.get('lang'), req.headers['accept-language'])
      const frame = createFrame({
        lang,
        isLangExplicit: isExplicit,
        t: (key, vars) => t(lang, key, vars),
        cssHref: statics.get('archive.css')!.href,
        faviconHref: statics.get('favicon.svg')!.href,
        path: url.pathname,
        params: url.searchParams,
      })
      const r: Exchange = { req, res, url, frame }
      // An export's suffix typed in capitals (`/country/RU.CSV`, as a spreadsheet's link dialog or a caps-locked hand writes it) is the export.
      const suffixAt = capitalSuffixAt(slashless)
      if (suffixAt !== null) return redirect(r, 301, `${slashless.slice(0, suffixAt)}${slashless.slice(suffixAt).toLowerCase()}${url.search}`)
      if (!route) {
        req.resume()
        return sendError(r, 404, [frame.t('web-not-found-page')])
      }
      if (slashless !== url.pathname) return redirect(r, 301, `${slashless}${url.search}`)
      if (route.name === 'static') return sendStatic(r, route.file)
      if (route.name === 'item') return item(r, route.id)

      if (!isQueryEncoded(url.search)) return sendError(r, 400, [frame.t('web-bad-address')])
      // A search export's empty words are refused here: leaving q out would redirect to an address that refuses all the same.
      const empty = emptyParams(url.searchParams)
      const isEmptySearchExport = route.name === 'search' && route.format !== null && empty.includes('q')
      if (empty.length > 0 && !isEmptySearchExport) {
        for (const name of empty) url.searchParams.delete(name)
        return redirect(r, 302, `${url.pathname}${url.search}`)
      }
      const parsed = parseListQuery(url.searchParams)
      if (!parsed.ok) return sendError(r, 400, problemText(frame, parsed.problems))
      if (route.name === 'home') return home(r, route.format, parsed.query)
      if (route.name === 'country') return country(r, route.segment, route.format, parsed.query)
      return search(r, route.format, parsed.query)
    },
  }
}
