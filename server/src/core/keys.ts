/**
 * Comparison keys of folded text: its runs of letters and digits (\p{L}, \p{N}), everything else a separator.
 * `phraseKey` (team phrases), the boilerplate line keys and the duplicate-paragraph words all use this one
 * scanner, so a team phrase and a line compare alike.
 *
 * Two ways to read the runs: `forEachKeyRun`/`keyWords` (a callback, strings: lexicon and config values)
 * and `KeyRunBuffer` + `WordTable` (typed arrays and small integer word ids, no closure and no string per
 * word: the rules that read every line or paragraph of a long draft). Both find the same runs.
 */

/**
 * Key characters by UTF-16 code unit: 1 = a letter or digit, 0 = not, 255 = not yet seen (filled lazily),
 * HIGH_SURROGATE = the first half of a pair (a key character or not with the next code unit; alone, not).
 */
const KEY_TABLE = new Uint8Array(65536).fill(255);
const HIGH_SURROGATE = 2;
KEY_TABLE.fill(HIGH_SURROGATE, 0xd800, 0xdc00);
const KEY_CHAR = /^[\p{L}\p{N}]$/u;

export function isKeyUnit(c: number): boolean {
  let v = KEY_TABLE[c]!;
  if (v === 255) KEY_TABLE[c] = v = KEY_CHAR.test(String.fromCharCode(c)) ? 1 : 0;
  return v === 1;
}

/** Key characters outside the BMP (tested whole, as a `u` regex does), by code point. */
const ASTRAL_KEY = new Map<number, boolean>();
function isKeyPair(hi: number, lo: number): boolean {
  const cp = ((hi - 0xd800) << 10) + (lo - 0xdc00) + 0x10000;
  let v = ASTRAL_KEY.get(cp);
  if (v === undefined) ASTRAL_KEY.set(cp, (v = KEY_CHAR.test(String.fromCodePoint(cp))));
  return v;
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
      key = isKeyPair(c, text.charCodeAt(i + 1));
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

/** FNV-1a (32-bit) over the UTF-16 code units of a run: the hash `KeyRunBuffer` and `WordTable` agree on. */
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/**
 * The key runs of a range (the runs of `forEachKeyRun`) with the hash of each, in typed arrays reused from
 * call to call: `scan` fills `starts`, `ends`, `hashes` [0, n) (and `ids` [0, n), word ids of a `WordTable`,
 * when given one) and returns n. One loop over the code units, no callback, no string.
 */
export class KeyRunBuffer {
  starts = new Int32Array(64);
  ends = new Int32Array(64);
  hashes = new Int32Array(64);
  ids = new Int32Array(64);
  n = 0;

  scan(text: string, start: number, end: number, table?: WordTable): number {
    let n = 0;
    /** The start of the run being read (-1: between runs) and its hash so far. */
    let s = -1;
    let h = 0;
    // One state machine over the code units: a key character extends (or opens) the run, anything else
    // closes it. A high surrogate followed by a low one is decided as a pair, as a `u` regex does.
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i);
      const v = KEY_TABLE[c]!;
      if (v === 1) {
        if (s < 0) {
          s = i;
          h = FNV_OFFSET;
        }
        h = Math.imul(h ^ c, FNV_PRIME);
        continue;
      }
      if (v === 255 && isKeyUnit(c)) {
        i--; // first sight of a key character: the table is filled now, read it again
        continue;
      }
      let width = 1;
      if (v === HIGH_SURROGATE && i + 1 < end) {
        const lo = text.charCodeAt(i + 1);
        if ((lo & 0xfc00) === 0xdc00) {
          if (isKeyPair(c, lo)) {
            if (s < 0) {
              s = i;
              h = FNV_OFFSET;
            }
            h = Math.imul(Math.imul(h ^ c, FNV_PRIME) ^ lo, FNV_PRIME);
            i++;
            continue;
          }
          width = 2; // a pair that is a separator: both halves skipped
        }
      }
      // A separator: the run being read ends here.
      if (s >= 0) {
        n = this.push(n, text, s, i, h, table);
        s = -1;
      }
      i += width - 1;
    }
    if (s >= 0) n = this.push(n, text, s, end, h, table);
    this.n = n;
    return n;
  }

  /** Records run `n` (and its word id in `table`, if given); returns n + 1. */
  private push(n: number, text: string, s: number, e: number, h: number, table: WordTable | undefined): number {
    if (n === this.starts.length) {
      this.starts = grow(this.starts);
      this.ends = grow(this.ends);
      this.hashes = grow(this.hashes);
      this.ids = grow(this.ids);
    }
    this.starts[n] = s;
    this.ends[n] = e;
    this.hashes[n] = h;
    if (table) this.ids[n] = table.id(text, s, e, h);
    return n + 1;
  }
}

