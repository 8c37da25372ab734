// `npm run build`, after tsc has compiled src/ and migrations/ to dist/: copies the files that
// are not TypeScript (templates, locales, the model) and bundles kysely into one module.
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { build } from 'esbuild'

const DIST = 'dist'
const VENDOR_KYSELY = join(DIST, 'vendor', 'kysely.js')

cpSync('src', join(DIST, 'src'), { recursive: true, filter: (path) => !path.endsWith('.ts') })

// kysely ships as ~260 small ES modules: resolving, reading and linking them took ~120 ms of a
// ~0.9 s start-up, one bundled module ~40 ms. The compiled code imports the bundle instead.
await build({ entryPoints: ['kysely'], bundle: true, format: 'esm', platform: 'node', target: 'node20', outfile: VENDOR_KYSELY, sourcemap: true, logLevel: 'warning' })

function* compiledFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) yield* compiledFiles(path)
    else if (entry.name.endsWith('.js')) yield path
  }
}

for (const file of [...compiledFiles(join(DIST, 'src')), ...compiledFiles(join(DIST, 'migrations'))]) {
  const code = readFileSync(file, 'utf8')
  const bundle = `./${relative(dirname(file), VENDOR_KYSELY)}`.replace(/^\.\/\.\.\//, '../')
  const rewritten = code.replace(/(\bfrom\s+|\bimport\s*\(\s*)(["'])kysely\2/g, `$1'${bundle}'`)
  // A second copy of kysely beside the bundle would break its instanceof checks: stop the build instead.
  const missed = /(\bfrom\s+|\bimport\s*\(\s*|\brequire\s*\(\s*)["'`]kysely[/"'`]/.exec(rewritten)
  if (missed) throw new Error(`${file} imports kysely by a path the build cannot point at ${VENDOR_KYSELY}: ${missed[0]}…`)
  if (rewritten !== code) writeFileSync(file, rewritten)
}
