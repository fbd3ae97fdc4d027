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
import type { ArticleDocument, Paragraph } from '../core/document';
import type { Rule } from '../core/rule';
import type { Finding, Span } from '../core/types';
import { forEachKeyRun } from '../core/keys';
import { removalEdit } from './boilerplate';

const ID = 'duplicate-paragraph';
const MIN_WORDS = 8;
const SHINGLE = 2;
/** Share of the longer paragraph's word pairs found in the other one. */
const NEAR = 0.8;
/** A word pair found in more paragraphs than this is too common to compare by (keeps the work linear). */
const MAX_POSTINGS = 8;

/** A growable Int32Array. */
class IntList {
  a = new Int32Array(1024);
  n = 0;
  push(v: number): void {
    if (this.n === this.a.length) {
      const b = new Int32Array(this.a.length * 2);
      b.set(this.a);
      this.a = b;
    }
    this.a[this.n++] = v;
  }
}

/**
 * Open-addressing tables that give words (runs of key characters in the folded text, compared by their
 * characters) and word pairs small consecutive integers, without building a string or a Map per item.
 */
class Interner {
  /** Words: slot → id + 1 (0 = empty); id → first occurrence in the text and its hash. */
  private wslots = new Int32Array(1 << 12);
  readonly wStart = new IntList();
  readonly wLen = new IntList();
  private readonly wHash = new IntList();
  /** Pairs: slot → id + 1; id → its two word ids. */
  private pslots = new Int32Array(1 << 12);
  private readonly pA = new IntList();
  private readonly pB = new IntList();
  constructor(private readonly text: string) {}

  word(start: number, end: number, hash: number): number {
    let mask = this.wslots.length - 1;
    let i = hash & mask;
    const len = end - start;
    const text = this.text;
    for (;;) {
      const v = this.wslots[i]!;
      if (v === 0) break;
      const id = v - 1;
      if (this.wHash.a[id] === hash && this.wLen.a[id] === len) {
        const s = this.wStart.a[id]!;
        let k = 0;
        while (k < len && text.charCodeAt(s + k) === text.charCodeAt(start + k)) k++;
        if (k === len) return id;
      }
      i = (i + 1) & mask;
    }
    const id = this.wStart.n;
    this.wStart.push(start);
    this.wLen.push(len);
    this.wHash.push(hash);
    this.wslots[i] = id + 1;
    if (this.wStart.n * 2 > this.wslots.length) {
      this.wslots = new Int32Array(this.wslots.length * 2);
      mask = this.wslots.length - 1;
      for (let j = 0; j < this.wStart.n; j++) {
        let h = this.wHash.a[j]! & mask;
        while (this.wslots[h] !== 0) h = (h + 1) & mask;
        this.wslots[h] = j + 1;
      }
    }
    return id;
  }

  pair(a: number, b: number): number {
    let mask = this.pslots.length - 1;
    const hash = pairHash(a, b);
    let i = hash & mask;
    for (;;) {
      const v = this.pslots[i]!;
      if (v === 0) break;
      const id = v - 1;
      if (this.pA.a[id] === a && this.pB.a[id] === b) return id;
      i = (i + 1) & mask;
    }
    const id = this.pA.n;
    this.pA.push(a);
    this.pB.push(b);
    this.pslots[i] = id + 1;
    if (this.pA.n * 2 > this.pslots.length) {
      this.pslots = new Int32Array(this.pslots.length * 2);
      mask = this.pslots.length - 1;
      for (let j = 0; j < this.pA.n; j++) {
        let h = pairHash(this.pA.a[j]!, this.pB.a[j]!) & mask;
        while (this.pslots[h] !== 0) h = (h + 1) & mask;
        this.pslots[h] = j + 1;
      }
    }
    return id;
  }

  get pairs(): number {
    return this.pA.n;
  }
}

function pairHash(a: number, b: number): number {
  return Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca6b);
}

