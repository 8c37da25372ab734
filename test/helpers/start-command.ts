import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { FakeBotApi } from './fake-bot-api.js'

export const ROOT = fileURLToPath(new URL('../..', import.meta.url))

/** An npm script's words (`exec env MALLOC_ARENA_MAX=1 node …`): the environment it sets before `node`, then node's argv. */
export function npmScript(script: 'start' | 'ingest'): { env: Record<string, string>; program: string | undefined; args: string[] } {
  const line = (JSON.parse(readFileSync(`${ROOT}/package.json`, 'utf8')) as { scripts: Record<string, string> }).scripts[script] ?? ''
  const words = line.split(/\s+/)
  if (words[0] === 'exec') words.shift()
  if (words[0] === 'env') words.shift()
  const env: Record<string, string> = {}
  while (/^[A-Z_][A-Z0-9_]*=/.test(words[0] ?? '')) {
    const [name, ...value] = words.shift()!.split('=')
    env[name!] = value.join('=')
  }
  const [program, ...args] = words
  return { env, program, args }
}

/**
 * An npm script that runs node (`npm start` by default) as argv for spawn, without npm in
 * between (as the Docker image runs it): node is this very node, the entry file absolute, so
 * a test or bench may run it from any folder. The environment the script sets comes first,
 * through `env`, which execs node in its place (the spawned pid is node's).
 */
export function startCommand(script: 'start' | 'ingest' = 'start'): string[] {
  const { env, program, args } = npmScript(script)
  if (program !== 'node') throw new Error(`npm run ${script} runs ${program}, expected node`)
  const assignments = Object.entries(env).map(([name, value]) => `${name}=${value}`)
  return [...(assignments.length > 0 ? ['env', ...assignments] : []), process.execPath, ...args.map((a) => (a.startsWith('-') ? a : `${ROOT}/${a}`))]
}

/** The environment an npm script sets before node (MALLOC_ARENA_MAX), for a process that must run as the bot does. */
export function scriptEnv(script: 'start' | 'ingest' = 'start'): Record<string, string> {
  return npmScript(script).env
}

/** The Node flags an npm script runs with (startCommand's), for a process that must run as the bot does. */
export function nodeFlags(script: 'start' | 'ingest' = 'start'): string[] {
  return npmScript(script).args.filter((arg) => arg.startsWith('-'))
}

/** `npm run build`: what `npm start` runs is the compiled code, so a test that spawns it builds first. */
export function buildOnce(): void {
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] })
}

/** The environment a bench gives the bot: the fake Bot API, its database, no sources file, any free port, warnings only; `extra` on top. */
export function botEnv(api: FakeBotApi, path: string, dir: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH ?? '', BOT_TOKEN: api.token, TELEGRAM_API_ROOT: api.apiRoot, DATABASE_PATH: path, SOURCES_FILE: join(dir, 'none.json'), PORT: '0', LOG_LEVEL: 'warn', ...extra }
}

export interface StartedBot {
  child: ChildProcess
  /** Its exit code (null when npm, under which it may run, dies of the signal). */
  exited: Promise<number | null>
  /** SIGTERM to its process group, as an operator's stop; throws unless it exits 0. One that has died already is left as it is. */
  stop(): Promise<void>
}

/** Spawns `argv` (a start command) in a process group of its own, from the project's root. */
export function spawnBot(argv: string[], env: NodeJS.ProcessEnv): StartedBot {
  const child = spawn(argv[0]!, argv.slice(1), { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'inherit'], detached: true })
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve))
  return {
    child,
    exited,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return
      // npm start runs node under npm (and a shell): the whole process group gets the signal.
      process.kill(-child.pid!, 'SIGTERM')
      const code = await exited
      if (code !== 0 && code !== null) throw new Error(`the bot exited ${code} on SIGTERM`)
    },
  }
}
