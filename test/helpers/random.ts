/** A function giving pseudo-random numbers in [0, 1). */
export type Random = () => number

/**
 * mulberry32: a fixed sequence for a seed, small and fast, so generated test and benchmark data
 * are the same every run and a failure repeats.
 */
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
