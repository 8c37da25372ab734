import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { decodeBody } from '../ingest/decode.js'
import { parseFeed } from '../ingest/feed.js'
import { type Command, linePrinters, runAsMain } from './command.js'

function walk(dir: string): string[] {
  let entries: string[]
  try {
    entries = readdirSync(dir)
  } catch {
    return []
  }
  return entries.flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? walk(path) : [path]
  })
}

const FEED_URL = 'http://example.test/feed.xml'

/** feedparser's fixtures carry the HTTP headers they must be served with in a comment. */
function contentTypeOf(bytes: Buffer): string | null {
  const head = bytes.subarray(0, 2000).toString('latin1')
  return /^Header:\s*Content-type:\s*(.+)$/im.exec(head)?.[1]?.trim() ?? null
}

function sameUrl(a: string, b: string | null | undefined): boolean {
  try {
    return b != null && new URL(a).href === new URL(b).href
  } catch {
    return false
  }
}

interface Expected {
  title?: string
  link?: string
  items?: { title?: string; link?: string; publishedParsed?: string; updatedParsed?: string }[]
}

/**
 * Runs every feed of the peer corpora (feedparser/tests, gofeed) through our parser:
 * counts parsed / refused (expected failures) / crashed, and on gofeed/translator compares
 * the titles, links and dates we read with gofeed's expected ones. Exits 1 only on a crash.
 */
export const run: Command = async (argv, io) => {
  const { print, printError } = linePrinters(io)
  const root = argv[0]
  if (!root) {
    printError('usage: npm run check-feeds -- ../shared/corpora')
    return 2
  }

  let parsed = 0
  let refused = 0
  const crashes: string[] = []
  const refusals = new Map<string, number>()
  const feedFiles = [...walk(join(root, 'feedparser', 'tests')), ...walk(join(root, 'gofeed'))].filter(
    (f) => /\.(xml|rss|atom|rdf)$/i.test(f) || (f.endsWith('.json') && !f.endsWith('_expected.json') && !f.includes('translator')),
  )
  for (const file of feedFiles) {
    const bytes = readFileSync(file)
    try {
      const contentType = contentTypeOf(bytes)
      const result = await parseFeed(decodeBody(bytes, contentType, 'xml').text, FEED_URL, { contentType })
      if (result.ok) parsed++
      else {
        refused++
        const key = result.reason.replace(/:.*$/, '')
        refusals.set(key, (refusals.get(key) ?? 0) + 1)
      }
    } catch (error) {
      crashes.push(`${relative(root, file)}: ${error instanceof Error ? error.message : String(error)}`)
    }
  }
  print(`feeds: ${feedFiles.length}  parsed: ${parsed}  refused as expected failures: ${refused}  unhandled exceptions: ${crashes.length}`)
  for (const [reason, n] of [...refusals].sort((a, b) => b[1] - a[1])) print(`  refused ${n}: ${reason}`)

  let compared = 0
  let matched = 0
  const misses: string[] = []
  const translator = join(root, 'gofeed', 'translator')
  for (const file of walk(translator).filter((f) => /\.(xml)$/.test(f))) {
    let expected: Expected
    try {
      expected = JSON.parse(readFileSync(file.replace(/\.xml$/, '.json'), 'utf8')) as Expected
    } catch {
      continue
    }
    const bytes = readFileSync(file)
    let result: Awaited<ReturnType<typeof parseFeed>>
    try {
      result = await parseFeed(decodeBody(bytes, null, 'xml').text, FEED_URL)
    } catch (error) {
      crashes.push(`${relative(root, file)}: ${error instanceof Error ? error.message : String(error)}`)
      continue
    }
    const check = (what: string, want: string | undefined, got: string | null | undefined): void => {
      if (want === undefined || want === '') return
      compared++
      if ((got ?? '').trim() === want.trim() || (what.endsWith('link') && sameUrl(want, got))) matched++
      else misses.push(`${relative(translator, file)} ${what}: expected ${JSON.stringify(want)}, got ${JSON.stringify(got ?? null)}`)
    }
    const feed = result.ok ? result.feed : null
    check('feed title', expected.title, feed?.title)
    check('feed link', expected.link, feed?.link)
    for (const [i, item] of (expected.items ?? []).entries()) {
      const ours = feed?.items[i]
      check(`item ${i} title`, item.title, ours?.title)
      check(`item ${i} link`, item.link, ours?.link)
      const wantDate = item.publishedParsed ?? item.updatedParsed
      check(`item ${i} date`, wantDate ? new Date(wantDate).toISOString() : undefined, ours?.publishedAt?.toISOString())
    }
  }
  print(`gofeed/translator: ${matched}/${compared} titles, links and dates match (${((100 * matched) / Math.max(1, compared)).toFixed(1)} %)`)
  if (argv.includes('--misses')) for (const miss of misses) print(`  ${miss}`)
  if (crashes.length > 0) {
    for (const crash of crashes.slice(0, 50)) printError(`CRASH ${crash}`)
    return 1
  }
  return 0
}

await runAsMain(import.meta.url, run)
