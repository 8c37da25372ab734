import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { blockedKindOf, createGuardedLookup } from '../../src/ingest/address-guard.js'
import { createFetcher } from '../../src/ingest/fetch.js'
import { FixtureServer } from '../helpers/fixture-server.js'

/** Issue 13.3: every way of writing a private address that must not slip through. */
const FORMS: [string, string, ReturnType<typeof blockedKindOf>][] = [
  ['IPv4-compatible', '::127.0.0.1', 'loopback'],
  ['IPv4-compatible, hex', '::7f00:1', 'loopback'],
  ['IPv4-mapped', '::ffff:127.0.0.1', 'loopback'],
  ['IPv4-mapped, hex', '::ffff:7f00:1', 'loopback'],
  ['IPv4-translated (SIIT)', '::ffff:0:7f00:1', 'loopback'],
  ['IPv4-translated, dotted', '::ffff:0:10.0.0.1', 'private'],
  ['NAT64 64:ff9b::/96', '64:ff9b::a9fe:a9fe', 'link-local'],
  ['NAT64, written out', '64:ff9b:0:0:0:0:7f00:1', 'loopback'],
  ['local-use NAT64 64:ff9b:1::/48', '64:ff9b:1::7f00:1', 'reserved'],
  ['6to4 2002::/16', '2002:7f00:1::', 'loopback'],
  ['6to4 of a LAN address', '2002:c0a8:101::1', 'private'],
  ['Teredo (client XOR ffff:ffff)', '2001:0:4136:e378:8000:63bf:80ff:fffe', 'loopback'],
  ['decimal IPv4', '2130706433', 'loopback'],
  ['octal IPv4', '0177.0.0.1', 'loopback'],
  ['hex IPv4', '0x7f.0.0.1', 'loopback'],
  ['site-local IPv6', 'fec0::1', 'private'],
  ['documentation IPv6', '2001:db8::1', 'reserved'],
  ['documentation IPv4', '198.51.100.7', 'reserved'],
  ['public IPv4 behind NAT64', '64:ff9b::808:808', null],
  ['public IPv6', '2a00:1450:4001::1', null],
]

describe('address guard', () => {
  it.each(FORMS)('judges %s (%s) as %s', (_form, address, kind) => {
    expect(blockedKindOf(address)).toBe(kind)
  })

  it('refuses a name when any one of its DNS answers is private', async () => {
    const answers: Record<string, string[]> = { 'mixed.test': ['93.184.216.34', '::ffff:10.0.0.5'], 'public.test': ['93.184.216.34'] }
    const lookup = createGuardedLookup({ resolve: (host) => Promise.resolve(answers[host]!) })
    const resolve = (host: string) =>
      new Promise<string>((done) => lookup(host, { all: false }, (error, address) => done(error ? error.message : (address as string))))
    expect(await resolve('mixed.test')).toBe('refused to connect to ::ffff:10.0.0.5 (private address)')
    expect(await resolve('public.test')).toBe('93.184.216.34')
  })

  describe('on the wire', () => {
    const server = new FixtureServer()
    beforeAll(async () => {
      await server.start()
      server.text('/secret', 'internal')
    })
    afterAll(() => server.stop())

    it.each(['127.0.0.1', 'localhost', '[::ffff:7f00:1]', '[::127.0.0.1]', '[::ffff:0:7f00:1]', '2130706433', '0177.0.0.1', '0x7f.1'])(
      'refuses http://%s:<port>/ for a guarded request, and never connects',
      async (host) => {
        const fetcher = createFetcher({ minHostGapMs: 0 })
        const result = await fetcher.fetch({ url: `http://${host}:${new URL(server.base).port}/secret`, isAddressGuarded: true })
        fetcher.close()
        expect(result).toMatchObject({ ok: false, isBlocked: true, reason: expect.stringMatching(/refused to connect to .* \(loopback address\)/) })
        expect(server.hits('/secret')).toHaveLength(0)
      },
    )
  })
})
