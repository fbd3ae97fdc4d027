/**
 * Rule `duplicate-paragraph`: a paragraph repeated verbatim or nearly so inside one article, a common
 * copy-paste leftover (the lead pasted twice, a paragraph pasted again after editing the first copy).
 * The later copy is flagged and its fix removes it (with the blank line it leaves).
 *
 * "Nearly": compared on the folded key (hamza forms, diacritics, punctuation ignored), two paragraphs
 * are copies when they are equal, or when they share at least 80% of their word pairs (bigrams) (a word or
 * two changed). Shingles are looked up in a hash map, so the rule is linear in the article's length.
 * Short paragraphs (fewer than 8 words: subheadings, datelines, «تفاصيل») and titles/headings are
 * left alone: repeating them is normal.
 */
import type { ArticleDocument, Paragraph } from '../core/document';
import type { Rule } from '../core/rule';
import type { Finding } from '../core/types';
import { keyWords, removalEdit } from './boilerplate';

const ID = 'duplicate-paragraph';
const MIN_WORDS = 8;
const SHINGLE = 2;
/** Share of the longer paragraph's word pairs found in the other one. */
const NEAR = 0.8;
/** A word pair found in more paragraphs than this is too common to compare by (keeps the work linear). */
const MAX_POSTINGS = 8;

interface Para {
  p: Paragraph;
  key: string;
  /** Word pairs, each as a small integer (see `check`). */
  shingles: Set<number>;
}

export const duplicateParagraph: Rule = {
  id: ID,
  description: {
    en: 'A paragraph repeated (near-)verbatim inside one article.',
    ar: 'فقرة مكررة حرفياً أو شبه حرفي داخل الخبر نفسه.',
  },
  defaultSeverity: 'warning',
  check(doc: ArticleDocument): Finding[] {
    const paras: Para[] = [];
    // Words and word pairs as small integers (cheap to hash, no string built per pair).
    const ids = new Map<string, number>();
    const idOf = (w: string) => {
      let id = ids.get(w);
      if (id === undefined) ids.set(w, (id = ids.size));
      return id;
    };
    const pairIds = new Map<number, Map<number, number>>();
    let pairCount = 0;
    const pairOf = (a: number, b: number) => {
      let second = pairIds.get(a);
      if (!second) pairIds.set(a, (second = new Map()));
      let id = second.get(b);
      if (id === undefined) second.set(b, (id = pairCount++));
      return id;
    };
    const { text, foldAt } = doc.folded;
    for (const p of doc.paragraphs) {
      if (p.kind !== 'text') continue;
      // The folded text is already folded: the key is its words joined by single spaces (= phraseKey).
      const words = keyWords(text, foldAt[p.start]!, foldAt[p.end]!);
      if (words.length < MIN_WORDS) continue;
      const shingles = new Set<number>();
      let prev = idOf(words[0]!);
      for (let i = 0; i + SHINGLE <= words.length; i++) {
        const next = idOf(words[i + 1]!);
        shingles.add(pairOf(prev, next));
        prev = next;
      }
      paras.push({ p, key: words.join(' '), shingles });
    }
    const byKey = new Map<string, number>();
    const postings: (number[] | undefined)[] = [];
    const out: Finding[] = [];
    paras.forEach((cur, ci) => {
      let orig = byKey.get(cur.key);
      let share = 1;
      if (orig === undefined) {
        const shared = new Map<number, number>();
        for (const s of cur.shingles) {
          const list = postings[s];
          if (!list || list.length > MAX_POSTINGS) continue;
          for (const j of list) shared.set(j, (shared.get(j) ?? 0) + 1);
        }
        for (const [j, n] of shared) {
          const sh = n / Math.max(cur.shingles.size, paras[j]!.shingles.size);
          if (sh >= NEAR && (orig === undefined || sh > share)) {
            orig = j;
            share = sh;
          }
        }
      }
      if (orig !== undefined) {
        out.push(finding(doc, paras[orig]!.p, cur.p, share));
        return; // a copy does not become an original for later copies
      }
      byKey.set(cur.key, ci);
      for (const s of cur.shingles) {
        const list = postings[s];
        if (list) list.push(ci);
        else postings[s] = [ci];
      }
    });
    return out;
  },
};

function finding(doc: ArticleDocument, first: Paragraph, copy: Paragraph, share: number): Finding {
  const firstLine = doc.lineAt(first.start) + 1;
  const exact = share === 1;
  const pct = Math.floor(share * 100);
  const start = doc.text.slice(first.start, Math.min(first.end, first.start + 60));
  const message = exact
    ? { ar: `فقرة مكررة (نسخة من الفقرة في السطر ${firstLine})`, en: `Repeated paragraph (copy of the paragraph on line ${firstLine})` }
    : { ar: `فقرة شبه مكررة (${pct}% منها في الفقرة في السطر ${firstLine})`, en: `Near-duplicate paragraph (${pct}% the same as the paragraph on line ${firstLine})` };
  const explanation = {
    ar: `هذه الفقرة ${exact ? 'تكرار حرفي' : `تكرار شبه حرفي (${pct}% من أزواج كلماتها مشتركة)`} للفقرة في السطر ${firstLine}: «${start}${first.end - first.start > 60 ? '…' : ''}». التكرار داخل الخبر بقايا نسخ ولصق في الغالب؛ الإصلاح يحذف النسخة اللاحقة ويُبقي الأولى.`,
    en: `This paragraph ${exact ? 'repeats word for word' : `nearly repeats (${pct}% of its word pairs shared)`} the paragraph on line ${firstLine}: «${start}${first.end - first.start > 60 ? '…' : ''}». A repeat inside one story is usually a copy-paste leftover; the fix removes the later copy and keeps the first.`,
  };
  const edit = removalEdit(doc, doc.lineAt(copy.start), doc.lineAt(Math.max(copy.start, copy.end - 1)));
  return {
    rule: ID,
    span: { start: copy.start, end: copy.end },
    message,
    explanation,
    fixes: [{ title: { ar: 'احذف النسخة المكررة', en: 'Remove the repeated copy' }, edits: [edit], preferred: true, fixAll: true }],
    related: [{ span: { start: first.start, end: first.end }, message: { ar: 'الفقرة الأولى', en: 'The first copy' } }],
  };
}
