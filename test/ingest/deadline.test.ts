import { getEventListeners } from 'node:events'
import { describe, expect, it } from 'vitest'
import { durationText, withDeadline } from '../../src/ingest/deadline.js'

/** Work that ends only when its signal aborts (or has), with the signal's reason. */
const untilAborted = (signal: AbortSignal) =>
  new Promise<never>((_, reject) => {
    const fail = () => reject(signal.reason as Error)
    if (signal.aborted) fail()
    else signal.addEventListener('abort', fail)
  })

describe('withDeadline', () => {
  it('aborts the work when the caller aborts while it runs, and leaves no listener on the caller\'s signal', async () => {
    const caller = new AbortController()
    const running = withDeadline(60_000, caller.signal, untilAborted)
    expect(getEventListeners(caller.signal, 'abort')).toHaveLength(1)
    caller.abort(new Error('stopped'))
    await expect(running).rejects.toThrow('stopped')
    expect(getEventListeners(caller.signal, 'abort')).toHaveLength(0)
  })

  it('aborts the work with a TimeoutError when the time is up, after telling onTimeout', async () => {
    let isTimedOut = false
    const running = withDeadline(5, undefined, untilAborted, () => (isTimedOut = true))
    await expect(running).rejects.toMatchObject({ name: 'TimeoutError' })
    expect(isTimedOut).toBe(true)
  })

  it('starts the work aborted when the caller already has, and lets finished work keep its result', async () => {
    const caller = new AbortController()
    caller.abort(new Error('before'))
    await expect(withDeadline(60_000, caller.signal, untilAborted)).rejects.toThrow('before')
    const open = new AbortController()
    expect(await withDeadline(60_000, open.signal, (signal) => Promise.resolve(signal.aborted))).toBe(false)
    expect(getEventListeners(open.signal, 'abort')).toHaveLength(0)
  })
})

describe('durationText', () => {
  it('states a timeout in whole seconds, and one shorter than a second in milliseconds', () => {
    expect([5, 999, 1000, 1499, 1500, 60_000].map(durationText)).toEqual(['5 ms', '999 ms', '1 s', '1 s', '2 s', '60 s'])
  })
})
