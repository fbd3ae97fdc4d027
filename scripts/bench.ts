/**
 * `npm run bench`: engine time per article over ../shared/corpus (parse + every rule: median, p95, MB/s)
 * and for one 1 MB draft built by concatenating articles (or sentences we write, when the corpus is absent).
 * Targets: median article ≤ 2 ms, 1 MB ≤ 100 ms. Prints numbers; never fails.
 */
import { defaultEngineConfig } from '../server/src/core/config';
import { ArticleDocument } from '../server/src/core/document';
import { runRules, severityOf } from '../server/src/core/engine';
import { WorkspaceIndex } from '../server/src/core/workspace';
import { INDEXERS, RULES } from '../server/src/rules';
import { loadCorpus } from './corpus';

const config = defaultEngineConfig();
/** Measured checks of the 1 MB draft. */
const BIG_RUNS = 15;

function timeOne(text: string, format: 'markdown' | 'plaintext'): number {
  const t0 = process.hrtime.bigint();
  const doc = ArticleDocument.parse(text, { format });
  runRules(doc, RULES, { config });
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

function pct(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p))]!;
}

function main(): void {
  const corpus = loadCorpus();
  const articles = corpus ?? [];
  console.log(`bench: rules ${RULES.map((r) => r.id).join(', ')}`);
  if (articles.length) {
    // Warm-up (JIT, lexicon caches), then three measured passes; each article's best time counts.
    for (const a of articles) timeOne(a.text, a.format);
    const best = articles.map(() => Infinity);
    for (let pass = 0; pass < 3; pass++) articles.forEach((a, i) => (best[i] = Math.min(best[i]!, timeOne(a.text, a.format))));
    const sorted = [...best].sort((a, b) => a - b);
    const bytes = articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0);
    const total = best.reduce((a, b) => a + b, 0);
    console.log(`corpus: ${articles.length} articles, ${(bytes / 1e6).toFixed(2)} MB`);
    console.log(`per article: median ${pct(sorted, 0.5).toFixed(3)} ms, p95 ${pct(sorted, 0.95).toFixed(3)} ms, max ${sorted[sorted.length - 1]!.toFixed(3)} ms`);
    console.log(`throughput: ${(bytes / 1e6 / (total / 1000)).toFixed(2)} MB/s`);
  } else {
    console.log('corpus: not found — per-article numbers skipped');
  }
  // One 1 MB draft.
  const parts: string[] = [];
  let size = 0;
  const source = articles.length ? articles.map((a) => a.text.replace(/^---[\s\S]*?\n---\n/, '')) : ['وقال الوزير إن الاجتماع انتهى، مضيفاً أن "المحادثات مستمرة" بحسب بيان الوزارة.\n\n'];
  for (let i = 0; size < 1_000_000; i++) {
    const t = source[i % source.length]!;
    parts.push(t);
    size += Buffer.byteLength(t);
  }
  const big = parts.join('\n\n');
  // Two warm-up checks, then fifteen: the median of fifteen is steadier than that of five (a garbage
  // collection of the old generation falls on one check in ten or so, and the machine's load varies).
  for (let k = 0; k < 2; k++) timeOne(big, 'markdown');
  const runs = Array.from({ length: BIG_RUNS }, () => timeOne(big, 'markdown')).sort((a, b) => a - b);
  console.log(
    `1 MB draft (${(Buffer.byteLength(big) / 1e6).toFixed(2)} MB, ${big.length} UTF-16 units): median ${pct(runs, 0.5).toFixed(1)} ms, p90 ${pct(runs, 0.9).toFixed(1)} ms, best ${runs[0]!.toFixed(1)} ms (${BIG_RUNS} runs)`,
  );
  // Where the time of the 1 MB draft goes: parse and each enabled rule, best of 5 (garbage collection
  // falls on whichever stage triggers it, so the best run of each stage is the fair figure).
  const stages = new Map<string, number>();
  const keep = (k: string, ms: number) => stages.set(k, Math.min(stages.get(k) ?? Infinity, ms));
  for (let pass = 0; pass < 5; pass++) {
    let t = process.hrtime.bigint();
    const doc = ArticleDocument.parse(big, { format: 'markdown' });
    keep('parse', Number(process.hrtime.bigint() - t) / 1e6);
    for (const rule of RULES) {
      if (severityOf(rule, config) === 'off') continue;
      t = process.hrtime.bigint();
      runRules(doc, [rule], { config });
      keep(rule.id, Number(process.hrtime.bigint() - t) / 1e6);
    }
  }
  console.log(`  stages (best of 5): ${[...stages].map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', ')} ms`);
  // Workspace index: the corpus indexed under many URIs to reach 10,000 articles.
  if (articles.length && INDEXERS.length) {
    const ix = new WorkspaceIndex(INDEXERS);
    const heapBefore = process.memoryUsage().heapUsed;
    const t0 = process.hrtime.bigint();
    let n = 0;
    for (let copy = 0; n < 10000; copy++) for (const a of articles) if (n++ < 10000) ix.update(`file:///ws/${copy}/${a.path}`, ArticleDocument.parse(a.text, { format: a.format }));
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    if (global.gc) global.gc();
    console.log(`workspace index: ${ix.size} articles in ${(ms / 1000).toFixed(2)} s, heap +${((process.memoryUsage().heapUsed - heapBefore) / 1e6).toFixed(0)} MB`);
  }
}

main();
