import { Composer, InputFile } from 'grammy'
import PQueue from 'p-queue'
import type { Document } from 'grammy/types'
import { addAdminSource, findRemovedFileSource, findSourceByUrl, restoreRemovedFileSource, setSourceEnabled } from '../../../db/source-admin.js'
import { listSourceDefinitions } from '../../../db/source-exchange.js'
import type { ListedAddress } from '../../../ingest/discover-source.js'
import type { SourceListProblem } from '../../../ingest/sources-file.js'
import { withoutCredentials } from '../../../url.js'
import { escapeHtml } from '../../../telegram/escape.js'
import { splitIntoMessages, truncateText } from '../../../telegram/length.js'
import type { Translate } from '../../../telegram/translate.js'
import type { BotContext } from '../../context.js'
import { currentLang } from '../../i18n/i18n.js'
import { settleSuggestionsAndTell } from './shared.js'

/** Telegram lets bots download files up to 20 MB; a source list is a few kilobytes. */
const MAX_IMPORT_BYTES = 1_000_000
const MAX_IMPORT_SOURCES = 500
const DOWNLOAD_TIMEOUT_MS = 30_000
const NAMES_SHOWN = 10
/** Addresses of a text list looked at side by side. */
const PROBE_CONCURRENCY = 8
const IMPORT_CAPTION = /^\/importsources(?:@(\w+))?(?:\s|$)/i

/**
 * A caption that asks this bot to import its file (Telegram marks no commands in captions):
 * "/importsources" bare or addressed to us; one addressed to another bot is that bot's.
 */
export function isImportCaption(ctx: BotContext): boolean {
  const match = IMPORT_CAPTION.exec(ctx.msg?.caption ?? '')
  if (!match) return false
  const addressee = match[1]
  return addressee === undefined || addressee.toLowerCase() === ctx.me.username.toLowerCase()
}

// The OPML reader (cheerio) loads when an admin first exchanges sources, not with the bot.
const loadExchange = () => import('../../../ingest/source-exchange.js')

/** /exportsources and /importsources: the source list as JSON (the SOURCES_FILE format) and OPML. */
export const sourceExchangeComposer = new Composer<BotContext>()

sourceExchangeComposer.command('exportsources', async (ctx) => {
  const stored = await listSourceDefinitions(ctx.deps.db)
  if (stored.length === 0) {
    await ctx.reply(ctx.t('admin-sources-empty'))
    return
  }
  // A user name or password the sources file gave stays out of the files, as out of /sources: any admin may export,
  // and the files travel on (a feed reader, a colleague's bot). The operator keeps them in SOURCES_FILE.
  const sources = stored.map((s) => ({ ...s, url: withoutCredentials(s.url) }))
  const uncredentialed = sources.filter((s, i) => s.url !== stored[i]!.url).map((s) => s.name)
  const now = ctx.deps.clock.now()
  const day = now.toISOString().slice(0, 10)
  const { toOpml, toSourcesJson } = await loadExchange()
  const caption = [ctx.t('admin-export-json', { count: sources.length }), ...(uncredentialed.length > 0 ? [ctx.t('admin-export-credentials-dropped', { names: nameList(uncredentialed) })] : [])].join('\n')
  await ctx.replyWithDocument(new InputFile(Buffer.from(toSourcesJson(sources)), `coopwatch-sources-${day}.json`), { caption })
  await ctx.replyWithDocument(new InputFile(Buffer.from(toOpml(sources, now)), `coopwatch-sources-${day}.opml`), { caption: ctx.t('admin-export-opml') })
})

sourceExchangeComposer.command('importsources', async (ctx) => {
  const document = ctx.msg.reply_to_message?.document
  if (document) await importDocument(ctx, document)
  else await ctx.reply(ctx.t('admin-import-usage'))
})

// Telegram does not mark commands in captions, so a file sent with "/importsources" is read here.
sourceExchangeComposer.on('message:document', async (ctx, next) => {
  if (!isImportCaption(ctx)) return next()
  await importDocument(ctx, ctx.msg.document)
})

// A photo, video or other media captioned /importsources carries no list to read: say how to send one.
sourceExchangeComposer.on('message:caption', async (ctx, next) => {
  if (!isImportCaption(ctx)) return next()
  await ctx.reply(ctx.t('admin-import-not-a-file'))
})

async function download(ctx: BotContext, document: Document): Promise<string | null> {
  const file = await ctx.api.getFile(document.file_id)
  if (!file.file_path) return null
  const { telegramApiRoot, botToken } = ctx.deps.config
  const response = await fetch(`${telegramApiRoot}/file/bot${botToken}/${file.file_path}`, { signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS) })
  if (!response.ok) return null
  const bytes = Buffer.from(await response.arrayBuffer())
  return bytes.length > MAX_IMPORT_BYTES ? null : bytes.toString('utf8')
}

