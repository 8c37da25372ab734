// The alert sender alone, as a real process the crash test can SIGKILL:
// node --import tsx test/alerts/sender-process.ts <db file> <api root> <bot token>
import { createApp } from '../../src/app.js'
import { systemClock } from '../../src/clock.js'
import { loadConfig } from '../../src/config.js'
import { openDb } from '../../src/db/database.js'
import { createLogger } from '../../src/logger.js'
import { createMetrics } from '../../src/metrics.js'
import { systemResolver } from '../../src/dns.js'

const [databasePath, apiRoot, token] = process.argv.slice(2)
const loaded = loadConfig({ BOT_TOKEN: token, TELEGRAM_API_ROOT: apiRoot, DATABASE_PATH: databasePath, LOG_LEVEL: 'warn', PORT: '0' })
if (!loaded.ok) {
  console.error(loaded.errors.join('\n'))
  process.exit(1)
}
const db = openDb(loaded.config.databasePath)
const app = createApp({ db, config: loaded.config, logger: createLogger('warn', { pretty: false }), clock: systemClock, metrics: createMetrics(), resolver: systemResolver })
process.once('SIGTERM', () => {
  void app.alerts
    .stop()
    .then(() => db.destroy())
    .then(() => process.exit(0))
})
await app.alerts.start()
