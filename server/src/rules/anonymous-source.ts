/**
 * Rule `anonymous-source` (optional, off by default; teams that track anonymous sourcing enable it at
 * "information"): marks sources that are not named — «مصدر مطلع»، «مصادر أمنية»، «مسؤول رفض الكشف عن
 * اسمه»، «شهود عيان», and a bare «مصدر/مصادر» right after a reporting verb or a source word
 * («وقالت مصادر»، «بحسب مصادر»). A named source («المصدر الرسمي باسم الوزارة», with the article) is not
 * marked. Nothing to fix: the finding is a note for the editor.
 */
import type { ArticleDocument } from '../core/document';
import { foldString } from '../core/normalize';
import type { Rule } from '../core/rule';
import type { Finding } from '../core/types';
import { ANONYMOUS_HEADS, ANONYMOUS_QUALIFIERS, ANONYMOUS_SOURCE_PHRASES } from '../lexicon/attribution';
import { cueAt } from './unattributed-quote';

const ID = 'anonymous-source';

const HEADS = new Set(ANONYMOUS_HEADS.map(foldString));
const QUALIFIERS = new Set(ANONYMOUS_QUALIFIERS.map(foldString));
const PHRASES = ANONYMOUS_SOURCE_PHRASES.map((p) => foldString(p).split(/\s+/));

/** The word with a leading و/ف and then ب/ل stripped (ومصادر، لمصدر، وبحسب). */
function bare(folded: string): string[] {
  const out = [folded];
  let f = folded;
  if (/^[وف]/.test(f) && f.length > 3) out.push((f = f.slice(1)));
  if (/^[بل]/.test(f) && f.length > 3) out.push(f.slice(1));
  return out;
}

/** Phrases by their first word. */
const PHRASES_BY_HEAD = new Map<string, string[][]>();
for (const words of PHRASES) PHRASES_BY_HEAD.set(words[0]!, [...(PHRASES_BY_HEAD.get(words[0]!) ?? []), words]);

/**
 * A cheap test run on every token before the memo look-up: a word can be a head or open a phrase only when
 * one of its bare forms — suffixes of it — is such a word, so only when it ends with the last three letters
 * of one. A table indexed by those three code units (6 low bits of each: distinct for Arabic letters;
 * collisions only let more words through to the exact test) turns away ~99 % of words without hashing
 * them (a map look-up per token of a long draft cost more than the rest of the rule).
 */
const LEXICON_WORDS = [...HEADS, ...PHRASES_BY_HEAD.keys()];
const ENDING_LETTERS = 3;
const ENDINGS = new Uint8Array(1 << (6 * ENDING_LETTERS));
for (const w of LEXICON_WORDS) if (w.length >= ENDING_LETTERS) ENDINGS[endingKey(w)] = 1;
/** With a shorter entry the test would not hold: every word then goes to the memo. */
const ENDINGS_USABLE = LEXICON_WORDS.every((w) => w.length >= ENDING_LETTERS);
function endingKey(folded: string): number {
  const n = folded.length;
  return ((folded.charCodeAt(n - 3) & 63) << 12) | ((folded.charCodeAt(n - 2) & 63) << 6) | (folded.charCodeAt(n - 1) & 63);
}
/** False when the word cannot be a head or open a phrase (true does not mean it is one). */
function mayClassify(folded: string): boolean {
  return !ENDINGS_USABLE || (folded.length >= ENDING_LETTERS && ENDINGS[endingKey(folded)] === 1);
}

interface WordClass {
  head: boolean;
  phrases: string[][];
}
const NO_CLASS: WordClass = { head: false, phrases: [] };
/** Memo per folded word: a document costs one map look-up per token. */
const classes = new Map<string, WordClass>();
function classify(folded: string): WordClass {
  let c = classes.get(folded);
  if (c) return c;
  const forms = bare(folded);
  const phrases = forms.flatMap((f) => PHRASES_BY_HEAD.get(f) ?? []);
  const head = forms.some((f) => HEADS.has(f));
  c = head || phrases.length ? { head, phrases } : NO_CLASS;
  if (classes.size > 50000) classes.clear();
  classes.set(folded, c);
  return c;
}

