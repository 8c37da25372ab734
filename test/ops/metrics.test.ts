import { afterEach, describe, expect, it } from 'vitest'
import { addQueuedAlert, type OpsApp, startOpsApp } from './ops-app.js'

describe('GET /metrics', () => {
  let t: OpsApp
  afterEach(async () => t.close())

  it('serves every named metric in the Prometheus text format, with the database gauges fresh', async () => {
    t = await startOpsApp()
    const { metrics } = t.deps
    metrics.itemsFetched.inc({ source: 'mfa.gov.kz' }, 20)
    metrics.itemsStored.inc({ source: 'mfa.gov.kz' }, 3)
    metrics.itemsPublished.inc(2)
    metrics.itemsFlagged.inc()
    metrics.sourceErrors.inc({ source: 'kazinform' })
    metrics.alertsSent.inc(5)
    metrics.alertsFailed.inc()
    metrics.pollDuration.observe({ source: 'mfa.gov.kz' }, 0.7)
    metrics.classifyDuration.observe(0.0004)
    await t.db
      .insertInto('source')
      .values({ name: 'mfa', url: 'http://127.0.0.1:9/feed', type: 'rss', lang: 'en', next_poll_at: '2030-01-01T00:00:00.000Z', created_at: '2026-11-01T00:00:00.000Z', updated_at: '2026-11-01T00:00:00.000Z' })
      .execute()
    // Backing off for an hour: waiting, not due, and left alone by the running sender.
    await addQueuedAlert(t.db, new Date(t.clock.now().getTime() + 3_600_000).toISOString())

    const res = await fetch(t.url('/metrics'))
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/)
    const lines = (await res.text()).split('\n')
    for (const expected of [
      'coopwatch_items_fetched_total{source="mfa.gov.kz"} 20',
      'coopwatch_items_stored_total{source="mfa.gov.kz"} 3',
      'coopwatch_items_published_total 2',
      'coopwatch_items_flagged_total 1',
      'coopwatch_source_errors_total{source="kazinform"} 1',
      'coopwatch_alerts_sent_total 5',
      'coopwatch_alerts_failed_total 1',
      'coopwatch_alerts_pending 1',
      'coopwatch_poll_duration_seconds_count{source="mfa.gov.kz"} 1',
      'coopwatch_classify_duration_seconds_count 1',
      'coopwatch_sources_enabled 1',
      'coopwatch_sources_failing 0',
      'coopwatch_last_poll_success_age_seconds -1',
      'coopwatch_alerts_due 0',
    ]) {
      expect(lines).toContain(expected)
    }
    expect(lines).toContain('# TYPE coopwatch_poll_duration_seconds histogram')
    expect(lines.some((l) => l.startsWith('process_resident_memory_bytes '))).toBe(true)
  })
})
