import { describe, expect, it } from 'vitest'
import { checkItemEligibility, containsKeyword, isSubscribedBefore, matchesTopic } from '../../src/alerts/match.js'
import { foldText } from '../../src/language/normalize.js'

const item = {
  title: 'Казахстан и Франция подписали меморандум о сотрудничестве музеев',
  body: 'Стороны договорились об обмене выставками. Лувр и Национальный музей РК…',
  partners: ['FR'],
  sectors: ['museums', 'heritage'],
}

describe('matching a subscription', () => {
  it.each([
    [{ topicType: 'all', topicValue: '' }, true],
    [{ topicType: 'country', topicValue: 'FR' }, true],
    [{ topicType: 'country', topicValue: 'fr' }, true],
    [{ topicType: 'country', topicValue: 'RU' }, false],
    [{ topicType: 'sector', topicValue: 'museums' }, true],
    [{ topicType: 'sector', topicValue: 'cinema' }, false],
    [{ topicType: 'keyword', topicValue: 'меморандум' }, true],
    [{ topicType: 'keyword', topicValue: 'Музей' }, true],
    [{ topicType: 'keyword', topicValue: 'лувр' }, true],
    [{ topicType: 'keyword', topicValue: 'узей' }, false],
    [{ topicType: 'keyword', topicValue: 'театр' }, false],
  ] as const)('%o → %s', (topic, expected) => {
    expect(matchesTopic(item, topic)).toBe(expected)
  })

  it('finds keywords at the start of a word only, across ё and case', () => {
    const text = foldText('Сотрудничество в сфере ВЫСШЕГО образования, всё о нём')
    expect(containsKeyword(text, foldText('высш'))).toBe(true)
    expect(containsKeyword(text, foldText('все'))).toBe(true)
    expect(containsKeyword(text, foldText('ование'))).toBe(false)
    expect(containsKeyword(text, '')).toBe(false)
  })
})

describe('no-flood rules', () => {
  const now = new Date('2026-11-21T09:00:00.000Z')
  it.each([
    [{ isBacklog: true, publishedAt: '2026-11-21T08:00:00.000Z' }, { ok: false, reason: 'backlog' }],
    [{ isBacklog: false, publishedAt: '2026-11-18T08:59:00.000Z' }, { ok: false, reason: 'too-old' }],
    [{ isBacklog: false, publishedAt: 'not a date' }, { ok: false, reason: 'undated' }],
    [{ isBacklog: false, publishedAt: '2026-11-18T09:00:00.000Z' }, { ok: true }],
    [{ isBacklog: false, publishedAt: '2026-11-21T08:00:00.000Z' }, { ok: true }],
  ])('%o → %o', (article, expected) => {
    expect(checkItemEligibility(article, { now, maxAgeHours: 72 })).toEqual(expected)
  })

  it('alerts only subscriptions made before the item was published', () => {
    expect(isSubscribedBefore('2026-11-20T00:00:00.000Z', '2026-11-21T00:00:00.000Z')).toBe(true)
    expect(isSubscribedBefore('2026-11-21T00:00:01.000Z', '2026-11-21T00:00:00.000Z')).toBe(false)
  })
})
