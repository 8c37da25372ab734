import { describe, expect, it } from 'vitest'
import { conversationCodec, noticeCodec, reviewCodec, sourceCodec } from '../../../src/bot/features/admin/callback-data.js'
import { blockedKindOf, checkUrlAddress } from '../../../src/ingest/address-guard.js'
import { parseSelectorsAnswer, suggestListSelectors } from '../../../src/ingest/discover-source.js'

describe('address guard', () => {
  it.each([
    ['127.0.0.1', 'loopback'], ['127.255.0.9', 'loopback'], ['::1', 'loopback'], ['::ffff:127.0.0.1', 'loopback'], ['::ffff:7f00:1', 'loopback'],
    ['10.1.2.3', 'private'], ['172.16.0.1', 'private'], ['172.31.255.255', 'private'], ['192.168.1.1', 'private'], ['100.64.0.1', 'private'], ['fd00::1', 'private'],
    ['169.254.169.254', 'link-local'], ['fe80::1', 'link-local'], ['64:ff9b::a9fe:a9fe', 'link-local'],
    ['0.0.0.0', 'unspecified'], ['::', 'unspecified'], ['224.0.0.1', 'reserved'], ['255.255.255.255', 'reserved'],
    ['8.8.8.8', null], ['172.32.0.1', null], ['95.59.0.1', null], ['2a00:1450:4001::1', null],
  ])('%s is %s', (address, kind) => {
    expect(blockedKindOf(address)).toBe(kind)
  })

  it('checks every address a host resolves to, and only http(s)', async () => {
    const resolver = { resolve: (host: string) => Promise.resolve(host === 'mixed.example' ? ['93.184.216.34', '10.0.0.5'] : ['93.184.216.34']) }
    expect(await checkUrlAddress('https://mixed.example/feed', { allowPrivate: false, resolver })).toMatchObject({ ok: false, reason: 'blocked', detail: '10.0.0.5 (private)' })
    expect(await checkUrlAddress('https://public.example/feed', { allowPrivate: false, resolver })).toMatchObject({ ok: true })
    expect(await checkUrlAddress('ftp://public.example/feed', { allowPrivate: true, resolver })).toMatchObject({ ok: false, reason: 'scheme' })
    expect(await checkUrlAddress('javascript:alert(1)', { allowPrivate: true, resolver })).toMatchObject({ ok: false, reason: 'scheme' })
    expect(await checkUrlAddress('not a url', { allowPrivate: false, resolver })).toMatchObject({ ok: false, reason: 'invalid-url' })
    expect(await checkUrlAddress('http://127.0.0.1/', { allowPrivate: true, resolver })).toMatchObject({ ok: true })
  })
})

describe('admin callback data', () => {
  it('round-trips every button and stays within 64 bytes', () => {
    const big = 2 ** 31 - 1
    const cases: [string, unknown][] = [
      [reviewCodec.encode({ action: 'approve', articleId: big }), { action: 'approve', articleId: big }],
      [reviewCodec.encode({ action: 'skip', articleId: 5 }), { action: 'skip', articleId: 5 }],
      [reviewCodec.encode({ action: 'reject', articleId: big, revision: big }), { action: 'reject', articleId: big, revision: big }],
      [reviewCodec.encode({ action: 'approve', articleId: 5, revision: 0 }), { action: 'approve', articleId: 5, revision: 0 }],
      [reviewCodec.encode({ action: 'undo', auditId: 7 }), { action: 'undo', auditId: 7 }],
      [reviewCodec.encode({ action: 'undo', auditId: big, page: big }), { action: 'undo', auditId: big, page: big }],
      [reviewCodec.encode({ action: 'undo', auditId: 7, page: 0 }), { action: 'undo', auditId: 7, page: 0 }],
      [reviewCodec.encode({ action: 'history', step: { direction: 'older', cursorId: big } }), { action: 'history', step: { direction: 'older', cursorId: big } }],
      [reviewCodec.encode({ action: 'history', step: { direction: 'newer', cursorId: 9 } }), { action: 'history', step: { direction: 'newer', cursorId: 9 } }],
      [reviewCodec.encode({ action: 'next' }), { action: 'next' }],
    ]
    for (const [data, parsed] of cases) {
      expect(reviewCodec.decode(data)).toEqual(parsed)
      expect(Buffer.byteLength(data)).toBeLessThanOrEqual(64)
    }
    expect(sourceCodec.decode(sourceCodec.encode({ action: 'confirm-remove', sourceId: big, page: 999_999 }))).toEqual({ action: 'confirm-remove', sourceId: big, page: 999_999 })
    expect(sourceCodec.decode(sourceCodec.encode({ action: 'open', sourceId: big }))).toEqual({ action: 'open', sourceId: big })
    expect(noticeCodec.decode(noticeCodec.encode({ kind: 'sources', isMuted: true }))).toEqual({ kind: 'sources', isMuted: true })
    expect(conversationCodec.decode(conversationCodec.encode({ answer: 'kind', kind: 'commission' }))).toEqual({ answer: 'kind', kind: 'commission' })
  })

  it.each(['rv:a', 'rv:a:', 'rv:a:-1', 'rv:a:01', 'rv:a:1.5', 'rv:a:2147483648', 'rv:a:1:x', 'rv:a:1:01', 'rv:a:1:2:3', 'rv:s:1:0', 'rv:q:1', 'rv:h:-1', 'rv:h:3', 'rv:hx:3', 'rv:ho:0', 'rv:hn', 'rv:n:1', 'rv:u:1:', 'rv:u:1:01', 'rv:u:1:-1', 'rv:u:0:0', 'rv:u:1:2:3', 'src:p:1', 'src:pg:1:2', 'src:o', 'src:o:1:2', 'src:o:x', 'ntc:f:2', 'cv:kind:war', 'cv:lang:de', 'cv:oops'])('refuses forged or stale data %s', (data) => {
    const parsers = [reviewCodec, sourceCodec, noticeCodec, conversationCodec]
    for (const parser of parsers) expect(parser.decode(data)).toBeNull()
  })
})

describe('selectors', () => {
  it('reads "item | link | title | date" and suggests the repeated news block', () => {
    expect(parseSelectorsAnswer('.news-item | a | .title | time')).toEqual({ item: '.news-item', link: 'a', title: '.title', date: 'time' })
    expect(parseSelectorsAnswer('.news-item | a')).toEqual({ item: '.news-item', link: 'a' })
    expect(parseSelectorsAnswer('.news-item')).toBeNull()
    const html = `<ul><li><a href="/">Home</a></li></ul>${[1, 2, 3].map((n) => `<div class="card news"><a href="/n/${n}">A headline that is long enough ${n}</a></div>`).join('')}`
    expect(suggestListSelectors(html)).toEqual({ item: 'div.card.news', link: 'a' })
    expect(suggestListSelectors('<p><a href="/x">Only one long enough headline here</a></p>')).toBeNull()
  })
})