/** A message naming every source, as its parts (the first carrying the text before the names, the last the text after). */
function namesLine(t: Translate, key: string, names: readonly string[], vars: Record<string, string> = {}): string[] {
  const [before = '', after = ''] = t(key, { ...vars, names: NAMES_PLACE }).split(NAMES_PLACE)
  const parts = names.map((n) => escapeHtml(truncateText(n, 60)))
  parts[0] = `${before}${parts[0] ?? ''}`
  parts[parts.length - 1] = `${parts.at(-1) ?? ''}${after}`
  return parts
}
const NAMES_PLACE = '\u0000'

const nameList = (names: readonly string[]): string =>
  names.slice(0, NAMES_SHOWN).map((n) => escapeHtml(truncateText(n, 60))).join(', ') + (names.length > NAMES_SHOWN ? ` (+${names.length - NAMES_SHOWN})` : '')

/** Why a list was refused, in the admin's language: the source by its name or place, and what was wrong. */
function renderProblem(problem: SourceListProblem, t: Translate): string {
  const field = (name: string): string => escapeHtml(truncateText(name, 60))
  const source = !('source' in problem)
    ? ''
    : 'name' in problem.source
      ? t('admin-import-source-named', { name: field(problem.source.name) })
      : t('admin-import-source-number', { number: problem.source.number })
  return t(`admin-import-problem-${problem.code}`, {
    source,
    ...('field' in problem ? { field: field(problem.field) } : {}),
    ...('expected' in problem ? { expected: problem.expected } : {}),
    ...(problem.code === 'not-json' ? { line: problem.line, column: problem.column } : {}),
    ...(problem.code === 'not-address' ? { line: problem.line, text: field(problem.text) } : {}),
    ...(problem.code === 'name-too-long' ? { max: problem.max } : {}),
  })
}

/**
 * Adds the sources of a JSON, OPML or plain-text file as admin sources (guarded like /addsource on every
 * poll); addresses already watched are left alone, and nothing is added when the file is wrong.
 */
