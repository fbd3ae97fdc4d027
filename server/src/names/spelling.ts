/**
 * Spellings of one name and when two spellings count as one name.
 *
 * Three forms of a word are used:
 * - the *light* form: what the writer chose, diacritics, tatweel and invisible marks removed but hamza
 *   seats (أ إ آ), ى and ة kept — two spellings differ when their light forms differ (أردوغان ≠ اردوغان);
 * - the *folded* form (normalize.ts): hamza seats, ى/ي and ة/ه merged;
 * - the *skeleton*: the folded form with the variation of transliterated names removed — long vowels
 *   (ا و ي) inside the word, doubled letters, and the letter pairs that transliterations swap (ج/غ،
 *   ك/ق، ت/ط، س/ص، ز/ذ/ظ), and شت/ست (German "st"). ترامب and ترمب share the skeleton ترمب; واينستين
 *   and واينسيتن share ونستن.
 *
 * A shared skeleton is only a hint: `sameName` decides, and refuses inflections (السعودي/السعودية,
 * dual/plural) and changes that turn one Arabic word or given name into another (حسن/حسين).
 */
import { foldChar } from '../core/normalize';
import { ARABIC_GIVEN_NAMES } from '../lexicon/names';
import { COMMON_WORDS } from '../lexicon/common-words';
import { foldString } from '../core/normalize';

/** Characters the light form keeps although folding merges them. */
const KEEP = new Set(['أ', 'إ', 'آ', 'ى', 'ة', 'ؤ', 'ئ']);

/** Light form of one original character (same length as its folded form, or empty). */
export function lightChar(ch: string): string {
  return KEEP.has(ch) ? ch : foldChar(ch);
}

export function lightString(s: string): string {
  let out = '';
  for (const ch of s.normalize('NFC')) out += lightChar(ch);
  return out;
}

/** Letter pairs transliterations swap, mapped to one representative. */
const PAIRS: Record<string, string> = { 'غ': 'ج', 'ق': 'ك', 'ط': 'ت', 'ص': 'س', 'ذ': 'ز', 'ظ': 'ز', 'ؤ': 'و', 'ئ': 'ي' };

/** A folded word with the transliteration letters mapped to one of each pair (سيرغي and سيرجي → سيرجي). */
export function pairFold(folded: string): string {
  let out = '';
  for (const ch of folded) out += PAIRS[ch] ?? ch;
  return out;
}

const skeletonMemo = new Map<string, string>();

/** The skeleton of a folded word (see the module comment). Memoised. */
export function skeleton(folded: string): string {
  let out = skeletonMemo.get(folded);
  if (out !== undefined) return out;
  out = '';
  const last = folded.length - 1;
  for (let i = 0; i <= last; i++) {
    let c = PAIRS[folded[i]!] ?? folded[i]!;
    if (c === 'ء' || c === ' ') continue;
    // German "st" is written شت or ست (واينشتاين/واينستين، هوكشتاين/هوكستين).
    if (c === 'ش' && (folded[i + 1] === 'ت' || folded[i + 1] === 'ط')) c = 'س';
    if (i > 0 && i < last && (c === 'ا' || c === 'و' || c === 'ي')) continue;
    // Doubled letters collapse, except at the start, where a doubled ل/و is a clitic (للنادي، ووزير).
    if (i > 1 && out.endsWith(c)) continue;
    out += c;
  }
  if (skeletonMemo.size > 200000) skeletonMemo.clear();
  skeletonMemo.set(folded, out);
  return out;
}

/**
 * Endings that inflect a word (feminine, dual, plural, nisba, accusative alif, attached pronouns). Two
 * words that differ only in these endings are one word in two grammatical forms, never two spellings.
 */
const INFLECTION_ENDINGS = new Set(['', 'ه', 'ي', 'يه', 'ان', 'ين', 'ون', 'ات', 'يان', 'يين', 'يون', 'يات', 'تان', 'تين', 'ا', 'ها', 'هم', 'هما', 'هن', 'كم', 'نا', 'وا']);

/** Whether two folded words are one word with different endings (السعودي/السعوديه، الامريكيان/الامريكيين). */
export function isInflectionPair(a: string, b: string): boolean {
  let p = 0;
  while (p < a.length && p < b.length && a[p] === b[p]) p++;
  // Try the common prefix and one letter shorter (an ending may start with the letter they share: يين/يان).
  for (let q = p; q >= Math.max(1, p - 2); q--) {
    if (INFLECTION_ENDINGS.has(a.slice(q)) && INFLECTION_ENDINGS.has(b.slice(q))) return true;
  }
  return false;
}

const GIVEN = new Set(ARABIC_GIVEN_NAMES.map(foldString));
const COMMON = new Set(COMMON_WORDS.map(foldString));

/** An ordinary word or an Arabic given name (never paired by letter changes). */
export function isOrdinaryOrArabicName(folded: string): boolean {
  return GIVEN.has(folded) || COMMON.has(folded);
}

export function isArabicGivenName(folded: string): boolean {
  return GIVEN.has(folded);
}

/** Rows of `editDistance`, reused across calls (grown as needed). */
let rows = [new Int32Array(32), new Int32Array(32), new Int32Array(32)];

/** Optimal-string-alignment distance (edits and adjacent transpositions), bounded: returns max+1 past `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  if (n + 1 > rows[0]!.length) rows = [new Int32Array(2 * n + 2), new Int32Array(2 * n + 2), new Int32Array(2 * n + 2)];
  // Three rows: two back (for transpositions), the previous one and the current one.
  let prev2 = rows[0]!;
  let prev = rows[1]!;
  let cur = rows[2]!;
  for (let j = 0; j <= n; j++) {
    prev2[j] = 0;
    prev[j] = j;
  }
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    const spare = prev2;
    prev2 = prev;
    prev = cur;
    cur = spare;
  }
  return prev[n]!;
}

/**
 * Whether two folded spellings with the same skeleton are one name. Same folded form: the spellings differ
 * only in hamza, ى/ي or ة/ه — one word. Otherwise (a long vowel, a doubled letter, a transliteration
 * letter): only for words that are not ordinary Arabic words or Arabic given names, not inflections of
 * each other, at least four letters long and at most two edits apart.
 */
export function sameName(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length < 4 || b.length < 4) return false;
  if (isOrdinaryOrArabicName(a) || isOrdinaryOrArabicName(b)) return false;
  if (isInflectionPair(a, b)) return false;
  return editDistance(a, b, 2) <= (Math.min(a.length, b.length) <= 5 ? 1 : 2);
}
