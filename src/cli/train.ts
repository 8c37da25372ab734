import { writeFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import countries from 'i18n-iso-countries/index.js'
import { createAnalyser } from '../classify/classify.js'
import { PENALTIES, trainModel, type TrainingItem } from '../classify/model/train.js'
import { CORPUS_FILE, MODEL_FILE, TRAINING_EXTRAS, corpusItems, toTrainingItems, weightedFile } from './corpus.js'
import { type Command, type CommandIo, linePrinters, runAsMain } from './command.js'
import { InputError, answeringInputErrors, readLabelled } from './labelled.js'

const USAGE = `usage: npm run train -- [--corpus FILE] [--extra FILE[:WEIGHT]]... [--admin-labels FILE]... [--out FILE] [--home KZ]
  fits the classifier on the corpus's train split, the extra training sets (${TRAINING_EXTRAS.map(({ file, weight }) => `${file}, weight ${weight}`).join('; ')})
  and any labels admins exported with \`npm run export-labels\`, and writes the model (default ${MODEL_FILE})`

/** `npm run train`: fits the classifier and writes the model file. */
export const run: Command = (argv, io) =>
  answeringInputErrors(io, 2, () => {
    train(argv, io)
    return 0
  })

function train(argv: string[], io: CommandIo): void {
  const { print } = linePrinters(io)
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        corpus: { type: 'string', default: CORPUS_FILE },
        extra: { type: 'string', multiple: true, default: TRAINING_EXTRAS.map(({ file, weight }) => `${file}:${weight}`) },
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
  const model = trainModel(items, PENALTIES)
  writeFileSync(values.out, `${JSON.stringify(model, null, 1)}\n`)
  const sources = Object.entries(model.trainedOn.sources).map(([name, n]) => `${name} ${n}`).join(', ')
  print(`trained on ${model.trainedOn.items} items (${model.trainedOn.relevant} relevant; ${sources})`)
  print(values.out === MODEL_FILE
    ? `wrote ${values.out}: the shipped model, used after a restart`
    : `wrote ${values.out}: set MODEL_FILE=${values.out} and the running bot uses it from its next poll cycle`)
}

await runAsMain(import.meta.url, run)
