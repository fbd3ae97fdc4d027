/**
 * Evaluation of `unattributed-quote` on the real articles of the corpus.
 *
 * Precision: flags per 1,000 words on the unmodified articles (`--show` prints every flag with its
 * context for review by hand; real articles do contain a few genuinely unattributed quotations).
 * Recall: every quotation the rule accepts as attributed whose attribution stands in its own sentence is
 * stripped of it the way a careless draft would — the lead-in before it cut («وقال الوزير في بيان إن "…"»
 * → «"…"»), or the speaker after it cut («"…"، قال الوزير.» → «"…".») — and the rule must then flag it.
 */
import { defaultEngineConfig } from '../../server/src/core/config';
import { ArticleDocument } from '../../server/src/core/document';
import { runRules } from '../../server/src/core/engine';
import { findCues, notAQuotation, unattributedQuote } from '../../server/src/rules/unattributed-quote';
import { countWords, type CorpusArticle } from '../corpus';
import type { Evaluation } from './index';

const config = defaultEngineConfig();

function check(text: string, format: CorpusArticle['format']) {
  const doc = ArticleDocument.parse(text, { format });
  return { doc, findings: runRules(doc, [unattributedQuote], { config }) };
}

export const unattributedQuoteEval: Evaluation = {
  rule: 'unattributed-quote',
  run(corpus, { show }) {
    let words = 0;
    let flags = 0;
    let quotations = 0;
    const byOutlet = new Map<string, { words: number; flags: number }>();
    let cases = 0;
    let hits = 0;
    const misses: string[] = [];
    const started = process.hrtime.bigint();
    for (const a of corpus) {
      const { doc, findings } = check(a.text, a.format);
      const w = countWords(a.text);
      words += w;
      flags += findings.length;
      const o = byOutlet.get(a.outlet) ?? { words: 0, flags: 0 };
      o.words += w;
      o.flags += findings.length;
      byOutlet.set(a.outlet, o);
      if (show) {
        for (const f of findings) {
          const para = doc.paragraphAt(f.span.start)!;
          const ctx = a.text.slice(Math.max(para.start, f.span.start - 160), Math.min(para.end, f.span.end + 80)).replace(/\s+/g, ' ');
          console.log(`FLAG ${a.path.split('/').slice(-2).join('/')} :: ${ctx}`);
        }
      }
      // Recall cases.
      const flagged = new Set(findings.map((f) => f.span.start));
      const cues = findCues(doc);
      for (const q of doc.quotes) {
        if (q.depth > 0 || q.continuation || flagged.has(q.start)) continue;
        const inner = doc.tokensIn(q.inner);
        if (notAQuotation(doc, q, new Set(), inner)) continue;
        quotations++;
        const s0 = doc.sentenceAt(q.start);
        const sL = doc.sentenceAt(q.end - 1);
        if (!s0 || !sL) continue;
        const before = doc.tokensIn({ start: s0.start, end: q.start });
        const after = doc.tokensIn({ start: q.end, end: sL.end });
        // Only attribution that is in the quotation's own sentence and outside every quote.
        const outside = (tokIdx: number) => !doc.quotes.some((o) => o.depth === 0 && o.start <= doc.tokens[tokIdx]!.start && doc.tokens[tokIdx]!.start < o.end);
        const leadCue = before.some((t) => cues[t.index] && outside(t.index));
        const tailCue = !leadCue && after.some((t) => cues[t.index] && cues[t.index]!.kind !== 'participle' && outside(t.index)) && !doc.quotes.some((o) => o.start >= q.end && o.start < sL.end);
        let mutated: string;
        let at: number;
        if (leadCue) {
          mutated = a.text.slice(0, s0.start) + a.text.slice(q.start);
          at = s0.start;
        } else if (tailCue) {
          // Keep the sentence-final punctuation.
          const end = /[.!?؟…]$/.test(a.text.slice(sL.start, sL.end)) ? sL.end - 1 : sL.end;
          mutated = a.text.slice(0, q.end) + a.text.slice(end);
          at = q.start;
        } else continue;
        cases++;
        const res = check(mutated, a.format);
        if (res.findings.some((f) => f.span.start === at)) hits++;
        else if (show) {
          const para = res.doc.paragraphAt(at);
          const prevPara = para && para.index > 0 ? res.doc.paragraphs[para.index - 1] : undefined;
          misses.push(`MISS ${a.path.split('/').slice(-2).join('/')} :: ${prevPara ? mutated.slice(Math.max(prevPara.start, prevPara.end - 120), prevPara.end) + ' ¶ ' : ''}${mutated.slice(at, Math.min(at + 160, para?.end ?? at)).replace(/\s+/g, ' ')}`);
        }
      }
    }
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    for (const m of misses) console.log(m);
    console.log(`quotations judged attributed (unmodified): ${quotations}`);
    console.log(`flags on unmodified articles: ${flags} in ${words} words = ${((flags * 1000) / words).toFixed(3)} per 1,000 words`);
    for (const [outlet, o] of [...byOutlet].sort()) console.log(`  ${outlet}: ${o.flags} flags, ${((o.flags * 1000) / o.words).toFixed(3)} per 1,000 words`);
    console.log(`recall on attribution removed: ${hits}/${cases} = ${cases ? ((100 * hits) / cases).toFixed(1) : '-'}%`);
    console.log(`time (parse + rule, originals and mutations): ${ms.toFixed(0)} ms`);
  },
};
