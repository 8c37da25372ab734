import { loadavg } from 'node:os'
import { ATTACKS, GOOD_SOURCE, startHostileWeb } from '../hostile/attacks.js'
import { runAttacks } from '../hostile/hostile-run.js'
import type { Figure, ScenarioResult } from './figure.js'

const load = () => loadavg().map((n) => n.toFixed(2)).join(' ')

/**
 * Each attack of issue 13 beside the good source, polled once in a process of its own (the
 * hostile suite's runner): how long the poll took and the process's peak memory.
 */
export async function benchHostile(): Promise<ScenarioResult> {
  const notes = [`load average before: ${load()}`]
  const figures: Figure[] = []
  for (const attack of ATTACKS) {
    const web = await startHostileWeb()
    try {
      const run = await runAttacks(web, [GOOD_SOURCE, attack])
      const line = run.lines.get(attack.name) ?? '(no summary line)'
      const isGoodStored = GOOD_SOURCE.summary.test(run.lines.get(GOOD_SOURCE.name) ?? '')
      notes.push(`${attack.name}: ${line.slice(attack.name.length + 2, 200)}${isGoodStored ? '' : ' — GOOD SOURCE NOT STORED'}${run.code === 0 ? '' : ` — exit ${run.code}`}`)
      figures.push(
        { name: `${attack.name} poll time`, value: run.seconds, unit: 's', digits: 2 },
        { name: `${attack.name} peak memory`, value: run.peakRssMb, unit: 'MB', target: { op: '<=', value: 300 } },
      )
    } finally {
      await web.stop()
    }
  }
  notes.push(`load average after: ${load()}`)
  return { notes, figures }
}
