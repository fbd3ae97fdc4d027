/**
 * Rule `anonymous-source` (optional, off by default; teams that track anonymous sourcing enable it at
 * "information"): marks sources that are not named — «مصدر مطلع»، «مصادر أمنية»، «مسؤول رفض الكشف عن
 * اسمه»، «شهود عيان», and a bare «مصدر/مصادر» right after a reporting verb or a source word
 * («وقالت مصادر»، «بحسب مصادر»). A named source («المصدر الرسمي باسم الوزارة», with the article) is not
 * marked. Nothing to fix: the finding is a note for the editor.
 */
import type { ArticleDocument, Token } from '../core/document';
import { foldString } from '../core/normalize';
import type { Rule } from '../core/rule';
import type { Finding } from '../core/types';
import { ANONYMOUS_HEADS, ANONYMOUS_QUALIFIERS, ANONYMOUS_SOURCE_PHRASES } from '../lexicon/attribution';
import { findCues } from './unattributed-quote';

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

function phraseAt(t: readonly Token[], i: number): number {
  for (const words of PHRASES) {
    if (!bare(t[i]!.folded).includes(words[0]!)) continue;
    let k = 1;
    while (k < words.length && t[i + k]?.sentence === t[i]!.sentence && t[i + k]!.folded === words[k]) k++;
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
    const t = doc.tokens;
    const out: Finding[] = [];
    let cues: ReturnType<typeof findCues> | undefined;
    for (let i = 0; i < t.length; i++) {
      if (!t[i]!.arabic) continue;
      let len = phraseAt(t, i);
      if (!len && bare(t[i]!.folded).some((w) => HEADS.has(w))) {
        const next = t[i + 1];
        if (next && next.sentence === t[i]!.sentence && QUALIFIERS.has(next.folded)) len = 2;
        else {
          cues ??= findCues(doc);
          const prev = t[i - 1];
          if (prev && prev.sentence === t[i]!.sentence && cues[prev.index] && cues[prev.index]!.kind !== 'participle') len = 1;
          else if (prev && cues[i - 2]?.kind === 'source' && cues[i - 2]!.last === i - 1) len = 1;
        }
      }
      if (!len) continue;
      const span = { start: t[i]!.start, end: t[i + len - 1]!.end };
      const text = doc.text.slice(span.start, span.end);
      out.push({
        rule: ID,
        span,
        message: { ar: `مصدر غير مسمى: «${text}»`, en: `Anonymous source: "${text}"` },
        explanation: {
          ar: 'هذا المصدر غير مسمى. فعّل فريقك هذه القاعدة لمتابعة المصادر المجهلة: تأكد أن المحرر يعرف هوية المصدر، وأن سبب إخفائها مذكور أو مبرر، وأن المعلومة لا تقوم على مصدر مجهول وحده. تُحتسب العبارات: مصدر/مصادر متبوعة بصفة (مطلع، أمني، رسمي، مقرب …)، أو مصادر بعد فعل قول أو عبارة مصدر (وقالت مصادر، بحسب مصادر)، وعبارات مثل «رفض الكشف عن اسمه» و«شهود عيان».',
          en: 'This source is not named. Your team enabled this rule to track anonymous sourcing: make sure the editor knows who the source is, that the reason for anonymity is given or justified, and that the information does not rest on an anonymous source alone. What counts: مصدر/مصادر followed by a qualifier (مطلع، أمني، رسمي، مقرب …), مصادر after a reporting verb or a source word (وقالت مصادر، بحسب مصادر), and phrases such as «رفض الكشف عن اسمه» and «شهود عيان».',
        },
        fixes: [],
      });
      i += len - 1;
    }
    return out;
  },
};
