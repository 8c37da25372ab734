import { existsSync, realpathSync } from 'node:fs'
import type { Writable } from 'node:stream'
import { fileURLToPath } from 'node:url'
import { type Config, loadConfig } from '../config.js'
import { type Db, openDb } from '../db/database.js'

/** What a command reads and writes besides its arguments: tests pass their own. */
export interface CommandIo {
  env: Record<string, string | undefined>
  stdout: Writable
  stderr: Writable
}

/** A command's entry: arguments in, exit code out; it never calls process.exit. */
export type Command = (argv: string[], io: CommandIo) => Promise<number>

export const processIo: CommandIo = { env: process.env, stdout: process.stdout, stderr: process.stderr }

/** A `.env` in the working folder fills variables the environment does not set. */
export function loadDotEnv(): void {
  if (existsSync('.env')) process.loadEnvFile('.env')
}

/** The environment validated for a command: on a problem, one line per bad variable on stderr, and null. */
export function readCommandConfig(io: CommandIo, options: { requireBotToken: boolean }): Config | null {
  const loaded = loadConfig(io.env, options)
  if (loaded.ok) return loaded.config
  for (const line of loaded.errors) io.stderr.write(`${line}\n`)
  return null
}

/** Runs `command` with the process's arguments and streams when `moduleUrl` is the file node was started with. */
export async function runAsMain(moduleUrl: string, command: Command): Promise<void> {
  const entry = process.argv[1]
  if (entry === undefined || realpathSync(entry) !== fileURLToPath(moduleUrl)) return
  loadDotEnv()
  process.exitCode = await command(process.argv.slice(2), processIo)
}

/** Writers of one line each on the command's stdout and stderr. */
export function linePrinters(io: CommandIo): { print: (line: string) => void; printError: (line: string) => void } {
  return { print: (line) => io.stdout.write(`${line}\n`), printError: (line) => io.stderr.write(`${line}\n`) }
}

/** Runs `work` on the database at `path` and closes it; an unexpected error becomes one line on stderr and exit code 1. */
export async function withDatabase(io: CommandIo, path: string, work: (db: Db) => Promise<number>): Promise<number> {
  const db = openDb(path)
  try {
    return await work(db)
  } catch (error) {
    io.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`)
    return 1
  } finally {
    await db.destroy()
  }
}
