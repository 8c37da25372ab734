import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client'
import type { HealthSnapshot } from './db/health.js'

/** The Prometheus metrics every part reports to; one registry per app (tests build their own). */
export function createMetrics() {
  const registry = new Registry()
  // Process memory, CPU, event-loop lag and GC, under their standard names.
  collectDefaultMetrics({ register: registry })
  const counter = (name: string, help: string, labelNames: string[] = []) => new Counter({ name, help, labelNames, registers: [registry] })
  const gauge = (name: string, help: string) => new Gauge({ name, help, registers: [registry] })
  return {
    registry,
    itemsFetched: counter('coopwatch_items_fetched_total', 'Feed or list items fetched', ['source']),
    itemsStored: counter('coopwatch_items_stored_total', 'Articles stored (new or changed)', ['source']),
    itemsPublished: counter('coopwatch_items_published_total', 'Articles published (confident, or approved by an admin)'),
    itemsFlagged: counter('coopwatch_items_flagged_total', 'Articles flagged for review'),
    sourceErrors: counter('coopwatch_source_errors_total', 'Failed source polls', ['source']),
    alertsSent: counter('coopwatch_alerts_sent_total', 'Alert messages delivered'),
    alertsFailed: counter('coopwatch_alerts_failed_total', 'Alerts given up on'),
    alertsPending: gauge('coopwatch_alerts_pending', 'Alerts waiting in the outbox'),
    pollDuration: new Histogram({ name: 'coopwatch_poll_duration_seconds', help: 'One source poll, fetch to store', labelNames: ['source'], buckets: [0.1, 0.5, 1, 2, 5, 10, 30, 60], registers: [registry] }),
    classifyDuration: new Histogram({ name: 'coopwatch_classify_duration_seconds', help: 'Classifying one article', buckets: [0.0001, 0.0005, 0.001, 0.005, 0.01, 0.05], registers: [registry] }),
    webExportsStalled: counter('coopwatch_web_exports_stalled_total', 'Web archive exports ended because the client read nothing for 30 s'),
    webhookUpdates: counter('coopwatch_webhook_updates_total', 'Webhook requests by outcome (accepted, duplicate, unauthorized, invalid, overloaded)', ['outcome']),
    sourcesEnabled: gauge('coopwatch_sources_enabled', 'Enabled sources'),
    sourcesFailing: gauge('coopwatch_sources_failing', 'Enabled sources whose last poll failed'),
    lastPollSuccessAge: gauge('coopwatch_last_poll_success_age_seconds', 'Seconds since the last successful poll of any source (-1 before the first)'),
    alertsDue: gauge('coopwatch_alerts_due', 'Alerts due now and not yet delivered'),
    oldestAlertDueAge: gauge('coopwatch_alerts_oldest_due_age_seconds', 'Seconds the longest-waiting due alert has waited (0 when none)'),
  }
}

export type Metrics = ReturnType<typeof createMetrics>

/** Sets the gauges that mirror database state; called right before each scrape. */
export function setStateGauges(metrics: Metrics, snapshot: HealthSnapshot, now: Date): void {
  metrics.sourcesEnabled.set(snapshot.enabledSources)
  metrics.sourcesFailing.set(snapshot.failingSources)
  metrics.lastPollSuccessAge.set(snapshot.lastPollSuccessAt ? secondsSince(snapshot.lastPollSuccessAt, now) : -1)
  metrics.alertsPending.set(snapshot.alertsWaiting)
  metrics.alertsDue.set(snapshot.alertsDue)
  metrics.oldestAlertDueAge.set(snapshot.oldestAlertDueAt ? secondsSince(snapshot.oldestAlertDueAt, now) : 0)
}

function secondsSince(iso: string, now: Date): number {
  return Math.max(0, (now.getTime() - Date.parse(iso)) / 1000)
}
