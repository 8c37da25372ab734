import type { LookupAddress } from 'node:dns'
import { isIP, type LookupFunction } from 'node:net'
import ipaddr from 'ipaddr.js'
import { buildConnector } from 'undici'
import type { Resolver } from '../dns.js'
import { withoutCredentials } from '../url.js'

export type BlockedKind = 'unspecified' | 'loopback' | 'private' | 'link-local' | 'reserved'

/** ipaddr.js's names of special ranges, as the kinds admins are told; every other special range is 'reserved'. */
const KIND_OF_RANGE: Record<string, BlockedKind | null> = {
  unicast: null,
  unspecified: 'unspecified',
  loopback: 'loopback',
  private: 'private',
  carrierGradeNat: 'private',
  uniqueLocal: 'private',
  deprecatedSiteLocal: 'private',
  linkLocal: 'link-local',
}

/**
 * IPv6 forms that carry an IPv4 address (SSRF filters that judge only the IPv6 prefix let
 * them through): where the IPv4 sits among the 16 bytes, and the mask Teredo hides its client
 * behind. The IPv4-compatible form (::a.b.c.d, deprecated) has no range name of its own.
 */
const EMBEDDINGS: Record<string, { offset: number; mask: number }> = {
  ipv4Mapped: { offset: 12, mask: 0 }, // ::ffff:a.b.c.d
  rfc6145: { offset: 12, mask: 0 }, // ::ffff:0:a.b.c.d (SIIT)
  rfc6052: { offset: 12, mask: 0 }, // 64:ff9b::a.b.c.d (NAT64)
  '6to4': { offset: 2, mask: 0 }, // 2002:AABB:CCDD::
  teredo: { offset: 12, mask: 0xff }, // 2001:0:<server>:<flags>:<port>:<client XOR ffff:ffff>
  ipv4Compatible: { offset: 12, mask: 0 }, // ::a.b.c.d
}

const kindOfRange = (range: string): BlockedKind | null => (range in KIND_OF_RANGE ? KIND_OF_RANGE[range]! : 'reserved')

function ipv4Inside(address: ipaddr.IPv6, range: string): ipaddr.IPv4 | null {
  const bytes = address.toByteArray()
  const isCompatible = range === 'unicast' && bytes.slice(0, 12).every((b) => b === 0)
  const embedding = EMBEDDINGS[isCompatible ? 'ipv4Compatible' : range]
  if (!embedding) return null
  return new ipaddr.IPv4(bytes.slice(embedding.offset, embedding.offset + 4).map((b) => b ^ embedding.mask))
}

/**
 * The forbidden range an IP address falls in, or null when it is a public address. IPv4
 * written inside IPv6 (mapped, compatible, SIIT, NAT64, 6to4, Teredo) is judged as the IPv4 it
 * carries; IPv4 in decimal, octal or hex (2130706433, 0177.0.0.1, 0x7f.1) as what it means.
 */
export function blockedKindOf(address: string): BlockedKind | null {
  const bare = address.replace(/^\[|\]$/g, '')
  if (!ipaddr.isValid(bare)) return 'reserved'
  const ip = ipaddr.parse(bare)
  if (ip.kind() === 'ipv6') {
    const v6 = ip as ipaddr.IPv6
    const range = v6.range()
    // RFC 8215's local-use NAT64 prefix places the IPv4 where the operator chose: refused whole.
    if (range === 'rfc6052' && !v6.match(ipaddr.IPv6.parse('64:ff9b::'), 96)) return 'reserved'
    const carried = ipv4Inside(v6, range)
    return kindOfRange(carried ? carried.range() : range)
  }
  return kindOfRange(ip.range())
}

export type AddressCheck = { ok: true; url: URL } | { ok: false; reason: 'invalid-url' | 'scheme' | 'credentials' | 'unresolvable' | 'blocked'; detail: string }

/**
 * Whether an admin-supplied URL may be fetched: http(s) only, no user name or password, and (unless `allowPrivate`)
 * every address its host resolves to must be public. The connection itself is guarded
 * again by `createGuardedConnector`, since DNS may answer differently the second time and
 * redirects may lead elsewhere.
 */
