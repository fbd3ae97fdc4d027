/**
 * `npm run eval`: measures each rule on the real articles of ../shared/corpus (read at run time, never
 * copied): recall on cases built by injecting errors into real articles, and flags per 1,000 words on the
 * unmodified articles (precision). Each rule's evaluation lives in scripts/eval/<rule>.ts.
 * `npm run eval -- <rule>` runs one; `--show` prints every flag on the unmodified articles for review.
 */
import { loadCorpus, corpusDir } from './corpus';
import { EVALUATIONS } from './eval/index';

async function main(): Promise<void> {
  const corpus = loadCorpus();
  if (!corpus) {
    console.log(`eval: corpus not found at ${corpusDir()} — skipped.`);
    return;
  }
  const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const show = process.argv.includes('--show');
  console.log(`eval: ${corpus.length} articles from ${corpusDir()}`);
  for (const ev of EVALUATIONS) {
    if (only.length && !only.includes(ev.rule)) continue;
    console.log(`\n== ${ev.rule} ==`);
    await ev.run(corpus, { show });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(2);
});
