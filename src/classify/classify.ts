import { createCountryIndex } from './countries.js'
import { analyseArticle, type Analysis } from './features/analyse.js'
import type { ClassifierModel } from './model/model.js'
import { predict } from './model/predict.js'
import { createArticleReader } from './reading/read-article.js'
import shippedModel from './model/model.json' with { type: 'json' }
import type { ArticleText, Classification, ClassifyOptions } from './types.js'

export { DEFAULT_CONFIDENCE_THRESHOLD } from './types.js'

export type Classifier = (article: ArticleText) => Classification

/** The model fitted on the corpus (`npm run train`), shipped with the code. */
export const SHIPPED_MODEL = shippedModel as unknown as ClassifierModel

/**
 * A classifier bound to one home country, alias list and model (the shipped one unless an
 * operator's retrained model is given). Its lexicons are built here and learn the words they
 * meet, so callers classifying many articles (ingest, the bench) should keep it.
 */
export function createClassifier(options: ClassifyOptions & { model?: ClassifierModel }): Classifier {
  const analyse = createAnalyser(options)
  const model = options.model ?? SHIPPED_MODEL
  return (article) => predict(model, analyse(article))
}

/** Reads articles into the features every model uses; training and cross-validation fit models on them. */
export function createAnalyser(options: ClassifyOptions): (article: ArticleText) => Analysis {
  const home = options.homeCountry.toUpperCase()
  const read = createArticleReader(createCountryIndex(options.extraAliases ?? []), home)
  return (article) => analyseArticle(read, home, article)
}

/**
 * Pure: the label of one article under labels.md. Builds a classifier for this call alone;
 * anything classifying more than a few articles should keep one from createClassifier.
 */
export function classify(article: ArticleText, options: ClassifyOptions): Classification {
  return createClassifier(options)(article)
}
