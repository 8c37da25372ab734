import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { run as checkFeeds } from '../../src/cli/check-feeds.js'
import { run as evalExtraction } from '../../src/cli/eval-extraction.js'
import { run as migrate } from '../../src/cli/migrate.js'
import { runCommand } from '../helpers/command-io.js'

const FIXTURES = join(import.meta.dirname, '..', 'fixtures')

describe('npm run migrate', () => {
  it('applies the migrations once, then finds the database up to date', async () => {
    const env = { DATABASE_PATH: join(mkdtempSync(join(tmpdir(), 'coopwatch-migrate-')), 'coopwatch.db') }
    expect(await runCommand(migrate, [], env)).toMatchObject({ code: 0, stdout: expect.stringMatching(/^applied: 2026_11_21_1000_create_source, /) })
    expect(await runCommand(migrate, [], env)).toMatchObject({ code: 0, stdout: 'database is up to date\n' })
  })
})

describe('npm run check-feeds', () => {
  it('counts parsed and refused feeds of a corpus folder, and exits 0 without a crash', async () => {
    const root = mkdtempSync(join(tmpdir(), 'coopwatch-corpora-'))
    mkdirSync(join(root, 'feedparser', 'tests'), { recursive: true })
    copyFileSync(join(FIXTURES, 'feeds', 'rdf-kk.xml'), join(root, 'feedparser', 'tests', 'rdf.xml'))
    writeFileSync(join(root, 'feedparser', 'tests', 'broken.xml'), '<rss><channel><item>')
    const result = await runCommand(checkFeeds, [root])
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/^feeds: 2 {2}parsed: 1 {2}refused as expected failures: 1 {2}unhandled exceptions: 0\n/)
    expect(await runCommand(checkFeeds, [])).toMatchObject({ code: 2, stderr: expect.stringMatching(/^usage: npm run check-feeds/) })
  })
})

describe('npm run eval-extraction', () => {
  it("scores the extractor on a benchmark folder's pages", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'coopwatch-extraction-'))
    mkdirSync(join(dir, 'html'))
    const page = readFileSync(join(FIXTURES, 'pages', 'kz-fr-museums.html'))
    writeFileSync(join(dir, 'html', 'one.html.gz'), gzipSync(page))
    writeFileSync(join(dir, 'ground-truth.json'), JSON.stringify({ one: { url: 'https://example.kz/news/1', articleBody: 'Казахстан и Франция договорились о сотрудничестве музеев' } }))
    const result = await runCommand(evalExtraction, [dir])
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/^pages: 1 \([\d.]+ ms\/page\)\ncoopwatch {7}F1 [01]\.\d{3}/)
    expect(await runCommand(evalExtraction, [])).toMatchObject({ code: 2, stderr: expect.stringMatching(/^usage: npm run eval-extraction/) })
  })
})
