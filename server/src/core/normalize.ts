/**
 * Arabic folding with an offset map back to the original text.
 *
 * The folded form is what rules match on: alef forms أ إ آ ٱ → ا, ى/ی → ي, ک → ك, ة → ه, diacritics
 * (U+064B–U+065F, U+0670) and every other combining mark dropped, tatweel (U+0640), bidi marks and
 * ZWJ/ZWNJ dropped, Arabic-Indic digits → ASCII digits, Latin lower-cased without accents, Arabic
 * presentation forms expanded. Because combining marks are dropped after decomposition, NFC and NFD
 * input fold to the same string (NFD writes إ as ا + U+0655), so ranges stay in the ORIGINAL text
 * whatever normalisation form the editor holds.
 */
import type { Span } from './types';

export interface FoldedText {
  /** The folded string. */
  readonly text: string;
  /** For each folded code unit, the original offset it came from. Length text.length + 1 (sentinel = end). */
  readonly origStart: Int32Array;
  /**
   * For each folded code unit, the end of the original character it came from (made on first request;
   * `origEndAt` reads one without it).
   */
  readonly origEnd: Int32Array;
  /** The text that was folded. */
  readonly source: string;
  /** For each original offset (0..length), the first folded offset at or after it. */
  readonly foldAt: Int32Array;
}

const ALEF = 'ا';
const DIRECT: Record<string, string> = {
  'أ': ALEF, 'إ': ALEF, 'آ': ALEF, 'ٱ': ALEF, 'ٲ': ALEF, 'ٳ': ALEF,
  'ى': 'ي', 'ی': 'ي', 'ې': 'ي',
  'ک': 'ك', 'ة': 'ه', 'ۀ': 'ه', 'ە': 'ه',
};

/** Characters removed entirely (besides \p{M}): tatweel, bidi controls, zero-width joiners, BOM, soft hyphen. */
const DROPPED = /[\u0640\u200B-\u200F\u061C\u202A-\u202E\u2066-\u2069\uFEFF\u00AD]/;
const MARK = /\p{M}/u;

/** Folds one code point (as a string of 1–2 code units); '' when it is dropped. Cached per character. */
const cache = new Map<string, string>();
export function foldChar(ch: string): string {
  let out = cache.get(ch);
  if (out !== undefined) return out;
  const code = ch.codePointAt(0)!;
  if (DIRECT[ch] !== undefined) out = DIRECT[ch];
  else if (DROPPED.test(ch) || MARK.test(ch)) out = '';
  else if (code >= 0x0660 && code <= 0x0669) out = String.fromCharCode(48 + code - 0x0660);
  else if (code >= 0x06f0 && code <= 0x06f9) out = String.fromCharCode(48 + code - 0x06f0);
  else if ((code >= 0xfb50 && code <= 0xfdff) || (code >= 0xfe70 && code <= 0xfefc)) {
    // Presentation forms: their compatibility decomposition, folded. Some code points in the block have
    // none (the ornate parentheses ﴾ ﴿, the bismillah ligature ﷽): those stay as they are.
    const nfkc = ch.normalize('NFKC');
    out = nfkc === ch ? ch : [...nfkc].map(foldChar).join('');
  } else if (code < 0x0600 || code > 0x06ff) {
    // Latin and others: lower-case, strip accents via decomposition.
    out = [...ch.normalize('NFD').toLowerCase()].filter((c) => !MARK.test(c)).join('');
  } else {
    // Decomposable Arabic letters (e.g. U+0623 handled above); anything else passes unchanged.
    out = ch;
  }
  cache.set(ch, out);
  return out;
}

/** Folds a string without keeping offsets (for lexicon entries and config values). */
export function foldString(s: string): string {
  let out = '';
  for (const ch of s) out += foldChar(ch);
  return out;
}

/**
 * Code units that fold to themselves: ASCII except capitals, Arabic letters other than the folded ones
 * (ء–غ, ف–ي; minus أ إ آ ة ى handled by DIRECT), Arabic punctuation، ؛ ؟ and common spaces/quotes.
 */
function isIdentity(c: number): boolean {
  if (c < 0x80) return c < 65 || c > 90;
  if (c >= 0x0621 && c <= 0x064a) return c !== 0x0622 && c !== 0x0623 && c !== 0x0625 && c !== 0x0629 && c !== 0x0640 && c !== 0x0649;
  return c === 0x060c || c === 0x061b || c === 0x061f || c === 0xab || c === 0xbb || c === 0xa0 || (c >= 0x2013 && c <= 0x201e && c !== 0x200b) || c === 0x2026;
}

/**
 * The fold of each BMP code unit, filled lazily: the folded code unit when the fold is exactly one unit,
 * FOLD_DROP when the unit folds to nothing, FOLD_SLOW when it needs `foldChar` (several units, a
 * surrogate), FOLD_UNKNOWN before the first look-up. One typed-array read per character instead of a
 * string and a Map look-up.
 */
const FOLD_UNKNOWN = -1;
const FOLD_DROP = -2;
const FOLD_SLOW = -3;
const FOLD_TABLE = new Int32Array(65536).fill(FOLD_UNKNOWN);

