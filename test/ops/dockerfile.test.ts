import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { validate, ValidationSeverity } from 'dockerfile-utils'
import { describe, expect, it } from 'vitest'
import { nodeFlags, npmScript } from '../helpers/start-command.js'

const dockerfile = readFileSync('Dockerfile', 'utf8')
const dockerignore = readFileSync('.dockerignore', 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'))
const packageJson = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string>; dependencies: Record<string, string>; allowScripts?: Record<string, boolean> }

interface Instruction {
  keyword: string
  args: string
}

/** Logical instructions: continuation lines joined, comments and the parser directive dropped. */
function parseInstructions(text: string): Instruction[] {
  const logical = text
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('#'))
    .join('\n')
    .replace(/\\\n/g, ' ')
  return logical
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [keyword = '', ...rest] = line.split(/\s+/)
      return { keyword: keyword.toUpperCase(), args: rest.join(' ') }
    })
}

const instructions = parseInstructions(dockerfile)
const stages: Instruction[][] = []
for (const instruction of instructions) {
  if (instruction.keyword === 'FROM') stages.push([])
  stages.at(-1)?.push(instruction)
}
const runtime = stages.at(-1) ?? []
const build = stages.slice(0, -1).flat()
const only = (stage: Instruction[], keyword: string) => stage.filter((i) => i.keyword === keyword)

/** What a start command runs: the compiled entry file, through node (npm start read from package.json). */
function entryOf(command: string[]): string | undefined {
  const words = command[0] === 'npx' ? command.slice(1) : command
  if (words[0] === 'npm' && words[1] === 'start') {
    const { program, args } = npmScript('start')
    return entryOf([program ?? '', ...args])
  }
  if (words[0] === 'node') return words.slice(1).find((w) => !w.startsWith('-'))
  return undefined
}

