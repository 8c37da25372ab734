import { writeFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import countries from 'i18n-iso-countries'
import { createAnalyser } from '../classify/classify.js'
import { choosePenalties, trainModel, type TrainingItem } from '../classify/model/train.js'
import { CORPUS_FILE, MODEL_FILE, SELF_WRITTEN_FILE, SELF_WRITTEN_WEIGHT, corpusItems, toTrainingItems, weightedFile } from './corpus.js'
import { InputError, readLabelled } from './labelled.js'

const USAGE = `usage: npm run train -- [--corpus FILE] [--extra FILE[:WEIGHT]]... [--admin-labels FILE]... [--out FILE] [--home KZ]
  fits the classifier on the corpus's train split, the team's earlier set (${SELF_WRITTEN_FILE}, weight ${SELF_WRITTEN_WEIGHT})
  and any labels admins exported with \`npm run export-labels\`, and writes the model (default ${MODEL_FILE})`

function main(): void {
  let parsed
  try {
    parsed = parseArgs({
      options: {
        corpus: { type: 'string', default: CORPUS_FILE },
        extra: { type: 'string', multiple: true, default: [`${SELF_WRITTEN_FILE}:${SELF_WRITTEN_WEIGHT}`] },
        'admin-labels': { type: 'string', multiple: true, default: [] },
        out: { type: 'string', default: MODEL_FILE },
        home: { type: 'string', default: 'KZ' },
      },
    })
  } catch (error) {
    throw new InputError(`${(error as Error).message}\n${USAGE}`)
  }
  const { values } = parsed
  if (!countries.isValid(values.home)) throw new InputError(`--home: expected an ISO 3166-1 alpha-2 country code such as KZ, got "${values.home}"`)
  const analyse = createAnalyser({ homeCountry: values.home })
  const items: TrainingItem[] = [...toTrainingItems(analyse, corpusItems(values.corpus, 'train'), 'corpus', 1)]
  for (const spec of values.extra) {
    const { file, weight } = weightedFile(spec)
    items.push(...toTrainingItems(analyse, readLabelled(file), file, weight))
  }
  for (const file of values['admin-labels']) items.push(...toTrainingItems(analyse, readLabelled(file), 'admin labels', 1))
  const penalties = choosePenalties(items)
  const model = trainModel(items, penalties)
  writeFileSync(values.out, `${JSON.stringify(model, null, 1)}\n`)
  const sources = Object.entries(model.trainedOn.sources).map(([name, n]) => `${name} ${n}`).join(', ')
  console.log(`trained on ${model.trainedOn.items} items (${model.trainedOn.relevant} relevant; ${sources})`)
  console.log(`penalties (chosen by cross-validation): party ${penalties.party}, relevance ${penalties.relevance}, kind ${penalties.kind}, sectors ${penalties.sectors}`)
  console.log(`wrote ${values.out}; restart the bot (or point MODEL_FILE at it) to use it`)
}

try {
  main()
} catch (error) {
  if (!(error instanceof InputError)) throw error
  console.error(error.message)
  process.exitCode = 2
}
