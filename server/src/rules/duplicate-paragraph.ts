/**
 * Rule `duplicate-paragraph`: a paragraph repeated verbatim or nearly so inside one article, a common
 * copy-paste leftover (the lead pasted twice, a paragraph pasted again after editing the first copy).
 * The later copy is flagged. An exact copy (equal folded keys) is removed by the preferred fix, also in
 * fix-all; a near copy is often the writer's revised version, so its hover shows the words that differ and
 * it offers "remove this copy" and "remove the first copy", neither preferred nor in fix-all.
 *
 * "Nearly": compared on the folded key (hamza forms, diacritics, punctuation ignored), two paragraphs
 * are copies when they are equal, or when they share at least 80% of their word pairs (bigrams) (a word or
 * two changed). Shingles are looked up in a hash map, so the rule is linear in the article's length.
 * Short paragraphs (fewer than 8 words: subheadings, datelines, «تفاصيل») and titles/headings are
 * left alone: repeating them is normal.
 */
import { markdownText } from '../core/markdown';
import type { ArticleDocument, Paragraph } from '../core/document';
import type { Rule } from '../core/rule';
import type { Finding, Span } from '../core/types';
import { documentWords, grow, WORDS } from '../core/keys';
import { removalEdit } from './boilerplate';

const ID = 'duplicate-paragraph';
const MIN_WORDS = 8;
const SHINGLE = 2;
/** Share of the longer paragraph's word pairs found in the other one. */
const NEAR = 0.8;
/** A word pair found in more paragraphs than this is too common to compare by (keeps the work linear). */
const MAX_POSTINGS = 8;

/**
 * Word pairs (two word ids of `WORDS`) as small consecutive integers, in an open-addressing table whose
 * slot holds the pair and its id side by side (one cache line per probe): no string, no Map entry per pair.
 * One table serves every check (`reset` empties it): a fresh multi-megabyte array per check of a long draft
 * costs more in page faults and garbage than the lookups themselves.
 */
class PairTable {
  /** Slot k: [3k] = first word, [3k + 1] = second word, [3k + 2] = id + 1 (0 = empty); slots [0, capacity) in use. */
  private slots = new Int32Array(3 * 1024);
  private capacity = 1024;
  size = 0;

  /** Empties the table, sized for `expected` pairs at most (the rare overflow grows it). */
  reset(expected: number): void {
    let capacity = 1024;
    while (capacity * MAX_LOAD < expected) capacity *= 2;
    this.capacity = capacity;
    if (this.slots.length < capacity * 3) this.slots = new Int32Array(capacity * 3);
    else this.slots.fill(0, 0, capacity * 3);
    this.size = 0;
  }

  id(a: number, b: number): number {
    const slots = this.slots;
    const mask = this.capacity - 1;
    let i = pairHash(a, b) & mask;
    for (;;) {
      const v = slots[3 * i + 2]!;
      if (v === 0) break;
      if (slots[3 * i] === a && slots[3 * i + 1] === b) return v - 1;
      i = (i + 1) & mask;
    }
    const id = this.size++;
    slots[3 * i] = a;
    slots[3 * i + 1] = b;
    slots[3 * i + 2] = id + 1;
    if (this.size > this.capacity * MAX_LOAD) this.rehash();
    return id;
  }

  private rehash(): void {
    const old = this.slots;
    const oldEnd = this.capacity * 3;
    this.capacity *= 2;
    const slots = (this.slots = new Int32Array(this.capacity * 3));
    const mask = this.capacity - 1;
    for (let k = 0; k < oldEnd; k += 3) {
      if (old[k + 2] === 0) continue;
      let i = pairHash(old[k]!, old[k + 1]!) & mask;
      while (slots[3 * i + 2] !== 0) i = (i + 1) & mask;
      slots[3 * i] = old[k]!;
      slots[3 * i + 1] = old[k + 1]!;
      slots[3 * i + 2] = old[k + 2]!;
    }
  }
}

/** Fullest share of slots in use: a small table stays in the processor's cache (at 3/4 a lookup probes 2–3 slots). */
const MAX_LOAD = 0.75;

function pairHash(a: number, b: number): number {
  return Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca6b);
}

/** A hash of a pair whose low bits are well mixed (for the bitmaps). */
function pairBit(a: number, b: number): number {
  let h = pairHash(a, b);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  return h ^ (h >>> 12);
}

