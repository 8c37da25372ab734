import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import iconv from 'iconv-lite'
import { afterAll, describe, expect, it } from 'vitest'
import { run as classifyCommand } from '../../src/cli/classify.js'
import { run as evalCommand } from '../../src/cli/eval.js'
import { run as trainCommand } from '../../src/cli/train.js'
import { runCommand, type CommandRun } from '../helpers/command-io.js'

const dir = mkdtempSync(join(tmpdir(), 'coopwatch-classify-'))
const root = new URL('../../', import.meta.url).pathname

afterAll(() => rmSync(dir, { recursive: true, force: true }))

const COMMANDS = { classify: classifyCommand, eval: evalCommand, train: trainCommand }

function cli(script: keyof typeof COMMANDS, args: string[], env: Record<string, string> = {}): Promise<CommandRun> {
  return runCommand(COMMANDS[script], args, { HOME_COUNTRY: 'KZ', ...env })
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

  it('scores a labelled file: figures per language beside the targets, and the misses', async () => {
    const file = write('scored.jsonl', [
      { ...RELEVANT, lang: 'en', label: label(true, ['RU']) },
      { ...IRRELEVANT, lang: 'en', label: label(false) },
    ].map((l) => JSON.stringify(l)).join('\n'))
    const { code, stdout } = await cli('eval', [file])
    expect(code).toBe(0)
    expect(stdout).toMatch(/^all +2 +1\.000 +1\.000 +1\.000 +1\.000 +0\.000/m)
    expect(stdout).toMatch(/^en +2 /m)
    expect(stdout).toContain('partners 0.000 (≥ 0.92 NOT met)')
    expect(stdout).toMatch(/at threshold 0\.7: 1 published, precision 1\.000/)
    expect(stdout).toMatch(/misses: 1\n {2}a1 \[en\] partners \[RU\]→\[HU\]/)
  })

  it('reads the corpus by default: cross-validated on its train split, then the held-out split once', async () => {
    const { code, stdout } = await cli('eval', ['--split', 'heldout'])
    expect(code).toBe(0)
    expect(stdout).toMatch(/^held-out split of corpus\/events\.jsonl \(\d+ items, shipped model\)/)
    expect(stdout).not.toContain('cross-validation')
  })

  it('refuses a half that is neither look nor gate, and a half of anything but the cross-validations', async () => {
    const file = write('halved.jsonl', JSON.stringify({ ...RELEVANT, label: label(true, ['RU']) }))
    const odd = await cli('eval', ['--split', 'train', '--half', 'middle'])
    expect(odd.code).toBe(2)
    expect(odd.stderr).toContain('--half: expected look or gate, got "middle"')
    for (const args of [['--split', 'heldout', '--half', 'gate'], [file, '--half', 'look']]) {
      const refused = await cli('eval', args)
      expect(refused.code, args.join(' ')).toBe(2)
      expect(refused.stderr).toContain('--half: only with --split train')
    }
  })

  it('takes the ids classify --jsonl takes, numbers included', async () => {
    const file = write('numbered.jsonl', [{ ...RELEVANT, id: 7, label: label(true, ['RU']) }, { ...IRRELEVANT, id: 'b', label: label(false) }].map((l) => JSON.stringify(l)).join('\n'))
    const { code, stdout } = await cli('eval', [file])
    expect(code).toBe(0)
    expect(stdout).toMatch(/misses: 1\n {2}7 \[en\] partners \[RU\]→\[HU\]/)
  })

  it('answers a malformed line with its place and exit 2, not a stack trace', async () => {
    const file = write('malformed.jsonl', `${JSON.stringify({ ...RELEVANT, label: label(true, ['HU']) })}\n{"id": "a3"\n`)
    const { code, stderr } = await cli('eval', [file])
    expect(code).toBe(2)
    expect(stderr.trim()).toMatch(/malformed\.jsonl:2: not JSON$/)
  })

  it('scores seed pages and fails when one is wrong', async () => {
    const seeds = join(dir, 'seeds')
    mkdirSync(seeds, { recursive: true })
    writeFileSync(join(seeds, 'one.txt'), `Skip to content\n\n${RELEVANT.title}\n\n${RELEVANT.body}\n`)
    writeFileSync(join(seeds, 'labels.json'), JSON.stringify({ seeds: { 'one.txt': { lang: 'en', label: label(true, ['HU']) } } }))
    expect((await cli('eval', ['--seeds', seeds])).code).toBe(0)
    writeFileSync(join(seeds, 'labels.json'), JSON.stringify({ seeds: { 'one.txt': { lang: 'en', label: label(true, ['BY']) } } }))
    const failing = await cli('eval', ['--seeds', seeds])
    expect(failing.code).toBe(1)
    expect(failing.stdout).toContain('FAIL one.txt')
  })
})

describe('npm run train, with the labels admins exported', () => {
  it('fits a model on the corpus and the admins\' labels, which classify and eval then use', async () => {
    const adminLabels = write('admin-labels.jsonl', `${JSON.stringify({
      id: 'https://example.kz/1', lang: 'en',
      title: 'Ruritanian folk ensemble tours Kazakhstan', body: 'The Ruritanian folk ensemble gave concerts in Almaty and Astana.',
      label: { relevant: false, kind: null, partners: [], orgs: [], sectors: [] },
    })}\n`)
    const out = join(dir, 'retrained.json')
    // Half the corpus keeps the test quick; the model learns the same way from all of it.
    const corpus = readFileSync(`${root}corpus/events.jsonl`, 'utf8').split('\n').filter((line, i) => line && i % 2 === 0)
    const half = write('half-corpus.jsonl', `${corpus.join('\n')}\n`)
    const trained = await cli('train', ['--corpus', half, '--extra', `${root}corpus/self-written.jsonl:0.5`, '--admin-labels', adminLabels, '--out', out])
    expect(trained.code).toBe(0)
    expect(trained.stdout).toMatch(/trained on \d+ items \(\d+ relevant; corpus \d+, .*admin labels 1\)/)
    expect(trained.stdout).toContain(`set MODEL_FILE=${out}`)
    const model = JSON.parse(readFileSync(out, 'utf8')) as { trainedOn: { sources: Record<string, number> } }
    expect(model.trainedOn.sources['admin labels']).toBe(1)
    const file = write('one.txt', `${RELEVANT.title}\n${RELEVANT.body}\n`)
    expect(JSON.parse((await cli('classify', [file], { MODEL_FILE: out })).stdout)).toMatchObject({ relevant: true, partners: ['HU'] })
    expect((await cli('eval', ['--seeds', join(dir, 'seeds'), '--model', out])).stdout).toContain('seeds:')
  })

  it('refuses a model file that is not one, naming MODEL_FILE', async () => {
    const broken = write('broken-model.json', '{"version": 1}')
    const file = write('two.txt', `${RELEVANT.title}\n${RELEVANT.body}\n`)
    const { code, stderr } = await cli('classify', [file], { MODEL_FILE: broken })
    expect(code).toBe(1)
    expect(stderr).toMatch(/^MODEL_FILE: .*broken-model\.json: not a coopwatch model/)
  })
})
