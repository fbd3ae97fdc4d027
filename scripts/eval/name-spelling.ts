/**
 * Evaluation of `name-spelling` on the real corpus (read at run time):
 *   - flags on the unmodified articles (per 1,000 words; `--show` prints each with its context for review);
 *   - recall on injected variants: in each article, a name the rule knows (listed, or in a name position)
 *     that occurs at least twice gets its last occurrence respelled with one kind of variant (hamza, ى/ي,
 *     ة/ه, long vowel, doubled letter, transliteration letter, compound joined/split); a hit is a finding on
 *     that occurrence;
 *   - the workspace index: the corpus indexed 8 times under different URIs (time and memory).
 */
import { performance } from 'node:perf_hooks';
import { defaultEngineConfig } from '../../server/src/core/config';
import { ArticleDocument } from '../../server/src/core/document';
import { runRules } from '../../server/src/core/engine';
import { WorkspaceIndex } from '../../server/src/core/workspace';
import { findClusters, type Occurrence } from '../../server/src/names/clusters';
import { isArabicGivenName } from '../../server/src/names/spelling';
import { nameSpelling, namesIndexer } from '../../server/src/rules/name-spelling';
import { countWords, type CorpusArticle } from '../corpus';
import type { Evaluation } from './index';

type Kind = 'hamza' | 'ya' | 'ta-marbuta' | 'long-vowel' | 'doubled' | 'translit' | 'compound';
const KINDS: Kind[] = ['hamza', 'ya', 'ta-marbuta', 'long-vowel', 'doubled', 'translit', 'compound'];
const TRANSLIT: Record<string, string> = { 'ج': 'غ', 'غ': 'ج', 'ك': 'ق', 'ق': 'ك', 'ت': 'ط', 'ط': 'ت', 'س': 'ص', 'ص': 'س', 'ز': 'ذ', 'ذ': 'ز', 'ظ': 'ز' };

/** A respelling of `v` of the given kind, or undefined when the kind does not apply to it. */
function variant(v: string, kind: Kind, foreign: boolean): string | undefined {
  const last = v.length - 1;
  switch (kind) {
    case 'hamza':
      if (/^[أإآ]/.test(v)) return 'ا' + v.slice(1);
      if (/^ا/.test(v) && v.length > 3) return 'إ' + v.slice(1);
      return undefined;
    case 'ya':
      if (v[last] === 'ى') return v.slice(0, last) + 'ي';
      if (v[last] === 'ي' && v.length >= 4) return v.slice(0, last) + 'ى';
      return undefined;
    case 'ta-marbuta':
      if (v[last] === 'ة') return v.slice(0, last) + 'ه';
      return undefined;
    case 'long-vowel': {
      if (!foreign || v.includes(' ')) return undefined;
      for (let i = 1; i < last; i++) if ('اوي'.includes(v[i]!) && !'اوي'.includes(v[i - 1]!) && i + 1 < last) return v.slice(0, i) + v.slice(i + 1);
      return v.length >= 4 ? v.slice(0, 2) + 'ي' + v.slice(2) : undefined;
    }
    case 'doubled': {
      if (!foreign || v.includes(' ')) return undefined;
      for (let i = 2; i < last; i++) if (!'اويةىأإآ'.includes(v[i]!)) return v.slice(0, i + 1) + v[i] + v.slice(i + 1);
      return undefined;
    }
    case 'translit': {
      if (!foreign || v.includes(' ')) return undefined;
      for (let i = 0; i <= last; i++) if (TRANSLIT[v[i]!]) return v.slice(0, i) + TRANSLIT[v[i]!] + v.slice(i + 1);
      return undefined;
    }
    case 'compound':
      if (/^(عبد|أبو|ابو) \S{3,}$/.test(v)) return v.replace(' ', '');
      if (/^(عبد|أبو|ابو)\S{3,}$/.test(v)) return v.replace(/^(عبد|أبو|ابو)/, '$1 ');
      return undefined;
  }
}

