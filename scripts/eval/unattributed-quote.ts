/**
 * Evaluation of `unattributed-quote` on the real articles of the corpus.
 *
 * Precision: flags per 1,000 words on the unmodified articles (`--show` prints every flag with its
 * context for review by hand: real articles do hold a few genuinely unattributed quotations).
 * Recall: every quotation that the rule finds attributed by a cue in its own sentence is stripped of it
 * the way a careless draft would — the lead-in before it cut («وقال الوزير في بيان إن "…"» → «"…"»,
 * as in the seed draft), or the speaker after it cut («"…"، قال الوزير.» → «"…".») — and the rule must
 * then flag it. Cases where what is left still attributes the quotation by the rule's window (a quotation
 * of the same speaker in the sentence before, a colon ending the previous paragraph, a verb in the
 * sentence after) are counted separately, by reason, and are misses in the headline recall.
 */
import { defaultEngineConfig } from '../../server/src/core/config';
import { ArticleDocument } from '../../server/src/core/document';
import { runRules } from '../../server/src/core/engine';
import { findCues, judgeQuotes, leadSentence, unattributedQuote } from '../../server/src/rules/unattributed-quote';
import { countWords, type CorpusArticle } from '../corpus';
import type { Evaluation } from './index';

const config = defaultEngineConfig();
const NO_TERMS: ReadonlySet<string> = new Set();

function parse(text: string, format: CorpusArticle['format']): ArticleDocument {
  return ArticleDocument.parse(text, { format });
}

export const unattributedQuoteEval: Evaluation = {
  rule: 'unattributed-quote',
  run(corpus, { show }) {
    let words = 0;
    let flags = 0;
    const byOutlet = new Map<string, { words: number; flags: number }>();
    const verdicts = new Map<string, number>();
    let cases = 0;
    let hits = 0;
    let unbuilt = 0;
    const missWhy = new Map<string, number>();
    const misses: string[] = [];
    let ruleMs = 0;
    for (const a of corpus) {
      const doc = parse(a.text, a.format);
      const t0 = process.hrtime.bigint();
      const findings = runRules(doc, [unattributedQuote], { config });
      ruleMs += Number(process.hrtime.bigint() - t0) / 1e6;
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
          const ctx = (a.text.slice(Math.max(para.start, f.span.start - 200), f.span.start) + '【' + a.text.slice(f.span.start, f.span.end) + '】' + a.text.slice(f.span.end, Math.min(para.end, f.span.end + 100))).replace(/\s+/g, ' ');
          console.log(`FLAG ${a.path.split('/').slice(-2).join('/')} :: ${ctx}`);
        }
      }
      // Recall cases: attribution in the quotation's own sentence, removed.
      const judged = judgeQuotes(doc, NO_TERMS);
      const cues = findCues(doc);
      for (const j of judged) verdicts.set(`${j.verdict}:${j.why}`, (verdicts.get(`${j.verdict}:${j.why}`) ?? 0) + 1);
      for (const j of judged) {
        const q = j.quote;
        if (j.verdict !== 'attributed' || (j.why !== 'before' && j.why !== 'after' && j.why !== 'label')) continue;
        const s0 = doc.sentenceAt(q.start)!;
        const sL = doc.sentenceAt(q.end - 1)!;
        let mutated: string;
        let at: number;
        if (j.why === 'before' || j.why === 'label') {
          // The lead-in starts where the rule starts reading it (before an abbreviation's dot: «وقال د. …»).
          const lead = leadSentence(doc, s0.index);
          mutated = a.text.slice(0, lead.start) + a.text.slice(q.start);
          at = lead.start;
        } else {
          // Cut the speaker after the quotation, keeping the sentence-final punctuation; not when another
          // quotation follows in the sentence (the cut would take it too).
          if (doc.quotes.some((o) => o.start >= q.end && o.start < sL.end)) continue;
          if (!doc.tokensIn({ start: q.end, end: sL.end }).some((tok) => cues[tok.index])) continue;
          const end = /[.!?؟…]$/.test(a.text.slice(sL.start, sL.end)) ? sL.end - 1 : sL.end;
          mutated = a.text.slice(0, q.end) + a.text.slice(end);
          at = q.start;
        }
        let mdoc = parse(mutated, a.format);
        let mj = judgeQuotes(mdoc, NO_TERMS).find((x) => x.quote.start === at);
        // A careless draft loses the speaker on both sides: with the lead-in cut, cut a speaker after it too.
        if (mj?.why === 'after' && (j.why === 'before' || j.why === 'label')) {
          const mq = mj.quote;
          const msL = mdoc.sentenceAt(mq.end - 1)!;
          if (mdoc.quotes.some((o) => o.start >= mq.end && o.start < msL.end)) continue;
          const end = /[.!?؟…]$/.test(mutated.slice(msL.start, msL.end)) ? msL.end - 1 : msL.end;
          mutated = mutated.slice(0, mq.end) + mutated.slice(end);
          mdoc = parse(mutated, a.format);
          mj = judgeQuotes(mdoc, NO_TERMS).find((x) => x.quote.start === at);
        }
        if (!mj) {
          // The cut changed how the quote marks pair up: no case to judge.
          unbuilt++;
          continue;
        }
        cases++;
        if (mj.verdict === 'unattributed') {
          hits++;
          continue;
        }
        const why = `${mj.verdict}:${mj.why}`;
        missWhy.set(why, (missWhy.get(why) ?? 0) + 1);
        if (show) {
          const para = mdoc.paragraphAt(at);
          const from = mdoc.sentences[Math.max(0, (mdoc.sentenceAt(at)?.index ?? 1) - 1)]!.start;
          misses.push(`MISS [${why}] ${a.path.split('/').slice(-2).join('/')} :: ${mutated.slice(Math.max(from, at - 250), Math.min(at + 200, para?.end ?? at)).replace(/\s+/g, ' ')}`);
        }
      }
    }
    for (const m of misses) console.log(m);
    console.log('verdicts on unmodified articles:', Object.fromEntries([...verdicts].sort()));
    console.log(`flags on unmodified articles: ${flags} in ${words} words = ${((flags * 1000) / words).toFixed(3)} per 1,000 words`);
    for (const [outlet, o] of [...byOutlet].sort()) console.log(`  ${outlet}: ${o.flags} flags, ${((o.flags * 1000) / o.words).toFixed(3)} per 1,000 words`);
    console.log(`recall on attribution removed: ${hits}/${cases} = ${cases ? ((100 * hits) / cases).toFixed(1) : '-'}% (${unbuilt} cuts left the quote marks paired differently and were dropped)`);
    const chained = missWhy.get('attributed:chained') ?? 0;
    console.log(`  leaving out the cases still attributed by a quotation of the same speaker just before (chained): ${hits}/${cases - chained} = ${((100 * hits) / (cases - chained)).toFixed(1)}%`);
    console.log('  misses by what still attributes the quotation:', Object.fromEntries([...missWhy].sort((x, y) => y[1] - x[1])));
    console.log(`rule time on unmodified articles: ${ruleMs.toFixed(1)} ms for ${corpus.length} articles (${((1000 * ruleMs) / corpus.length).toFixed(0)} µs per article)`);
  },
};