async function importDocument(ctx: BotContext, document: Document): Promise<void> {
  if ((document.file_size ?? 0) > MAX_IMPORT_BYTES) {
    await ctx.reply(ctx.t('admin-import-too-big', { limit: `${MAX_IMPORT_BYTES / 1_000_000} MB` }))
    return
  }
  const text = await download(ctx, document)
  if (text === null) {
    await ctx.reply(ctx.t('admin-import-unreadable'))
    return
  }
  const lang = await currentLang(ctx)
  const parsed = (await loadExchange()).parseSourceList(text, document.file_name ?? '', lang)
  if (!parsed.ok) {
    await ctx.reply(ctx.t('admin-import-invalid', { error: renderProblem(parsed.problem, ctx.t) }))
    return
  }
  if (parsed.sources.length > MAX_IMPORT_SOURCES) {
    await ctx.reply(ctx.t('admin-import-too-many', { count: parsed.sources.length, limit: MAX_IMPORT_SOURCES }))
    return
  }
  const { db, clock } = ctx.deps
  const adminId = ctx.from!.id
  const added: string[] = []
  const known: string[] = []
  const paused: string[] = []
  const guessed: string[] = []
  const uncredentialed: string[] = []
  const blocked: string[] = []
  const restored: string[] = []
  const pages: string[] = []
  const viaPageFeed: string[] = []
  const unknown: string[] = []
  const { checkUrlAddress } = await import('../../../ingest/address-guard.js')
  const { allowPrivateAddresses: allowPrivate } = ctx.deps.config
  // A text list says only addresses: each new one is looked at once, as a suggested source is checked, so that a page
  // linking its feed is watched through that feed, and a page with none is not polled as a feed that fails every time.
  const discovery = parsed.isPlainList ? await import('../../../ingest/discover-source.js') : null
  const fetcher = discovery?.createDiscoveryFetcher(allowPrivate, ctx.deps.resolver)
  if (parsed.isPlainList) await ctx.reply(ctx.t('admin-import-checking', { count: parsed.sources.length }))
  // The addresses are looked at side by side, where one at a time kept the admin waiting the sum of every dead site's
  // timeout; the fetcher still paces each host (PER_HOST_LIMIT), and the list is then read in its order.
  const probes = new Map<string, Promise<ListedAddress>>()
  if (discovery && fetcher) {
    const queue = new PQueue({ concurrency: PROBE_CONCURRENCY })
    for (const listed of parsed.sources) {
      const url = withoutCredentials(listed.url)
      if (probes.has(url)) continue
      const probe = queue.add(async (): Promise<ListedAddress> => {
        if ((await findSourceByUrl(db, url)) || (await findRemovedFileSource(db, url))) return { kind: 'unknown' }
        if (!(await checkUrlAddress(url, { allowPrivate, resolver: ctx.deps.resolver })).ok) return { kind: 'unknown' }
        return discovery.probeListedAddress(url, { fetcher, allowPrivate, resolver: ctx.deps.resolver })
      })
      // Read in the list's order below; one the loop no longer needs (its address added meanwhile) is not an unhandled failure.
      probe.catch(() => undefined)
      probes.set(url, probe)
    }
  }
  try {
    for (const listed of parsed.sources) {
      let source = listed
      // As /addsource refuses them: a source's address is shown to every admin and in exports, so no password is kept in it.
      const url = withoutCredentials(source.url)
      if (url !== source.url) uncredentialed.push(source.name)
      // As /addsource refuses them too: every request for an admin's source is guarded, so one in a local network
      // (a feed reader's RSSHub on localhost) would only fail at each poll. A name that does not resolve now may later.
      // A sources-file source an admin removed comes back as itself, as /addsource brings it back, not as a second source
      // ("Kazinform (2)"); the guard applies unless the file still lists it (the operator wrote the file).
      const removed = (await findSourceByUrl(db, url)) ? undefined : await findRemovedFileSource(db, url)
      const checked = removed?.isInFile ? null : await checkUrlAddress(url, { allowPrivate, resolver: ctx.deps.resolver })
      if (checked && !checked.ok && checked.reason === 'blocked') {
        blocked.push(source.name)
        continue
      }
      const now = clock.now()
      const back = removed && (await restoreRemovedFileSource(db, { url, adminId, now }))
      if (back) {
        if (!source.isEnabled) await setSourceEnabled(db, { sourceId: removed.id, isEnabled: false, adminId, now })
        restored.push(back.name)
        await settleSuggestionsAndTell(ctx, { url, name: back.name, adminId }, 'suggest-added')
        continue
      }
      let existing = await findSourceByUrl(db, url)
      let watchedUrl = url
      let probed: 'page-feed' | 'unknown' | null = null
      if (!existing && discovery && fetcher) {
        const found = await (probes.get(url) ?? discovery.probeListedAddress(url, { fetcher, allowPrivate, resolver: ctx.deps.resolver }))
        if (found.kind === 'page') {
          pages.push(source.name)
          continue
        }
        if (found.kind === 'unknown') probed = 'unknown'
        else {
          source = { ...source, type: found.kind === 'sitemap' ? 'sitemap' : found.kind === 'govkz' ? 'govkz' : 'rss', project: found.kind === 'govkz' ? found.project : null }
          if (found.url !== url) {
            watchedUrl = withoutCredentials(found.url)
            probed = 'page-feed'
            existing = await findSourceByUrl(db, watchedUrl)
          }
        }
      }
      if (existing) {
        // A source paused in /sources is not watched: counted so, the admin would wait for items that never come.
        ;(existing.isEnabled || !source.isEnabled ? known : paused).push(existing.name)
        continue
      }
      const result = await addAdminSource(db, { name: source.name, url: watchedUrl, type: source.type, lang: source.lang, listSelectors: source.list, project: source.project }, { adminId, now })
      if (!result.ok) {
        known.push(result.name)
        continue
      }
      if (!source.isEnabled) await setSourceEnabled(db, { sourceId: result.id, isEnabled: false, adminId, now })
      added.push(result.name)
      if (probed === 'page-feed') viaPageFeed.push(result.name)
      if (probed === 'unknown') unknown.push(result.name)
      await settleSuggestionsAndTell(ctx, { url, name: result.name, adminId }, 'suggest-added')
      if (parsed.langGuessed.includes(source.name)) guessed.push(result.name)
    }
  } finally {
    fetcher?.close()
  }
  const lines: string[][] = [[ctx.t('admin-import-done', { added: added.length + restored.length, known: known.length })]]
  if (added.length > 0) lines.push(namesLine(ctx.t, 'admin-import-added', added))
  if (restored.length > 0) lines.push(namesLine(ctx.t, 'admin-import-restored', restored))
  if (known.length > 0) lines.push(namesLine(ctx.t, 'admin-import-known', known))
  if (paused.length > 0) lines.push(namesLine(ctx.t, 'admin-import-paused', paused))
  if (blocked.length > 0) lines.push(namesLine(ctx.t, 'admin-import-blocked', blocked))
  if (uncredentialed.length > 0) lines.push(namesLine(ctx.t, 'admin-import-credentials-dropped', uncredentialed))
  if (guessed.length > 0) lines.push(namesLine(ctx.t, 'admin-import-lang-guessed', guessed, { lang: ctx.t(`admin-lang-${lang}`) }))
  if (viaPageFeed.length > 0) lines.push(namesLine(ctx.t, 'admin-import-via-page-feed', viaPageFeed))
  if (pages.length > 0) lines.push(namesLine(ctx.t, 'admin-import-pages', pages))
  if (unknown.length > 0) lines.push(namesLine(ctx.t, 'admin-import-plain-as-feeds', unknown))
  // Every name is listed, the pages left out and the addresses refused among them, which the admin acts on one by one:
  // a long answer goes over several messages, each within Telegram's limit.
  for (const text of splitIntoMessages(lines)) await ctx.reply(text)
}
