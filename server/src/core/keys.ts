/**
 * Comparison keys of folded text: its runs of letters and digits (\p{L}, \p{N}), everything else a separator.
 * `phraseKey` (team phrases), the boilerplate line keys and the duplicate-paragraph words all use this one
 * scanner, so a team phrase and a line compare alike.
 */

/** Key characters by UTF-16 code unit: 1 = a letter or digit, 0 = not, 255 = not yet seen (filled lazily). */
const KEY_TABLE = new Uint8Array(65536).fill(255);
const KEY_CHAR = /^[\p{L}\p{N}]$/u;

export function isKeyUnit(c: number): boolean {
  let v = KEY_TABLE[c]!;
  if (v === 255) KEY_TABLE[c] = v = KEY_CHAR.test(String.fromCharCode(c)) ? 1 : 0;
  return v === 1;
}

/**
 * Calls `onRun(start, end)` for each run of key characters in `text[start, end)`, in order. Code points
 * outside the BMP are tested whole, as a `u` regex does.
 */
export function forEachKeyRun(text: string, start: number, end: number, onRun: (s: number, e: number) => void): void {
  let runStart = -1;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    let key: boolean;
    let width = 1;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < end && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      key = KEY_CHAR.test(text.slice(i, i + 2));
      width = 2;
    } else key = isKeyUnit(c);
    if (key) {
      if (runStart < 0) runStart = i;
    } else if (runStart >= 0) {
      onRun(runStart, i);
      runStart = -1;
    }
    i += width - 1;
  }
  if (runStart >= 0) onRun(runStart, end);
}

/** The words of the key of `text[start, end)` (already folded text). */
export function keyWords(text: string, start = 0, end = text.length): string[] {
  const words: string[] = [];
  forEachKeyRun(text, start, end, (s, e) => words.push(text.slice(s, e)));
  return words;
}
