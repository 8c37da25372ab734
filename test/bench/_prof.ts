import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { extractArticle } from '../../src/ingest/article.js'
import { decodeBody } from '../../src/ingest/decode.js'
import { load } from 'cheerio'
import { parseDocument } from 'htmlparser2'
import { HTML_PARSER_OPTIONS } from '../../src/ingest/html-text.js'
const dir = '/work/shared/corpora/article-extraction-benchmark'
const files = readdirSync(join(dir, 'html')).filter((f) => f.endsWith('.html.gz')).sort()
const raws = files.map((f) => gunzipSync(readFileSync(join(dir, 'html', f))))
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000 }
let t = cpu()
const htmls = raws.map((r) => decodeBody(r, null, 'html').text)
console.log('decode cpu ms/page', (cpu() - t) / raws.length)
for (let round = 0; round < 4; round++) {
  t = cpu()
  for (const h of htmls) parseDocument(h, { decodeEntities: true, lowerCaseTags: true })
  const raw = (cpu() - t) / htmls.length
  t = cpu()
  for (const h of htmls) load(h, HTML_PARSER_OPTIONS)
  const parse = (cpu() - t) / htmls.length
  t = cpu()
  for (const h of htmls) extractArticle(h)
  const all = (cpu() - t) / htmls.length
  console.log(`round ${round}: htmlparser2 ${raw.toFixed(2)} cheerio.load ${parse.toFixed(2)} ms/page, extract ${all.toFixed(2)} ms/page (cpu)`)
}
