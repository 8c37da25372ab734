import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { SHIPPED_MODEL, createAnalyser } from '../../src/classify/classify.js'
import { calibrationOf } from '../../src/classify/evaluate.js'
import { crossValidate } from '../../src/classify/model/cross-validate.js'
import { choosePenalties, trainModel, type TrainingItem } from '../../src/classify/model/train.js'
import { CORPUS_FILE, SELF_WRITTEN_FILE, SELF_WRITTEN_WEIGHT, corpusItems, toTrainingItems } from '../../src/cli/corpus.js'
import { readLabelled } from '../../src/cli/labelled.js'

const root = new URL('../../', import.meta.url).pathname
const analyse = createAnalyser({ homeCountry: 'KZ' })
const train = corpusItems(`${root}${CORPUS_FILE}`, 'train').sort((a, b) => (a.published ?? '').localeCompare(b.published ?? '') || a.id.localeCompare(b.id))
const corpus = toTrainingItems(analyse, train, 'corpus', 1)
const selfWritten = toTrainingItems(analyse, readLabelled(`${root}${SELF_WRITTEN_FILE}`), SELF_WRITTEN_FILE, SELF_WRITTEN_WEIGHT)

describe('the fitted model', () => {
  it('is exactly what `npm run train` builds from the corpus, so its diff shows the data changing', () => {
    const inFileOrder = toTrainingItems(analyse, corpusItems(`${root}${CORPUS_FILE}`, 'train'), 'corpus', 1)
    const items: TrainingItem[] = [...inFileOrder, ...selfWritten]
    const rebuilt = trainModel(items, choosePenalties(items))
    const shipped = JSON.parse(readFileSync(`${root}src/classify/model/model.json`, 'utf8')) as unknown
    expect(rebuilt).toEqual(shipped)
    expect(SHIPPED_MODEL.trainedOn.items).toBe(items.length)
  })

  it('makes a candidate a party when its model finds it more likely than not, however the lists would count at other thresholds', () => {
    const items: TrainingItem[] = [...corpus, ...selfWritten]
    expect(trainModel(items, SHIPPED_MODEL.trainedOn.penalties).partyThreshold).toBe(0.5)
  })

  it('means what it says: cross-validated confidence matches how often the verdict is right', () => {
    const predictions = crossValidate(corpus, 5, selfWritten, SHIPPED_MODEL.trainedOn.penalties)
    const scored = predictions.map((predicted, i) => ({ item: { label: (corpus[i] as TrainingItem).label }, predicted }))
    const { bins, expectedError } = calibrationOf(scored)
    expect(expectedError).toBeLessThan(0.06)
    const sure = bins.filter((b) => b.from >= 0.9)
    const sureCount = sure.reduce((n, b) => n + b.count, 0)
    const sureRight = sure.reduce((n, b) => n + b.accuracy * b.count, 0)
    expect(sureRight / sureCount).toBeGreaterThan(0.95)
  })
})
