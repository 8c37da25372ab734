/** A translation lookup with the shape of grammY i18n's `ctx.t`, so renderers work outside updates too (alerts, digests). */
export type Translate = (key: string, vars?: Record<string, string | number>) => string
