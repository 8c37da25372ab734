import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { extractArticle } from '../../src/ingest/article.js'
import { decodeBody } from '../../src/ingest/decode.js'
const dir = '/work/shared/corpora/article-extraction-benchmark'
const files = readdirSync(join(dir, 'html')).filter((f) => f.endsWith('.html.gz')).sort()
const htmls = files.map((f) => decodeBody(gunzipSync(readFileSync(join(dir, 'html', f))), null, 'html').text)
for (let round = 0; round < 6; round++) for (const h of htmls) extractArticle(h)
