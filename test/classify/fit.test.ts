import { describe, expect, it } from 'vitest'
import { fitLogistic, type Example } from '../../src/classify/model/fit.js'
import { predictProbability } from '../../src/classify/model/logistic.js'

/** A fixed pseudo-random sequence, so the data and the test never change. */
function lcg(seed: number): () => number {
  let state = seed
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31
    return state / 2 ** 31
  }
}

/** Examples drawn from a known logistic model: P(yes) = σ(-1 + 2a - 1.5b). */
function sample(count: number, seed: number): Example[] {
  const random = lcg(seed)
  return Array.from({ length: count }, () => {
    const a = random()
    const b = random() < 0.5 ? 1 : 0
    const p = 1 / (1 + Math.exp(-(-1 + 2 * a - 1.5 * b)))
    return { features: { a, b }, label: random() < p }
  })
}

describe('fitLogistic', () => {
  it('recovers the weights of the model the data came from', () => {
    const model = fitLogistic(sample(20_000, 1), { l2: 0.01 })
    expect(model.bias).toBeCloseTo(-1, 0)
    expect(model.weights['a']).toBeCloseTo(2, 0)
    expect(model.weights['b']).toBeCloseTo(-1.5, 0)
  })

  it('gives probabilities that match the observed rates', () => {
    const examples = sample(20_000, 2)
    const model = fitLogistic(examples, { l2: 0.01 })
    const predicted = examples.reduce((sum, e) => sum + predictProbability(model, e.features), 0)
    const observed = examples.filter((e) => e.label).length
    expect(predicted / observed).toBeGreaterThan(0.98)
    expect(predicted / observed).toBeLessThan(1.02)
  })

  it('is deterministic: the same examples give the same model', () => {
    expect(fitLogistic(sample(500, 3), { l2: 1 })).toEqual(fitLogistic(sample(500, 3), { l2: 1 }))
  })

  it('shrinks weights as the penalty grows, and stays finite on separable data', () => {
    const separable: Example[] = [
      { features: { x: 1 }, label: true },
      { features: { x: 1 }, label: true },
      { features: { x: 0 }, label: false },
      { features: { x: 0 }, label: false },
    ]
    const loose = fitLogistic(separable, { l2: 0.1 })
    const tight = fitLogistic(separable, { l2: 10 })
    expect(Number.isFinite(loose.weights['x'])).toBe(true)
    expect(loose.weights['x']).toBeGreaterThan(tight.weights['x'] ?? 0)
    expect(tight.weights['x']).toBeGreaterThan(0)
  })

  it('lets an example weigh as much as its copies', () => {
    const base = sample(300, 4)
    const doubled = fitLogistic([...base, ...base.slice(0, 100)], { l2: 1 })
    const weighted = fitLogistic(base.map((e, i) => ({ ...e, weight: i < 100 ? 2 : 1 })), { l2: 1 })
    expect(weighted.weights['a']).toBeCloseTo(doubled.weights['a'] ?? 0, 3)
  })
})
