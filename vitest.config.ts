import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Files share a worker's module graph: importing grammY, kysely and the classifier's tables
    // again for every file cost a quarter of the suite. Safe because no module keeps mutable
    // state (house style: every test builds a fresh app).
    isolate: false,
  },
})
