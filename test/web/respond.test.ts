import { once } from 'node:events'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { connect } from 'node:net'
import { Readable } from 'node:stream'
import { afterEach, describe, expect, it } from 'vitest'
import { sendStream } from '../../src/web/respond.js'

/** A CSV that never ends: only the client stopping ends its export. */
function endlessRows(): AsyncIterable<string> {
  return Readable.from((function* () {
    for (let i = 0; ; i += 1) yield `${i},${'x'.repeat(1000)}\r\n`
  })())
}

describe('sendStream', () => {
  let server: Server | undefined
  afterEach(() => {
    server?.closeAllConnections()
    server?.close()
  })

  /** Serves one endless export; resolves with how its sendStream settled. */
  async function serveEndless(stallMs: number, onStall: () => void): Promise<{ port: number; settled: Promise<PromiseSettledResult<void>> }> {
    let settle!: (outcome: PromiseSettledResult<void>) => void
    const settled = new Promise<PromiseSettledResult<void>>((resolve) => (settle = resolve))
    server = createServer((req, res) => {
      void Promise.allSettled([sendStream(req, res, { status: 200, contentType: 'text/csv; charset=utf-8', cacheControl: 'no-store' }, endlessRows(), { stallMs, onStall })]).then(([outcome]) => settle(outcome))
    })
    server.listen(0, '127.0.0.1')
    await once(server, 'listening')
    return { port: (server.address() as AddressInfo).port, settled }
  }

  it('ends without an error when the client goes away mid-export (nothing for the error log)', async () => {
    const { port, settled } = await serveEndless(60_000, () => {})
    const socket = connect(port, '127.0.0.1')
    socket.write('GET /index.csv HTTP/1.1\r\nHost: archive\r\n\r\n')
    await once(socket, 'data')
    socket.destroy()
    expect(await settled).toEqual({ status: 'fulfilled', value: undefined })
  })

  it('ends a client that reads nothing, counted by onStall and not as an error', async () => {
    let stalls = 0
    const { port, settled } = await serveEndless(50, () => (stalls += 1))
    const socket = connect(port, '127.0.0.1')
    socket.on('error', () => {})
    socket.write('GET /index.csv HTTP/1.1\r\nHost: archive\r\n\r\n')
    socket.pause()
    expect(await settled).toEqual({ status: 'fulfilled', value: undefined })
    expect(stalls).toBe(1)
    socket.destroy()
  })
})
