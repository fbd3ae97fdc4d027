/**
 * Word ids for the name passes: each distinct folded word gets a small integer, shared by all documents
 * (like the per-word memos elsewhere), so that facts about a word live in arrays indexed by its id and
 * the loops over a document's tokens read typed arrays instead of looking strings up in maps.
 *
 * The ids come from an open-addressing hash table of our own. A slot holds a word's hash and where its
 * record starts in one pool of 16-bit units (a probe that meets another word's hash does not read the
 * pool); the record holds the word's hash, id, length, a payload (a number the user of the table keeps
 * for the word), the document it was last seen in and its index among that document's words, and its
 * code units, side by side. A token's folded word is hashed from the document's folded text (one flat
 * string, read in order, the word's bounds from `foldAt`) and compared with the record of each slot of
 * its hash: two cache lines for a word not seen lately (the slot and the record), where a Map keyed by
 * the strings touches its buckets, entries and key strings scattered on the heap. The table
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

/**
 * The hash of the code units [from, to) of `text`: two units per multiplication (the units of a word are
 * few, and each multiplication waits on the last), then a final mix so that the low bits, which pick the
 * slot, depend on every unit.
 */
function hashRange(text: string, from: number, to: number): number {
  let h = 0x811c9dc5 | 0;
  let k = from;
  for (; k + 1 < to; k += 2) h = Math.imul(h ^ (text.charCodeAt(k) | (text.charCodeAt(k + 1) << 16)), 0x01000193);
  if (k < to) h = Math.imul(h ^ text.charCodeAt(k), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h | 0;
}

export class WordTable {
  private count = 0;
  private visit = 0;
  /** Per id, where its record starts in `pool`. */
  private records = new Int32Array(INITIAL_SLOTS / 2);
  private pool = new Uint16Array(INITIAL_SLOTS * 8);
  private poolSize = 0;
  private mask = INITIAL_SLOTS - 1;
  /** Per slot, the hash of its record and where the record starts in `pool` (-1 when empty). Kept at most half full. */
  private slots = new Int32Array(INITIAL_SLOTS * 2).fill(-1);

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
   * length of the tokens); the tokens whose payload has a bit of `mark` are pushed on `marked`, in order.
   */
  idsOf(doc: ArticleDocument, added: (id: number, token: number) => void, payloads: Uint16Array, mark = 0, marked?: number[]): DocumentWords {
    const tokens = doc.tokens;
    const text = doc.folded.text;
    // A token's folded word is the folded text from `foldAt[start]` to `foldAt[end]` (`ArticleDocument.foldedOf`):
    // read from one typed array, not from the token's own string.
    const foldAt = doc.folded.foldAt;
    const n = tokens.length;
    const local = new Int32Array(n).fill(-1);
    const ids = new Int32Array(n);
    let count = 0;
    if (this.visit === MAX_VISIT) this.resetVisits();
    const visit = ++this.visit;
    let pool = this.pool;
    let slots = this.slots;
    let mask = this.mask;
    for (let i = 0; i < n; i++) {
      const t = tokens[i]!;
      if (!t.arabic) continue;
      const from = foldAt[t.start]!;
      const end = foldAt[t.end]!;
      const h = hashRange(text, from, end);
      const length = end - from;
      // Slots hold [hash, record] pairs: a probe compares hashes without reading the pool.
      let slot = h & mask;
      let r = -1;
      for (;;) {
        const at = slot << 1;
        r = slots[at + 1]!;
        if (r < 0) break;
        if (slots[at] === h && (pool[r + R_LENGTH]! | (pool[r + R_LENGTH + 1]! << 16)) === length) {
          const off = r + R_CHARS - from;
          let k = from;
          while (k < end && pool[off + k] === text.charCodeAt(k)) k++;
          if (k === end) break;
        }
        slot = (slot + 1) & mask;
      }
      if (r < 0) {
        const id = this.add(t.folded, h);
        added(id, i);
        // `add` (and `added`, which may set a payload) can grow the arrays.
        pool = this.pool;
        slots = this.slots;
        mask = this.mask;
        r = this.records[id]!;
      }
      const payload = pool[r + R_PAYLOAD]!;
      payloads[i] = payload;
      if (payload & mark) marked!.push(i);
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
    while (this.slots[(slot << 1) + 1]! >= 0) slot = (slot + 1) & this.mask;
    this.slots[slot << 1] = h;
    this.slots[(slot << 1) + 1] = r;
  }

  /** Doubles the table and re-places the records of the ids given before the one being added. */
  private grow(): void {
    const records = new Int32Array(this.records.length * 2);
    records.set(this.records);
    this.records = records;
    this.mask = this.mask * 2 + 1;
    this.slots = new Int32Array((this.mask + 1) * 2).fill(-1);
    const pool = this.pool;
    for (let x = 0; x < this.count - 1; x++) {
      const r = records[x]!;
      this.place(r, pool[r + R_HASH]! | (pool[r + R_HASH + 1]! << 16));
    }
  }
}
