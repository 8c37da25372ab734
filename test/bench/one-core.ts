import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

/** Where the bench runs the bot: `prefix` goes before its start command; `note` says where it ran. */
export interface BotCore {
  prefix: string[]
  note: string
  /**
   * The reference work's CPU (machine-pace.ts) in a fresh process on the bot's CPU and on another,
   * in ms; empty when the bot is not pinned. A VM's CPUs can slow apart: the bench's header times
   * it on one CPU only.
   */
  referenceWorkByCpu(): { cpu: number; ms: number }[]
}

const MACHINE_PACE = fileURLToPath(new URL('./machine-pace.ts', import.meta.url))

/** The CPUs a `taskset -c -p` line lists ("pid 7's current affinity list: 0,2-3"). */
export function affinityList(line: string): number[] {
  const list = line.slice(line.lastIndexOf(':') + 1).trim()
  return list.split(',').flatMap((part) => {
    const [from, to = from] = part.split('-').map(Number)
    if (!Number.isInteger(from) || !Number.isInteger(to) || to! < from!) return []
    return Array.from({ length: to! - from! + 1 }, (_, i) => from! + i)
  })
}

function unpinned(why: string): BotCore {
  return { prefix: [], note: `the bot not pinned to one core (${why}): it shares the machine with the page server`, referenceWorkByCpu: () => [] }
}

/**
 * "200 pages/s on one core", measured as said: the bot runs on the last CPU this process may
 * use (Linux's taskset), and this process, with what it starts later (the page server, the fake
 * Bot API), moves to the others, so the bot's core is its own. With one CPU, or without
 * taskset, the bot shares the machine, and the note says so.
 */
export function pinBotToOneCore(): BotCore {
  let cpus: number[]
  try {
    cpus = affinityList(execFileSync('taskset', ['-c', '-p', String(process.pid)], { encoding: 'utf8' }))
  } catch {
    return unpinned('no taskset here')
  }
  if (cpus.length < 2) return unpinned('this process may use one CPU')
  const botCpu = cpus.at(-1)!
  const others = cpus.slice(0, -1).join(',')
  try {
    execFileSync('taskset', ['-a', '-c', '-p', others, String(process.pid)], { stdio: 'ignore' })
  } catch {
    return unpinned('taskset may not move this process')
  }
  return {
    prefix: ['taskset', '-c', String(botCpu)],
    note: `the bot pinned to CPU ${botCpu} alone (taskset), the page server and the fake Bot API on CPU ${others}: "on one core" as the target says`,
    referenceWorkByCpu: () =>
      [botCpu, cpus[0]!].map((cpu) => {
        const script = `import { referenceWorkMs } from ${JSON.stringify(MACHINE_PACE)}; console.log(referenceWorkMs())`
        const ms = Number(execFileSync('taskset', ['-c', String(cpu), process.execPath, '--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8' }))
        return { cpu, ms }
      }),
  }
}
