import { readFileSync } from 'node:fs'
import * as v from 'valibot'
import type { ClassifierModel } from './classify/model/model.js'
import { SECTORS } from './classify/types.js'

/*
 * An operator's retrained model (MODEL_FILE, written by `npm run train -- --out FILE`), checked
 * for shape before use. Ingestion reads it at every poll cycle, so a retrained model takes effect
 * at the next cycle without a restart.
 */

const logistic = v.object({ bias: v.number(), weights: v.record(v.string(), v.number()) })
const MODEL_SCHEMA = v.object({
  version: v.literal(1),
  party: v.object({ country: logistic, org: logistic, relevantCountry: v.optional(logistic) }),
  partyThreshold: v.number(),
  relevance: v.object({ ...logistic.entries, calibration: v.object({ a: v.number(), b: v.number() }) }),
  kind: v.object({ agreement: logistic, commission: logistic, meeting: logistic }),
  sectors: v.object(Object.fromEntries(SECTORS.map((s) => [s, logistic])) as Record<(typeof SECTORS)[number], typeof logistic>),
  trainedOn: v.object({
    items: v.number(),
    relevant: v.number(),
    sources: v.record(v.string(), v.number()),
    penalties: v.object({ party: v.number(), relevance: v.number(), kind: v.number(), sectors: v.number() }),
  }),
})

export type ModelFileResult = { ok: true; model: ClassifierModel } | { ok: false; error: string }

/** Reads and checks a model file; every problem is one line naming MODEL_FILE. */
export function readModelFile(path: string): ModelFileResult {
  let json: unknown
  try {
    json = JSON.parse(readFileSync(path, 'utf8'))
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : error instanceof SyntaxError ? 'not JSON' : (error as Error).message
    return { ok: false, error: `MODEL_FILE: ${path}: ${reason}` }
  }
  const parsed = v.safeParse(MODEL_SCHEMA, json)
  if (!parsed.success) return { ok: false, error: `MODEL_FILE: ${path}: not a coopwatch model (${v.getDotPath(parsed.issues[0]) ?? 'top level'}: ${parsed.issues[0].message}); build one with npm run train` }
  return { ok: true, model: parsed.output }
}