/** The hash of a whole string as `KeyRunBuffer` computes it for a run. */
export function keyHash(word: string): number {
  return rangeHash(word, 0, word.length);
}

/** The hash of `text[start, end)` as `KeyRunBuffer` computes it for a run. */
export function rangeHash(text: string, start: number, end: number): number {
  let h = FNV_OFFSET;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return h;
}

/** A copy of the doubled capacity of an Int32Array. */
export function grow(a: Int32Array, min = 0): Int32Array<ArrayBuffer> {
  const b = new Int32Array(Math.max(a.length * 2, min));
  b.set(a);
  return b;
}

/**
 * Words (runs of a folded text, compared by their code units) as small consecutive integer ids, in an
 * open-addressing table: looking a run up builds no string. A slot holds the word's hash and id side by
 * side, and the words' code units sit in one pool, so a lookup touches few cache lines. `word(id)` builds
 * the word's text on first request.
 */
export class WordTable {
  /** Slot k: [4k] = the word's hash, [4k + 1] = id + 1 (0 = empty), [4k + 2] = offset in the pool, [4k + 3] = length. */
  private slots = new Int32Array(4 << INITIAL_BITS);
  /** The code units of every word, one after the other; id → offset and length in the pool. */
  private pool = new Uint16Array(1 << 14);
  private poolSize = 0;
  private offset = new Int32Array(1024);
  private length = new Int32Array(1024);
  private readonly words: (string | undefined)[] = [];
  private count = 0;
  /** Counts `clear` calls: ids of an older generation mean nothing. */
  generation = 0;

  get size(): number {
    return this.count;
  }

  /** The text of word `id`. */
  word(id: number): string {
    let w = this.words[id];
    if (w === undefined) {
      const o = this.offset[id]!;
      const n = this.length[id]!;
      w = '';
      for (let k = 0; k < n; k += 4096) w += String.fromCharCode(...this.pool.subarray(o + k, o + Math.min(n, k + 4096)));
      this.words[id] = w;
    }
    return w;
  }

  /** The id of the word `text[start, end)` whose `KeyRunBuffer` hash is `hash`; a new word gets the next id. */
  id(text: string, start: number, end: number, hash: number): number {
    const slots = this.slots;
    const mask = (slots.length >> 2) - 1;
    const len = end - start;
    let i = hash & mask;
    for (;;) {
      const at = i << 2;
      const v = slots[at + 1]!;
      if (v === 0) break;
      if (slots[at] === hash && slots[at + 3] === len) {
        const pool = this.pool;
        const o = slots[at + 2]!;
        let k = 0;
        while (k < len && pool[o + k] === text.charCodeAt(start + k)) k++;
        if (k === len) return v - 1;
      }
      i = (i + 1) & mask;
    }
    return this.add(text, start, end, hash, i);
  }

  /**
   * `id` for a word read from a typed array of code units (the parser's folded units), `text` holding the
   * same units as a string: a new word's text is sliced from it at once (the parser's tokens keep it).
   */
  idOfUnits(units: Uint16Array, text: string, start: number, end: number, hash: number): number {
    const slots = this.slots;
    const mask = (slots.length >> 2) - 1;
    const len = end - start;
    let i = hash & mask;
    for (;;) {
      const at = i << 2;
      const v = slots[at + 1]!;
      if (v === 0) break;
      if (slots[at] === hash && slots[at + 3] === len) {
        const pool = this.pool;
        const o = slots[at + 2]! - start;
        let k = start;
        while (k < end && pool[o + k] === units[k]) k++;
        if (k === end) return v - 1;
      }
      i = (i + 1) & mask;
    }
    const id = this.add(text, start, end, hash, i);
    this.words[id] = text.slice(start, end);
    return id;
  }

  /** The id of a word given as a string (a lexicon or config word). */
  idOf(word: string): number {
    return this.id(word, 0, word.length, keyHash(word));
  }

  /** Forgets every word (ids start again at 0). */
  clear(): void {
    this.slots = new Int32Array(4 << INITIAL_BITS);
    this.poolSize = 0;
    this.words.length = 0;
    this.count = 0;
    this.generation++;
  }

  /**
   * Bounds the memory of a long-lived table: forgets every word once there are more than `max`. Called
   * where no id is held (at the start of a check), never while ids are in use.
   */
  limit(max: number): void {
    if (this.count > max) this.clear();
  }

