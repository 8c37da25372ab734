import { setMaxListeners } from 'node:events'
import type { Logger } from './logger.js'

export interface Loop {
  start(): void
  /** Stops scheduling, aborts the running pass and waits for it to settle. */
  stop(): Promise<void>
  /** Runs one pass now (or waits for the one in progress); used by tests and the CLI. */
  runOnce(): Promise<void>
}

export interface LoopOptions {
  name: string
  /** Milliseconds between the end of one pass and the start of the next. */
  intervalMs: () => number
  run: (signal: AbortSignal) => Promise<void>
  logger: Logger
}

/**
 * A background job that never overlaps itself and never dies of one failed pass: errors are
 * logged and the next pass is scheduled as usual (house style § 5, resumable and isolated).
 */
export function createLoop({ name, intervalMs, run, logger }: LoopOptions): Loop {
  const controller = new AbortController()
  // A pass may run many tasks at once that each listen to this one signal (the poller: a source each, 64 at once): not a leak.
  setMaxListeners(0, controller.signal)
  let timer: NodeJS.Timeout | undefined
  let inFlight: Promise<void> | undefined
  let isStarted = false

  const pass = (): Promise<void> => {
    inFlight ??= run(controller.signal)
      .catch((error: unknown) => {
        if (!controller.signal.aborted) logger.error({ err: error, loop: name }, 'background pass failed')
      })
      .finally(() => {
        inFlight = undefined
      })
    return inFlight
  }

  const schedule = (): void => {
    if (controller.signal.aborted) return
    timer = setTimeout(() => {
      void pass().then(schedule)
    }, intervalMs())
  }

  return {
    start() {
      if (isStarted) return
      isStarted = true
      void pass().then(schedule)
    },
    async stop() {
      controller.abort()
      clearTimeout(timer)
      await inFlight
    },
    runOnce: pass,
  }
}
