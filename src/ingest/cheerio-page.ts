import { type CheerioAPI, load } from 'cheerio/slim'
import { parseHtml } from './html-text.js'

/**
 * An untrusted page parsed as parseHtml parses it (linear time, bounded depth), wrapped for
 * cheerio's selectors. Apart from html-text.ts so that cheerio and its selector engine load only
 * where selectors are used (list pages on the worker, /addsource's discovery), not on the main
 * thread of every poll, where the gov.kz lister turns HTML fields into text.
 */
export function loadHtml(html: string): CheerioAPI {
  return load(parseHtml(html))
}
