import type { Features, LogisticModel } from './logistic.js'

export interface Example {
  features: Features
  label: boolean
  /** How much this example counts; 1 unless said otherwise. */
  weight?: number
}

export interface FitOptions {
  /** L2 penalty on the weights (never on the bias). */
  l2: number
  maxIterations?: number
}

const DEFAULT_MAX_ITERATIONS = 50
const CONVERGED_STEP = 1e-7
/** Keeps the bias's row of the Hessian invertible when every example agrees. */
const BIAS_RIDGE = 1e-6
/** Weights are stored to this many decimals, so a retrained model's diff shows only real changes. */
const STORED_DECIMALS = 4

/** Solves A·x = b for a symmetric positive definite A (Cholesky); A is overwritten. */
function solveSymmetric(a: Float64Array[], b: Float64Array): Float64Array {
  const n = b.length
  for (let j = 0; j < n; j += 1) {
    const rowJ = a[j] as Float64Array
    let diagonal = rowJ[j] as number
    for (let k = 0; k < j; k += 1) diagonal -= (rowJ[k] as number) ** 2
    const pivot = Math.sqrt(Math.max(diagonal, 1e-12))
    rowJ[j] = pivot
    for (let i = j + 1; i < n; i += 1) {
      const rowI = a[i] as Float64Array
      let sum = rowI[j] as number
      for (let k = 0; k < j; k += 1) sum -= (rowI[k] as number) * (rowJ[k] as number)
      rowI[j] = sum / pivot
    }
  }
  const y = new Float64Array(n)
  for (let i = 0; i < n; i += 1) {
    const row = a[i] as Float64Array
    let sum = b[i] as number
    for (let k = 0; k < i; k += 1) sum -= (row[k] as number) * (y[k] as number)
    y[i] = sum / (row[i] as number)
  }
  const x = new Float64Array(n)
  for (let i = n - 1; i >= 0; i -= 1) {
    let sum = y[i] as number
    for (let k = i + 1; k < n; k += 1) sum -= ((a[k] as Float64Array)[i] as number) * (x[k] as number)
    x[i] = sum / ((a[i] as Float64Array)[i] as number)
  }
  return x
}

function round(value: number): number {
  const scale = 10 ** STORED_DECIMALS
  return Math.round(value * scale) / scale
}

/**
 * L2-regularised logistic regression fitted by Newton's method. Deterministic: features are
 * ordered by name and no step depends on chance, so the same examples give the same model.
 */
export function fitLogistic(examples: readonly Example[], options: FitOptions): LogisticModel {
  const names = [...new Set(examples.flatMap((e) => Object.keys(e.features)))].sort()
  const column = new Map(names.map((name, i) => [name, i + 1]))
  const size = names.length + 1
  const rows = examples.map((e) => {
    const indices: number[] = [0]
    const values: number[] = [1]
    for (const [name, value] of Object.entries(e.features)) {
      if (value === 0) continue
      indices.push(column.get(name) as number)
      values.push(value)
    }
    return { indices, values, label: e.label ? 1 : 0, weight: e.weight ?? 1 }
  })
  const w = new Float64Array(size)
  const gradient = new Float64Array(size)
  const hessian = Array.from({ length: size }, () => new Float64Array(size))
  for (let iteration = 0; iteration < (options.maxIterations ?? DEFAULT_MAX_ITERATIONS); iteration += 1) {
    gradient.fill(0)
    for (const row of hessian) row.fill(0)
    for (const row of rows) {
      let score = 0
      for (let k = 0; k < row.indices.length; k += 1) score += (w[row.indices[k] as number] as number) * (row.values[k] as number)
      const p = 1 / (1 + Math.exp(-score))
      const residual = row.weight * (p - row.label)
      const curvature = row.weight * Math.max(p * (1 - p), 1e-10)
      for (let a = 0; a < row.indices.length; a += 1) {
        const ia = row.indices[a] as number
        const va = row.values[a] as number
        gradient[ia] = (gradient[ia] as number) + residual * va
        const hessianRow = hessian[ia] as Float64Array
        for (let b = 0; b < row.indices.length; b += 1) {
          const ib = row.indices[b] as number
          hessianRow[ib] = (hessianRow[ib] as number) + curvature * va * (row.values[b] as number)
        }
      }
    }
    for (let i = 0; i < size; i += 1) {
      const penalty = i === 0 ? BIAS_RIDGE : options.l2
      gradient[i] = (gradient[i] as number) + penalty * (w[i] as number)
      const hessianRow = hessian[i] as Float64Array
      hessianRow[i] = (hessianRow[i] as number) + penalty
    }
    const step = solveSymmetric(hessian, gradient)
    let largest = 0
    for (let i = 0; i < size; i += 1) {
      w[i] = (w[i] as number) - (step[i] as number)
      largest = Math.max(largest, Math.abs(step[i] as number))
    }
    if (largest < CONVERGED_STEP) break
  }
  const weights: Record<string, number> = {}
  names.forEach((name, i) => {
    const value = round(w[i + 1] as number)
    if (value !== 0) weights[name] = value
  })
  return { bias: round(w[0] as number), weights }
}