/**
 * Working arrays reused from check to check (grown as needed, never shrunk: a few MB after a 1 MB draft).
 * Per pair id: the paragraph stamp that last held it (dedupes a paragraph's pairs; stamps only grow, so
 * the array is never cleared) and its postings — the originals that hold it, in order, as a linked list of
 * entries; `postCount` is zeroed over the ids a check used before the next check starts.
 */
const pairs = new PairTable();
let seenIn = new Int32Array(1024);
let stamp = 0;
const STAMP_MAX = 2 ** 30;
let postCount = new Int32Array(1024);
/** Pair ids [0, postDirty) may have a count from the last check. */
let postDirty = 0;
let postHead = new Int32Array(1024);
let postTail = new Int32Array(1024);
let entryPara = new Int32Array(1024);
let entryNext = new Int32Array(1024);
let words = new Int32Array(1024);
/**
 * Pairs seen once (`seenOnce`) and more than once (`seenAgain`) in the document, by a hash of the pair:
 * a pair whose `seenAgain` bit is clear occurs once in the whole document. Such a pair (most pairs of a
 * draft) counts among its paragraph's distinct pairs and can be shared with no other paragraph, so it
 * never enters the pair table: the table holds only the pairs that may repeat, and stays small enough
 * for the processor's cache.
 */
let seenOnce = new Int32Array(1024);
let seenAgain = new Int32Array(1024);
/** The distinct pairs of the current paragraph that may repeat (ids in `pairs`), in order of first appearance. */
let own = new Int32Array(256);
/** Per original: pairs it shares with the current paragraph (back to 0 after each paragraph). */
let shared = new Int32Array(64);
let touched = new Int32Array(64);
/** The hashes (`pairBit`, masked) of the pairs of the paragraphs compared, in order. */
let pairHashes = new Int32Array(1024);
/** Per pair of the current paragraph (by position): 1 when it is found elsewhere in the document. */
let pairFlags = new Uint8Array(256);

