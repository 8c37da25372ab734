import type { Clock } from './clock.js'
import type { Config } from './config.js'
import type { Db } from './db/database.js'
import type { Resolver } from './dns.js'
import type { Logger } from './logger.js'
import type { Metrics } from './metrics.js'

/** What every part receives from the composition root (house style § 1). */
export interface AppDeps {
  db: Db
  config: Config
  logger: Logger
  clock: Clock
  metrics: Metrics
  /** Host names to addresses for every fetch and the address guard. */
  resolver: Resolver
}
