/** Named feature values of one example; a missing name is 0. */
export type Features = Readonly<Record<string, number>>

/** A fitted logistic model: P(yes) = σ(bias + Σ weight·feature). */
export interface LogisticModel {
  bias: number
  weights: Readonly<Record<string, number>>
}

export function sigmoid(score: number): number {
  return 1 / (1 + Math.exp(-score))
}

export function logisticScore(model: LogisticModel, features: Features): number {
  let score = model.bias
  for (const name in features) {
    const weight = model.weights[name]
    if (weight !== undefined) score += weight * (features[name] as number)
  }
  return score
}

export function predictProbability(model: LogisticModel, features: Features): number {
  return sigmoid(logisticScore(model, features))
}
