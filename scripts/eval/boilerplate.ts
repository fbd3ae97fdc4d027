/**
 * Evaluation of `boilerplate` and `duplicate-paragraph` on the real articles of the corpus (read at run
 * time, never copied).
 *
 * boilerplate
 *   Precision: the whole corpus is indexed as one workspace (so template lines recurring in ≥ 3 articles
 *   count), then every unmodified article is checked; flags per 1,000 words. `--show` prints every flagged
 *   block for review by hand (the corpus holds real leftovers: BBC «اقرأ أيضاً» blocks and app prompts).
 *   Recall: each held-out block (scripts/eval/boilerplate-heldout.ts, wording the rule's catalogue never
 *   saw) is injected into real articles — at the top, between two paragraphs, at the end — and must come
 *   back as ONE finding spanning exactly the injected lines, whose preferred fix restores the article.
 *   Hard negatives (story sentences about WhatsApp, subscriptions, apps) are injected the same way and
 *   must not be flagged.
 * duplicate-paragraph
 *   Precision: flags per 1,000 words on the unmodified articles (`--show` prints them).
 *   Recall: a paragraph of ≥ 8 words is pasted again further down, verbatim or with one word dropped.
 */
import { defaultEngineConfig } from '../../server/src/core/config';
import { ArticleDocument } from '../../server/src/core/document';
import { applyEdits, runRules } from '../../server/src/core/engine';
import type { Rule } from '../../server/src/core/rule';
import type { Finding } from '../../server/src/core/types';
import { WorkspaceIndex } from '../../server/src/core/workspace';
import { boilerplate, boilerplateIndexer } from '../../server/src/rules/boilerplate';
import { duplicateParagraph } from '../../server/src/rules/duplicate-paragraph';
import { countWords, type CorpusArticle } from '../corpus';
import { HARD_NEGATIVES, HELD_OUT } from './boilerplate-heldout';
import type { Evaluation } from './index';

const config = defaultEngineConfig();

function run(rule: Rule, text: string, a: CorpusArticle, ws?: WorkspaceIndex): { doc: ArticleDocument; findings: Finding[] } {
  const doc = ArticleDocument.parse(text, { format: a.format });
  return { doc, findings: runRules(doc, [rule], { config, workspace: ws, uri: a.path }) };
}

/** Deterministic pseudo-random numbers (the same cases on every run). */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Offsets where a block can go: before a body paragraph line (never inside the front matter or the title). */
function insertionPoints(doc: ArticleDocument): number[] {
  const frontEnd = doc.frontMatter?.span.end ?? 0;
  const out: number[] = [];
  for (const p of doc.paragraphs) {
    if (p.kind !== 'text' || p.start < frontEnd) continue;
    const line = doc.lines[doc.lineAt(p.start)]!;
    if (line.start === p.start || doc.text.slice(line.start, p.start).trim() === '') out.push(line.start);
  }
  return out;
}

function shortName(a: CorpusArticle): string {
  return a.path.split('/').slice(-2).join('/');
}

