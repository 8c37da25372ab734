import { readFile } from 'node:fs/promises'
import * as v from 'valibot'
import { type FileSync, syncFileSources, type SourceInput } from '../db/sources.js'
import { settleSuggestionsOfUrl } from '../db/suggestions.js'
import type { AppDeps } from '../deps.js'

const FIELDS = ['name', 'url', 'type', 'lang', 'enabled', 'list', 'project'] as const
const LIST_FIELDS = ['item', 'link', 'title', 'date', 'next'] as const
const TYPES = ['rss', 'html', 'sitemap', 'govkz'] as const
const SOURCE_LANGS = ['en', 'ru', 'kk'] as const

const nonEmpty = (what: string) => v.pipe(v.string(`expected ${what}`), v.trim(), v.minLength(1, `expected ${what}`))

const SOURCE_SCHEMA = v.strictObject(
  {
    name: nonEmpty('a name'),
    url: v.pipe(nonEmpty('an http(s) URL'), v.url('expected an http(s) URL'), v.regex(/^https?:\/\//i, 'expected an http(s) URL')),
    type: v.picklist(TYPES, `expected one of ${TYPES.join(', ')}`),
    lang: v.picklist(SOURCE_LANGS, `expected one of ${SOURCE_LANGS.join(', ')}`),
    enabled: v.optional(v.boolean('expected true or false'), true),
    list: v.optional(
      v.strictObject(
        {
          item: nonEmpty('a CSS selector'), link: nonEmpty('a CSS selector'), title: v.optional(nonEmpty('a CSS selector')), date: v.optional(nonEmpty('a CSS selector')),
          next: v.optional(nonEmpty('a CSS selector')),
        },
        'unknown field',
      ),
    ),
    project: v.optional(v.pipe(nonEmpty('the portal entity slug'), v.regex(/^[\w-]+$/, 'expected a slug such as mam'))),
  },
  'unknown field',
)

export type LoadSourcesResult = { ok: true; sources: SourceInput[] } | { ok: false; error: string }

/**
 * Validates a sources file (spec.md § Sources file): a JSON array of sources; unknown fields
 * are refused, naming the source and the field; `list` only for html, `project` only for govkz.
 */
export function parseSourcesFile(text: string): LoadSourcesResult {
  let data: unknown
  try {
    // JSON may start with a byte-order mark (RFC 8259 § 8.1), which Windows editors write and JSON.parse refuses.
    data = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch (error) {
    return { ok: false, error: `not valid JSON (${error instanceof Error ? error.message : String(error)})` }
  }
  if (!Array.isArray(data)) return { ok: false, error: 'expected a JSON array of sources' }
  const sources: SourceInput[] = []
  const names = new Set<string>()
  for (const [index, raw] of data.entries()) {
    const label = raw && typeof raw === 'object' && typeof (raw as { name?: unknown }).name === 'string' ? `source "${(raw as { name: string }).name}"` : `source #${index + 1}`
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return { ok: false, error: `${label}: expected an object` }
    const unknown = Object.keys(raw as object).find((key) => !(FIELDS as readonly string[]).includes(key))
    if (unknown) return { ok: false, error: `${label}: unknown field "${unknown}"` }
    const list = (raw as { list?: unknown }).list
    if (list && typeof list === 'object' && !Array.isArray(list)) {
      const unknownList = Object.keys(list).find((key) => !(LIST_FIELDS as readonly string[]).includes(key))
      if (unknownList) return { ok: false, error: `${label}: unknown field "list.${unknownList}"` }
    }
    const result = v.safeParse(SOURCE_SCHEMA, raw)
    if (!result.success) {
      const issue = result.issues[0]
      const path = issue.path?.map((p) => String(p.key)).join('.') ?? ''
      return { ok: false, error: `${label}: ${path ? `${path}: ` : ''}${issue.message}` }
    }
    const s = result.output
    if (names.has(s.name)) return { ok: false, error: `${label}: the name is used twice` }
    names.add(s.name)
    if (s.type === 'html' && !s.list) return { ok: false, error: `${label}: an html source needs "list" selectors (item, link)` }
    if (s.type !== 'html' && s.list) return { ok: false, error: `${label}: "list" is only for html sources` }
    if (s.type === 'govkz' && !s.project) return { ok: false, error: `${label}: a govkz source needs "project" (the portal's entity slug, e.g. mam)` }
    if (s.type !== 'govkz' && s.project) return { ok: false, error: `${label}: "project" is only for govkz sources` }
    sources.push({ name: s.name, url: s.url, type: s.type, lang: s.lang, isEnabled: s.enabled, list: s.list ?? null, project: s.project ?? null })
  }
  return { ok: true, sources }
}

export type SyncSourcesResult =
  | ({ ok: true } & FileSync)
  | { ok: true; missing: true }
  | { ok: false; error: string }

/**
 * Loads SOURCES_FILE into the database (syncFileSources: the file is the truth for what it
 * lists; a source gone from it is disabled; an admin's pause or removal holds until the file
 * changes that source). A missing file is not an error and changes nothing (a mount that
 * failed must not disable every source); a malformed one is, with a message naming the file
 * and the problem.
 */
export async function syncSourcesFile(deps: AppDeps): Promise<SyncSourcesResult> {
  const path = deps.config.sourcesFile
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      deps.logger.warn({ path }, 'SOURCES_FILE not found: no sources loaded from a file')
      return { ok: true, missing: true }
    }
    return { ok: false, error: `SOURCES_FILE ${path}: ${error instanceof Error ? error.message : String(error)}` }
  }
  const parsed = parseSourcesFile(text)
  if (!parsed.ok) return { ok: false, error: `SOURCES_FILE ${path}: ${parsed.error}` }
  const counts = await deps.db.transaction().execute((trx) => syncFileSources(trx, parsed.sources, deps.clock.now()))
  deps.logger.info({ path, ...counts }, 'sources file loaded')
  // No bot is running yet to tell the senders: their suggestions are closed with no admin named (decided_by null)
  // and the source's name kept, for the bot to tell them when it starts.
  // An entry the file turns off is watched by nobody: its suggestions wait on.
  for (const source of parsed.sources.filter((entry) => entry.isEnabled)) {
    const settled = await settleSuggestionsOfUrl(deps.db, { url: source.url, adminId: null, now: deps.clock.now(), untoldSourceName: source.name })
    if (settled.length > 0) deps.logger.info({ url: source.url, suggestionIds: settled.map((s) => s.id) }, 'suggestions closed: the sources file lists their address (senders told when the bot starts)')
  }
  if (counts.keptAdmin.length > 0) {
    deps.logger.warn({ path, names: counts.keptAdmin }, 'SOURCES_FILE names sources an admin added in chat: those stay as the admin added them, and these entries are not loaded (rename them in the file to add them)')
  }
  return { ok: true, ...counts }
}
