import { AsyncLocalStorage } from 'node:async_hooks'
import { subscribe } from 'node:diagnostics_channel'
import type { ClientRequest } from 'node:http'
import { TLSSocket } from 'node:tls'

// Node publishes each HTTP client request here once it is written to its socket. That can be
// tens of milliseconds after the call that made it (a busy event loop runs other work first),
// and on a new connection the bytes wait further for the TCP (and TLS) handshake.
const REQUEST_WRITTEN_CHANNEL = 'http.client.request.start'

const whenWrittenContext = new AsyncLocalStorage<() => void>()

subscribe(REQUEST_WRITTEN_CHANNEL, (message) => {
  const written = whenWrittenContext.getStore()
  if (!written) return
  const { request } = message as { request: ClientRequest }
  const socket = request.socket
  if (!socket || request.reusedSocket) return written()
  if (socket instanceof TLSSocket) socket.once('secureConnect', written)
  else if (socket.connecting) socket.once('connect', written)
  else written()
})

/**
 * Runs `call` (a Bot API call) and calls `written` when the HTTP request it makes has left for
 * the network — the moment Telegram's rate limits count from. The callback travels in the
 * call's async context, so concurrent calls each hear of their own request.
 */
export function whenRequestWritten<T>(written: () => void, call: () => Promise<T>): Promise<T> {
  return whenWrittenContext.run(written, call)
}
