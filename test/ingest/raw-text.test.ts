import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { extractArticlePage } from '../../src/ingest/pipeline-tasks.js'
import { dropUnreadMarkup } from '../../src/ingest/raw-text.js'

const dropped = (html: string) => Buffer.from(dropUnreadMarkup(Buffer.from(html))).toString()

describe('dropUnreadMarkup', () => {
  it('drops script and style elements in either case, with what they hold, and keeps everything around them', () => {
    const html = '<head><style>p{}</style><SCRIPT src="a.js"></SCRIPT></head><body><p>One</p><script>if (a < b) document.write("<p>x</p>")</script><p>Two</p><STYLE type="text/css">b{}</STYLE></body>'
    expect(dropped(html)).toBe('<head></head><body><p>One</p><p>Two</p></body>')
  })

  it('keeps JSON-LD, which extraction reads, and elements whose names only begin alike', () => {
    const html = '<script type="application/ld+json">{"datePublished":"2026-11-30"}</script><SCRIPT type="application/Ld+Json">{}</SCRIPT><scripted>s</scripted><styles>t</styles><navigation>n</navigation>'
    expect(dropped(html)).toBe(html)
  })

  it('cuts comments, stepping over them as the tokenizer does: a script named inside one starts nothing', () => {
    const html = '<p>a</p><!-- old: <script src="x.js"> --><p>b</p><script>x()</script><p>c</p><!--> <p>d</p><!-- <style> never closed'
    expect(dropped(html)).toBe('<p>a</p><p>b</p><p>c</p> <p>d</p><!-- <style> never closed')
  })

  it('reads tag names in any case, as the tokenizer does', () => {
    expect(dropped('<p>a</p><Script>x()</sCRIPT ><p>b</p><Nav><a>Home</a></NAV><p>c</p>')).toBe('<p>a</p><p>b</p><p>c</p>')
  })

  it('cuts the page chrome extraction drops whole, up to the closing tag that pairs with the opening one', () => {
    const html = [
      '<body><nav class="menu"><ul><li><nav>Sub</nav></li></ul></nav><h1>Headline</h1>',
      '<article><p>Text</p><aside>Read also</aside><svg viewBox="0 0 1 1"><title>icon</title><svg><path/></svg></svg><svg/><p>More</p></article>',
      '<footer><script>document.write("</footer>")</script>© 2026</footer><noscript><img src="pixel"></noscript></body>',
    ].join('')
    expect(dropped(html)).toBe('<body><h1>Headline</h1><article><p>Text</p><p>More</p></article></body>')
  })

  it('leaves chrome for the parser to judge when its tags do not pair up or it holds what extraction reads', () => {
    // The parser ends this <aside> at the </div>: the article after it is not part of it.
    const unclosed = '<div><aside>Tags</div><p>The article.</p></aside>'
    expect(dropped(unclosed)).toBe(unclosed)
    const dated = '<footer><span itemprop="datePublished">2026-11-30</span></footer><p>x</p>'
    expect(dropped(dated)).toBe(dated)
    const jsonLd = '<footer><script type="application/ld+json">{}</script><script>x()</script></footer>'
    expect(dropped(jsonLd)).toBe('<footer><script type="application/ld+json">{}</script></footer>')
    expect(dropped('<p>a</p><nav><p>never closed')).toBe('<p>a</p><nav><p>never closed')
  })

  it('leaves the rest of a page whose script is never closed, as the tokenizer would read it', () => {
    expect(dropped('<p>a</p><script>var x = 1; <p>b</p>')).toBe('<p>a</p><script>var x = 1; <p>b</p>')
    expect(dropped('<p>a</p><script src="x"')).toBe('<p>a</p><script src="x"')
  })

  it('returns the same bytes when there is nothing to drop, and leaves UTF-16 alone', () => {
    const page = Buffer.from('<p>Nothing to drop</p>')
    expect(dropUnreadMarkup(page)).toBe(page)
    const wide = iconv.encode('<script>x</script><p>Қазақстан</p>', 'utf-16le')
    expect(dropUnreadMarkup(wide)).toBe(wide)
  })

  it('cuts the attributes nothing reads from every tag, read as the tokenizer reads them, and keeps the ones extraction and charset sniffing read', () => {
    const html = [
      '<meta charset="utf-8"><META HTTP-EQUIV="Content-Type" Content="text/html; charset=utf-8"><meta property="og:title" content="T">',
      '<div CLASS="story" id=main data-config=\'{"a": "x > y"}\' data-x="1"><a href="/news?a=1&b=2" target=_blank rel>Link</a>',
      '<img src="a.jpg" srcset="a.jpg 1x, b.jpg 2x" alt="A > B" loading=lazy/><p style="display:none" hidden aria-hidden="true" role="note" onclick="go()">x</p>',
      '<time datetime="2026-11-30" itemprop="datePublished" title="Monday">Mon</time></div>',
    ].join('')
    expect(dropped(html)).toBe([
      '<meta charset="utf-8"><META HTTP-EQUIV="Content-Type" Content="text/html; charset=utf-8"><meta property="og:title" content="T">',
      '<div CLASS="story" id=main  ><a   >Link</a>',
      // An unquoted value runs to a space or ">": "lazy/" is the value, not a self-closing slash.
      '<img    ><p style="display:none" hidden aria-hidden="true" role="note" >x</p>',
      '<time datetime="2026-11-30" itemprop="datePublished" >Mon</time></div>',
    ].join(''))
  })

  it('leaves what titles, text areas and JSON-LD hold as it is: the tokenizer reads no tags in them', () => {
    const html = '<title>Tags like <a href="x"> explained</title><textarea><img src="y"></textarea><script type="application/ld+json">{"articleBody": "<img src=z>"}</script><p data-a="1">p</p>'
    expect(dropped(html)).toBe('<title>Tags like <a href="x"> explained</title><textarea><img src="y"></textarea><script type="application/ld+json">{"articleBody": "<img src=z>"}</script><p >p</p>')
  })

  it('leaves the rest of the page as it is from a tag that never ends', () => {
    expect(dropped('<p data-a="1">a</p><img src="x')).toBe('<p >a</p><img src="x')
    expect(dropped('<p data-a="1">a</p><title>never closed <b data-b="2">')).toBe('<p >a</p><title>never closed <b data-b="2">')
  })

  it('works on windows-1251 bytes: the page still reads as Cyrillic after the scripts are gone', () => {
    const page = iconv.encode(`<html><head><script>${'var junk = 1;'.repeat(2_000)}</script><title>Казахстан и Франция</title></head><body><article><p>${'Подписан меморандум о сотрудничестве музеев. '.repeat(10)}</p></article></body></html>`, 'windows-1251')
    const article = extractArticlePage({ body: page, contentType: 'text/html; charset=windows-1251' })
    expect(article.title).toBe('Казахстан и Франция')
    expect(article.text).toContain('Подписан меморандум о сотрудничестве музеев.')
    expect(article.text).not.toContain('junk')
  })

  it('reads the same headline, text and date from a page as before its scripts and chrome were cut', () => {
    const page = [
      '<html><head><meta charset="utf-8"><script>window.__STATE__ = {"headline": "not this", "html": "<h1>nor this</h1>"}</script>',
      '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Museums sign a memorandum","datePublished":"2026-11-30T10:00:00+05:00"}</script>',
      // A site name set as a headline inside the menu is cut with it, so the article's own is read.
      '<style>h1 { color: red }</style></head><body><nav><h1>Site News</h1><a href="/">Home</a></nav><h1>Museums sign a memorandum</h1>',
      `<article><p>${'The national museums of Kazakhstan and France signed a memorandum in Astana. '.repeat(6)}</p><script>track()</script></article></body></html>`,
    ].join('')
    const article = extractArticlePage({ body: Buffer.from(page), contentType: 'text/html' })
    expect(article.title).toBe('Museums sign a memorandum')
    expect(article.publishedAt?.toISOString()).toBe('2026-11-30T05:00:00.000Z')
    expect(article.text).toContain('signed a memorandum in Astana.')
    expect(article.text).not.toMatch(/track|__STATE__|nor this|Site News|Home/)
  })
})