export const nameSpellingEvaluation: Evaluation = {
  rule: 'name-spelling',
  run(corpus: CorpusArticle[], { show }) {
    const config = defaultEngineConfig();
    let words = 0;
    let flags = 0;
    const times: number[] = [];
    for (const a of corpus) {
      words += countWords(a.text);
      const doc = ArticleDocument.parse(a.text, { format: a.format });
      const t1 = performance.now();
      const findings = runRules(doc, [nameSpelling], { config });
      const dt = performance.now() - t1;
      times.push(dt);
      flags += findings.length;
      if (show) {
        for (const f of findings) {
          const ctx = a.text.slice(Math.max(0, f.span.start - 30), f.span.end + 30).replace(/\s+/g, ' ');
          console.log(`${a.path.split('/').slice(-2).join('/')}:${doc.positionAt(f.span.start).line + 1}  ${f.message.en}\n    … ${ctx} …`);
        }
      }
    }
    times.sort((x, y) => x - y);
    console.log(`unmodified: ${flags} flags in ${words} words = ${((flags / words) * 1000).toFixed(3)} per 1,000 words`);
    console.log(`speed: median ${times[times.length >> 1]!.toFixed(3)} ms, p95 ${times[Math.floor(times.length * 0.95)]!.toFixed(3)} ms per article (rule only, parse excluded)`);

    // Recall on injected variants.
    const tried: Record<string, number> = {};
    const hit: Record<string, number> = {};
    const misses: string[] = [];
    let k = 0;
    for (const a of corpus) {
      const doc = ArticleDocument.parse(a.text, { format: a.format });
      const before = runRules(doc, [nameSpelling], { config });
      if (before.length) continue; // measure on articles the rule finds clean
      // Targets: listed names and compounds, and names found from context at least twice in a name position
      // (one anchored word may be an ordinary word after a title; two are a name).
      const clusters = findClusters(doc).filter(
        (c) => c.occurrences.length >= 2 && new Set(c.occurrences.map((o) => o.value)).size === 1 && (c.source !== 'context' || c.occurrences.filter((o) => o.anchored).length >= 2),
      );
      if (!clusters.length) continue;
      const c = clusters[k % clusters.length]!;
      const o: Occurrence = c.occurrences[c.occurrences.length - 1]!;
      // Letter and vowel variants are injected into transliterated names only: listed foreign names, and
      // context names of five letters or more that are not Arabic given names.
      const foreign = (c.source === 'list' ? c.listed!.foreign : c.source === 'context' && o.folded.length >= 5) && !isArabicGivenName(o.folded) && !o.value.includes(' ');
      for (let r = 0; r < KINDS.length; r++) {
        const kind = KINDS[(k + r) % KINDS.length]!;
        const v = variant(o.value, kind, foreign);
        if (!v || v === o.value || v.replace(/ /g, '').length < 4) continue;
        const text = a.text.slice(0, o.span.start) + v + a.text.slice(o.span.end);
        const d2 = ArticleDocument.parse(text, { format: a.format });
        const f2 = runRules(d2, [nameSpelling], { config });
        tried[kind] = (tried[kind] ?? 0) + 1;
        const ok = f2.some((f) => f.span.start <= o.span.start && f.span.end >= o.span.start + v.length - 1);
        if (ok) hit[kind] = (hit[kind] ?? 0) + 1;
        else misses.push(`${kind}: ${o.value} → ${v} (${a.path.split('/').slice(-1)[0]})`);
        break;
      }
      k++;
    }
    let T = 0;
    let H = 0;
    for (const kind of KINDS) {
      T += tried[kind] ?? 0;
      H += hit[kind] ?? 0;
      console.log(`  recall ${kind}: ${hit[kind] ?? 0}/${tried[kind] ?? 0}`);
    }
    console.log(`recall on injected variants: ${H}/${T} = ${((H / Math.max(1, T)) * 100).toFixed(1)}%`);
    if (show) for (const m of misses) console.log(`  missed ${m}`);

    // Workspace index: the corpus 8 times under different URIs.
    const docs = corpus.map((a) => ArticleDocument.parse(a.text, { format: a.format }));
    const index = new WorkspaceIndex([namesIndexer]);
    const heap0 = process.memoryUsage().heapUsed;
    const t0 = performance.now();
    for (let r = 0; r < 8; r++) for (let i = 0; i < docs.length; i++) index.update(`file:///copy${r}/${i}.md`, reparse(docs[i]!));
    const dt = performance.now() - t0;
    const heap = process.memoryUsage().heapUsed - heap0;
    console.log(`workspace index: ${index.size} articles in ${(dt / 1000).toFixed(2)} s (parse included), heap +${(heap / 1048576).toFixed(1)} MB`);
  },
};

/** A fresh parse (the index would otherwise reuse the memoised clusters of the same document object). */
function reparse(doc: ArticleDocument): ArticleDocument {
  return ArticleDocument.parse(doc.text, { format: doc.format });
}
