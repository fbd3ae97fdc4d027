/**
 * The words of a document as the name passes read them: per token, the flags of its word (a number the
 * passes keep per word, the "payload"), and the document's distinct words numbered 0, 1, 2, … in order of
 * first appearance.
 *
 * Words are identified by their id in `WORDS` (core/keys.ts), which the parser gives every token while it
 * tokenises: a word's payload lives in a typed array indexed by that id, shared by all documents, so the
 * loop over a document's tokens reads arrays and hashes nothing. The payloads are forgotten when `WORDS`
 * forgets its words (its ids then name other words).
 */
import type { ArticleDocument } from '../core/document';
import { WORDS } from '../core/keys';

/** The words of one document. */
export interface DocumentWords {
  /** Per token, the index of its word in `ids`; -1 for a token that is not Arabic. */
  readonly local: Int32Array;
  /** The ids (in `WORDS`) of the document's distinct words, in order of first appearance. */
  readonly ids: Int32Array;
}

/** Visits (`idsOf` calls) are numbered from 1 up to this, then the stamps are reset. */
const MAX_VISIT = 0x7fffffff;

export class WordPayloads {
  /**
   * Per word id, four ints side by side (one read of memory per token): its payload + 1 (0: not known yet),
   * the visit that saw it last, its index among that visit's document's words, unused.
   */
  private records = new Int32Array(4 << 12);
  private visit = 0;
  /** The generation of `WORDS` the records are for. */
  private generation = -1;

  /**
   * Forgets every payload when `WORDS` has forgotten its words since the last call; returns true then.
   * Call before reading payloads in a check.
   */
  sync(): boolean {
    if (this.generation === WORDS.generation) return false;
    this.records.fill(0);
    this.visit = 0;
    this.generation = WORDS.generation;
    return true;
  }

  /** Sets the payload of a word id (a 16-bit number). */
  setPayload(id: number, payload: number): void {
    this.records[id << 2] = payload + 1;
  }

  /**
   * The words of the document's Arabic tokens (ids of `WORDS`). A word whose payload is not known yet is
   * handed to `added(id, token)`, with the index of the token where it was first seen, which must set its
   * payload. Per Arabic token, the payload of its word goes to `payloads` (of the length of the tokens);
   * the tokens whose payload has a bit of `mark` are pushed on `marked`, in order. Call `sync` first.
   */
  idsOf(doc: ArticleDocument, added: (id: number, token: number) => void, payloads: Uint16Array, mark = 0, marked?: number[]): DocumentWords {
    const words = doc.wordIds();
    const arabic = doc.tokenArabic;
    const n = words.length;
    const local = new Int32Array(n).fill(-1);
    const ids = new Int32Array(n);
    let count = 0;
    this.reserve(WORDS.size);
    if (this.visit === MAX_VISIT) {
      for (let r = 1; r < this.records.length; r += 4) this.records[r] = 0;
      this.visit = 0;
    }
    const visit = ++this.visit;
    let records = this.records;
    for (let i = 0; i < n; i++) {
      if (!arabic[i]) continue;
      const r = words[i]! << 2;
      let p = records[r]!;
      if (p === 0) {
        added(words[i]!, i);
        records = this.records;
        p = records[r]!;
      }
      const payload = p - 1;
      payloads[i] = payload;
      if (payload & mark) marked!.push(i);
      if (records[r + 1] === visit) local[i] = records[r + 2]!;
      else {
        // First time in this document.
        records[r + 1] = visit;
        records[r + 2] = count;
        ids[count] = words[i]!;
        local[i] = count++;
      }
    }
    return { local, ids: ids.subarray(0, count) };
  }

  /** Grows the records to hold ids up to `size` - 1. */
  private reserve(size: number): void {
    if (size << 2 <= this.records.length) return;
    let cap = this.records.length;
    while (cap < size << 2) cap *= 2;
    const b = new Int32Array(cap);
    b.set(this.records);
    this.records = b;
  }
}
