import { execFile } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import iconv from 'iconv-lite'
import { afterAll, describe, expect, it } from 'vitest'

const run = promisify(execFile)
const root = new URL('../../', import.meta.url).pathname
const dir = mkdtempSync(join(tmpdir(), 'coopwatch-classify-'))

afterAll(() => rmSync(dir, { recursive: true, force: true }))

interface CliResult {
  code: number
  stdout: string
  stderr: string
}

async function cli(script: 'classify' | 'eval', args: string[]): Promise<CliResult> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', `src/cli/${script}.ts`, ...args], { cwd: root, env: { ...process.env, HOME_COUNTRY: 'KZ' } })
    return { code: 0, stdout, stderr }
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string }
    return { code: failed.code ?? -1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' }
  }
}

function write(name: string, content: string | Buffer): string {
  const path = join(dir, name)
  writeFileSync(path, content)
  return path
}

const RELEVANT = {
  id: 'a1',
  title: 'Kazakhstan and Hungary sign memorandum on library cooperation',
  body: 'The national libraries of Kazakhstan and Hungary signed a memorandum of cooperation on digitising manuscripts.',
}
const IRRELEVANT = { id: 'a2', title: 'Snow expected in Astana', body: 'Forecasters expect heavy snow in the capital.' }

describe('npm run classify', () => {
  it('reads a text file: first line title, the rest body', async () => {
    const file = write('article.txt', `${RELEVANT.title}\n${RELEVANT.body}\n`)
    const { code, stdout } = await cli('classify', [file])
    expect(code).toBe(0)
    expect(JSON.parse(stdout)).toMatchObject({ relevant: true, kind: 'agreement', partners: ['HU'], lang: 'en' })
  })

  it('reads an HTML page, ignoring scripts, menus and footers', async () => {
    const file = write('page.html', `<html><head><title>News</title><script>var tag = "Belarus"</script></head><body>
      <nav>Belarus votes</nav><article><h1>${RELEVANT.title}</h1><p>${RELEVANT.body}</p></article>
      <footer>China and Uzbekistan sign trade deal</footer></body></html>`)
    const { code, stdout } = await cli('classify', [file])
    expect(code).toBe(0)
    expect(JSON.parse(stdout)).toMatchObject({ relevant: true, partners: ['HU'] })
  })

  it('reads JSON lines and prints one line per article', async () => {
    const file = write('articles.jsonl', `${JSON.stringify(RELEVANT)}\n${JSON.stringify(IRRELEVANT)}\n`)
    const { code, stdout } = await cli('classify', ['--jsonl', file])
    expect(code).toBe(0)
    const lines = stdout.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>)
    expect(lines).toHaveLength(2)
    expect(Object.keys(lines[0] ?? {}).sort()).toEqual(['confidence', 'id', 'kind', 'lang', 'orgs', 'partners', 'relevant', 'sectors'])
    expect(lines[0]).toMatchObject({ id: 'a1', relevant: true, kind: 'agreement', partners: ['HU'] })
    expect(lines[1]).toMatchObject({ id: 'a2', relevant: false, kind: null, partners: [] })
  })

  it('reads a windows-1251 text file', async () => {
    const title = 'Казахстан и Франция подписали меморандум о сотрудничестве музеев'
    const file = write('cp1251.txt', iconv.encode(`${title}\nМузеи Казахстана и Франции подписали меморандум о сотрудничестве.\n`, 'windows-1251'))
    const { code, stdout } = await cli('classify', [file])
    expect(code).toBe(0)
    expect(JSON.parse(stdout)).toMatchObject({ relevant: true, kind: 'agreement', partners: ['FR'], lang: 'ru' })
  })

  it.each([
    ['a missing file', () => [join(dir, 'missing.txt')], /missing\.txt: no such file$/],
    ['a line that is not JSON', () => ['--jsonl', write('broken.jsonl', `${JSON.stringify(RELEVANT)}\n{"id": 2, title}\n`)], /broken\.jsonl:2: not JSON$/],
    ['a line without a body', () => ['--jsonl', write('nobody.jsonl', `${JSON.stringify({ id: 3, title: 'x' })}\n`)], /nobody\.jsonl:1: expected \{"id","title","body"\}/],
    ['no file at all', () => [], /^usage: npm run classify/],
  ])('answers %s with one clear message and exit 1', async (_name, args, message) => {
    const { code, stderr } = await cli('classify', args())
    expect(code).toBe(1)
    expect(stderr.trim()).toMatch(message)
    expect(stderr).not.toMatch(/\n\s+at /)
  })
})

