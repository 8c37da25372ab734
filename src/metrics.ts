import { Counter, Gauge, Histogram, Registry } from 'prom-client'

/** The Prometheus metrics every part reports to; one registry per app (tests build their own). */
export function createMetrics() {
  const registry = new Registry()
  const counter = (name: string, help: string, labelNames: string[] = []) => new Counter({ name, help, labelNames, registers: [registry] })
  return {
    registry,
    itemsFetched: counter('coopwatch_items_fetched_total', 'Feed or list items fetched', ['source']),
    itemsStored: counter('coopwatch_items_stored_total', 'Articles stored (new or changed)', ['source']),
    itemsPublished: counter('coopwatch_items_published_total', 'Articles published (confident, or approved by an admin)'),
    itemsFlagged: counter('coopwatch_items_flagged_total', 'Articles flagged for review'),
    sourceErrors: counter('coopwatch_source_errors_total', 'Failed source polls', ['source']),
    alertsSent: counter('coopwatch_alerts_sent_total', 'Alert messages delivered'),
    alertsFailed: counter('coopwatch_alerts_failed_total', 'Alerts given up on'),
    alertsPending: new Gauge({ name: 'coopwatch_alerts_pending', help: 'Alerts waiting in the outbox', registers: [registry] }),
    pollDuration: new Histogram({ name: 'coopwatch_poll_duration_seconds', help: 'One source poll, fetch to store', labelNames: ['source'], buckets: [0.1, 0.5, 1, 2, 5, 10, 30, 60], registers: [registry] }),
    classifyDuration: new Histogram({ name: 'coopwatch_classify_duration_seconds', help: 'Classifying one article', buckets: [0.0001, 0.0005, 0.001, 0.005, 0.01, 0.05], registers: [registry] }),
  }
}

export type Metrics = ReturnType<typeof createMetrics>
