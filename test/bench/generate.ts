/** Deterministic generated news for the benchmarks: nothing from the network, the same data every run. */

export type Random = () => number

/** mulberry32: small, fast and good enough to vary benchmark data reproducibly. */
export function createRandom(seed: number): Random {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!

/** One loopback address per benchmark site (all of 127.0.0.0/8 is this machine), so per-host pacing sees distinct hosts. */
export function siteAddress(index: number): string {
  return `127.0.${1 + Math.floor(index / 250)}.${1 + (index % 250)}`
}
