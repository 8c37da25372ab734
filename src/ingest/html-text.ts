import { type AnyNode, type Document, DomHandler, type Element } from 'domhandler'
import { Parser } from 'htmlparser2'
import { withoutInvisibleMarks } from '../language/normalize.js'

/** htmlparser2 in HTML mode: several times faster than parse5 and tolerant enough for news pages. */
const PARSER_OPTIONS = { xmlMode: false, decodeEntities: true, lowerCaseTags: true } as const

/**
 * Deeper than this, elements are hoisted to be children of the element at this depth, as
 * browsers parse (Blink stops nesting at 512): every walk over a page is then bounded, however
 * deep a hostile page nests (100,000 <div>s overflowed the stack), and recursion over the DOM
 * never goes deeper than this.
 */
export const MAX_HTML_DEPTH = 512

/**
 * domhandler's node type is an enum of strings; script and style elements are elements too.
 * Compared one by one, as the enum's strings are the same string objects, instead of looked up
 * in a Set: extraction asks this of every node of a page.
 */
export const isElement = (node: AnyNode | null): node is Element => {
  const type = node?.type as string | undefined
  return type === 'tag' || type === 'script' || type === 'style'
}
const hasChildren = (node: AnyNode): node is AnyNode & { children: AnyNode[] } => 'children' in node && Array.isArray(node.children)

/** Moves every node below `el` up to be its child, in document order, leaving the elements empty. */
function flatten(el: Element): void {
  const flat: AnyNode[] = []
  const stack: AnyNode[] = [...el.children].reverse()
  while (stack.length > 0) {
    const node = stack.pop()!
    flat.push(node)
    if (hasChildren(node)) {
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!)
      node.children = []
    }
  }
  flat.forEach((node, i) => {
    node.parent = el
    node.prev = flat[i - 1] ?? null
    node.next = flat[i + 1] ?? null
  })
  el.children = flat
}

function limitDepth(root: Document): Document {
  const stack: { node: AnyNode; depth: number }[] = [{ node: root, depth: 0 }]
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!
    if (!hasChildren(node)) continue
    if (depth === MAX_HTML_DEPTH && isElement(node)) {
      flatten(node)
      continue
    }
    for (const child of node.children) stack.push({ node: child, depth: depth + 1 })
  }
  return root
}

class TooDeep extends Error {}

/** Gives up as soon as the page nests deeper than MAX_HTML_DEPTH. */
class DepthLimitedHandler extends DomHandler {
  override onopentag(name: string, attribs: Record<string, string>): void {
    super.onopentag(name, attribs)
    if (this.tagStack.length > MAX_HTML_DEPTH + 1) throw new TooDeep()
  }
}

// Elements htmlparser2 never nests in themselves (<li><li> closes the first), and void ones.
const UNCOUNTED_TAGS = new Set([
  'p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option',
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr',
])
const TAG_OR_RAW_TEXT = /<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->|<(\/?)([a-zA-Z][^\s/>]*)[^>]*?(\/?)>/g

/**
 * Drops the tags that would nest deeper than MAX_HTML_DEPTH, keeping the text between them.
 * htmlparser2 keeps its open tags in an array it shifts at the front, so a page nested
 * 100,000 deep costs it seconds; with the tags gone it parses in linear time.
 */
function capNesting(html: string): string {
  let depth = 0
  let dropped = 0
  return html.replace(TAG_OR_RAW_TEXT, (tag, _raw: string | undefined, slash: string | undefined, name: string | undefined, selfClosing: string | undefined) => {
    if (name === undefined || selfClosing || UNCOUNTED_TAGS.has(name.toLowerCase())) return tag
    if (slash) {
      depth = Math.max(0, depth - 1)
      if (dropped === 0) return tag
      dropped -= 1
      return ''
    }
    depth += 1
    if (depth <= MAX_HTML_DEPTH) return tag
    dropped += 1
    return ''
  })
}

function parseWith(handler: DomHandler, html: string): Document {
  new Parser(handler, PARSER_OPTIONS).end(html)
  return handler.root
}

/** An untrusted page as a DOM no deeper than MAX_HTML_DEPTH, parsed in linear time. */
export function parseHtml(html: string): Document {
  try {
    return parseWith(new DepthLimitedHandler(undefined, PARSER_OPTIONS), html)
  } catch (error) {
    if (!(error instanceof TooDeep)) throw error
    return limitDepth(parseWith(new DomHandler(undefined, PARSER_OPTIONS), capNesting(html)))
  }
}

/** What tidyText collapses into one space: spaces, tabs, no-break spaces. */
const COLLAPSED_SPACES = /[ \t\r\f\v\u00a0]+/g
/** The same with line breaks. */
const COLLAPSED_SPACES_AND_BREAKS = /[ \t\n\r\f\v\u00a0]+/g
/** The rest of what `trim()` takes off a line's ends. */
const OTHER_TRIMMED_SPACES = /[\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/

/**
 * Collapses runs of spaces inside lines and blank lines between them. The runs are collapsed in
 * the whole text at once (none crosses a line break), each line then only trimmed: a regex run
 * per line cost more than the collapsing itself, extraction calling this for every block.
 */
export function tidyText(text: string): string {
  return withoutInvisibleMarks(text)
    .replace(COLLAPSED_SPACES, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n')
}

/**
 * tidyText's lines joined by spaces (a block's text, a headline). Without the rarer spaces
 * `trim()` takes, that is every run of spaces and breaks made one space and the ends trimmed,
 * in one regex run instead of tidyText's split, trims and join.
 */
export function tidyLine(text: string): string {
  if (OTHER_TRIMMED_SPACES.test(text)) return tidyText(text).replace(/\n/g, ' ')
  return withoutInvisibleMarks(text).replace(COLLAPSED_SPACES_AND_BREAKS, ' ').trim()
}

const BLOCK_TAGS = new Set([
  'p', 'div', 'br', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'tr', 'table',
  'section', 'article', 'header', 'footer', 'figure', 'figcaption', 'dd', 'dt', 'dl', 'hr', 'main', 'aside', 'nav', 'address',
])
const SKIPPED_TAGS = new Set(['script', 'style', 'noscript', 'template'])

/** Text of a DOM subtree with block elements on their own lines. */
function nodeText(root: AnyNode): string {
  const parts: string[] = []
  // A string on the stack is the line break that closes a block element.
  const stack: (AnyNode | string)[] = [root]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (typeof node === 'string') {
      parts.push(node)
      continue
    }
    const type = String(node.type)
    if (type === 'text' && 'data' in node) {
      parts.push(node.data)
      continue
    }
    if ((type !== 'tag' && type !== 'root') || !('children' in node)) continue
    const name = 'name' in node ? node.name : ''
    if (SKIPPED_TAGS.has(name)) continue
    const isBlock = BLOCK_TAGS.has(name)
    if (isBlock) {
      parts.push('\n')
      stack.push('\n')
    }
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!)
  }
  return tidyText(parts.join(''))
}

/** Plain text of an HTML fragment (a feed item's description, a portal's body field). */
export function htmlToText(html: string): string {
  if (!/[<&]/.test(html)) return tidyText(html)
  return nodeText(parseHtml(html))
}