  private add(text: string, start: number, end: number, hash: number, slot: number): number {
    const id = this.count++;
    const len = end - start;
    if (id === this.offset.length) {
      this.offset = grow(this.offset);
      this.length = grow(this.length);
    }
    if (this.poolSize + len > this.pool.length) {
      const p = new Uint16Array(Math.max(this.pool.length * 2, this.poolSize + len));
      p.set(this.pool.subarray(0, this.poolSize));
      this.pool = p;
    }
    const pool = this.pool;
    const o = this.poolSize;
    for (let k = 0; k < len; k++) pool[o + k] = text.charCodeAt(start + k);
    this.poolSize += len;
    this.offset[id] = o;
    this.length[id] = len;
    this.words[id] = undefined;
    const at = slot << 2;
    this.slots[at] = hash;
    this.slots[at + 1] = id + 1;
    this.slots[at + 2] = o;
    this.slots[at + 3] = len;
    if (this.count * 2 > this.slots.length >> 2) this.rehash();
    return id;
  }

  private rehash(): void {
    const old = this.slots;
    const slots = new Int32Array(old.length * 2);
    const mask = (slots.length >> 2) - 1;
    for (let k = 0; k < old.length; k += 4) {
      if (old[k + 1] === 0) continue;
      let i = old[k]! & mask;
      while (slots[(i << 2) + 1] !== 0) i = (i + 1) & mask;
      slots.set(old.subarray(k, k + 4), i << 2);
    }
    this.slots = slots;
  }
}

const INITIAL_BITS = 12;

/**
 * The words of the drafts checked lately, shared by the parser (every token's word id) and the rules that
 * read every word of a draft (boilerplate, duplicate-paragraph, the name passes): a word seen before is
 * found without building a string. Ids are valid until the next `limit` call, which only the parser makes,
 * before it tokenises a document: a check holds ids only while it runs, and a document parsed before the
 * last clear numbers its words again (`ArticleDocument.wordIds`).
 */
export const WORDS = new WordTable();
/** About 200,000 words: a few MB. */
export const WORDS_MAX = 200_000;

/**
 * The key runs of a whole folded text (a document's `folded.text`), found in one pass and shared by the
 * rules that read them line by line or paragraph by paragraph (boilerplate, duplicate-paragraph): offsets,
 * hashes, and word ids of `WORDS` (all looked up at once, during the scan when asked for then, else on the
 * first `id`/`wordIds` call). `select(start, end)` picks the runs of a range, [from, to); a range whose edge
 * cuts a run (never a line or a paragraph: they end at a line break or a space) gets its own runs, scanned
 * into spare slots after the text's, so every range reads exactly what `forEachKeyRun` over it would.
 * Ranges are usually selected in the order of the text: `select` looks from the last selection onwards
 * before it searches.
 */
export class DocumentWords {
  starts: Int32Array;
  ends: Int32Array;
  /** The hashes of the runs, kept only while their ids are not looked up (then worked out again if needed). */
  private hashes: Int32Array | undefined;
  /** Word ids by run; undefined until first wanted. */
  private ids: Int32Array | undefined;
  /** Runs of the whole text: [0, count); spare slots after them. */
  readonly count: number;
  /** The selected runs. */
  from = 0;
  to = 0;
  private generation: number;
  private spare: KeyRunBuffer | undefined;

  constructor(
    readonly text: string,
    withIds = false,
    /** The runs as the parser found them (its tokens, when they are exactly the key runs), ids of `WORDS`. */
    runs?: KeyRuns,
  ) {
    if (runs) {
      this.count = runs.starts.length;
      this.starts = runs.starts;
      this.ends = runs.ends;
      this.ids = runs.ids;
    } else {
      // Scanned into a buffer kept for the next document, then copied at their size.
      const n = (this.count = WHOLE_TEXT.scan(text, 0, text.length, withIds ? WORDS : undefined));
      this.starts = WHOLE_TEXT.starts.slice(0, n);
      this.ends = WHOLE_TEXT.ends.slice(0, n);
      if (withIds) this.ids = WHOLE_TEXT.ids.slice(0, n);
      else this.hashes = WHOLE_TEXT.hashes.slice(0, n);
    }
    this.generation = WORDS.generation;
  }

