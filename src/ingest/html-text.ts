import { load } from 'cheerio'

/** htmlparser2 in HTML mode: several times faster than parse5 and tolerant enough for news pages. */
export const HTML_PARSER_OPTIONS = { xml: { xmlMode: false, decodeEntities: true, lowerCaseTags: true } } as const

/** Collapses runs of spaces inside lines and blank lines between them. */
export function tidyText(text: string): string {
  return text
    .replace(/\u00a0/g, ' ')
    .split('\n')
    .map((line) => line.replace(/[ \t\r\f\v\u200b\u200e\u200f]+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n')
}

const BLOCK_TAGS = new Set([
  'p', 'div', 'br', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'tr', 'table',
  'section', 'article', 'header', 'footer', 'figure', 'figcaption', 'dd', 'dt', 'dl', 'hr', 'main', 'aside', 'nav', 'address',
])

interface TextNode {
  type: string
  data?: string
  name?: string
  children?: TextNode[]
}

/** Text of a DOM subtree with block elements on their own lines. */
function nodeText(node: TextNode): string {
  const parts: string[] = []
  const walk = (n: TextNode): void => {
    if (n.type === 'text') {
      parts.push(n.data ?? '')
      return
    }
    if (n.type !== 'tag' && n.type !== 'root') return
    const name = n.name ?? ''
    if (name === 'script' || name === 'style' || name === 'noscript' || name === 'template') return
    const isBlock = BLOCK_TAGS.has(name)
    if (isBlock) parts.push('\n')
    for (const child of n.children ?? []) walk(child)
    if (isBlock) parts.push('\n')
  }
  walk(node)
  return tidyText(parts.join(''))
}

/** Plain text of an HTML fragment (a feed item's description, a portal's body field). */
export function htmlToText(html: string): string {
  if (!/[<&]/.test(html)) return tidyText(html)
  const $ = load(html, HTML_PARSER_OPTIONS)
  return nodeText($.root()[0] as unknown as TextNode)
}
