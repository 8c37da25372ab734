import { describe, expect, it } from 'vitest'
import { createPageCache } from '../../src/web/page-cache.js'

describe('page cache', () => {
  it('drops the least recently used page and never keeps an oversized one', () => {
    const cache = createPageCache(2, 10)
    cache.set('a', Buffer.from('1'))
    cache.set('b', Buffer.from('2'))
    expect(cache.get('a')?.toString()).toBe('1')
    cache.set('c', Buffer.from('3'))
    expect(cache.get('b')).toBeUndefined()
    expect([cache.get('a')?.toString(), cache.get('c')?.toString()]).toEqual(['1', '3'])
    cache.set('d', Buffer.alloc(11))
    expect(cache.get('d')).toBeUndefined()
  })
})
