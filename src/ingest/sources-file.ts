import { readFile } from 'node:fs/promises'
import * as v from 'valibot'
import { type FileSync, MAX_SOURCE_NAME_LENGTH, syncFileSources, type SourceInput } from '../db/sources.js'
import { settleSuggestionsOfUrl } from '../db/suggestions.js'
import type { AppDeps } from '../deps.js'

const FIELDS = ['name', 'url', 'type', 'lang', 'enabled', 'list', 'project'] as const
const LIST_FIELDS = ['item', 'link', 'title', 'date', 'next'] as const
const TYPES = ['rss', 'html', 'sitemap', 'govkz'] as const
const SOURCE_LANGS = ['en', 'ru', 'kk'] as const

/** What a field must hold; the message of a valibot check, so a refusal carries it as a code. */
export type ExpectedValue = 'name' | 'url' | 'type' | 'lang' | 'boolean' | 'selector' | 'selectors' | 'slug' | 'object'

const nonEmpty = (expected: ExpectedValue) => v.pipe(v.string(expected), v.trim(), v.minLength(1, expected))

const SOURCE_SCHEMA = v.strictObject(
  {
    name: nonEmpty('name'),
    url: v.pipe(nonEmpty('url'), v.url('url'), v.regex(/^https?:\/\//i, 'url')),
    type: v.picklist(TYPES, 'type'),
    lang: v.picklist(SOURCE_LANGS, 'lang'),
    enabled: v.optional(v.boolean('boolean'), true),
    list: v.optional(
      v.strictObject(
        {
          item: nonEmpty('selector'), link: nonEmpty('selector'), title: v.optional(nonEmpty('selector')), date: v.optional(nonEmpty('selector')),
          next: v.optional(nonEmpty('selector')),
        },
        'selectors',
      ),
    ),
    project: v.optional(v.pipe(nonEmpty('slug'), v.regex(/^[\w-]+$/, 'slug'))),
  },
  'object',
)

/** Which source a problem is in: by its name when it has one, else by its place in the list (from 1). */
export type SourceRef = { name: string } | { number: number }

/**
 * Why a source list was refused, as a code with what the message needs: the bot says it in the
 * admin's language, SOURCES_FILE logs it in English (describeSourceListProblem).
 */
export type SourceListProblem =
  | { code: 'not-json'; line: number; column: number; detail: string }
  | { code: 'not-array' }
  | { code: 'not-object' | 'name-twice' | 'html-needs-list' | 'list-only-html' | 'govkz-needs-project' | 'project-only-govkz' | 'opml-list-not-json'; source: SourceRef }
  | { code: 'unknown-field' | 'missing-field'; source: SourceRef; field: string }
  | { code: 'bad-value'; source: SourceRef; field: string; expected: ExpectedValue }
  | { code: 'name-too-long'; source: SourceRef; max: number }
  | { code: 'not-opml' | 'opml-no-feed' | 'no-address' }
  | { code: 'not-address'; line: number; text: string }

export type LoadSourcesResult = { ok: true; sources: SourceInput[] } | { ok: false; problem: SourceListProblem }

/** V8's "Unexpected token 'x', …"<text around it>"… is not valid JSON": no position, but up to this many characters either side of it. */
const JSON_CONTEXT_CHARS = 10
const UNEXPECTED_TOKEN = /^Unexpected token .*?, (\.\.\.)?"([\s\S]*)"(\.\.\.)? is not valid JSON$/

/** Where JSON.parse stopped as its message says: "… at position 12", or the text it quotes around an unexpected token. */
function jsonErrorPosition(text: string, message: string): number | null {
  const at = /at position (\d+)/.exec(message)?.[1]
  if (at !== undefined) return Number(at)
  const quoted = UNEXPECTED_TOKEN.exec(message)
  if (!quoted) return null
  const [, cutBefore, context = '', cutAfter] = quoted
  const start = text.indexOf(context)
  if (start < 0) return null
  if (cutBefore) return start + JSON_CONTEXT_CHARS
  // The text's start: the token opens the quoted text's last ten characters.
  if (cutAfter) return Math.max(0, context.length - JSON_CONTEXT_CHARS)
  // The whole (short) text: the token is the first of its character where the text stops being JSON's
  // start, not one before it inside a string (`[{"n": "]"},]`).
  const token = /^Unexpected token '([\s\S])'/.exec(message)?.[1]
  if (token === undefined) return null
  for (let index = text.indexOf(token); index >= 0; index = text.indexOf(token, index + 1)) {
    if (!isJsonStart(text.slice(0, index + 1))) return index
  }
  return null
}

/** Whether `text` is JSON or the start of some: it parses, or fails only at its end. */
function isJsonStart(text: string): boolean {
  try {
    JSON.parse(text)
    return true
  } catch (error) {
    const message = error instanceof Error ? error.message : ''
    return message.includes('end of JSON input') || Number(/at position (\d+)/.exec(message)?.[1] ?? -1) >= text.length
  }
}

/** Where JSON.parse stopped (the end of the text when its message says nothing of where: "Unexpected end of JSON input"), as line and column from 1. */
function jsonErrorAt(text: string, message: string): { line: number; column: number } {
  const position = Math.min(jsonErrorPosition(text, message) ?? text.length, text.length)
  const before = text.slice(0, position).split('\n')
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 }
}

const EXPECTED_EN: Record<ExpectedValue, string> = {
  name: 'a name',
  url: 'an http(s) URL',
  type: `one of ${TYPES.join(', ')}`,
  lang: `one of ${SOURCE_LANGS.join(', ')}`,
  boolean: 'true or false',
  selector: 'a CSS selector',
  selectors: 'an object of CSS selectors (item, link …)',
  object: 'an object',
  slug: 'a slug such as mam',
}

/** A refusal in English, for SOURCES_FILE's start-up line and logs. */
export function describeSourceListProblem(problem: SourceListProblem): string {
  const name = (text: string): string => ([...text].length > MAX_SOURCE_NAME_LENGTH ? `${[...text].slice(0, MAX_SOURCE_NAME_LENGTH).join('')}…` : text)
  const source = 'source' in problem ? ('name' in problem.source ? `source "${name(problem.source.name)}"` : `source #${problem.source.number}`) : ''
  switch (problem.code) {
    case 'not-json': return `not valid JSON (${problem.detail})`
    case 'not-array': return 'expected a JSON array of sources'
    case 'not-object': return `${source}: expected an object`
    case 'unknown-field': return `${source}: unknown field "${problem.field}"`
    case 'missing-field': return `${source}: ${problem.field}: missing`
    case 'bad-value': return `${source}: ${problem.field}: expected ${EXPECTED_EN[problem.expected]}`
    case 'name-too-long': return `${source}: the name is longer than ${problem.max} characters`
    case 'name-twice': return `${source}: the name is used twice`
    case 'html-needs-list': return `${source}: an html source needs "list" selectors (item, link)`
    case 'list-only-html': return `${source}: "list" is only for html sources`
    case 'govkz-needs-project': return `${source}: a govkz source needs "project" (the portal's entity slug, e.g. mam)`
    case 'project-only-govkz': return `${source}: "project" is only for govkz sources`
    case 'opml-list-not-json': return `${source}: coopwatchList is not JSON`
    case 'not-opml': return 'not OPML: no <opml> element'
    case 'opml-no-feed': return 'no outline with a feed address (xmlUrl)'
    case 'no-address': return 'no address in the list'
    case 'not-address': return `line ${problem.line} is not a web address: ${problem.text}`
  }
}

/**
 * Validates a sources file (spec.md § Sources file): a JSON array of sources; unknown fields
 * are refused, naming the source and the field; `list` only for html, `project` only for govkz.
 */
export function parseSourcesFile(text: string): LoadSourcesResult {
  let data: unknown
  // JSON may start with a byte-order mark (RFC 8259 § 8.1), which Windows editors write and JSON.parse refuses.
  const json = text.replace(/^\uFEFF/, '')
  try {
    data = JSON.parse(json)
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error)
    return { ok: false, problem: { code: 'not-json', ...jsonErrorAt(json, detail), detail } }
  }
  if (!Array.isArray(data)) return { ok: false, problem: { code: 'not-array' } }
  const sources: SourceInput[] = []
  const names = new Set<string>()
  for (const [index, raw] of data.entries()) {
    const source: SourceRef = raw && typeof raw === 'object' && typeof (raw as { name?: unknown }).name === 'string' ? { name: (raw as { name: string }).name } : { number: index + 1 }
    const refuse = (problem: SourceListProblem): LoadSourcesResult => ({ ok: false, problem })
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return refuse({ code: 'not-object', source })
    const unknown = Object.keys(raw as object).find((key) => !(FIELDS as readonly string[]).includes(key))
    if (unknown) return refuse({ code: 'unknown-field', source, field: unknown })
    const list = (raw as { list?: unknown }).list
    if (list && typeof list === 'object' && !Array.isArray(list)) {
      const unknownList = Object.keys(list).find((key) => !(LIST_FIELDS as readonly string[]).includes(key))
      if (unknownList) return refuse({ code: 'unknown-field', source, field: `list.${unknownList}` })
    }
    const result = v.safeParse(SOURCE_SCHEMA, raw)
    if (!result.success) {
      const issue = result.issues[0]
      const field = issue.path?.map((p) => String(p.key)).join('.') ?? ''
      if (field && issue.input === undefined) return refuse({ code: 'missing-field', source, field })
      // Every check in SOURCE_SCHEMA has an ExpectedValue for its message.
      return refuse({ code: 'bad-value', source, field, expected: issue.message as ExpectedValue })
    }
    const s = result.output
    if ([...s.name].length > MAX_SOURCE_NAME_LENGTH) return refuse({ code: 'name-too-long', source, max: MAX_SOURCE_NAME_LENGTH })
    if (names.has(s.name)) return refuse({ code: 'name-twice', source })
    names.add(s.name)
    if (s.type === 'html' && !s.list) return refuse({ code: 'html-needs-list', source })
    if (s.type !== 'html' && s.list) return refuse({ code: 'list-only-html', source })
    if (s.type === 'govkz' && !s.project) return refuse({ code: 'govkz-needs-project', source })
    if (s.type !== 'govkz' && s.project) return refuse({ code: 'project-only-govkz', source })
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
  if (!parsed.ok) return { ok: false, error: `SOURCES_FILE ${path}: ${describeSourceListProblem(parsed.problem)}` }
  const counts = await deps.db.transaction().execute((trx) => syncFileSources(trx, parsed.sources, deps.clock.now()))
  deps.logger.info({ path, ...counts }, 'sources file loaded')
  // No bot is running yet to tell the senders: their suggestions are closed with no admin named (decided_by null)
  // and the source's name kept, for the bot to tell them when it starts.
  // An entry the file turns off is watched by nobody: its suggestions wait on.
  for (const source of parsed.sources.filter((entry) => entry.isEnabled)) {
    const settled = await settleSuggestionsOfUrl(deps.db, { url: source.url, adminId: null, now: deps.clock.now(), untoldSourceName: source.name })
    if (settled.length > 0) deps.logger.info({ url: source.url, suggestionIds: settled.map((s) => s.id) }, 'suggestions closed: the sources file lists their address (senders told when the bot starts)')
  }
  if (counts.folded.length > 0) {
    deps.logger.info({ path, folded: counts.folded }, 'sources gone from SOURCES_FILE at the address of a source it lists folded into that source (items, admin log and history kept)')
  }
  if (counts.keptAdmin.length > 0) {
    deps.logger.warn({ path, names: counts.keptAdmin }, 'SOURCES_FILE names sources an admin added in chat, or their addresses: those stay as the admin added them, and these entries are not loaded (rename them in the file, or remove the admin\'s source, to add them)')
  }
  return { ok: true, ...counts }
}
