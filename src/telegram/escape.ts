/** Escapes text for Telegram's HTML parse mode: the only three characters it treats as markup. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/**
 * Text to be shown inside the replies' «…»: its own guillemets become the nested „…“, so a phrase typed in them
 * reads «„Министр культуры“», not ««Министр культуры»».
 */
export function nestQuotes(text: string): string {
  return text.replace(/«/g, '„').replace(/»/g, '“')
}

/** Escapes a value placed inside a double-quoted attribute (href). */
export function escapeAttribute(text: string): string {
  return escapeHtml(text).replace(/"/g, '&quot;')
}
