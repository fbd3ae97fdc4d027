/**
 * Word ids for the name passes: each distinct folded word gets a small integer, shared by all documents
 * (like the per-word memos elsewhere), so that facts about a word live in arrays indexed by its id and
 * the loops over a document's tokens read typed arrays instead of looking strings up in maps.
 *
 * The ids come from an open-addressing hash table of our own: an Int32Array of ids (the slots), and per
 * id its hash, length and offset side by side (one cache line) with its code units in one pool. A
 * token's folded word is hashed from its code units and compared with the id each slot it probes holds.
 * That is a few cache lines of compact arrays per token, where a Map keyed by the strings touches its
 * buckets, entries and key strings scattered on the heap. The table doubles when half full, so the work
 * is linear in a document's length.
 */
import type { ArticleDocument } from '../core/document';

/** Initial number of slots (a power of two). */
const INITIAL_SLOTS = 1 << 12;
/** Int32s per id in `meta`: hash, length, offset in `chars`, unused. */
const META = 4;

export class WordTable {
  private count = 0;
  /** Per id (META apart): its hash, its length, where its code units start in `chars`. */
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

  /**
   * Per token of the document, the id of its folded word; -1 for a token that is not Arabic. Words seen
   * for the first time get the next ids, in order; `added(id, token)` is called for each, with the index
   * of the token where it was first seen.
   */
  idsOf(doc: ArticleDocument, added: (id: number, token: number) => void): Int32Array {
    const tokens = doc.tokens;
    const ids = new Int32Array(tokens.length).fill(-1);
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (!t.arabic) continue;
      const w = t.folded;
      // FNV-1a over the UTF-16 code units.
      let h = 0x811c9dc5 | 0;
      for (let k = 0; k < w.length; k++) h = Math.imul(h ^ w.charCodeAt(k), 0x01000193);
      let slot = h & this.mask;
      let id = this.slots[slot]!;
      while (id >= 0 && !this.holds(id, h, w)) {
        slot = (slot + 1) & this.mask;
        id = this.slots[slot]!;
      }
      if (id < 0) {
        id = this.add(w, h);
        added(id, i);
      }
      ids[i] = id;
    }
    return ids;
  }

  /** Whether id `id` is the word `w` (of hash h). */
  private holds(id: number, h: number, w: string): boolean {
    const m = id * META;
    const meta = this.meta;
    if (meta[m] !== h || meta[m + 1] !== w.length) return false;
    const chars = this.chars;
    const off = meta[m + 2]!;
    for (let k = 0; k < w.length; k++) if (chars[off + k] !== w.charCodeAt(k)) return false;
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
