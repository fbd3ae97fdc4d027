/**
 * Word ids for the name passes: each distinct folded word gets a small integer, shared by all documents
 * (like the per-word memos elsewhere), so that facts about a word live in arrays indexed by its id and
 * the loops over a document's tokens read typed arrays instead of looking strings up in maps.
 *
 * The ids come from an open-addressing hash table of our own. A slot holds where a word's record starts
 * in one pool of 16-bit units; the record holds the word's hash, id, length, a payload (a number the
 * user of the table keeps for the word), the document it was last seen in and its index among that
 * document's words, and its code units, side by side. A token's folded word is hashed
 * from the document's folded text (one flat string, read in order) and compared with the record of each
 * slot it probes: two cache lines for a word not seen lately (the slot and the record), where a Map
 * keyed by the strings touches its buckets, entries and key strings scattered on the heap. The table
 * doubles when half full, so the work is linear in a document's length.
 */
import type { ArticleDocument } from '../core/document';

/** Initial number of slots (a power of two). */
const INITIAL_SLOTS = 1 << 12;
// A record: the hash, the id, the length (two units each, low first), the payload, the visit (`idsOf`
// call) that saw it last and its index among the words of that visit's document (two units each), the
// code units.
const R_HASH = 0;
const R_ID = 2;
const R_LENGTH = 4;
const R_PAYLOAD = 6;
const R_VISIT = 7;
const R_LOCAL = 9;
const R_CHARS = 11;
/** Visits are numbered from 1 up to this, then the records' visits are reset. */
const MAX_VISIT = 0x7fffffff;

/** The words of one document. */
export interface DocumentWords {
  /** Per token, the index of its word in `ids`; -1 for a token that is not Arabic. */
  readonly local: Int32Array;
  /** The ids of the document's distinct words, in order of first appearance. */
  readonly ids: Int32Array;
}

export class WordTable {
  private count = 0;
  private visit = 0;
  /** Per id, where its record starts in `pool`. */
  private records = new Int32Array(INITIAL_SLOTS / 2);
  private pool = new Uint16Array(INITIAL_SLOTS * 8);
  private poolSize = 0;
  private mask = INITIAL_SLOTS - 1;
  /** Slot → where a record starts in `pool`, -1 when empty. Kept at most half full. */
  private slots = new Int32Array(INITIAL_SLOTS).fill(-1);

  /** Number of ids given. */
  get size(): number {
    return this.count;
  }

  /** Forgets every word (ids start again from 0). */
  clear(): void {
    this.count = 0;
    this.poolSize = 0;
    this.slots.fill(-1);
  }

  /** Sets the payload of an id (a 16-bit number). */
  setPayload(id: number, payload: number): void {
    this.pool[this.records[id]! + R_PAYLOAD] = payload;
  }