export const duplicateParagraph: Rule = {
  id: ID,
  description: {
    en: 'A paragraph repeated (near-)verbatim inside one article.',
    ar: 'فقرة مكررة حرفياً أو شبه حرفي داخل الخبر نفسه.',
  },
  defaultSeverity: 'warning',
  check(doc: ArticleDocument): Finding[] {
    const { foldAt } = doc.folded;
    const dw = documentWords(doc, true);
    // The main pass goes over the paragraphs once: each is compared with the originals before it (the
    // paragraphs that are not copies), then becomes one.
    postCount.fill(0, 0, postDirty);
    postDirty = 0;
    let entries = 0;
    /** The words of the originals, one after the other (the key: equal keys are equal word sequences). */
    let wordCount = 0;
    const paras: Paragraph[] = [];
    /** Per original: its index among the paragraphs of ≥ MIN_WORDS words (originals and copies). */
    const origIndex: number[] = [];
    /** Per original: its words [wordFrom, wordFrom + its word count) and its number of distinct pairs. */
    const wordFrom: number[] = [];
    const wordsOf: number[] = [];
    const pairsOf: number[] = [];
    /** Key hash → the originals with that hash. */
    const byKey = new Map<number, number[]>();
    const out: Finding[] = [];
    // A first pass: which pairs occur more than once in the document (by hash: a collision only sends a
    // pair through the table for nothing).
    let bits = 1 << 15;
    while (bits < dw.count * 8) bits *= 2;
    const bitMask = bits - 1;
    /** Occurrences of a pair whose hash was seen before: the table holds at most twice as many pairs. */
    let again = 0;
    if (seenOnce.length < bits >> 5) {
      seenOnce = new Int32Array(bits >> 5);
      seenAgain = new Int32Array(bits >> 5);
    } else {
      seenOnce.fill(0, 0, bits >> 5);
      seenAgain.fill(0, 0, bits >> 5);
    }
    // The pairs' hashes are kept, in the order of the paragraphs, for the main pass.
    if (pairHashes.length < dw.count) pairHashes = new Int32Array(Math.max(dw.count, pairHashes.length * 2));
    let nHashes = 0;
    for (const p of doc.paragraphs) {
      if (p.kind !== 'text') continue;
      const n = dw.select(foldAt[p.start]!, foldAt[p.end]!);
      if (n < MIN_WORDS) continue;
      const r0 = dw.from;
      const ids = dw.wordIds();
      if (nHashes + n > pairHashes.length) pairHashes = grow(pairHashes, nHashes + n);
      let prev = ids[r0]!;
      for (let k = 1; k < n; k++) {
        const id = ids[r0 + k]!;
        const h = pairBit(prev, id) & bitMask;
        pairHashes[nHashes++] = h;
        const w = h >>> 5;
        const bit = 1 << (h & 31);
        if (seenOnce[w]! & bit) {
          seenAgain[w]! |= bit;
          again++;
        } else seenOnce[w]! |= bit;
        prev = id;
      }
    }
    // The table holds at most 2 × `again` pairs, but a draft's repeated pairs mostly recur several times
    // (about a third of `again` are distinct): sized for half of `again` it stays in the processor's
    // cache, and the rare draft with more grows it.
    pairs.reset(again >> 1);
    let ci = 0; // paragraphs of ≥ MIN_WORDS words seen (the index the old two-pass order gave them)
    /** Where this paragraph's pair hashes start in `pairHashes` (the first pass read the same paragraphs). */
    let hashAt = 0;
    for (const p of doc.paragraphs) {
      if (p.kind !== 'text') continue;
      // The folded text is already folded: the key is its runs of letters and digits (= phraseKey).
      const n = dw.select(foldAt[p.start]!, foldAt[p.end]!);
      if (n < MIN_WORDS) continue;
      const h0 = hashAt;
      hashAt += n - 1;
      const r0 = dw.from;
      if (wordCount + n > words.length) words = grow(words, wordCount + n);
      const w0 = wordCount;
      let kh = n;
      const ids = dw.wordIds();
      for (let k = 0; k < n; k++) {
        const id = ids[r0 + k]!;
        words[w0 + k] = id;
        kh = Math.imul(kh ^ id, 0x01000193);
      }
      kh |= 0;
      // An exact copy of an original.
      let orig = -1;
      const same = byKey.get(kh);
      if (same) {
        for (const j of same) {
          if (wordsOf[j] !== n) continue;
          const f = wordFrom[j]!;
          let k = 0;
          while (k < n && words[f + k] === words[w0 + k]) k++;
          if (k === n) {
            orig = j;
            break;
          }
        }
      }
      let share = 1;
      let size = 0;
      let nOwn = 0;
      if (orig < 0) {
        // Its distinct pairs, and the originals holding each (unless too many do).
        if (n > own.length) own = grow(own, n);
        if (paras.length > shared.length) {
          shared = grow(shared, paras.length);
          touched = grow(touched, paras.length);
        }
        let nTouched = 0;
        if (stamp === STAMP_MAX) {
          seenIn.fill(0);
          stamp = 0;
        }
        const mark = ++stamp;
        // Whether an original may share NEAR of the paragraph's distinct pairs: it shares at most the
        // paragraph's pairs found elsewhere in the document (`repeats`, each occurrence counted), and the
        // paragraph has at least its pairs found nowhere else (`unique`), plus one when `repeats` > 0. When
        // it cannot, the postings are not read (most paragraphs: they share a few common phrases at most).
        if (n - 1 > pairFlags.length) pairFlags = new Uint8Array(Math.max(n - 1, pairFlags.length * 2));
        let repeats = 0;
        for (let k = 0; k + SHINGLE <= n; k++) {
          const h = pairHashes[h0 + k]!;
          const repeated = (seenAgain[h >>> 5]! & (1 << (h & 31))) !== 0 ? 1 : 0;
          pairFlags[k] = repeated;
          repeats += repeated;
        }
        const unique = n - 1 - repeats;
        // (With a margin for rounding: a borderline paragraph reads its postings.)
        const mayBeNear = repeats + 1e-9 >= NEAR * (unique + (repeats > 0 ? 1 : 0));
        for (let k = 0; k + SHINGLE <= n; k++) {
          if (pairFlags[k] === 0) {
            size++; // a pair found nowhere else: distinct, shared with no other paragraph
            continue;
          }
          const a = words[w0 + k]!;
          const b = words[w0 + k + 1]!;
          const id = pairs.id(a, b);
          if (id >= postCount.length) {
            const len = Math.max(postCount.length * 2, id + 1);
            seenIn = grow(seenIn, len);
            postCount = grow(postCount, len);
            postHead = grow(postHead, len);
            postTail = grow(postTail, len);
          }
          if (id >= postDirty) postDirty = id + 1;
          if (seenIn[id] === mark) continue;
          seenIn[id] = mark;
          own[nOwn++] = id;
          size++;
          const c = postCount[id]!;
          if (c === 0 || c > MAX_POSTINGS || !mayBeNear) continue;
          for (let e = postHead[id]!; e >= 0; e = entryNext[e]!) {
            const j = entryPara[e]!;
            if (shared[j]!++ === 0) touched[nTouched++] = j;
          }
        }
        for (let t = 0; t < nTouched; t++) {
          const j = touched[t]!;
          const sh = shared[j]! / Math.max(size, pairsOf[j]!);
          shared[j] = 0;
          if (sh >= NEAR && (orig < 0 || sh > share)) {
            orig = j;
            share = sh;
          }
        }
      }
      ci++;
      if (orig >= 0) {
        // The standfirst repeated (or paraphrased) by the first body paragraph is a house style (the
        // summary field of many news sites), not a paste error: a copy right after the first long paragraph
        // (or the second, when the first is a plain-text title line) is exempt — only when the copy comes
        // right after it in the document (blank lines aside): a lead pasted again after short paragraphs
        // or a heading is a paste error. Indexes among the paragraphs of ≥ MIN_WORDS words: `at` the
        // copy's, `first` the original's.
        const at = ci - 1;
        const first = origIndex[orig]!;
        const adjacent = p.index === paras[orig]!.index + 1;
        const standfirst = adjacent && at === first + 1 && (first === 0 || (first === 1 && titleLike(doc, paras[0]!)));
        if (!standfirst) out.push(finding(doc, paras[orig]!, p, share));
        continue; // a copy does not become an original for later copies
      }
      // A new original.
      const oi = paras.length;
      paras.push(p);
      origIndex.push(ci - 1);
      wordFrom.push(w0);
      wordsOf.push(n);
      pairsOf.push(size);
      wordCount += n;
      if (same) same.push(oi);
      else byKey.set(kh, [oi]);
      if (entries + nOwn > entryPara.length) {
        entryPara = grow(entryPara, entries + nOwn);
        entryNext = grow(entryNext, entries + nOwn);
      }
      for (let k = 0; k < nOwn; k++) {
        const s = own[k]!;
        const c = postCount[s]!;
        if (c > MAX_POSTINGS) continue; // too common to be read already: no need to keep more
        postCount[s] = c + 1;
        const e = entries++;
        entryPara[e] = oi;
        entryNext[e] = -1;
        if (c === 0) postHead[s] = e;
        else entryNext[postTail[s]!] = e;
        postTail[s] = e;
      }
    }
    return out;
  },
};

