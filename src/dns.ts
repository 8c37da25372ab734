import { promises as dns } from 'node:dns'

/** Host names as a dependency, so tests answer for their own names (no real DNS) and the address guard judges what they answer. */
export interface Resolver {
  /** Every address `host` resolves to; rejects (ENOTFOUND…) when it resolves to none. */
  resolve(host: string): Promise<string[]>
}

export const systemResolver: Resolver = {
  resolve: async (host) => (await dns.lookup(host, { all: true, verbatim: true })).map((a) => a.address),
}
