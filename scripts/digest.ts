/**
 * `node dist/digest.js`: one hash of everything the engine reports over the corpus (every rule on, each
 * article checked against a workspace index of the others, plus the 1 MB draft of the bench). A change
 * that must not alter behaviour (a speed-up, a refactor) keeps the hash; print it before and after.
 * Reads ../shared/corpus at run time (or MUDAQQIQ_CORPUS); prints a note and exits 0 when it is absent.
 */
import { createHash } from 'node:crypto';
import { defaultEngineConfig } from '../server/src/core/config';
import { ArticleDocument } from '../server/src/core/document';
import { runRules } from '../server/src/core/engine';
import { WorkspaceIndex } from '../server/src/core/workspace';
import { INDEXERS, RULES } from '../server/src/rules';
import { loadCorpus } from './corpus';

const articles = loadCorpus();
if (!articles?.length) {
  console.log('digest: corpus not found — nothing to hash');
  process.exit(0);
}
const config = defaultEngineConfig();
for (const r of RULES) config.userRules[r.id] = 'warning';
const index = new WorkspaceIndex(INDEXERS);
for (const a of articles.slice(0, Math.ceil(articles.length / 2))) index.update('file:///' + a.path, ArticleDocument.parse(a.text, { format: a.format }));
const hash = createHash('sha256');
let findings = 0;
for (const a of articles) {
  const uri = 'file:///' + a.path;
  const found = runRules(ArticleDocument.parse(a.text, { format: a.format }), RULES, { config, workspace: index, uri });
  findings += found.length;
  hash.update(JSON.stringify(found));
}
const parts: string[] = [];
for (let i = 0, size = 0; size < 1_000_000; i++) {
  const t = articles[i % articles.length]!.text.replace(/^---[\s\S]*?\n---\n/, '');
  parts.push(t);
  size += Buffer.byteLength(t);
}
const big = runRules(ArticleDocument.parse(parts.join('\n\n'), { format: 'markdown' }), RULES, { config });
hash.update(JSON.stringify(big));
console.log(`digest: ${articles.length} articles, ${findings} findings; 1 MB draft ${big.length} findings; ${hash.digest('hex').slice(0, 16)}`);
