// eslint-disable-next-line @typescript-eslint/unbound-method -- always called through .call, with its string
const STRING_CHAR_CODE_AT = String.prototype.charCodeAt

/**
 * `text.charCodeAt(index)`, for the loops that read every character of a text. Texts come as
 * every kind of V8 string (flat or sliced, joined, one or two bytes a character), more than a
 * `text.charCodeAt` call site keeps apart, so V8 then looks the method up anew for every
 * character; called through the prototype's own function it compiles to a plain read
 * (tokenizing the extraction pages' sentences: 0.17 → 0.12 ms a page).
 */
export function codeUnitAt(text: string, index: number): number {
  return STRING_CHAR_CODE_AT.call(text, index)
}