  /**
   * The words of the document's Arabic tokens (by folded form). Words never seen before get the next ids,
   * in order; `added(id, token)` is called for each, with the index of the token where it was first seen
   * (it may set the id's payload). Per Arabic token, the payload of its id goes to `payloads` (of the
   * length of the tokens).
   */
  idsOf(doc: ArticleDocument, added: (id: number, token: number) => void, payloads: Uint16Array): DocumentWords {
    const tokens = doc.tokens;
    // A token's folded word is the folded text from `foldStart` on (Token.foldStart).
    const text = doc.folded.text;
    // A token's folded word is the folded text from `foldAt[start]` to `foldAt[end]` (`ArticleDocument.foldedOf`):
    // read from one typed array, not from the token's own string.
    const foldAt = doc.folded.foldAt;
    const local = new Int32Array(tokens.length).fill(-1);
    const ids = new Int32Array(tokens.length);
    let count = 0;
    if (this.visit === MAX_VISIT) this.resetVisits();
    const visit = ++this.visit;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (!t.arabic) continue;
      const from = foldAt[t.start]!;
      const length = foldAt[t.end]! - from;
      // FNV-1a over the UTF-16 code units.
      let h = 0x811c9dc5 | 0;
      for (let k = from; k < from + length; k++) h = Math.imul(h ^ text.charCodeAt(k), 0x01000193);
      let slot = h & this.mask;
      let r = this.slots[slot]!;
      while (r >= 0 && !this.holds(r, h, text, from, length)) {
        slot = (slot + 1) & this.mask;
        r = this.slots[slot]!;
      }
      if (r < 0) {
        const id = this.add(t.folded, h);
        added(id, i);
        r = this.records[id]!;
      }
      const pool = this.pool;
      payloads[i] = pool[r + R_PAYLOAD]!;
      if ((pool[r + R_VISIT]! | (pool[r + R_VISIT + 1]! << 16)) === visit) {
        local[i] = pool[r + R_LOCAL]! | (pool[r + R_LOCAL + 1]! << 16);
      } else {
        // First time in this document.
        pool[r + R_VISIT] = visit & 0xffff;
        pool[r + R_VISIT + 1] = visit >>> 16;
        pool[r + R_LOCAL] = count & 0xffff;
        pool[r + R_LOCAL + 1] = count >>> 16;
        ids[count] = pool[r + R_ID]! | (pool[r + R_ID + 1]! << 16);
        local[i] = count++;
      }
    }
    return { local, ids: ids.subarray(0, count) };
  }

  /** Sets the visit of every record to 0 (none) and numbers visits from 1 again. */
  private resetVisits(): void {
    const records = this.records;
    for (let x = 0; x < this.count; x++) {
      this.pool[records[x]! + R_VISIT] = 0;
      this.pool[records[x]! + R_VISIT + 1] = 0;
    }
    this.visit = 0;
  }

  /** Whether the record at r is the word of hash h at [from, from + length) in `text`. */
  private holds(r: number, h: number, text: string, from: number, length: number): boolean {
    const pool = this.pool;
    if ((pool[r + R_HASH]! | (pool[r + R_HASH + 1]! << 16)) !== h || (pool[r + R_LENGTH]! | (pool[r + R_LENGTH + 1]! << 16)) !== length) return false;
    const off = r + R_CHARS - from;
    for (let k = from; k < from + length; k++) if (pool[off + k] !== text.charCodeAt(k)) return false;
    return true;
  }

  /** Gives `w` (hash h, not in the table) the next id. */
  private add(w: string, h: number): number {
    const id = this.count++;
    if (id === this.records.length) this.grow();
    const size = R_CHARS + w.length;
    if (this.poolSize + size > this.pool.length) {
      const pool = new Uint16Array(Math.max(this.pool.length * 2, this.poolSize + size));
      pool.set(this.pool);
      this.pool = pool;
    }
    const r = this.poolSize;
    this.poolSize += size;
    const pool = this.pool;
    pool[r + R_HASH] = h & 0xffff;
    pool[r + R_HASH + 1] = h >>> 16;
    pool[r + R_ID] = id & 0xffff;
    pool[r + R_ID + 1] = id >>> 16;
    pool[r + R_LENGTH] = w.length & 0xffff;
    pool[r + R_LENGTH + 1] = w.length >>> 16;
    pool[r + R_PAYLOAD] = 0;
    pool[r + R_VISIT] = 0;
    pool[r + R_VISIT + 1] = 0;
    for (let k = 0; k < w.length; k++) pool[r + R_CHARS + k] = w.charCodeAt(k);
    this.records[id] = r;
    this.place(r, h);
    return id;
  }

  /** Puts the record at r (of hash h) in the first free slot from its own. */
  private place(r: number, h: number): void {
    let slot = h & this.mask;
    while (this.slots[slot]! >= 0) slot = (slot + 1) & this.mask;
    this.slots[slot] = r;
  }

  /** Doubles the table and re-places the records of the ids given before the one being added. */
  private grow(): void {
    const records = new Int32Array(this.records.length * 2);
    records.set(this.records);
    this.records = records;
    this.mask = this.mask * 2 + 1;
    this.slots = new Int32Array(this.mask + 1).fill(-1);
    const pool = this.pool;
    for (let x = 0; x < this.count - 1; x++) {
      const r = records[x]!;
      this.place(r, pool[r + R_HASH]! | (pool[r + R_HASH + 1]! << 16));
    }
  }
}
