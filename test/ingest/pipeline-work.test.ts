import { setImmediate } from 'node:timers/promises'
import { afterEach, describe, expect, it } from 'vitest'
import { createPipelineWork, type PipelineWork } from '../../src/ingest/pipeline-work.js'

let work: PipelineWork | undefined

afterEach(async () => {
  await work?.close()
})

const longPage = () => ({
  body: Buffer.from(`<html><body><article>${'<p>Museums and theatres of Kazakhstan and France agreed on exchanges. </p>'.repeat(10_000)}</article></body></html>`),
  contentType: 'text/html',
  url: 'https://example.kz/news/1',
})

describe('createPipelineWork', () => {
  it('lets the next page be fetched only once fewer than maxWaitingReads pages wait for a worker', async () => {
    work = createPipelineWork({ maxThreads: 1, maxWaitingReads: 2 })
    await work.whenReadersKeepUp()
    const reads = Array.from({ length: 5 }, () => work!.readArticlePage(longPage()))
    let hasRoom = false
    const room = work.whenReadersKeepUp().then(() => (hasRoom = true))
    // One page is being read and four wait: the pipeline holds back new fetches.
    await setImmediate()
    expect(hasRoom).toBe(false)
    const results = await Promise.all(reads)
    await room
    expect(hasRoom).toBe(true)
    expect(results.every((r) => r.ok && r.article.text.includes('agreed on exchanges'))).toBe(true)
  })
})