function phraseAt(doc: ArticleDocument, i: number, phrases: string[][]): number {
  const sentences = doc.tokenSentences;
  for (const words of phrases) {
    let k = 1;
    while (k < words.length && i + k < doc.tokenCount && sentences[i + k] === sentences[i] && doc.tokenFolded(i + k) === words[k]) k++;
    if (k === words.length) return k;
  }
  return 0;
}

export const anonymousSource: Rule = {
  id: ID,
  description: {
    en: 'An anonymous source (مصدر مطلع، مصادر، شهود عيان …), for editors who track anonymous sourcing.',
    ar: 'مصدر غير مسمى (مصدر مطلع، مصادر، شهود عيان …)، للمحررين الذين يتابعون المصادر المجهلة.',
  },
  defaultSeverity: 'off',
  check(doc: ArticleDocument): Finding[] {
    const out: Finding[] = [];
    // Token objects only for the candidates (`doc.token`): the loop reads the document's arrays.
    const t = (k: number) => doc.token(k);
    const arabic = doc.tokenArabic;
    for (let i = 0; i < doc.tokenCount; i++) {
      if (!arabic[i]) continue;
      const folded = doc.tokenFolded(i);
      if (!mayClassify(folded)) continue;
      const c = classify(folded);
      if (c === NO_CLASS) continue;
      let len = phraseAt(doc, i, c.phrases);
      if (!len && c.head) {
        const next = t(i + 1);
        if (next && next.sentence === t(i)!.sentence && QUALIFIERS.has(next.folded)) len = 2;
        else if (t(i - 1)?.sentence === t(i)!.sentence) {
          // Right after a reporting verb (وقالت مصادر) or at the end of a source phrase (بحسب مصادر، نقلا عن مصادر).
          for (let j = i - 1; j >= Math.max(0, i - 3) && !len; j--) {
            const c = cueAt(doc, j);
            if (c && c.last === i - 1 && c.kind !== 'participle' && (c.kind === 'source' || j === i - 1)) len = 1;
          }
        }
      }
      if (!len) continue;
      const span = { start: doc.tokenStarts[i]!, end: doc.tokenEnds[i + len - 1]! };
      const text = doc.text.slice(span.start, span.end);
      out.push({
        rule: ID,
        span,
        message: { ar: `مصدر غير مسمى: «${text}»`, en: `Anonymous source: "${text}"` },
        explanation: {
          ar: 'هذا المصدر غير مسمى. هذه القاعدة مفعّلة في الإعدادات لمتابعة المصادر المجهّلة: تأكد أن المحرر يعرف هوية المصدر، وأن سبب إخفائها مذكور أو مبرر، وأن المعلومة لا تقوم على مصدر مجهول وحده. تُحتسب العبارات: مصدر/مصادر متبوعة بصفة (مطلع، أمني، رسمي، مقرب …)، أو مصادر بعد فعل قول أو عبارة مصدر (وقالت مصادر، بحسب مصادر)، وعبارات مثل «رفض الكشف عن اسمه» و«شهود عيان».',
          en: 'This source is not named. This rule is on in your settings to track anonymous sourcing: make sure the editor knows who the source is, that the reason for anonymity is given or justified, and that the information does not rest on an anonymous source alone. What counts: مصدر/مصادر followed by a qualifier (مطلع، أمني، رسمي، مقرب …), مصادر after a reporting verb or a source word (وقالت مصادر، بحسب مصادر), and phrases such as «رفض الكشف عن اسمه» and «شهود عيان».',
        },
        fixes: [],
      });
      i += len - 1;
    }
    return out;
  },
};