  /** Selects the runs of `text[start, end)`; returns their number. */
  select(start: number, end: number): number {
    const ends = this.ends;
    const starts = this.starts;
    const count = this.count;
    // The first run ending after `start`: from the end of the last selection when it lies before `start`
    // (the next line or paragraph), else by a binary search.
    let lo = 0;
    let hi = count;
    const hint = this.to <= count ? this.to : 0;
    if (hint === 0 || ends[hint - 1]! <= start) {
      lo = hint;
      let steps = 0;
      while (lo < count && ends[lo]! <= start && steps < 8) {
        lo++;
        steps++;
      }
      if (lo < count && ends[lo]! <= start) lo++;
      else hi = lo;
    } else hi = hint - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ends[mid]! <= start) lo = mid + 1;
      else hi = mid;
    }
    const from = lo;
    let to = from;
    while (to < count && starts[to]! < end) to++;
    if (from < to && (starts[from]! < start || ends[to - 1]! > end)) return this.scanApart(start, end);
    this.from = from;
    this.to = to;
    return to - from;
  }

  /** The id (in `WORDS`) of run `k`. */
  id(k: number): number {
    return (this.ids ?? this.lookUpIds())[k]!;
  }

  /**
   * The word ids (in `WORDS`) by run, looked up now if not yet. The array is replaced when a range that
   * cuts a run is selected: read it again after `select`.
   */
  wordIds(): Int32Array {
    return this.ids ?? this.lookUpIds();
  }

  private lookUpIds(): Int32Array {
    const ids = (this.ids = new Int32Array(this.starts.length));
    const text = this.text;
    const starts = this.starts;
    const ends = this.ends;
    const hashes = this.hashes;
    const hashOf = (k: number) => (hashes ? hashes[k]! : rangeHash(text, starts[k]!, ends[k]!));
    for (let k = 0; k < this.count; k++) ids[k] = WORDS.id(text, starts[k]!, ends[k]!, hashOf(k));
    // The runs of a range that cuts a run, when one is selected (the spare slots hold no other runs in use).
    if (this.from >= this.count) for (let k = this.from; k < this.to; k++) ids[k] = WORDS.id(text, starts[k]!, ends[k]!, hashOf(k));
    this.hashes = undefined;
    return ids;
  }

  /**
   * The key of runs [from, to): the runs joined by single spaces (what `phraseKey` gives), sliced from
   * the text a stretch at a time (runs already one space apart are one slice).
   */
  keyOf(from: number, to: number): string {
    if (from >= to) return '';
    const text = this.text;
    const starts = this.starts;
    const ends = this.ends;
    let key = '';
    let stretch = starts[from]!;
    let end = ends[from]!;
    for (let k = from + 1; k < to; k++) {
      const s = starts[k]!;
      if (s === end + 1 && text.charCodeAt(end) === 32) {
        end = ends[k]!;
        continue;
      }
      key += text.slice(stretch, end) + ' ';
      stretch = s;
      end = ends[k]!;
    }
    return key + text.slice(stretch, end);
  }

  /** The text of run `k`. */
  word(k: number): string {
    return WORDS.word(this.id(k));
  }

  /** Forgets the word ids when `WORDS` has forgotten its words since they were looked up. */
  refresh(): void {
    if (this.generation === WORDS.generation) return;
    this.ids = undefined;
    this.generation = WORDS.generation;
  }

  /** A range that cuts a run: its own runs, in the spare slots. */
  private scanApart(start: number, end: number): number {
    const spare = (this.spare ??= new KeyRunBuffer());
    const n = spare.scan(this.text, start, end, this.ids ? WORDS : undefined);
    const need = this.count + n;
    if (need > this.starts.length) {
      this.starts = grow(this.starts, need);
      this.ends = grow(this.ends, need);
      if (this.hashes) this.hashes = grow(this.hashes, need);
      if (this.ids) this.ids = grow(this.ids, need);
    }
    this.starts.set(spare.starts.subarray(0, n), this.count);
    this.ends.set(spare.ends.subarray(0, n), this.count);
    this.hashes?.set(spare.hashes.subarray(0, n), this.count);
    this.ids?.set(spare.ids.subarray(0, n), this.count);
    this.from = this.count;
    this.to = need;
    return n;
  }
}

/** Key runs found by the parser: offsets in the folded text and word ids of `WORDS` (arrays not to be written). */
export interface KeyRuns {
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly ids: Int32Array;
}

/** What `documentWords` reads of a document: its folded text, and its key runs when the parser has them. */
export interface KeyRunSource {
  readonly folded: { readonly text: string };
  keyRuns(): KeyRuns | undefined;
}

const DOCUMENT_WORDS = new WeakMap<object, DocumentWords>();
const WHOLE_TEXT = new KeyRunBuffer();

/**
 * The key runs of a document's folded text (`doc.folded`), once per document: the parser's own when its
 * tokens are exactly the key runs (the usual case: no scan, the ids already looked up), else scanned;
 * `withIds`: their word ids looked up during the scan (a rule that reads them all), else when first asked.
 * Ids are looked up again if `WORDS` was cleared since.
 */
export function documentWords(doc: KeyRunSource, withIds = false): DocumentWords {
  const folded = doc.folded;
  let words = DOCUMENT_WORDS.get(folded);
  if (!words || words.text !== folded.text) {
    words = new DocumentWords(folded.text, withIds, doc.keyRuns());
    DOCUMENT_WORDS.set(folded, words);
  } else words.refresh();
  return words;
}
