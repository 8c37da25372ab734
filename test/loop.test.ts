import { describe, expect, it } from 'vitest'
import { createLoop } from '../src/loop.js'
import { createLogger } from '../src/logger.js'

describe('createLoop', () => {
  it('lets a pass queue hundreds of tasks on its abort signal without a "possible memory leak" warning', async () => {
    const warnings: Error[] = []
    const onWarning = (warning: Error) => warnings.push(warning)
    process.on('warning', onWarning)
    try {
      const loop = createLoop({
        name: 'test',
        logger: createLogger('silent'),
        intervalMs: () => 60_000,
        run: (signal) => {
          for (let i = 0; i < 400; i++) signal.addEventListener('abort', () => undefined, { once: true })
          return Promise.resolve()
        },
      })
      await loop.runOnce()
      await loop.stop()
      // Node emits the warning on a later tick.
      await new Promise((resolve) => setImmediate(resolve))
      expect(warnings.map((w) => w.name)).not.toContain('MaxListenersExceededWarning')
    } finally {
      process.off('warning', onWarning)
    }
  })
})
