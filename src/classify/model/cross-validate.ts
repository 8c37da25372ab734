import type { Classification } from '../types.js'
import type { Penalties } from './model.js'
import { predict } from './predict.js'
import { PENALTIES, trainModel, type TrainingItem } from './train.js'

/**
 * Each fold scored by a model fitted without it. Folds are consecutive blocks of `items` as given (callers order them by date);
 * `alwaysTrain` is fitted on in every fold and never scored.
 */
export function crossValidate(items: readonly TrainingItem[], folds: number, alwaysTrain: readonly TrainingItem[] = [], penalties: Penalties = PENALTIES): Classification[] {
  const predictions: Classification[] = []
  const foldSize = Math.ceil(items.length / folds)
  for (let start = 0; start < items.length; start += foldSize) {
    const held = new Set(items.slice(start, start + foldSize))
    const fitted = [...items.filter((item) => !held.has(item)), ...alwaysTrain]
    const model = trainModel(fitted, penalties)
    for (const item of held) predictions.push(predict(model, item.analysis))
  }
  return predictions
}
