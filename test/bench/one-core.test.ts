import { describe, expect, it } from 'vitest'
import { affinityList } from './one-core.js'

describe('affinityList', () => {
  it.each([
    ["pid 7's current affinity list: 0,1", [0, 1]],
    ["pid 7's current affinity list: 0-3", [0, 1, 2, 3]],
    ["pid 7's current affinity list: 0,2-3,6\n", [0, 2, 3, 6]],
    ["pid 7's current affinity list: 5", [5]],
  ])('reads %j', (line, cpus) => {
    expect(affinityList(line)).toEqual(cpus)
  })

  it('reads nothing from a line that lists no CPUs', () => {
    expect(affinityList('taskset: failed to get pid 7')).toEqual([])
    expect(affinityList("pid 7's current affinity list: 3-1")).toEqual([])
  })
})
