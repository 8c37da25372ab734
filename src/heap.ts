import { setFlagsFromString } from 'node:v8'

/**
 * V8 lets the old generation grow up to fourfold between full collections, tuned for
 * throughput on machines with memory to spare: a poll cycle of 500 sources took the heap to
 * ~250 MB around a live set of ~75 MB (peak RSS ~410 MB). Growing it by 50 % a step keeps the
 * bot close to what it really holds. 20 % held it closer still, but then ingest marked the
 * whole main heap every ~375 ms, and V8's helper threads spent 0.7-1.4 ms a real page more
 * (README). Unlike --max-old-space-size this sets no ceiling, so an unusually large page costs
 * memory, never an out-of-memory crash. Set at run time because NODE_OPTIONS refuses this
 * flag, and this way `npm start`, the Docker image and the benchmarks cannot drift apart.
 */
export function limitHeapGrowth(): void {
  setFlagsFromString('--heap-growing-percent=50')
}
