import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // A timeout is a limit for a hung test, not a speed target: under a load of 10–15 on two cores the
    // backfill walks took 34–44 s, so 30 s failed tests that were only slow.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // expect.poll waits for work on other threads and processes (the ingest workers, a spawned
    // bot): on a busy two-core CI machine that can take far longer than vitest's 1 s default.
    expect: { poll: { timeout: 20_000 } },
    // Files share a worker's module graph: importing grammY, kysely and the classifier's tables
    // again for every file cost a quarter of the suite. Safe because no module keeps mutable
    // state (house style: every test builds a fresh app).
    isolate: false,
  },
})
