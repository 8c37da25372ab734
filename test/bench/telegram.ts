import { loadavg } from 'node:os'
import type { App } from '../../src/app.js'
import { type Chart, findCountryChart, findOverviewChart } from '../../src/bot/chart-photo.js'
import { createI18n } from '../../src/bot/i18n/i18n.js'
import { rasterise } from '../../src/charts/raster.js'
import { LANGS, type Lang } from '../../src/classify/types.js'
import type { Translate } from '../../src/telegram/translate.js'
import { FakeBotApi } from '../helpers/fake-bot-api.js'
import { buildOnce } from '../helpers/start-command.js'
import { callback, inlineQuery, user } from '../helpers/updates.js'
import { ARTICLES, type BenchBot, measureRoundTrips, ROUND_TRIP_WARM_UP, withBot, withMillionArticles } from './country.js'
import { type Figure, percentile, type ScenarioResult } from './figure.js'
import { createRandom, pick } from '../helpers/random.js'

const CHART_RUNS = 200
const OVERVIEW_RUNS = 50
const PRESS_RUNS = 100
const INLINE_RUNS = 1_000
const WARM_UP = 20
const PARTNERS = ['RU', 'CN', 'UZ', 'TR', 'KG', 'FR', 'DE', 'KR', 'JP', 'IT', 'BY', 'US', 'MN', 'BR']
/** What people type after @bot: nothing, names in three languages, a name with words or a year, nonsense, a share. */
const INLINE_QUERIES = ['', 'russia', 'Ресей', 'Китай', 'франция музей', 'germany 2020', 'turkey museums', 'memorandum', 'japan theatre 2024', 'qwzxvbn', '#123456', 'узбекистан', 'корея кино']

const load = () => loadavg().map((l) => l.toFixed(2)).join(' ')

/** 1,000,000 articles as the country scenario makes them, and the bot on them against the fake Bot API. */
function withMillion<T>(measure: (h: BenchBot, genSeconds: number) => Promise<T>): Promise<T> {
  return withMillionArticles('telegram', (path, _dir, genSeconds) => withBot(path, (bot) => measure(bot, genSeconds)))
}

/** Runs `update` `runs` times after a warm-up, each until the bot's last call (in run order); fails unless `expected` was called. */
async function time(h: BenchBot, runs: number, expected: string, update: (i: number) => Parameters<App['bot']['handleUpdate']>[0], before?: () => Promise<unknown>): Promise<number[]> {
  const samples: number[] = []
  for (let i = 0; i < runs + WARM_UP; i++) {
    await before?.()
    h.api.clearCalls()
    const started = performance.now()
    await h.app.bot.handleUpdate(update(i))
    const ms = performance.now() - started
    if (h.api.sent(expected).length === 0) throw new Error(`no ${expected} for run ${i}: ${JSON.stringify(h.api.calls.at(-1))}`)
    if (i >= WARM_UP) samples.push(ms)
  }
  return samples
}

/** Drawing alone, as the bot does it before an upload: the chart's data, its SVG and the PNG. */
async function timeRender(runs: number, find: (i: number) => Promise<Chart | null>): Promise<number[]> {
  const samples: number[] = []
  for (let i = 0; i < runs + WARM_UP; i++) {
    const started = performance.now()
    const chart = await find(i)
    if (!chart) throw new Error(`nothing to draw for run ${i}`)
    await rasterise(chart.draw())
    if (i >= WARM_UP) samples.push(performance.now() - started)
  }
  return samples
}

const p = (samples: readonly number[], n: number) => percentile([...samples].sort((a, b) => a - b), n)

