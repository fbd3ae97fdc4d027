/**
 * Explanations are Markdown (the editor renders them in hovers); a rule that quotes the draft inside one
 * passes the quoted text through `markdownText` so that a `*`, `_`, `[`, `#` or `|` of the draft shows as
 * itself instead of turning into emphasis, a link or a table. Messages are plain text: the LSP adapter
 * escapes them the same way.
 */
export function markdownText(text: string): string {
  return text.replace(/[\\`*_{}\[\]<>#|]/g, (c) => '\\' + c);
}
