import { createCodec, isCountryCode } from '../../telegram/callback-data.js'

/** "Follow <country>" offered under /country answers. */
export interface FollowCountry {
  country: string
}

export const subscribeCodec = createCodec<FollowCountry>(
  'sub',
  (v) => ['c', v.country],
  ([action, ...f]) => (action === 'c' && f.length === 1 && isCountryCode(f[0]) ? { country: f[0] } : null),
)
