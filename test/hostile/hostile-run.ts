import { spawn } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { nodeFlags, scriptEnv } from '../helpers/start-command.js'
import type { Attack, HostileWeb } from './attacks.js'

const TSX = import.meta.resolve('tsx')
const RUNNER = fileURLToPath(new URL('./run-attacks.ts', import.meta.url))

export interface HostileRun {
  code: number | null
  /** Summary line by source name, with its warning line (when it has one) after a newline. */
  lines: Map<string, string>
  peakRssMb: number
  seconds: number
  databasePath: string
  stderr: string
}

/** Serves the attacks and polls them once in a process of its own (run-attacks.ts). */
export async function runAttacks(web: HostileWeb, attacks: readonly Attack[]): Promise<HostileRun> {
  const dir = mkdtempSync(join(tmpdir(), 'coopwatch-hostile-'))
  const sources = attacks.map((attack) => attack.serve(web))
  const paths = { db: join(dir, 'hostile.db'), file: join(dir, 'sources.json'), admin: join(dir, 'admin.json') }
  writeFileSync(paths.file, JSON.stringify(sources.filter((s) => s.origin === 'file').map(({ origin: _o, ...s }) => s)))
  writeFileSync(paths.admin, JSON.stringify(sources.filter((s) => s.origin === 'admin')))
  // As `npm run ingest` runs: its Node flags (a small young generation: issue 13's memory bound) and environment.
  const child = spawn(process.execPath, [...nodeFlags('ingest'), '--import', TSX, RUNNER, paths.db, paths.file, paths.admin], {
    env: { ...process.env, ...scriptEnv('ingest') },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve))
  const value = (key: string) => Number(new RegExp(`^${key} ([\\d.]+)$`, 'm').exec(stdout)?.[1] ?? Number.NaN)
  // A source's summary line, and its warning line after it when it has one.
  const lines = new Map<string, string>()
  for (const line of stdout.split('\n')) {
    const name = /^([\w-]+): (?:fetched=|warning: )/.exec(line)?.[1]
    if (name) lines.set(name, lines.has(name) ? `${lines.get(name)}\n${line}` : line)
  }
  return { code, lines, peakRssMb: value('PEAK_RSS_MB'), seconds: value('SECONDS'), databasePath: paths.db, stderr }
}