export const duplicateParagraph: Rule = {
  id: ID,
  description: {
    en: 'A paragraph repeated (near-)verbatim inside one article.',
    ar: 'فقرة مكررة حرفياً أو شبه حرفي داخل الخبر نفسه.',
  },
  defaultSeverity: 'warning',
  check(doc: ArticleDocument): Finding[] {
    const { text, foldAt } = doc.folded;
    const ix = new Interner(text);
    // Per kept paragraph: its words [wordFrom, wordFrom + wordCount) in `words` (the key: equal keys are
    // equal word sequences, words being the key's space-separated runs) and its distinct word pairs
    // [shFrom, shFrom + shCount) in `shingles`, in order of first appearance.
    const words = new IntList();
    const shingles = new IntList();
    const paras: Paragraph[] = [];
    const wordFrom: number[] = [];
    const wordCount: number[] = [];
    const shFrom: number[] = [];
    const shCount: number[] = [];
    const keyHash: number[] = [];
    /** Pair id → 1 + the last paragraph that holds it (dedupes a paragraph's pairs). */
    let seenIn = new Int32Array(1024);
    for (const p of doc.paragraphs) {
      if (p.kind !== 'text') continue;
      // The folded text is already folded: the key is its runs of letters and digits (= phraseKey).
      const w0 = words.n;
      const end = foldAt[p.end]!;
      forEachKeyRun(text, foldAt[p.start]!, end, (s, e) => {
        let h = 0x811c9dc5;
        for (let k = s; k < e; k++) h = Math.imul(h ^ text.charCodeAt(k), 0x01000193);
        words.push(ix.word(s, e, h | 0));
      });
      const n = words.n - w0;
      if (n < MIN_WORDS) {
        words.n = w0;
        continue;
      }
      const pi = paras.length;
      const s0 = shingles.n;
      let kh = n;
      for (let i = 0; i < n; i++) kh = Math.imul(kh ^ words.a[w0 + i]!, 0x01000193);
      for (let i = 0; i + SHINGLE <= n; i++) {
        const id = ix.pair(words.a[w0 + i]!, words.a[w0 + i + 1]!);
        if (id >= seenIn.length) {
          const b = new Int32Array(Math.max(seenIn.length * 2, id + 1));
          b.set(seenIn);
          seenIn = b;
        }
        if (seenIn[id] === pi + 1) continue;
        seenIn[id] = pi + 1;
        shingles.push(id);
      }
      paras.push(p);
      wordFrom.push(w0);
      wordCount.push(n);
      shFrom.push(s0);
      shCount.push(shingles.n - s0);
      keyHash.push(kh | 0);
    }
    const W = words.a;
    const S = shingles.a;
    const sameKey = (a: number, b: number) => {
      const n = wordCount[a]!;
      if (wordCount[b] !== n) return false;
      const fa = wordFrom[a]!;
      const fb = wordFrom[b]!;
      for (let i = 0; i < n; i++) if (W[fa + i] !== W[fb + i]) return false;
      return true;
    };
    /** Key hash → the originals with that hash. */
    const byKey = new Map<number, number[]>();
    const postings: (number[] | undefined)[] = new Array(ix.pairs);
    /** Pairs shared with each earlier paragraph, for the current one; `touched` in order of first sharing. */
    const shared = new Int32Array(paras.length);
    const touched: number[] = [];
    const out: Finding[] = [];
    for (let ci = 0; ci < paras.length; ci++) {
      let orig: number | undefined;
      const same = byKey.get(keyHash[ci]!);
      if (same) for (const j of same) if (sameKey(j, ci)) { orig = j; break; }
      let share = 1;
      const from = shFrom[ci]!;
      const size = shCount[ci]!;
      if (orig === undefined) {
        touched.length = 0;
        for (let k = 0; k < size; k++) {
          const list = postings[S[from + k]!];
          if (!list || list.length > MAX_POSTINGS) continue;
          for (const j of list) if (shared[j]!++ === 0) touched.push(j);
        }
        for (const j of touched) {
          const sh = shared[j]! / Math.max(size, shCount[j]!);
          shared[j] = 0;
          if (sh >= NEAR && (orig === undefined || sh > share)) {
            orig = j;
            share = sh;
          }
        }
      }
      if (orig !== undefined) {
        // The standfirst repeated (or paraphrased) by the first body paragraph is a house style (the
        // summary field of many news sites), not a paste error: a copy right after the first long paragraph
        // (or the second, when the first is a plain-text title line) is exempt — only when the copy comes
        // right after it in the document (blank lines aside): a lead pasted again after short paragraphs
        // or a heading is a paste error.
        const adjacent = paras[ci]!.index === paras[orig]!.index + 1;
        const standfirst = adjacent && ci === orig + 1 && (orig === 0 || (orig === 1 && titleLike(doc, paras[0]!)));
        if (!standfirst) out.push(finding(doc, paras[orig]!, paras[ci]!, share));
        continue; // a copy does not become an original for later copies
      }
      if (same) same.push(ci);
      else byKey.set(keyHash[ci]!, [ci]);
      for (let k = 0; k < size; k++) {
        const s = S[from + k]!;
        const list = postings[s];
        if (list) list.push(ci);
        else postings[s] = [ci];
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
  const quote = `«${start}${first.end - first.start > 60 ? '…' : ''}»`;
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
  const wa = keyWordSpans(doc, a);
  const wb = keyWordSpans(doc, b);
  const count = new Map<string, number>();
  for (const w of wb) count.set(w.key, (count.get(w.key) ?? 0) + 1);
  const onlyFirst: string[] = [];
  for (const w of wa) {
    const c = count.get(w.key) ?? 0;
    if (c > 0) count.set(w.key, c - 1);
    else onlyFirst.push(w.text);
  }
  const left = new Map<string, number>();
  for (const w of wa) left.set(w.key, (left.get(w.key) ?? 0) + 1);
  const onlyCopy: string[] = [];
  for (const w of wb) {
    const c = left.get(w.key) ?? 0;
    if (c > 0) left.set(w.key, c - 1);
    else onlyCopy.push(w.text);
  }
  return { onlyFirst: [...new Set(onlyFirst)], onlyCopy: [...new Set(onlyCopy)] };
}

/** The key words of a paragraph (runs of letters and digits of the folded text) and their original text. */
function keyWordSpans(doc: ArticleDocument, p: Paragraph): { key: string; text: string }[] {
  const { text, foldAt } = doc.folded;
  const out: { key: string; text: string }[] = [];
  forEachKeyRun(text, foldAt[p.start]!, foldAt[p.end]!, (s, e) => {
    const span = doc.fromFolded(s, e);
    out.push({ key: text.slice(s, e), text: doc.text.slice(span.start, span.end) });
  });
  return out;
}

/** A plain-text title line: no sentence punctuation at its end. */
function titleLike(doc: ArticleDocument, p: Span): boolean {
  return !/[.!?؟…:،]["»”')\]]*\s*$/.test(doc.text.slice(p.start, p.end));
}
