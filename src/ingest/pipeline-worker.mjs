// The worker thread's entry (pipeline-work.ts). Node 20 does not carry tsx's loader hooks into
// worker threads, so the worker registers them itself before loading the TypeScript tasks.
import { register } from 'tsx/esm/api'

register()
export const { readFeed, readSitemap, readListPage, readArticlePage } = await import('./pipeline-tasks.ts')
