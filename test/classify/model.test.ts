import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { SHIPPED_MODEL, createAnalyser } from '../../src/classify/classify.js'
import { calibrationOf } from '../../src/classify/evaluate.js'
import { crossValidate } from '../../src/classify/model/cross-validate.js'
import type { Penalties } from '../../src/classify/model/model.js'
import { PENALTIES, heldOutLosses, trainModel, type TrainingItem } from '../../src/classify/model/train.js'
import { CORPUS_FILE, TRAINING_EXTRAS, corpusItems, toTrainingItems } from '../../src/cli/corpus.js'
import { readLabelled } from '../../src/cli/labelled.js'

const root = new URL('../../', import.meta.url).pathname
/** A fit of the whole training set takes ~5 s on a quiet machine and took 40 s on CI's busy two cores: never a reason to fail. */
const FULL_FIT_TIMEOUT_MS = 600_000
const analyse = createAnalyser({ homeCountry: 'KZ' })
const train = corpusItems(`${root}${CORPUS_FILE}`, 'train').sort((a, b) => (a.published ?? '').localeCompare(b.published ?? '') || a.id.localeCompare(b.id))
const corpus = toTrainingItems(analyse, train, 'corpus', 1)
const extras = TRAINING_EXTRAS.flatMap(({ file, weight }) => toTrainingItems(analyse, readLabelled(`${root}${file}`), file, weight))

describe('the fitted model', () => {
  it('is exactly what `npm run train` builds from the corpus, so its diff shows the data changing', () => {
    const inFileOrder = toTrainingItems(analyse, corpusItems(`${root}${CORPUS_FILE}`, 'train'), 'corpus', 1)
    const items: TrainingItem[] = [...inFileOrder, ...extras]
    const rebuilt = trainModel(items, PENALTIES)
    const shipped = JSON.parse(readFileSync(`${root}src/classify/model/model.json`, 'utf8')) as unknown
    expect(rebuilt).toEqual(shipped)
    expect(SHIPPED_MODEL.trainedOn.items).toBe(items.length)
  }, FULL_FIT_TIMEOUT_MS)

  it('makes a candidate a party when its model finds it more likely than not, however the lists would count at other thresholds', () => {
    const items: TrainingItem[] = [...corpus, ...extras]
    expect(trainModel(items, SHIPPED_MODEL.trainedOn.penalties).partyThreshold).toBe(0.5)
  }, FULL_FIT_TIMEOUT_MS)

  it('means what it says: cross-validated confidence matches how often the verdict is right', () => {
    const predictions = crossValidate(corpus, 5, extras, SHIPPED_MODEL.trainedOn.penalties)
    const scored = predictions.map((predicted, i) => ({ item: { label: (corpus[i] as TrainingItem).label }, predicted }))
    const { bins, expectedError } = calibrationOf(scored)
    expect(expectedError).toBeLessThan(0.06)
    const sure = bins.filter((b) => b.from >= 0.9)
    const sureCount = sure.reduce((n, b) => n + b.count, 0)
    const sureRight = sure.reduce((n, b) => n + b.accuracy * b.count, 0)
    expect(sureRight / sureCount).toBeGreaterThan(0.95)
  }, FULL_FIT_TIMEOUT_MS)
})

type ModelName = keyof Penalties

/** Each training item's log-loss per model, from a model fitted without it (every fifth item held out in turn). */
function heldOutLossesByItem(items: readonly TrainingItem[], penalties: Penalties): Record<ModelName, number[]> {
  const losses: Record<ModelName, number[]> = { party: [], relevance: [], kind: [], sectors: [] }
  for (let fold = 0; fold < 5; fold += 1) {
    const model = trainModel(items.filter((_, i) => i % 5 !== fold), penalties)
    for (const item of items.filter((_, i) => i % 5 === fold)) {
      const itemLosses = heldOutLosses(model, [item])
      for (const name of Object.keys(losses) as ModelName[]) losses[name].push(itemLosses[name])
    }
  }
  return losses
}

const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0)

/** How much lower `other`'s total is than `base`'s, in standard errors of the items' paired differences. */
function improvementInStandardErrors(base: readonly number[], other: readonly number[]): number {
  const differences = base.map((loss, i) => loss - (other[i] as number))
  const mean = sum(differences) / differences.length
  const variance = sum(differences.map((d) => (d - mean) ** 2)) / (differences.length - 1)
  return sum(differences) / Math.sqrt(variance * differences.length)
}

describe('the L2 penalties', () => {
  it('each sit at the bottom of their model\'s held-out log-loss: no step of ×√10 either way is better by two standard errors', () => {
    const items: TrainingItem[] = [...toTrainingItems(analyse, corpusItems(`${root}${CORPUS_FILE}`, 'train'), 'corpus', 1), ...extras]
    const base = heldOutLossesByItem(items, PENALTIES)
    for (const name of Object.keys(PENALTIES) as ModelName[]) {
      for (const factor of [1 / Math.sqrt(10), Math.sqrt(10)]) {
        const moved = heldOutLossesByItem(items, { ...PENALTIES, [name]: PENALTIES[name] * factor })
        expect(improvementInStandardErrors(base[name], moved[name]), `${name} ×${factor.toFixed(3)}`).toBeLessThan(2)
      }
    }
  }, 900_000)
})
