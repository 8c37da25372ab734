import type { AppDeps } from '../deps.js'
import { createLoop, type Loop } from '../loop.js'
import { findDueSources } from '../db/sources.js'

/** How often the poller looks for due sources; each source keeps its own next_poll_at. */
const TICK_MS_MAX = 30_000

export function createPoller(deps: AppDeps): Loop {
  return createLoop({
    name: 'poller',
    logger: deps.logger,
    intervalMs: () => Math.min(deps.config.pollIntervalSeconds * 1000, TICK_MS_MAX),
    run: async (signal) => {
      const due = await findDueSources(deps.db, deps.clock.now())
      if (signal.aborted) return
      deps.logger.debug({ due: due.length }, 'poll pass')
    },
  })
}