function finding(doc: ArticleDocument, first: Paragraph, copy: Paragraph, share: number): Finding {
  const firstLine = doc.lineAt(first.start) + 1;
  const exact = share === 1;
  const pct = Math.floor(share * 100);
  const start = doc.text.slice(first.start, Math.min(first.end, first.start + 60));
  // Shown in the Markdown explanation as text (a `*` or `[` of the draft stays itself).
  const quote = `«${markdownText(start)}${first.end - first.start > 60 ? '…' : ''}»`;
  const message = exact
    ? { ar: `فقرة مكررة (نسخة من الفقرة في السطر ${firstLine})`, en: `Repeated paragraph (copy of the paragraph on line ${firstLine})` }
    : { ar: `فقرة شبه مكررة (${pct}% منها في الفقرة في السطر ${firstLine})`, en: `Near-duplicate paragraph (${pct}% the same as the paragraph on line ${firstLine})` };
  const removeCopy = removalEdit(doc, doc.lineAt(copy.start), doc.lineAt(Math.max(copy.start, copy.end - 1)));
  const related = [{ span: { start: first.start, end: first.end }, message: { ar: 'الفقرة الأولى', en: 'The first copy' } }];
  if (exact) {
    return {
      rule: ID,
      span: { start: copy.start, end: copy.end },
      message,
      explanation: {
        ar: `هذه الفقرة تكرار حرفي للفقرة في السطر ${firstLine}: ${quote}. التكرار داخل الخبر بقايا نسخ ولصق في الغالب؛ الإصلاح يحذف النسخة اللاحقة ويُبقي الأولى.`,
        en: `This paragraph repeats word for word the paragraph on line ${firstLine}: ${quote}. A repeat inside one story is usually a copy-paste leftover; the fix removes the later copy and keeps the first.`,
      },
      fixes: [{ title: { ar: 'احذف النسخة المكررة', en: 'Remove the repeated copy' }, edits: [removeCopy], preferred: true, fixAll: true }],
      related,
    };
  }
  // A near copy is often the writer's revised version: say what differs, and let the writer pick the one
  // to keep (neither removal is preferred nor part of fix-all).
  const diff = wordDiff(doc, first, copy);
  const list = (ws: string[], sep: string) => (ws.length ? ws.slice(0, DIFF_SHOWN).map((w) => `«${w}»`).join(sep) + (ws.length > DIFF_SHOWN ? `${sep}…` : '') : '');
  const rows = {
    ar: [
      diff.onlyFirst.length ? `- في الفقرة الأولى فقط: ${list(diff.onlyFirst, '، ')}` : '- لا كلمة في الفقرة الأولى غائبة عن هذه',
      diff.onlyCopy.length ? `- في هذه الفقرة فقط: ${list(diff.onlyCopy, '، ')}` : '- لا كلمة في هذه الفقرة غائبة عن الأولى',
    ],
    en: [
      diff.onlyFirst.length ? `- only in the first copy: ${list(diff.onlyFirst, ', ')}` : '- no word of the first copy is missing here',
      diff.onlyCopy.length ? `- only in this copy: ${list(diff.onlyCopy, ', ')}` : '- no word of this copy is missing from the first',
    ],
  };
  const removeFirst = removalEdit(doc, doc.lineAt(first.start), doc.lineAt(Math.max(first.start, first.end - 1)));
  return {
    rule: ID,
    span: { start: copy.start, end: copy.end },
    message,
    explanation: {
      ar: `هذه الفقرة تكرار شبه حرفي (${pct}% من أزواج كلماتها مشتركة) للفقرة في السطر ${firstLine}: ${quote}.\n\nالفرق:\n${rows.ar.join('\n')}\n\nقد تكون إحداهما النسخة المنقحة؛ اختر النسخة التي تُبقيها (لا يحذف الإصلاح الجماعي أياً منهما).`,
      en: `This paragraph nearly repeats (${pct}% of its word pairs shared) the paragraph on line ${firstLine}: ${quote}.\n\nWhat differs:\n${rows.en.join('\n')}\n\nOne of them may be the revised version; choose the one to keep (fix-all removes neither).`,
    },
    fixes: [
      { title: { ar: 'احذف هذه النسخة', en: 'Remove this copy' }, edits: [removeCopy], preferred: false, fixAll: false },
      { title: { ar: `احذف النسخة الأولى (السطر ${firstLine}) وأبقِ هذه`, en: `Remove the first copy (line ${firstLine}) and keep this one` }, edits: [removeFirst], preferred: false, fixAll: false },
    ],
    related,
  };
}

