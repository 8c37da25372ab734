import { LANGS, type Lang } from '../../classify/types.js'
import { createCodec } from '../../telegram/callback-data.js'

export const langCodec = createCodec<Lang>(
  'lang',
  (lang) => [lang],
  (f) => (f.length === 1 ? (LANGS.find((l) => l === f[0]) ?? null) : null),
)
