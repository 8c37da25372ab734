/**
 * Runs `work` with one signal that aborts when `signal` does or `timeoutMs` passes (a
 * TimeoutError DOMException, after `onTimeout`). One controller of its own, the caller's
 * listener removed after: AbortSignal.any leaves a follower on the caller's signal for every
 * call, which a long-lived signal keeps (nodejs/node#55351, #64476), and with
 * AbortSignal.timeout a page read made three signals where one does.
 */
export async function withDeadline<T>(timeoutMs: number, signal: AbortSignal | undefined, work: (signal: AbortSignal) => Promise<T>, onTimeout?: () => void): Promise<T> {
  const controller = new AbortController()
  const timer = setTimeout(() => {
    onTimeout?.()
    controller.abort(new DOMException('The operation timed out.', 'TimeoutError'))
  }, timeoutMs)
  const callerAborted = () => controller.abort(signal?.reason)
  if (signal?.aborted) callerAborted()
  signal?.addEventListener('abort', callerAborted, { once: true })
  try {
    return await work(controller.signal)
  } finally {
    clearTimeout(timer)
    signal?.removeEventListener('abort', callerAborted)
  }
}

/** A timeout as a reason states it: whole seconds, or milliseconds below one second (not "0 s"). */
export function durationText(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${Math.round(ms / 1000)} s`
}