export async function benchCharts(): Promise<ScenarioResult> {
  return withMillion(async (h, genSeconds) => {
    const loadBefore = load()
    const i18n = createI18n()
    const translate = (lang: Lang): Translate => (key, vars) => i18n.t(lang, key, vars)
    const langOf = (i: number) => LANGS[i % LANGS.length]!
    const now = new Date()
    const country = await timeRender(CHART_RUNS, (i) => findCountryChart(h.db, PARTNERS[i % PARTNERS.length]!, langOf(i), translate(langOf(i))))
    const overview = await timeRender(OVERVIEW_RUNS, (i) => findOverviewChart(h.db, now, langOf(i), translate(langOf(i))))
    const forget = () => h.db.deleteFrom('chart_file').execute()
    const reader = user(200_001, 'ru')
    const drawn = await time(h, PRESS_RUNS, 'sendPhoto', (i) => callback(reader, `cty:c:${PARTNERS[i % PARTNERS.length]}`), forget)
    const cached = await time(h, PRESS_RUNS, 'sendPhoto', (i) => callback(reader, `cty:c:${PARTNERS[i % PARTNERS.length]}`))
    const figures: Figure[] = [
      { name: 'country chart render p50', value: p(country, 50), unit: 'ms', digits: 1 },
      { name: 'country chart render p99', value: p(country, 99), unit: 'ms', digits: 1, target: { op: '<=', value: 100 } },
      { name: 'overview chart render p50', value: p(overview, 50), unit: 'ms', digits: 1 },
      { name: 'overview chart render p99', value: p(overview, 99), unit: 'ms', digits: 1, target: { op: '<=', value: 100 } },
      { name: '📈 press→sendPhoto, drawn p99', value: p(drawn, 99), unit: 'ms', digits: 1, note: `p50 ${p(drawn, 50).toFixed(1)}` },
      { name: '📈 press→sendPhoto, cached p99', value: p(cached, 99), unit: 'ms', digits: 1, note: `p50 ${p(cached, 50).toFixed(1)}` },
    ]
    return {
      notes: [
        `${ARTICLES.toLocaleString('en-US')} articles generated in ${genSeconds.toFixed(0)} s; load average ${loadBefore} before, ${load()} after`,
        `render = the chart's data from the database + SVG + resvg PNG (960 px wide), ${CHART_RUNS} country charts over ${PARTNERS.length} partners and 3 languages, ${OVERVIEW_RUNS} overview charts (items per quarter + backlog by day over 12 years)`,
        `press = bot.handleUpdate(📈) to the sendPhoto answered by the fake Bot API, ${PRESS_RUNS} runs each: drawn (cache emptied before each) and cached (the file_id re-sent)`,
      ],
      figures,
    }
  })
}

export async function benchInline(): Promise<ScenarioResult> {
  return withMillionArticles('inline', async (path, dir, genSeconds) => {
    const loadBefore = load()
    const random = createRandom(17)
    const queries = Array.from({ length: INLINE_RUNS + ROUND_TRIP_WARM_UP }, () => pick(random, INLINE_QUERIES))
    buildOnce()
    const api = new FakeBotApi()
    await api.start()
    let samples: number[]
    try {
      samples = await measureRoundTrips(api, path, dir, INLINE_RUNS, {
        update: (i) => inlineQuery(user(300_000 + (i % 300), pick(random, ['en', 'ru', 'kk'])), queries[i]!),
        isAnswer: (call, update) => call.method === 'answerInlineQuery' && call.payload.inline_query_id === update.inline_query!.id,
        check: (answer) => {
          if (!Array.isArray(answer.payload.results) || answer.payload.results.length === 0) throw new Error(`an empty inline answer: ${JSON.stringify(answer.payload)}`)
        },
      })
    } finally {
      await api.stop()
    }
    const byQuery = INLINE_QUERIES.map((q) => ({ q, p99: p(samples.filter((_, i) => queries[i + ROUND_TRIP_WARM_UP] === q), 99) })).sort((a, b) => b.p99 - a.p99)
    const figures: Figure[] = [
      { name: 'inline query→answer p50', value: p(samples, 50), unit: 'ms', digits: 2 },
      { name: 'inline query→answer p99', value: p(samples, 99), unit: 'ms', digits: 2, target: { op: '<=', value: 20 } },
    ]
    return {
      notes: [
        `${ARTICLES.toLocaleString('en-US')} articles generated in ${genSeconds.toFixed(0)} s; load average ${loadBefore} before, ${load()} after`,
        `${INLINE_RUNS} inline queries queued at the fake Bot API to the answerInlineQuery call arriving there, through the real start command (compiled), long polling and the runner; p99 by query: ${byQuery.map((b) => `«${b.q}» ${b.p99.toFixed(1)}`).join(', ')} ms`,
      ],
      figures,
    }
  })
}