export async function checkUrlAddress(raw: string, { allowPrivate, resolver }: { allowPrivate: boolean; resolver: Resolver }): Promise<AddressCheck> {
  let url: URL
  try {
    url = new URL(raw.trim())
  } catch {
    return { ok: false, reason: 'invalid-url', detail: raw.slice(0, 100) }
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { ok: false, reason: 'scheme', detail: url.protocol }
  // A user name or password would be kept in the source's address, which every admin sees: refused, the address without them as the detail.
  if (url.username !== '' || url.password !== '') return { ok: false, reason: 'credentials', detail: withoutCredentials(url.href) }
  if (allowPrivate) return { ok: true, url }
  const host = url.hostname.replace(/^\[|\]$/g, '')
  let addresses: string[]
  try {
    addresses = isIP(host) ? [host] : await resolver.resolve(host)
  } catch (error) {
    return { ok: false, reason: 'unresolvable', detail: error instanceof Error ? error.message.slice(0, 120) : host }
  }
  if (addresses.length === 0) return { ok: false, reason: 'unresolvable', detail: host }
  for (const address of addresses) {
    const kind = blockedKindOf(address)
    if (kind) return { ok: false, reason: 'blocked', detail: `${address} (${kind})` }
  }
  return { ok: true, url }
}

class BlockedAddressError extends Error {
  readonly code = BLOCKED_ADDRESS_CODE
  constructor(address: string, kind: BlockedKind) {
    super(`refused to connect to ${address} (${kind} address)`)
  }
}

/** The error code of a connection the guard refused, for callers that must tell it from other failures. */
export const BLOCKED_ADDRESS_CODE = 'EADDRBLOCKED'

/** Addresses the guard lets through although they are in a forbidden range (tests: a loopback address standing in for a public site). */
export type GuardExemptions = readonly string[]

const blockedUnlessExempt = (address: string, exempt: GuardExemptions): BlockedKind | null => (exempt.includes(address) ? null : blockedKindOf(address))

/**
 * node's `lookup` hook answered by `resolver`, failing when any answer is an address `refuse`
 * names, so the address checked is the address connected to (and a name answering with one
 * public and one private address cannot be raced into the private one).
 */
export function createLookup(resolver: Resolver, refuse: (address: string) => BlockedKind | null = () => null): LookupFunction {
  return (hostname, options, callback) => {
    resolver.resolve(hostname).then(
      (found) => {
        const addresses: LookupAddress[] = found.map((address) => ({ address, family: isIP(address) === 6 ? 6 : 4 })).filter((a) => !options.family || a.family === options.family)
        const blocked = addresses.map((a) => ({ a, kind: refuse(a.address) })).find((x) => x.kind)
        if (blocked?.kind) return callback(new BlockedAddressError(blocked.a.address, blocked.kind), '', 0)
        if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses)
        const first = addresses[0]
        if (!first) return callback(Object.assign(new Error(`no address for ${hostname}`), { code: 'ENOTFOUND' }), '', 0)
        return callback(null, first.address, first.family)
      },
      (error: NodeJS.ErrnoException) => callback(error, '', 0),
    )
  }
}

/** A lookup refusing loopback, private, link-local and reserved answers (all but `exempt`). */
export const createGuardedLookup = (resolver: Resolver, exempt: GuardExemptions = []): LookupFunction => createLookup(resolver, (address) => blockedUnlessExempt(address, exempt))

/**
 * An undici connector that refuses loopback, private, link-local and reserved addresses at
 * connect time: after DNS (the lookup hook above), so the address checked is the address
 * connected to, and on every redirect hop. An IP literal is connected to without a lookup, so
 * it is checked here.
 */
export function createGuardedConnector(options: buildConnector.BuildOptions, resolver: Resolver, exempt: GuardExemptions = []): buildConnector.connector {
  const connect = buildConnector({ ...options, lookup: createGuardedLookup(resolver, exempt) })
  return (target, callback) => {
    const host = target.hostname.replace(/^\[|\]$/g, '')
    const kind = isIP(host) ? blockedUnlessExempt(host, exempt) : null
    if (kind) callback(new BlockedAddressError(host, kind), null)
    else connect(target, callback)
  }
}