describe('Dockerfile', () => {
  it('passes the Dockerfile linter with every rule at error level', () => {
    const problems = validate(dockerfile, {
      deprecatedMaintainer: ValidationSeverity.ERROR,
      directiveCasing: ValidationSeverity.ERROR,
      emptyContinuationLine: ValidationSeverity.ERROR,
      instructionCasing: ValidationSeverity.ERROR,
      instructionCmdMultiple: ValidationSeverity.ERROR,
      instructionEntrypointMultiple: ValidationSeverity.ERROR,
      instructionHealthcheckMultiple: ValidationSeverity.ERROR,
      instructionJSONInSingleQuotes: ValidationSeverity.ERROR,
      instructionWorkdirRelative: ValidationSeverity.ERROR,
    })
    expect(problems.map((p) => `line ${p.range.start.line + 1}: ${typeof p.message === 'string' ? p.message : p.message.value}`)).toEqual([])
  })

  it('gives the image every package that src/ and migrations/ import at run time (npm ci --omit=dev)', () => {
    const installed = new Set(Object.keys(packageJson.dependencies))
    const missing: string[] = []
    for (const folder of ['src', 'migrations']) {
      for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
        if (!entry.isFile() || !entry.name.endsWith('.ts')) continue
        const file = join(entry.parentPath, entry.name)
        for (const [, specifier] of readFileSync(file, 'utf8').matchAll(/^import (?!type )[^'"]*['"]([^'"./][^'"]*)['"]/gm)) {
          const name = specifier!.startsWith('@') ? specifier!.split('/').slice(0, 2).join('/') : specifier!.split('/')[0]!
          if (!name.startsWith('node:') && !installed.has(name)) missing.push(`${file}: ${name}`)
        }
      }
    }
    expect(missing).toEqual([])
  })

  it('starts the entry point that npm start runs, with the same Node flags', () => {
    const cmd = only(runtime, 'CMD')
    expect(cmd).toHaveLength(1)
    // Exec form, so the process gets SIGTERM from `docker stop` directly.
    const command = JSON.parse(cmd[0]!.args) as string[]
    const entry = entryOf(command)
    expect(entry).toBeDefined()
    expect(entry).toBe(entryOf(['npm', 'start']))
    // npm start's environment (MALLOC_ARENA_MAX=1 …) is the image's ENV, its command the CMD.
    const start = npmScript('start')
    expect(command).toEqual([start.program, ...start.args])
    const env = only(runtime, 'ENV').flatMap((i) => i.args.split(/\s+/))
    for (const [name, value] of Object.entries(start.env)) expect(env).toContain(`${name}=${value}`)
    // Compiled code: dist/src/main.js is built from src/main.ts.
    expect(entry).toMatch(/^dist\/src\/.+\.js$/)
    expect(existsSync(entry!.replace(/^dist\//, '').replace(/\.js$/, '.ts'))).toBe(true)
  })

  it('runs npm run ingest with the Node flags of npm start', () => {
    expect(nodeFlags('ingest')).toEqual(nodeFlags('start'))
  })

  it('builds the native module in a build stage on a Node LTS slim image and runs production dependencies only', () => {
    expect(stages.length).toBeGreaterThanOrEqual(2)
    for (const stage of stages) {
      const image = stage[0]!.args.split(/\s+/)[0]!
      const major = Number(/^node:(\d+)-[\w-]*slim$/.exec(image)?.[1])
      expect(major % 2, `${image} is an even-numbered (LTS) Node on a slim base`).toBe(0)
      expect(major).toBeGreaterThanOrEqual(22)
    }
    const buildRuns = only(build, 'RUN').map((r) => r.args).join('\n')
    expect(buildRuns).toMatch(/apt-get install[^\n]*\bpython3\b[^\n]*\bmake\b[^\n]*\bg\+\+/)
    // Built with the dev dependencies, then pruned to production ones, keeping optional ones
    // (resvg's native binary is one); TypeScript, valibot's optional peer, is removed by name.
    expect(buildRuns).toMatch(/npm ci\b[\s\S]*npm prune --omit=dev --no-audit/)
    expect(buildRuns).not.toMatch(/--omit=optional/)
    expect(buildRuns).toMatch(/rm -rf node_modules\/typescript/)
    expect(buildRuns).toMatch(/rm -rf [^\n]*\bdeps\b[^\n]*\bsrc\b[^\n]*obj/)
    expect(only(runtime, 'RUN').map((r) => r.args).join('\n')).not.toMatch(/apt-get|g\+\+|npm ci|npm install/)
    expect(only(runtime, 'COPY').some((c) => /--from=\S+ \/app\/node_modules/.test(c.args))).toBe(true)
    expect(only(runtime, 'COPY').some((c) => /--from=\S+ \/app\/dist/.test(c.args))).toBe(true)
    expect(only(runtime, 'COPY').some((c) => /\bsrc\b/.test(c.args))).toBe(false)
    for (const tool of ['tsx', 'typescript']) expect(Object.keys(packageJson.dependencies)).not.toContain(tool)
  })

  it('approves the install scripts that must run, so an npm that skips unapproved ones still builds better-sqlite3', () => {
    expect(packageJson.allowScripts).toMatchObject({ 'better-sqlite3': true })
  })

  it('runs as a non-root user with the database on the /data volume', () => {
    expect(only(runtime, 'USER').at(-1)?.args).toBe('node')
    expect(only(runtime, 'VOLUME').map((v) => v.args).join(' ')).toContain('"/data"')
    expect(only(runtime, 'ENV').map((e) => e.args).join(' ')).toMatch(/DATABASE_PATH=\/data\//)
  })

  it('checks its health through /healthz on PORT', () => {
    const healthcheck = only(runtime, 'HEALTHCHECK')
    expect(healthcheck).toHaveLength(1)
    expect(healthcheck[0]!.args).toMatch(/--interval=\d+s/)
    expect(healthcheck[0]!.args).toMatch(/CMD .*process\.env\.PORT.*\/healthz/)
    expect(only(runtime, 'ENV').map((e) => e.args).join(' ')).toMatch(/PORT=\d+/)
  })

  it('copies only files that exist and that .dockerignore lets through', () => {
    const sources = only(instructions, 'COPY')
      .filter((c) => !c.args.startsWith('--from'))
      .flatMap((c) => c.args.split(/\s+/).filter((a) => !a.startsWith('--')).slice(0, -1))
    expect(sources.length).toBeGreaterThan(0)
    for (const source of sources) {
      expect(existsSync(source), source).toBe(true)
      expect(dockerignore, source).not.toContain(source)
    }
    for (const kept of ['node_modules', '.env', 'data', '.git']) expect(dockerignore).toContain(kept)
  })
})
