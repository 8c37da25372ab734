import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { Eta } from 'eta'

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url))

/** The archive's templates: every `<%= %>` escapes (autoEscape), `<%~ %>` only takes markup we rendered. */
export function createTemplates(): Eta {
  return new Eta({ views: here('./templates'), cache: true, autoEscape: true, autoTrim: [false, 'nl'] })
}

export interface StaticFile {
  body: Buffer
  contentType: string
  /** /static/<name>?v=<hash>: cached for a year, a new file gets a new address. */
  href: string
}

/** The stylesheet and the icon, read once at start (CSP: styles from our own origin only). */
export function loadStaticFiles(): Map<string, StaticFile> {
  const files = new Map<string, StaticFile>()
  for (const [name, contentType] of [['archive.css', 'text/css; charset=utf-8'], ['favicon.svg', 'image/svg+xml']] as const) {
    const body = readFileSync(here(`./static/${name}`))
    const hash = createHash('sha256').update(body).digest('hex').slice(0, 12)
    files.set(name, { body, contentType, href: `/static/${name}?v=${hash}` })
  }
  return files
}
