import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { readArticlePage } from '../../src/ingest/pipeline-tasks.js'
import { dropScriptsAndStyles } from '../../src/ingest/raw-text.js'

const dropped = (html: string) => Buffer.from(dropScriptsAndStyles(Buffer.from(html))).toString()

describe('dropScriptsAndStyles', () => {
  it('drops script and style elements in either case, with what they hold, and keeps everything around them', () => {
    const html = '<head><style>p{}</style><SCRIPT src="a.js"></SCRIPT></head><body><p>One</p><script>if (a < b) document.write("<p>x</p>")</script><p>Two</p><STYLE type="text/css">b{}</STYLE></body>'
    expect(dropped(html)).toBe('<head></head><body><p>One</p><p>Two</p></body>')
  })

  it('keeps JSON-LD, which extraction reads, and elements whose names only begin alike', () => {
    const html = '<script type="application/ld+json">{"datePublished":"2026-11-30"}</script><noscript><p>n</p></noscript><scripted>s</scripted><styles>t</styles>'
    expect(dropped(html)).toBe(html)
  })

  it('steps over comments as the tokenizer does: a script named inside one starts nothing', () => {
    const html = '<p>a</p><!-- old: <script src="x.js"> --><p>b</p><script>x()</script><p>c</p><!--> <p>d</p><!-- <style> never closed'
    expect(dropped(html)).toBe('<p>a</p><!-- old: <script src="x.js"> --><p>b</p><p>c</p><!--> <p>d</p><!-- <style> never closed')
  })

  it('leaves the rest of a page whose script is never closed, as the tokenizer would read it', () => {
    expect(dropped('<p>a</p><script>var x = 1; <p>b</p>')).toBe('<p>a</p><script>var x = 1; <p>b</p>')
    expect(dropped('<p>a</p><script src="x"')).toBe('<p>a</p><script src="x"')
  })

  it('returns the same bytes when there is nothing to drop, and leaves UTF-16 alone', () => {
    const page = Buffer.from('<p>Nothing to drop</p>')
    expect(dropScriptsAndStyles(page)).toBe(page)
    const wide = iconv.encode('<script>x</script><p>Қазақстан</p>', 'utf-16le')
    expect(dropScriptsAndStyles(wide)).toBe(wide)
  })

  it('works on windows-1251 bytes: the page still reads as Cyrillic after the scripts are gone', () => {
    const page = iconv.encode(`<html><head><script>${'var junk = 1;'.repeat(2_000)}</script><title>Казахстан и Франция</title></head><body><article><p>${'Подписан меморандум о сотрудничестве музеев. '.repeat(10)}</p></article></body></html>`, 'windows-1251')
    const article = readArticlePage({ body: page, contentType: 'text/html; charset=windows-1251', url: 'https://example.kz/a' })
    expect(article.title).toBe('Казахстан и Франция')
    expect(article.text).toContain('Подписан меморандум о сотрудничестве музеев.')
    expect(article.text).not.toContain('junk')
  })

  it('reads the same headline, text and date from a page as before its scripts were dropped', () => {
    const page = [
      '<html><head><meta charset="utf-8"><script>window.__STATE__ = {"headline": "not this", "html": "<h1>nor this</h1>"}</script>',
      '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Museums sign a memorandum","datePublished":"2026-11-30T10:00:00+05:00"}</script>',
      '<style>h1 { color: red }</style></head><body><h1>Museums sign a memorandum</h1>',
      `<article><p>${'The national museums of Kazakhstan and France signed a memorandum in Astana. '.repeat(6)}</p><script>track()</script></article></body></html>`,
    ].join('')
    const article = readArticlePage({ body: Buffer.from(page), contentType: 'text/html', url: 'https://example.kz/a' })
    expect(article.title).toBe('Museums sign a memorandum')
    expect(article.publishedAt?.toISOString()).toBe('2026-11-30T05:00:00.000Z')
    expect(article.text).toContain('signed a memorandum in Astana.')
    expect(article.text).not.toMatch(/track|__STATE__|nor this/)
  })
})
