import { createWriteStream } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { Composer, InputFile } from 'grammy'
import { countryName } from '../../country-name.js'
import { type ArchiveFilter, type ArchiveRow, countArchiveItems, streamArchiveRows } from '../../db/archive.js'
import { csvChunks, describeFilter, type ExportContext, jsonChunks } from '../../exports/item-rows.js'
import { unsearchedNotes } from '../../db/fts-query.js'
import { readSearchQuery } from '../../language/search-query.js'
import { escapeAttribute, escapeHtml } from '../../telegram/escape.js'
import { truncateText } from '../../telegram/length.js'
import type { BotContext } from '../context.js'
import { currentLang } from '../i18n/i18n.js'
import { isUnsearchable, parseItemQuery } from '../item-query.js'
import { topicNamesOf } from '../topics.js'

/** Rows at most in one document. The web archive's export has no such cap. */
export const MAX_EXPORT_ROWS = 40_000
/**
 * Telegram takes documents up to 50 MB from a bot. A row is about 1 KB in English, but 1.4 KB in
 * Russian (two bytes a letter) and up to ~3.5 KB with a long title, so the rows also stop once the
 * file passes this; the last batch of rows (500) still fits under the limit.
 */
export const MAX_EXPORT_BYTES = 45_000_000
const MAX_ECHO_LENGTH = 60

/** `/export russia 2025 [json]`: the matching published items as a CSV (or JSON) document. */
export const exportFeature = new Composer<BotContext>()

exportFeature.command('export', async (ctx) => {
  const { db, config } = ctx.deps
  const tokens = ctx.match.trim().split(/\s+/).filter((t) => t !== '')
  const format = tokens.some((t) => t.toLowerCase() === 'json') ? 'json' : 'csv'
  const text = tokens.filter((t) => !/^(csv|json)$/i.test(t)).join(' ')
  const query = parseItemQuery(text, { countries: await ctx.countryIndex(), sectorLabel: (s) => ctx.t(`sector-${s}`), kinds: topicNamesOf(ctx).kinds, now: ctx.deps.clock.now(), homeCountry: ctx.deps.config.homeCountry })
  const echo = escapeHtml(truncateText(text, MAX_ECHO_LENGTH))
  if (text === '' || isUnsearchable(query)) {
    // «-музей», NOT museum: nothing to look for, said as /search says it, not the usage.
    await ctx.reply(text !== '' && readSearchQuery(query.words).isLeavingOutOnly ? ctx.t('export-left-out-only', { query: echo }) : ctx.t('export-usage'))
    return
  }
  // Words, phrases or alternatives joined by OR past the bounds were not searched (readSearchQuery): the answer says so.
  const cut = unsearchedNotes(query.filter.match).map(({ key, count }) => `\n${ctx.t(key, { count })}`).join('')
  const total = await countArchiveItems(db, query.filter, MAX_EXPORT_ROWS + 1)
  if (total === 0) {
    await ctx.reply(ctx.t('export-nothing', { query: echo }) + cut)
    return
  }
  const lang = await currentLang(ctx)
  const names = new Map<string, string>()
  const exportContext: ExportContext = {
    lang,
    partnerName: (code) => names.get(code) ?? names.set(code, countryName(code, lang)).get(code)!,
    itemUrl: (id) => (config.publicUrl ? `${config.publicUrl}/item/${id}?lang=${lang}` : ''),
    kindLabel: (k) => ctx.t(`kind-${k}`),
    sectorLabel: (s) => ctx.t(`sector-${s}`),
  }
  let rows = 0
  let bytes = 0
  // Rows are taken a batch at a time while the file is under MAX_EXPORT_BYTES; `bytes` counts what was written.
  async function* withinBytes(batches: AsyncIterable<ArchiveRow[]>): AsyncGenerator<ArchiveRow[]> {
    for await (const batch of batches) {
      if (bytes >= MAX_EXPORT_BYTES) return
      rows += batch.length
      yield batch
    }
  }
  async function* counted(chunks: AsyncIterable<string>): AsyncGenerator<string> {
    for await (const chunk of chunks) {
      bytes += Buffer.byteLength(chunk)
      yield chunk
    }
  }
  const batches = withinBytes(streamArchiveRows(db, query.filter, { databasePath: config.databasePath, limit: MAX_EXPORT_ROWS }))
  // Russian and Kazakh readers' Excel (a decimal comma in their regional settings) splits a row at semicolons only.
  const chunks = counted(format === 'csv' ? csvChunks(batches, exportContext, { delimiter: lang === 'en' ? ',' : ';' }) : jsonChunks(batches, exportContext, describeFilter(query.filter, query.words)))
  // Written to a temporary file row batch by row batch, never whole in memory; a file (unlike a
  // stream) can be read again when auto-retry repeats the upload after a 429.
  const dir = await mkdtemp(join(tmpdir(), 'coopwatch-export-'))
  try {
    const path = join(dir, `coopwatch-${fileSlug(query.filter)}.${format}`)
    await pipeline(Readable.from(chunks), createWriteStream(path))
    const whole = total > rows ? archiveExportUrl(config.publicUrl, query.filter, query.words, format, lang) : null
    const caption =
      (total <= rows
        ? ctx.t('export-caption', { query: echo, count: total })
        : whole
          ? ctx.t('export-caption-capped-archive', { query: echo, count: rows, url: escapeAttribute(whole) })
          : ctx.t('export-caption-capped', { query: echo, count: rows })) + cut
    await ctx.replyWithDocument(new InputFile(path), { caption, parse_mode: 'HTML' })
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
})

/**
 * The web archive's uncapped export of the same items, when PUBLIC_URL says where the archive is: `/country/RU.csv`,
 * `/search.csv?q=…`, `/index.csv`, narrowed alike. Null without PUBLIC_URL, and for words searched within a country,
 * which no archive address narrows to (its search reads no country; its country lists take no words).
 */
function archiveExportUrl(publicUrl: string, filter: ArchiveFilter, words: string, format: 'csv' | 'json', lang: string): string | null {
  // A region («Африка») or an organisation is no address of the archive either.
  if (!publicUrl || (filter.match !== undefined && filter.country !== undefined) || filter.region !== undefined || filter.org !== undefined) return null
  const path = filter.match !== undefined ? `/search.${format}` : filter.country !== undefined ? `/country/${filter.country}.${format}` : `/index.${format}`
  const url = new URL(path.slice(1), `${publicUrl.replace(/\/+$/, '')}/`)
  if (filter.match !== undefined) url.searchParams.set('q', words)
  if (filter.day !== undefined) url.searchParams.set('day', filter.day)
  else if (filter.year !== undefined) url.searchParams.set('year', String(filter.year))
  if (filter.sector !== undefined) url.searchParams.set('sector', filter.sector)
  if (filter.kind !== undefined) url.searchParams.set('kind', filter.kind)
  if (filter.language !== undefined) url.searchParams.set('language', filter.language)
  url.searchParams.set('lang', lang)
  return url.toString()
}

/** A file name that says what is in it: coopwatch-RU-agreement-museums-2025.csv, coopwatch-RU-2025-03-03.csv for a day, coopwatch-africa.csv, coopwatch-RU-CN.csv. */
function fileSlug(filter: ArchiveFilter): string {
  const parts = [filter.country ?? filter.region?.id ?? filter.region?.countries.join('-') ?? filter.org, filter.kind, filter.sector, filter.day ?? filter.year, filter.match === undefined ? undefined : 'search'].filter((p) => p !== undefined)
  return parts.length > 0 ? parts.join('-') : 'items'
}
