import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setImmediate } from 'node:timers/promises'
import { fileURLToPath } from 'node:url'
import { brotliCompressSync, gzipSync } from 'node:zlib'
import { afterEach, describe, expect, it } from 'vitest'
import { createPipelineWork, type PipelineWork } from '../../src/ingest/pipeline-work.js'

let work: PipelineWork | undefined

afterEach(async () => {
  await work?.close()
})

const longPage = () => ({
  body: Buffer.from(`<html><body><article>${'<p>Museums and theatres of Kazakhstan and France agreed on exchanges. </p>'.repeat(10_000)}</article></body></html>`),
  contentType: 'text/html',
  url: 'https://example.kz/news/1',
})

describe('createPipelineWork', () => {
  it('lets the next page be fetched only once fewer than maxWaitingReads pages wait for a worker', async () => {
    work = createPipelineWork({ maxThreads: 1, maxWaitingReads: 2 })
    await work.whenReadersKeepUp()
    const reads = Array.from({ length: 5 }, () => work!.readArticlePage(longPage()))
    let hasRoom = false
    const room = work.whenReadersKeepUp().then(() => (hasRoom = true))
    // One page is being read and four wait: the pipeline holds back new fetches.
    await setImmediate()
    expect(hasRoom).toBe(false)
    const results = await Promise.all(reads)
    await room
    expect(hasRoom).toBe(true)
    expect(results.every((r) => r.ok && r.article.text.includes('agreed on exchanges'))).toBe(true)
  })

  it('gives a read up at its timeout, or when the caller aborts, and reads the next page', async () => {
    // No worker can start and read 700 KB of HTML within 5 ms: the timeout always comes first.
    work = createPipelineWork({ maxThreads: 1, taskTimeoutMs: 5 })
    expect(await work.readArticlePage(longPage())).toEqual({ ok: false, reason: 'gave up reading it after 5 ms' })
    await work.close()
    work = createPipelineWork({ maxThreads: 1 })
    const caller = new AbortController()
    const read = work.readArticlePage(longPage(), caller.signal)
    caller.abort()
    expect(await read).toEqual({ ok: false, reason: 'aborted' })
    const next = await work.readArticlePage(longPage())
    expect(next.ok && next.article.text).toContain('agreed on exchanges')
  })

  it('undoes a page\'s content coding on the worker, and fails a decompression bomb or a corrupt body alone with its reason', async () => {
    work = createPipelineWork({ maxThreads: 1 })
    const { body, ...page } = longPage()
    const cap = 1024 * 1024
    const [gzipped, brotli, bomb, corrupt] = await Promise.all([
      work.readArticlePage({ ...page, body: gzipSync(body), encoded: { codings: ['gzip'], maxBytes: cap } }),
      work.readArticlePage({ ...page, body: brotliCompressSync(body), encoded: { codings: ['br'], maxBytes: cap } }),
      work.readArticlePage({ ...page, body: gzipSync(Buffer.alloc(2 * cap, 0x20)), encoded: { codings: ['gzip'], maxBytes: cap } }),
      work.readArticlePage({ ...page, body: Buffer.from('this is not gzip at all'), encoded: { codings: ['gzip'], maxBytes: cap } }),
    ])
    expect(gzipped.ok && gzipped.article.text).toContain('agreed on exchanges')
    expect(brotli.ok && brotli.article.text).toContain('agreed on exchanges')
    expect(bomb).toEqual({ ok: false, reason: `body larger than ${cap} bytes` })
    expect(corrupt).toEqual({ ok: false, reason: 'bad gzip body' })
  })
})

describe('the reader worker\'s tasks', () => {
  const TSX = fileURLToPath(import.meta.resolve('tsx'))
  const TASKS = fileURLToPath(new URL('../../src/ingest/pipeline-tasks.ts', import.meta.url))
  /** Writes every module URL the process loads to `log`, from the loader thread, as it loads. */
  const recordLoads = (log: string) =>
    `import { register } from 'node:module'; register(${JSON.stringify(
      `data:text/javascript,${encodeURIComponent("import { appendFileSync } from 'node:fs'; let log; export function initialize(data) { log = data.log } export async function load(url, context, next) { appendFileSync(log, url + '\\n'); return next(url, context) }")}`,
    )}, { data: { log: ${JSON.stringify(log)} } })`

  it('read feeds and article pages without loading cheerio, parse5 or undici, and load cheerio with the first list page', () => {
    const dir = mkdtempSync(join(tmpdir(), 'coopwatch-worker-loads-'))
    try {
      const log = join(dir, 'loads.txt')
      const page = (body: string, contentType: string) => `{ body: Buffer.from(${JSON.stringify(body)}), contentType: '${contentType}', url: 'https://example.kz/' }`
      const feed = '<rss version="2.0"><channel><title>T</title><item><title>Theatres &laquo;agree&raquo;</title><link>https://example.kz/1</link></item></channel></rss>'
      const article = '<html><body><article><p>Museums of Kazakhstan and France agreed on exchanges of exhibitions this year.</p></article></body></html>'
      const script = `${recordLoads(log)}
        const { appendFileSync } = await import('node:fs')
        const tasks = await import(${JSON.stringify(TASKS)})
        const read = [(await tasks.readFeed(${page(feed, 'application/rss+xml')})).ok, 'text' in tasks.readArticlePage(${page(article, 'text/html')})]
        appendFileSync(${JSON.stringify(log)}, 'READ ' + JSON.stringify(read) + '\\n')
        const list = await tasks.readListPage({ page: ${page('<ul><li><a href="/news/2">Theatres agree</a></li></ul>', 'text/html')}, selectors: { item: 'li', link: 'a' } })
        appendFileSync(${JSON.stringify(log)}, 'LISTED ' + list.ok + '\\n')`
      execFileSync(process.execPath, ['--import', TSX, '--input-type=module', '-e', script])
      const [before, after] = readFileSync(log, 'utf8').split(/^READ .*$/m) as [string, string]
      const packages = (urls: string) => [...new Set([...urls.matchAll(/node_modules\/((?:@[^/]+\/)?[^/]+)\//g)].map((m) => m[1]))]
      expect(readFileSync(log, 'utf8')).toMatch(/^READ \[true,true\]$/m)
      expect(readFileSync(log, 'utf8')).toMatch(/^LISTED true$/m)
      expect(packages(before)).toEqual(expect.arrayContaining(['htmlparser2', 'rss-parser']))
      for (const heavy of ['cheerio', 'parse5', 'undici']) expect(packages(before)).not.toContain(heavy)
      expect(packages(after)).toContain('cheerio')
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