export const boilerplateEval: Evaluation = {
  rule: 'boilerplate',
  run(corpus, { show }) {
    const ws = new WorkspaceIndex([boilerplateIndexer]);
    const t0 = process.hrtime.bigint();
    for (const a of corpus) ws.update(a.path, ArticleDocument.parse(a.text, { format: a.format }));
    const indexMs = Number(process.hrtime.bigint() - t0) / 1e6;

    // Precision on the unmodified articles.
    let words = 0;
    let flags = 0;
    let lines = 0;
    const byKind = new Map<string, number>();
    let checkNs = 0n;
    for (const a of corpus) {
      words += countWords(a.text);
      const s = process.hrtime.bigint();
      const { findings } = run(boilerplate, a.text, a, ws);
      checkNs += process.hrtime.bigint() - s;
      flags += findings.length;
      for (const f of findings) {
        byKind.set(f.message.en, (byKind.get(f.message.en) ?? 0) + 1);
        const block = a.text.slice(f.span.start, f.span.end);
        lines += block.split('\n').filter((l) => l.trim()).length;
        if (show) console.log(`FLAG ${shortName(a)} [${f.message.en}]\n    ${block.split('\n').filter((l) => l.trim()).map((l) => l.slice(0, 140)).join('\n    ')}`);
      }
    }
    console.log(`unmodified: ${flags} blocks (${lines} lines) in ${words} words = ${((flags * 1000) / words).toFixed(3)} flags per 1,000 words (review with --show)`);
    console.log(`  by kind: ${[...byKind].sort((x, y) => y[1] - x[1]).map(([k, n]) => `${k}: ${n}`).join('; ')}`);
    console.log(`  speed: workspace index ${indexMs.toFixed(0)} ms for ${corpus.length} articles; check ${(Number(checkNs) / 1e6 / corpus.length).toFixed(3)} ms per article (mean)`);

    // Recall on held-out blocks.
    const rand = rng(4);
    const perKind = new Map<string, { cases: number; found: number; exact: number; restored: number }>();
    const misses: string[] = [];
    let negCases = 0;
    let negFlags = 0;
    const sample = corpus.filter((_, i) => i % 4 === 0);
    for (const a of sample) {
      const doc = ArticleDocument.parse(a.text, { format: a.format });
      const points = insertionPoints(doc);
      if (points.length < 2) continue;
      const block = HELD_OUT[Math.floor(rand() * HELD_OUT.length)]!;
      const where = [points[0]!, points[1 + Math.floor(rand() * (points.length - 1))]!, a.text.length][Math.floor(rand() * 3)]!;
      const sep = a.format === 'markdown' ? '\n\n' : '\n';
      const atEnd = where === a.text.length;
      const injected = block.lines.join(sep);
      const text = atEnd ? a.text.replace(/\s*$/, '') + sep + injected + '\n' : a.text.slice(0, where) + injected + sep + a.text.slice(where);
      const start = atEnd ? a.text.replace(/\s*$/, '').length + sep.length : where;
      const end = start + injected.length;
      const { findings } = run(boilerplate, text, a, ws);
      const k = perKind.get(block.kind) ?? { cases: 0, found: 0, exact: 0, restored: 0 };
      k.cases++;
      const hit = findings.find((f) => f.span.start < end && f.span.end > start);
      if (hit) {
        k.found++;
        if (hit.span.start === start && hit.span.end === end) k.exact++;
        else misses.push(`SPAN ${shortName(a)} [${block.kind}] got «${text.slice(hit.span.start, hit.span.end).replace(/\n/g, ' ⏎ ').slice(0, 160)}»`);
        const fixed = applyEdits(text, hit.fixes[0]!.edits);
        if (fixed.replace(/\s+$/, '') === a.text.replace(/\s+$/, '')) k.restored++;
      } else misses.push(`MISS ${shortName(a)} [${block.kind}] «${block.lines.join(' ⏎ ')}»`);
      perKind.set(block.kind, k);

      // A hard negative, injected between two paragraphs.
      const neg = HARD_NEGATIVES[Math.floor(rand() * HARD_NEGATIVES.length)]!;
      const nw = points[1 + Math.floor(rand() * (points.length - 1))]!;
      const ntext = a.text.slice(0, nw) + neg + sep + a.text.slice(nw);
      negCases++;
      const nf = run(boilerplate, ntext, a, ws).findings.filter((f) => f.span.start < nw + neg.length && f.span.end > nw);
      if (nf.length) {
        negFlags++;
        misses.push(`FALSE ${shortName(a)} «${neg}» → ${nf[0]!.message.en}`);
      }
    }
    let cases = 0;
    let found = 0;
    let exact = 0;
    let restored = 0;
    for (const [kind, k] of [...perKind].sort()) {
      cases += k.cases;
      found += k.found;
      exact += k.exact;
      restored += k.restored;
      console.log(`  ${kind}: ${k.found}/${k.cases} found, ${k.exact} exact span, ${k.restored} fix restores the article`);
    }
    console.log(`held-out recall: ${found}/${cases} = ${((100 * found) / cases).toFixed(1)}% found; ${((100 * exact) / cases).toFixed(1)}% exact span; ${((100 * restored) / cases).toFixed(1)}% fix restores the article`);
    console.log(`hard negatives flagged: ${negFlags}/${negCases}`);
    for (const m of misses) console.log('  ' + m);
  },
};

export const duplicateParagraphEval: Evaluation = {
  rule: 'duplicate-paragraph',
  run(corpus, { show }) {
    let words = 0;
    let flags = 0;
    let exactFlags = 0;
    let ofLead = 0;
    for (const a of corpus) {
      words += countWords(a.text);
      const { doc, findings } = run(duplicateParagraph, a.text, a);
      flags += findings.length;
      // The corpus writes the abstract, then the body, whose first paragraph is often the same lead.
      const body = doc.paragraphs.filter((p) => p.kind === 'text');
      const lead = body[0]?.start === doc.lines[0]!.start && a.format === 'plaintext' ? body[1] : body[0];
      for (const f of findings) {
        if (f.related?.[0]?.span?.start === lead?.start) ofLead++;
        if (f.message.en.startsWith('Repeated')) exactFlags++;
        if (show) console.log(`FLAG ${shortName(a)} [${f.message.en}] ${a.text.slice(f.span.start, f.span.end).slice(0, 120)}`);
      }
    }
    console.log(`unmodified: ${flags} flags (${exactFlags} verbatim) in ${words} words = ${((flags * 1000) / words).toFixed(3)} per 1,000 words (review with --show)`);
    console.log(`  of which ${ofLead} repeat the article's lead (the corpus format writes the abstract, then a body that opens with it); ${flags - ofLead} others`);

    const rand = rng(9);
    let cases = 0;
    let hits = 0;
    let restored = 0;
    for (const a of corpus.filter((_, i) => i % 3 === 0)) {
      const doc = ArticleDocument.parse(a.text, { format: a.format });
      const paras = doc.paragraphs.filter((p) => p.kind === 'text' && countWords(a.text.slice(p.start, p.end)) >= 12);
      if (paras.length < 2) continue;
      const pi = Math.floor(rand() * (paras.length - 1));
      const src = a.text.slice(paras[pi]!.start, paras[pi]!.end);
      let copy = src;
      if (rand() < 0.5) {
        const w = src.split(' ');
        w.splice(1 + Math.floor(rand() * (w.length - 2)), 1); // one word dropped
        copy = w.join(' ');
      }
      const after = paras[pi + 1 + Math.floor(rand() * (paras.length - pi - 1))]!;
      const line = doc.lines[doc.lineAt(after.end)]!;
      const sep = a.format === 'markdown' ? '\n\n' : '\n';
      const at = line.end;
      const text = a.text.slice(0, at) + sep + copy + a.text.slice(at);
      cases++;
      const { findings } = run(duplicateParagraph, text, a);
      const hit = findings.find((f) => f.span.start === at + sep.length && f.span.end === at + sep.length + copy.length);
      if (hit) {
        hits++;
        if (applyEdits(text, hit.fixes[0]!.edits) === a.text) restored++;
      }
    }
    console.log(`recall: ${hits}/${cases} = ${((100 * hits) / cases).toFixed(1)}% (half verbatim, half with one word dropped); fix restores the article in ${restored}`);
  },
};
