/**
 * Word ids for the name passes: each distinct folded word gets a small integer, shared by all documents
 * (like the per-word memos elsewhere), so that facts about a word live in arrays indexed by its id and
 * the loops over a document's tokens read typed arrays instead of looking strings up in maps.
 *
 * The ids come from an open-addressing hash table of our own: an Int32Array of ids (the slots), and per
 * id its hash, length and offset side by side (one cache line) with its code units in one pool. A
 * token's folded word is hashed from its code units and compared with the id each slot it probes holds,
 * reading the document's folded text (one flat string, in order) rather than each token's string.
 * That is a few cache lines of compact arrays per token, where a Map keyed by the strings touches its
 * buckets, entries and key strings scattered on the heap. The table doubles when half full, so the work
 * is linear in a document's length.
 */
import type { ArticleDocument } from '../core/document';

/** Initial number of slots (a power of two). */
const INITIAL_SLOTS = 1 << 12;
/** Int32s per id in `meta`: hash, length, offset in `chars`, payload. */
const META = 4;

export class WordTable {
  private count = 0;
  /**
   * Per id (META apart): its hash, its length, where its code units start in `chars`, and a number the
   * user of the table keeps for it (`setPayload`), read with the id at no extra cost (`idsOf`).
   */
  private meta = new Int32Array((INITIAL_SLOTS / 2) * META);
  private chars = new Uint16Array(INITIAL_SLOTS * 4);
  private charCount = 0;
  private mask = INITIAL_SLOTS - 1;
  /** Slot → id, -1 when empty. Kept at most half full. */
  private slots = new Int32Array(INITIAL_SLOTS).fill(-1);

  /** Number of ids given. */
  get size(): number {
    return this.count;
  }

  /** Forgets every word (ids start again from 0). */
  clear(): void {
    this.count = 0;
    this.charCount = 0;
    this.slots.fill(-1);
  }

  /** Sets the payload of an id (a 16-bit number). */
  setPayload(id: number, payload: number): void {
    this.meta[id * META + 3] = payload;
  }

  /**
   * Per token of the document, the id of its folded word; -1 for a token that is not Arabic. Words seen
   * for the first time get the next ids, in order; `added(id, token)` is called for each, with the index
   * of the token where it was first seen (it may set the id's payload). Per Arabic token, the payload of
   * its id goes to `payloads` (of the length of the tokens).
   */
  idsOf(doc: ArticleDocument, added: (id: number, token: number) => void, payloads: Uint16Array): Int32Array {
    const tokens = doc.tokens;
    // A token's folded word is the folded text from `foldStart` on (Token.foldStart).
    const text = doc.folded.text;
    const ids = new Int32Array(tokens.length).fill(-1);
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (!t.arabic) continue;
      const from = t.foldStart;
      const length = t.folded.length;
      // FNV-1a over the UTF-16 code units.
      let h = 0x811c9dc5 | 0;
      for (let k = from; k < from + length; k++) h = Math.imul(h ^ text.charCodeAt(k), 0x01000193);
      let slot = h & this.mask;
      let id = this.slots[slot]!;
      while (id >= 0 && !this.holds(id, h, text, from, length)) {
        slot = (slot + 1) & this.mask;
        id = this.slots[slot]!;
      }
      if (id < 0) {
        id = this.add(t.folded, h);
        added(id, i);
      }
      ids[i] = id;
      payloads[i] = this.meta[id * META + 3]!;
    }
    return ids;
  }

  /** Whether id `id` is the word of hash h at [from, from + length) in `text`. */
  private holds(id: number, h: number, text: string, from: number, length: number): boolean {
    const m = id * META;
    const meta = this.meta;
    if (meta[m] !== h || meta[m + 1] !== length) return false;
    const chars = this.chars;
    const off = meta[m + 2]! - from;
    for (let k = from; k < from + length; k++) if (chars[off + k] !== text.charCodeAt(k)) return false;
    return true;
  }

  /** Gives `w` (hash h, not in the table) the next id. */
  private add(w: string, h: number): number {
    const id = this.count++;
    if (id * META === this.meta.length) this.grow();
    if (this.charCount + w.length > this.chars.length) {
      const chars = new Uint16Array(Math.max(this.chars.length * 2, this.charCount + w.length));
      chars.set(this.chars);
      this.chars = chars;
    }
    const m = id * META;
    this.meta[m] = h;
    this.meta[m + 1] = w.length;
    this.meta[m + 2] = this.charCount;
    this.meta[m + 3] = 0;
    for (let k = 0; k < w.length; k++) this.chars[this.charCount++] = w.charCodeAt(k);
    this.place(id, h);
    return id;
  }

  /** Puts id `id` (of hash h) in the first free slot from its own. */
  private place(id: number, h: number): void {
    let slot = h & this.mask;
    while (this.slots[slot]! >= 0) slot = (slot + 1) & this.mask;
    this.slots[slot] = id;
  }

  /** Doubles the table and re-places the ids given before the one being added. */
  private grow(): void {
    const meta = new Int32Array(this.meta.length * 2);
    meta.set(this.meta);
    this.meta = meta;
    this.mask = this.mask * 2 + 1;
    this.slots = new Int32Array(this.mask + 1).fill(-1);
    for (let x = 0; x < this.count - 1; x++) this.place(x, meta[x * META]!);
  }
}
