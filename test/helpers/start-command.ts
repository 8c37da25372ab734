import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

export const ROOT = fileURLToPath(new URL('../..', import.meta.url))

/**
 * An npm script that runs node (`npm start` by default) as argv for spawn, without npm in
 * between (as the Docker image runs it): node is this very node, the entry file absolute, so
 * a test or bench may run it from any folder.
 */
export function startCommand(script: 'start' | 'ingest' = 'start'): string[] {
  const line = (JSON.parse(readFileSync(`${ROOT}/package.json`, 'utf8')) as { scripts: Record<string, string> }).scripts[script] ?? ''
  const [program, ...args] = line.split(/\s+/)
  if (program !== 'node') throw new Error(`npm run ${script} runs ${program}, expected node`)
  return [process.execPath, ...args.map((a) => (a.startsWith('-') ? a : `${ROOT}/${a}`))]
}

/** `npm run build`: what `npm start` runs is the compiled code, so a test that spawns it builds first. */
export function buildOnce(): void {
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] })
}
