import { ARCHIVE_TYPES, FixtureArchive } from '../helpers/fixture-archive.js'
import { FixtureServer } from '../helpers/fixture-server.js'
import { siteAddress } from './generate.js'

/**
 * The backfill benchmark's web: a long archive of each source type (html list, WordPress feed,
 * sitemap index, gov.kz API) with every article page, each on a loopback address of its own
 * (so each is a host of its own, as real sources are). Runs in its own process so the figure
 * is the pipeline's own CPU. Prints the base URLs in ARCHIVE_TYPES order, as JSON.
 */
const PAGES = Number(process.argv[2] ?? 50)
const PER_PAGE = Number(process.argv[3] ?? 10)
const DAY_MS = 86_400_000

const bases: string[] = []
for (const [i] of ARCHIVE_TYPES.entries()) {
  const server = new FixtureServer({ host: siteAddress(i) })
  await server.start()
  new FixtureArchive(server, { pages: PAGES, perPage: PER_PAGE, newest: new Date(Date.now() - DAY_MS), pageSpanMs: DAY_MS })
  bases.push(server.base)
}
process.stdout.write(`${JSON.stringify(bases)}\n`)
process.on('SIGTERM', () => process.exit(0))