describe('npm run eval', () => {
  const label = (relevant: boolean, partners: string[] = []) =>
    ({ relevant, kind: relevant ? 'agreement' : null, partners, orgs: [], sectors: [] })

  it('exits 0 and prints the figures when the targets are met', async () => {
    const file = write('good.jsonl', [
      { ...RELEVANT, lang: 'en', label: label(true, ['HU']), split: 'heldout' },
      { ...IRRELEVANT, lang: 'en', label: label(false), split: 'heldout' },
    ].map((l) => JSON.stringify(l)).join('\n'))
    const { code, stdout } = await cli('eval', [file])
    expect(code).toBe(0)
    expect(stdout).toContain('relevant F1 ≥ 0.95 (1.000)')
    expect(stdout).toContain('misses: 0')
  })

  it('exits 1 and lists the misses when they are not', async () => {
    const file = write('bad.jsonl', [
      { ...RELEVANT, lang: 'en', label: label(true, ['RU']), split: 'heldout' },
      { ...IRRELEVANT, lang: 'en', label: label(true, ['FR']), split: 'tuning' },
    ].map((l) => JSON.stringify(l)).join('\n'))
    const { code, stdout } = await cli('eval', [file])
    expect(code).toBe(1)
    expect(stdout).toContain('NOT met')
    expect(stdout).toMatch(/a1 \[en\] partners \[RU\]→\[HU\]/)
    expect(stdout).toMatch(/a2 \[en\] relevant true→false/)
  })

  it('filters by split', async () => {
    const file = write('split.jsonl', [
      { ...RELEVANT, lang: 'en', label: label(true, ['HU']), split: 'heldout' },
      { ...IRRELEVANT, lang: 'en', label: label(true, ['FR']), split: 'tuning' },
    ].map((l) => JSON.stringify(l)).join('\n'))
    const { code, stdout } = await cli('eval', [file, '--split', 'heldout'])
    expect(code).toBe(0)
    expect(stdout).toContain('1 items')
  })

  it('answers a malformed line with its place and exit 2, not a stack trace', async () => {
    const file = write('malformed.jsonl', `${JSON.stringify({ ...RELEVANT, label: label(true, ['HU']) })}\n{"id": "a3"\n`)
    const { code, stderr } = await cli('eval', [file])
    expect(code).toBe(2)
    expect(stderr.trim()).toMatch(/malformed\.jsonl:2: not JSON$/)
  })

  it('scores seed pages and fails when one is wrong', async () => {
    const seeds = join(dir, 'seeds')
    rmSync(seeds, { recursive: true, force: true })
    await run('mkdir', ['-p', seeds])
    writeFileSync(join(seeds, 'one.txt'), `Skip to content\n\n${RELEVANT.title}\n\n${RELEVANT.body}\n`)
    writeFileSync(join(seeds, 'labels.json'), JSON.stringify({ seeds: { 'one.txt': { lang: 'en', label: label(true, ['HU']) } } }))
    expect((await cli('eval', ['--seeds', seeds])).code).toBe(0)
    writeFileSync(join(seeds, 'labels.json'), JSON.stringify({ seeds: { 'one.txt': { lang: 'en', label: label(true, ['BY']) } } }))
    const failing = await cli('eval', ['--seeds', seeds])
    expect(failing.code).toBe(1)
    expect(failing.stdout).toContain('FAIL one.txt')
  })
})
