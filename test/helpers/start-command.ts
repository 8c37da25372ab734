import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

export const ROOT = fileURLToPath(new URL('../..', import.meta.url))

/**
 * `npm start` as argv for spawn, without npm in between (as the Docker image runs it): node
 * is this very node, the entry file absolute, so a test may run it from any folder.
 */
export function startCommand(): string[] {
  const script = (JSON.parse(readFileSync(`${ROOT}/package.json`, 'utf8')) as { scripts: { start: string } }).scripts.start
  const [program, ...args] = script.split(/\s+/)
  if (program !== 'node') throw new Error(`npm start runs ${program}, expected node`)
  return [process.execPath, ...args.map((a) => (a.startsWith('-') ? a : `${ROOT}/${a}`))]
}

/** `npm run build`: what `npm start` runs is the compiled code, so a test that spawns it builds first. */
export function buildOnce(): void {
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] })
}
