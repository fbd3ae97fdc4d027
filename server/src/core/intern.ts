/**
 * The distinct folded words of one document. Every token of the document that folds to the same word
 * gets the same string object and the same word id (0, 1, 2, … in order of first occurrence).
 *
 * Rules look words up in Maps and Sets keyed by folded strings; V8 keeps a string's hash in the string, so
 * a shared object is hashed once per document instead of once per token, and parsing allocates one string
 * per distinct word instead of one per token. Words are looked up by their folded code units, so a word
 * met before costs no allocation.
 *
 * The table is per document on purpose: a process-wide one (shared strings across documents) was tried
 * and was slower than slicing a string per token, because its look-ups miss the CPU caches; a table
 * sized to one document stays in them.
 */

// Per slot, four integers side by side (a look-up reads one cache line).
/** The word's id + 1; 0 marks a free slot. */
const ID = 0;
const HASH = 1;
/** Where the word's first occurrence starts in the folded units, and its length. */
const START = 2;
const LENGTH = 3;
const STRIDE = 4;

export class DocumentWords {
  /** Id → word. */
  readonly words: string[] = [];
  /** Open addressing with linear probing; capacity is a power of two, at most half full. */
  private slots: Int32Array;

  /**
   * @param units the folded code units of the document
   * @param text the same, as a string (the words are sliced from it)
   */
  constructor(
    private readonly units: Uint16Array,
    private readonly text: string,
  ) {
    // About one distinct word per 32 code units in news prose (a 1 MB draft: ~20,000 words); grows if needed.
    let capacity = 64;
    while (capacity < text.length / 16) capacity *= 2;
    this.slots = new Int32Array(capacity * STRIDE);
  }

  /** The id of the word held in `units[start..end)` (end > start); the word itself is `words[id]`. */
  idOf(start: number, end: number): number {
    const units = this.units;
    let h = 0x811c9dc5 | 0;
    for (let k = start; k < end; k++) h = Math.imul(h ^ units[k]!, 0x01000193);
    h ^= h >>> 15;
    const len = end - start;
    const slots = this.slots;
    const mask = (slots.length >> 2) - 1;
    let slot = h & mask;
    for (;;) {
      const b = slot * STRIDE;
      const id = slots[b + ID]! - 1;
      if (id < 0) break;
      if (slots[b + HASH] === h && slots[b + LENGTH] === len && sameUnits(units, slots[b + START]!, start, len)) return id;
      slot = (slot + 1) & mask;
    }
    const id = this.words.length;
    this.words.push(this.text.slice(start, end));
    put(slots, slot * STRIDE, id, h, start, len);
    if (this.words.length * 2 > slots.length >> 2) this.grow();
    return id;
  }

  private grow(): void {
    const old = this.slots;
    const slots = new Int32Array(old.length * 2);
    const mask = (slots.length >> 2) - 1;
    for (let b = 0; b < old.length; b += STRIDE) {
      if (old[b + ID] === 0) continue;
      let slot = old[b + HASH]! & mask;
      while (slots[slot * STRIDE + ID] !== 0) slot = (slot + 1) & mask;
      put(slots, slot * STRIDE, old[b + ID]! - 1, old[b + HASH]!, old[b + START]!, old[b + LENGTH]!);
    }
    this.slots = slots;
  }
}

function put(slots: Int32Array, b: number, id: number, hash: number, start: number, len: number): void {
  slots[b + ID] = id + 1;
  slots[b + HASH] = hash;
  slots[b + START] = start;
  slots[b + LENGTH] = len;
}

function sameUnits(units: Uint16Array, a: number, b: number, len: number): boolean {
  for (let k = 0; k < len; k++) if (units[a + k] !== units[b + k]) return false;
  return true;
}
