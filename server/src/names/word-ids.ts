/**
 * Per-document word ids: each distinct folded word of a document's Arabic tokens gets a small integer
 * (0, 1, 2, … in order of first appearance), so that facts about a word live in arrays indexed by its id
 * and the loops over a document's tokens read typed arrays instead of looking strings up in maps.
 *
 * The ids come from an open-addressing hash table of our own (an Int32Array of ids, the hash of each id
 * kept beside it): a token's folded word is hashed once from its code units and compared by hash and
 * `===` with the word of the id it probes. That is a few cache lines per token, where a Map keyed by the
 * strings would touch its buckets, entries and key strings. The table grows by doubling, so the work is
 * linear in the document's length.
 */
import type { ArticleDocument } from '../core/document';

export interface WordIds {
  /** Per token, the id of its folded word; -1 for a token that is not Arabic. */
  readonly ids: Int32Array;
  /** Per id, the index of the first token with that word. */
  readonly first: Int32Array;
  /** Per id, the folded word. */
  readonly words: string[];
}

/** Initial size of the hash table (a power of two); doubled whenever it is half full. */
const INITIAL_SLOTS = 1024;

export function wordIds(doc: ArticleDocument): WordIds {
  const tokens = doc.tokens;
  const n = tokens.length;
  const ids = new Int32Array(n).fill(-1);
  // At most one id per token: per-id arrays are sized once.
  const first = new Int32Array(n);
  const hashes = new Int32Array(n);
  const words: string[] = [];
  let mask = INITIAL_SLOTS - 1;
  let table = new Int32Array(INITIAL_SLOTS).fill(-1);
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    if (!t.arabic) continue;
    const w = t.folded;
    // FNV-1a over the UTF-16 code units.
    let h = 0x811c9dc5 | 0;
    for (let k = 0; k < w.length; k++) h = Math.imul(h ^ w.charCodeAt(k), 0x01000193);
    let slot = h & mask;
    let id = table[slot]!;
    while (id >= 0 && (hashes[id] !== h || words[id] !== w)) {
      slot = (slot + 1) & mask;
      id = table[slot]!;
    }
    if (id < 0) {
      id = words.length;
      words.push(w);
      first[id] = i;
      hashes[id] = h;
      table[slot] = id;
      if (2 * words.length > mask + 1) {
        // Half full: double the table and re-insert every id by its kept hash.
        mask = 2 * mask + 1;
        table = new Int32Array(mask + 1).fill(-1);
        for (let x = 0; x < words.length; x++) {
          let s = hashes[x]! & mask;
          while (table[s]! >= 0) s = (s + 1) & mask;
          table[s] = x;
        }
      }
    }
    ids[i] = id;
  }
  return { ids, first: first.subarray(0, words.length), words };
}