function foldUnit(c: number): number {
  let v = FOLD_TABLE[c]!;
  if (v === FOLD_UNKNOWN) {
    if (c >= 65 && c <= 90) v = c + 32;
    else if (isIdentity(c)) v = c;
    else if (c >= 0xd800 && c <= 0xdfff) v = FOLD_SLOW;
    else {
      const f = foldChar(String.fromCharCode(c));
      v = f.length === 0 ? FOLD_DROP : f.length === 1 ? f.charCodeAt(0) : FOLD_SLOW;
    }
    FOLD_TABLE[c] = v;
  }
  return v;
}

/** Folds `text`, keeping the offset map. Linear in the length of the text. */
export function foldWithMap(text: string): FoldedText {
  return foldWithUnits(text).folded;
}

/** `foldWithMap`, with the folded code units as an array too (`units[k] === folded.text.charCodeAt(k)`). */
export function foldWithUnits(text: string): { folded: FoldedText; units: Uint16Array } {
  const len = text.length;
  // Folding rarely makes text longer (only presentation-form ligatures do): start at n + 1, grow if needed.
  let out: Uint16Array = new Uint16Array(len + 1);
  let origStart: Int32Array = new Int32Array(len + 1);
  const foldAt = new Int32Array(len + 1);
  let n = 0;
  let i = 0;
  // The usual case in a loop of its own: every code unit folds to one unit or to nothing, so the output
  // never outgrows the input (n ≤ i) and the arrays need no bounds bookkeeping. (No closure captures the
  // arrays, so the optimiser keeps them in registers.)
  while (i < len) {
    const c = text.charCodeAt(i);
    foldAt[i] = n;
    let v = FOLD_TABLE[c]!;
    if (v === FOLD_UNKNOWN) v = foldUnit(c);
    if (v >= 0) {
      out[n] = v;
      origStart[n] = i;
      n++;
      i++;
    } else if (v === FOLD_DROP) i++;
    else break;
  }
  // From the first unit that needs `foldChar` (a surrogate pair, a ligature) on: the general loop.
  while (i < len) {
    const c = text.charCodeAt(i);
    foldAt[i] = n;
    const v = foldUnit(c);
    if (v >= 0) {
      if (n + 1 >= origStart.length) [out, origStart] = grown(out, origStart);
      out[n] = v;
      origStart[n] = i;
      n++;
      i++;
      continue;
    }
    if (v === FOLD_DROP) {
      i++;
      continue;
    }
    const width = c >= 0xd800 && c <= 0xdbff && i + 1 < len ? 2 : 1;
    if (width === 2) foldAt[i + 1] = n;
    const f = foldChar(width === 2 ? text.slice(i, i + 2) : text[i]!);
    for (let k = 0; k < f.length; k++) {
      if (n + 1 >= origStart.length) [out, origStart] = grown(out, origStart);
      out[n] = f.charCodeAt(k);
      origStart[n] = i;
      n++;
    }
    i += width;
  }
  foldAt[len] = n;
  origStart[n] = len;
  const units = out.subarray(0, n);
  // One native decode of the code units instead of joining thousands of slices.
  const folded = new Folded(UTF16.decode(units), origStart.subarray(0, n + 1), foldAt, text);
  return { folded, units };
}

/**
 * A folded text. The end of each folded unit's original character is not stored: it is the character's
 * start plus its width (2 for a surrogate pair, which is folded as a whole, else 1; a ligature's units all
 * come from one code unit), worked out when asked (`origEndAt`, or all at once through `origEnd`).
 */
class Folded implements FoldedText {
  private ends: Int32Array | undefined;
  constructor(
    readonly text: string,
    readonly origStart: Int32Array,
    readonly foldAt: Int32Array,
    readonly source: string,
  ) {}

  get origEnd(): Int32Array {
    if (!this.ends) {
      const n = this.text.length;
      const ends = new Int32Array(n + 1);
      for (let k = 0; k <= n; k++) ends[k] = origEndAt(this, k);
      this.ends = ends;
    }
    return this.ends;
  }
}

/** The end of the original character that folded unit k came from (`FoldedText.origEnd[k]`). */
export function origEndAt(f: FoldedText, k: number): number {
  const o = f.origStart[k]!;
  const src = f.source;
  if (k >= f.text.length) return src.length;
  const c = src.charCodeAt(o);
  // The fold reads a high surrogate and the unit after it as one character (see `foldWithUnits`).
  return c >= 0xd800 && c <= 0xdbff && o + 1 < src.length ? o + 2 : o + 1;
}

/** The output arrays of `foldWithUnits` at twice their size. */
function grown(out: Uint16Array, origStart: Int32Array): [Uint16Array, Int32Array] {
  const o = new Uint16Array(out.length * 2);
  o.set(out);
  const a = new Int32Array(origStart.length * 2);
  a.set(origStart);
  return [o, a];
}

const UTF16 = new TextDecoder('utf-16le', { ignoreBOM: true });

/** Maps a folded range back to the original text. An empty folded range maps to an empty original range. */
export function toOriginal(f: FoldedText, start: number, end: number): Span {
  if (end <= start) {
    const at = f.origStart[start]!;
    return { start: at, end: at };
  }
  // Characters dropped by the fold right after the range (a final diacritic, tatweel) belong to it.
  return { start: f.origStart[start]!, end: Math.max(origEndAt(f, end - 1), f.origStart[end]!) };
}
