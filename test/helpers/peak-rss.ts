import { readFileSync } from 'node:fs'

/**
 * This process's own peak resident memory, in MB: VmHWM from /proc, which starts afresh at exec.
 * getrusage's maxRSS (process.resourceUsage()) does not: Linux carries the parent's resident
 * memory at fork over into it, so a run spawned by a vitest worker that had grown to 346 MB read
 * 346 MB whatever it used itself. maxRSS is the answer only where /proc is not.
 */
export function peakRssMb(): number {
  let status = ''
  try {
    status = readFileSync('/proc/self/status', 'utf8')
  } catch {
    return process.resourceUsage().maxRSS / 1024
  }
  const kb = /^VmHWM:\s+(\d+) kB/m.exec(status)?.[1]
  return kb === undefined ? process.resourceUsage().maxRSS / 1024 : Number(kb) / 1024
}
