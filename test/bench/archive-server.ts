import { limitHeapGrowth } from '../../src/heap.js'
import { startArchiveServerOn } from '../web/web-fixtures.js'

/**
 * The archive on a database file in a process of its own, so the benchmark's client (fetching,
 * decompressing, counting) does not share the server's thread. Prints its address; stops on
 * SIGTERM or when its parent closes stdin.
 */
// Memory as the bot's own process has it (src/main.ts).
limitHeapGrowth()
const path = process.argv[2]
if (!path) throw new Error('usage: archive-server.ts DATABASE_FILE')
const server = await startArchiveServerOn(path)
process.stdout.write(`ARCHIVE_SERVER ${server.origin}\n`)
const stop = async () => {
  await server.close()
  process.exit(0)
}
process.once('SIGTERM', () => void stop())
process.stdin.on('end', () => void stop())
process.stdin.resume()
