import { randomBytes } from 'node:crypto'
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { contentCodingsOf, decodeContent, gzipChunkBytes } from '../../src/ingest/content-coding.js'

const CAP = 1_000_000

/** A gzip body whose trailer states `statedSize` instead of its true size (a server's wrong word). */
function withStatedSize(gzipped: Buffer, statedSize: number): Buffer {
  const copy = Buffer.from(gzipped)
  copy.writeUInt32LE(statedSize, copy.length - 4)
  return copy
}

function decoded(body: Uint8Array): Buffer {
  const result = decodeContent(body, { codings: ['gzip'], maxBytes: CAP })
  if (!result.ok) throw new Error(result.reason)
  return result.body
}

// A page of text that compresses as pages do, not a run of one byte: ~70 KB, as news pages are
// (smaller buffers come from Buffer's shared pool on Node 24, whatever the step).
const page = Buffer.from(Array.from({ length: 1500 }, (_, i) => `<p>Paragraph ${i}: ${randomBytes(12).toString('hex')}</p>\n`).join(''))

describe('decodeContent (gzip)', () => {
  it('decodes a page into one buffer the size its trailer states, not steps copied together', () => {
    const body = decoded(gzipSync(page))
    expect(body.equals(page)).toBe(true)
    expect(body.buffer.byteLength).toBe(page.length + 1)
  })

  it('fails a body whose trailer states a wrong size, too little or too much, with the reason a corrupt body gets', () => {
    const gzipped = gzipSync(page)
    for (const statedSize of [10, page.length - 1, 0xffff_ffff]) {
      expect(decodeContent(withStatedSize(gzipped, statedSize), { codings: ['gzip'], maxBytes: CAP })).toEqual({ ok: false, reason: 'bad gzip body' })
    }
  })

  it('sizes the step from the trailer, one byte over, within the smallest step, the cap and deflate\'s best ratio', () => {
    expect(gzipChunkBytes(gzipSync(page), CAP)).toBe(page.length + 1)
    const small = gzipSync(Buffer.from('<p>short</p>'))
    expect(gzipChunkBytes(small, CAP)).toBe(4 * 1024)
    expect(decoded(small).toString()).toBe('<p>short</p>')
    expect(gzipChunkBytes(gzipSync(page), 10_000)).toBe(10_001)
    const overstated = withStatedSize(small, 0xffff_ffff)
    expect(gzipChunkBytes(overstated, 0xffff_ffff)).toBe(small.length * 1032)
    expect(gzipChunkBytes(Buffer.from([0x1f, 0x8b, 8]), CAP)).toBe(64 * 1024)
  })

  it('decodes every member of a multi-member body (the trailer read is the last one\'s)', () => {
    const twoMembers = Buffer.concat([gzipSync(page), gzipSync(Buffer.from('<p>the end</p>'))])
    expect(decoded(twoMembers).toString()).toBe(`${page.toString()}<p>the end</p>`)
  })

  it('refuses what decodes past the cap even when the trailer understates it, and a body too short to be gzip', () => {
    const bomb = withStatedSize(gzipSync(Buffer.alloc(2 * CAP, 0x20)), 100)
    expect(decodeContent(bomb, { codings: ['gzip'], maxBytes: CAP })).toEqual({ ok: false, reason: `body larger than ${CAP} bytes` })
    expect(decodeContent(Buffer.from([0x1f, 0x8b, 8]), { codings: ['gzip'], maxBytes: CAP })).toEqual({ ok: false, reason: 'bad gzip body' })
  })
})

describe('decodeContent (deflate, br)', () => {
  it('decodes a page, refuses a bomb past the cap and a corrupt body, each with its reason', () => {
    const bomb = Buffer.alloc(2 * CAP, 0x20)
    for (const [coding, encode] of [['deflate', deflateSync], ['br', brotliCompressSync]] as const) {
      const result = decodeContent(encode(page), { codings: [coding], maxBytes: CAP })
      expect(result.ok && result.body.equals(page)).toBe(true)
      expect(decodeContent(encode(bomb), { codings: [coding], maxBytes: CAP })).toEqual({ ok: false, reason: `body larger than ${CAP} bytes` })
      expect(decodeContent(Buffer.from('not coded at all'), { codings: [coding], maxBytes: CAP })).toEqual({ ok: false, reason: `bad ${coding} body` })
    }
  })
})

describe('contentCodingsOf', () => {
  it.each([
    ['gzip', ['gzip']],
    ['x-gzip', ['gzip']],
    ['gzip, gzip', ['gzip', 'gzip']],
    ['deflate, gzip', ['deflate', 'gzip']],
    [' GZIP ,br', ['gzip', 'br']],
    ['gzip, identity', ['gzip']],
    ['identity', []],
    ['', []],
    [null, []],
    // Not a content coding at all: what a misconfigured server writes there, read as none (as the Fetch standard does).
    ['utf-8', []],
    // Words that are no coding do not count toward the limit of five.
    ['utf-8, utf-8, utf-8, utf-8, utf-8, utf-8', []],
    ['utf-8, utf-8, utf-8, gzip, utf-8, utf-8, utf-8', ['gzip']],
    // Nor are the names an object inherits.
    ['constructor, __proto__', []],
  ])('%j lists %j, in the order they were applied', (header, codings) => {
    expect(contentCodingsOf(header)).toEqual({ ok: true, codings })
  })

  it.each([
    ['compress', 'unsupported content coding compress'],
    ['gzip, zstd', 'unsupported content coding zstd'],
    ['gzip, gzip, gzip, gzip, gzip, gzip', 'more than 5 content codings'],
  ])('refuses %j: %s', (header, reason) => {
    expect(contentCodingsOf(header)).toEqual({ ok: false, reason })
  })
})

describe('decodeContent (two codings)', () => {
  it('undoes the last coding applied first: gzip, gzip and deflate, gzip', () => {
    for (const [codings, body] of [[['gzip', 'gzip'], gzipSync(gzipSync(page))], [['deflate', 'gzip'], gzipSync(deflateSync(page))]] as const) {
      const result = decodeContent(body, { codings: [...codings], maxBytes: CAP })
      expect(result.ok && result.body.equals(page), codings.join(', ')).toBe(true)
    }
  })

  it('keeps every step within the cap and names the coding that would not undo', () => {
    const bomb = gzipSync(gzipSync(Buffer.alloc(2 * CAP, 0x20)))
    expect(decodeContent(bomb, { codings: ['gzip', 'gzip'], maxBytes: CAP })).toEqual({ ok: false, reason: `body larger than ${CAP} bytes` })
    expect(decodeContent(gzipSync(Buffer.from('not deflate at all')), { codings: ['deflate', 'gzip'], maxBytes: CAP })).toEqual({ ok: false, reason: 'bad deflate body' })
  })
})
