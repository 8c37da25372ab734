import { lookup as dnsLookup, type LookupAddress } from 'node:dns'
import { promises as dns } from 'node:dns'
import { BlockList, isIP, type LookupFunction } from 'node:net'
import { buildConnector } from 'undici'

/** Address ranges an admin-supplied URL must never reach (SSRF: cloud metadata, the host itself, the LAN). */
const RANGES: readonly { kind: BlockedKind; family: 'ipv4' | 'ipv6'; network: string; prefix: number }[] = [
  { kind: 'unspecified', family: 'ipv4', network: '0.0.0.0', prefix: 8 },
  { kind: 'loopback', family: 'ipv4', network: '127.0.0.0', prefix: 8 },
  { kind: 'private', family: 'ipv4', network: '10.0.0.0', prefix: 8 },
  { kind: 'private', family: 'ipv4', network: '172.16.0.0', prefix: 12 },
  { kind: 'private', family: 'ipv4', network: '192.168.0.0', prefix: 16 },
  { kind: 'private', family: 'ipv4', network: '100.64.0.0', prefix: 10 },
  { kind: 'link-local', family: 'ipv4', network: '169.254.0.0', prefix: 16 },
  { kind: 'reserved', family: 'ipv4', network: '192.0.0.0', prefix: 24 },
  { kind: 'reserved', family: 'ipv4', network: '198.18.0.0', prefix: 15 },
  { kind: 'reserved', family: 'ipv4', network: '224.0.0.0', prefix: 4 },
  { kind: 'reserved', family: 'ipv4', network: '240.0.0.0', prefix: 4 },
  { kind: 'unspecified', family: 'ipv6', network: '::', prefix: 128 },
  { kind: 'loopback', family: 'ipv6', network: '::1', prefix: 128 },
  { kind: 'private', family: 'ipv6', network: 'fc00::', prefix: 7 },
  { kind: 'link-local', family: 'ipv6', network: 'fe80::', prefix: 10 },
  { kind: 'reserved', family: 'ipv6', network: 'ff00::', prefix: 8 },
]

export type BlockedKind = 'unspecified' | 'loopback' | 'private' | 'link-local' | 'reserved'

const LISTS = new Map<BlockedKind, BlockList>()
for (const range of RANGES) {
  const list = LISTS.get(range.kind) ?? new BlockList()
  list.addSubnet(range.network, range.prefix, range.family)
  LISTS.set(range.kind, list)
}

/** IPv4 written inside IPv6 (::ffff:127.0.0.1, ::ffff:7f00:1, 64:ff9b::a9fe:a9fe) is judged as the IPv4 it carries. */
function embeddedIpv4(address: string): string | null {
  const lower = address.toLowerCase()
  const dotted = /^(?:::ffff:|64:ff9b::)(\d+\.\d+\.\d+\.\d+)$/.exec(lower)
  if (dotted) return dotted[1]!
  const hex = /^(?:::ffff:|64:ff9b::)([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(lower)
  if (!hex) return null
  const high = Number.parseInt(hex[1]!, 16)
  const low = Number.parseInt(hex[2]!, 16)
  return `${high >> 8}.${high & 255}.${low >> 8}.${low & 255}`
}

/** The forbidden range an IP address falls in, or null when it is a public address. */
export function blockedKindOf(address: string): BlockedKind | null {
  const bare = address.replace(/^\[|\]$/g, '')
  const v4 = isIP(bare) === 6 ? embeddedIpv4(bare) : null
  const ip = v4 ?? bare
  const family = isIP(ip) === 4 ? 'ipv4' : isIP(ip) === 6 ? 'ipv6' : null
  if (!family) return 'reserved'
  for (const [kind, list] of LISTS) if (list.check(ip, family)) return kind
  return null
}

export type AddressCheck = { ok: true; url: URL } | { ok: false; reason: 'invalid-url' | 'scheme' | 'unresolvable' | 'blocked'; detail: string }

export type ResolveFn = (host: string) => Promise<string[]>

const resolveAll: ResolveFn = async (host) => (await dns.lookup(host, { all: true, verbatim: true })).map((a) => a.address)

/**
 * Whether an admin-supplied URL may be fetched: http(s) only, and (unless `allowPrivate`)
 * every address its host resolves to must be public. The connection itself is guarded
 * again by `createGuardedConnector`, since DNS may answer differently the second time and
 * redirects may lead elsewhere.
 */
export async function checkUrlAddress(raw: string, { allowPrivate, resolve = resolveAll }: { allowPrivate: boolean; resolve?: ResolveFn }): Promise<AddressCheck> {
  let url: URL
  try {
    url = new URL(raw.trim())
  } catch {
    return { ok: false, reason: 'invalid-url', detail: raw.slice(0, 100) }
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { ok: false, reason: 'scheme', detail: url.protocol }
  if (allowPrivate) return { ok: true, url }
  const host = url.hostname.replace(/^\[|\]$/g, '')
  let addresses: string[]
  try {
    addresses = isIP(host) ? [host] : await resolve(host)
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
  readonly code = 'EADDRBLOCKED'
  constructor(address: string, kind: BlockedKind) {
    super(`refused to connect to ${address} (${kind} address)`)
  }
}

/** A DNS lookup that fails for forbidden addresses, so the address checked is the address connected to. */
const guardedLookup: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
    if (error) return callback(error, '', 0)
    const blocked = addresses.map((a) => ({ a, kind: blockedKindOf(a.address) })).find((x) => x.kind)
    if (blocked?.kind) return callback(new BlockedAddressError(blocked.a.address, blocked.kind), '', 0)
    if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses)
    const first = addresses[0]!
    return callback(null, first.address, first.family)
  })
}

/**
 * An undici connector that refuses loopback, private, link-local and reserved addresses at
 * connect time: after DNS (the lookup hook above), so the address checked is the address
 * connected to, and on every redirect hop. An IP literal is connected to without a lookup, so
 * it is checked here.
 */
export function createGuardedConnector(options: buildConnector.BuildOptions): buildConnector.connector {
  const connect = buildConnector({ ...options, lookup: guardedLookup })
  return (target, callback) => {
    const host = target.hostname.replace(/^\[|\]$/g, '')
    const kind = isIP(host) ? blockedKindOf(host) : null
    if (kind) callback(new BlockedAddressError(host, kind), null)
    else connect(target, callback)
  }
}