/** Words shown per side in the hover of a near copy. */
const DIFF_SHOWN = 8;

/**
 * The words (compared on the folded key, shown in the original spelling) that one paragraph has more
 * times than the other. Linear: one count map over the two paragraphs.
 */
function wordDiff(doc: ArticleDocument, a: Paragraph, b: Paragraph): { onlyFirst: string[]; onlyCopy: string[] } {
  const wa = keyWordRuns(doc, a);
  const wb = keyWordRuns(doc, b);
  return { onlyFirst: extraWords(doc, wa, wb), onlyCopy: extraWords(doc, wb, wa) };
}

/** The original text of the words of `x` beyond the count of the same word in `y`, each once, in order. */
function extraWords(doc: ArticleDocument, x: KeyWordRuns, y: KeyWordRuns): string[] {
  const count = new Map<number, number>();
  for (const id of y.ids) count.set(id, (count.get(id) ?? 0) + 1);
  const out: string[] = [];
  x.ids.forEach((id, k) => {
    const c = count.get(id) ?? 0;
    if (c > 0) count.set(id, c - 1);
    else {
      const span = doc.fromFolded(x.starts[k]!, x.ends[k]!);
      out.push(doc.text.slice(span.start, span.end));
    }
  });
  return [...new Set(out)];
}

interface KeyWordRuns {
  ids: number[];
  starts: number[];
  ends: number[];
}

/** The key words of a paragraph (runs of letters and digits of the folded text): ids and folded offsets. */
function keyWordRuns(doc: ArticleDocument, p: Paragraph): KeyWordRuns {
  const { foldAt } = doc.folded;
  const dw = documentWords(doc);
  const n = dw.select(foldAt[p.start]!, foldAt[p.end]!);
  const out: KeyWordRuns = { ids: [], starts: [], ends: [] };
  for (let k = dw.from; k < dw.from + n; k++) {
    out.ids.push(dw.id(k));
    out.starts.push(dw.starts[k]!);
    out.ends.push(dw.ends[k]!);
  }
  return out;
}

/** A plain-text title line: no sentence punctuation at its end. */
function titleLike(doc: ArticleDocument, p: Span): boolean {
  return !/[.!?؟…:،]["»”')\]]*\s*$/.test(doc.text.slice(p.start, p.end));
}
