/**
 * `npm run differential -- OTHER [--cases N] [--seed S]`: checks thousands of mutated corpus drafts with this
 * checkout's engine and with the engine of OTHER (another checkout of the project, e.g. a `git worktree` of
 * the commit before a speed-up), and reports every draft where a finding differs: rule, range, messages,
 * fixes, explanation or related locations. Every rule is on, in both formats. The digest (`npm run digest`)
 * covers the corpus as it is; this covers odd input: quotation marks, bidi marks, ligatures, surrogate pairs,
 * suppression comments, Markdown syntax and name spellings inserted at random.
 *
 * Exit code 0 when no draft differs, 1 when one does (the first few are written to the temp folder), 2 for
 * usage errors. Reads ../shared/corpus at run time (or MUDAQQIQ_CORPUS); skips cleanly when it is absent.
 */
import { buildSync } from 'esbuild';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadCorpus } from './corpus';

interface Engine {
  check(text: string, format: 'markdown' | 'plaintext'): string[];
}

/** Bundles the engine of a checkout (its own sources and node_modules) into a module with `check`. */
function engineOf(root: string, dir: string, name: string): Engine {
  const src = (p: string) => JSON.stringify(join(root, 'server', 'src', p));
  const entry = join(dir, `${name}-entry.ts`);
  writeFileSync(
    entry,
    [
      `import { defaultEngineConfig } from ${src('core/config')};`,
      `import { ArticleDocument } from ${src('core/document')};`,
      `import { runRules } from ${src('core/engine')};`,
      `import { RULES } from ${src('rules')};`,
      'const config = defaultEngineConfig();',
      'for (const r of RULES) (config.userRules as Record<string, string>)[r.id] = "warning";',
      'export function check(text: string, format: "markdown" | "plaintext"): string[] {',
      '  const errors: string[] = [];',
      '  const found = runRules(ArticleDocument.parse(text, { format }), RULES, { config, onRuleError: (id, e) => errors.push(`${id} threw ${(e as Error).message}`) });',
      '  return [...errors, ...found.map((f) => JSON.stringify([f.rule, f.span, f.message, f.fixes, f.explanation, f.related ?? []]))];',
      '}',
    ].join('\n'),
  );
  const out = join(dir, `${name}.js`);
  buildSync({ entryPoints: [entry], bundle: true, platform: 'node', target: 'node20', format: 'cjs', outfile: out, logLevel: 'error', nodePaths: [join(root, 'node_modules')] });
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(out) as Engine;
}

/** Pieces inserted at random: what tends to break offsets, folding, quotes, Markdown and the key runs. */
const PIECES = [
  '"', '«', '»', '“', '”', ' ، ', '..', ' .', ',', '?', '\n', '\n\n', '# ', '- ', '*', '`', '[', '](http://x.y)',
  '<!-- mudaqqiq-disable-next-line -->\n', 'قال الوزير: ', 'ـ', 'ﻻ', '\u200F', '\u200E', '\u200C', ' ', 'اقرأ أيضاً: ',
  '---\n', '|', 'ترمب ', 'ترامب ', 'عبد الرحمن ', 'عبدالرحمن ', '\uFDFC', '\u{1D400}', '😀', 'e\u0301', '\uFE70',
  '٢٠٢٥', 'ﷺ', '\u0640\u064E',
];

function main(): number {
  const args = process.argv.slice(2);
  const flag = (name: string, fallback: number) => {
    const at = args.indexOf(name);
    if (at < 0) return fallback;
    const v = Number(args.splice(at, 2)[1]);
    if (!Number.isInteger(v) || v < 0) throw new Error(`${name} needs a whole number`);
    return v;
  };
  let cases: number;
  let seed: number;
  try {
    cases = flag('--cases', 3000);
    seed = flag('--seed', 1);
  } catch (e) {
    console.error(`differential: ${(e as Error).message}`);
    return 2;
  }
  const other = args[0] ? resolve(args[0]) : undefined;
  if (!other || !existsSync(join(other, 'server', 'src', 'core', 'document.ts'))) {
    console.error('usage: npm run differential -- OTHER_CHECKOUT [--cases N] [--seed S]  (OTHER_CHECKOUT holds server/src of the engine to compare with)');
    return 2;
  }
  const articles = loadCorpus();
  if (!articles?.length) {
    console.log('differential: corpus not found — nothing to compare');
    return 0;
  }
  const dir = mkdtempSync(join(tmpdir(), 'mudaqqiq-differential-'));
  const here = engineOf(resolve(__dirname, '..'), dir, 'here');
  const there = engineOf(other, dir, 'other');
  const rand = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  let differ = 0;
  for (let c = 0; c < cases; c++) {
    let t = articles[rand(articles.length)]!.text;
    if (rand(3) === 0) {
      const s = rand(t.length);
      t = t.slice(s, s + 200 + rand(3000));
    }
    for (let k = rand(12); k > 0; k--) {
      const at = rand(t.length + 1);
      t = rand(4) === 0 ? t.slice(0, at) + t.slice(at + 1 + rand(5)) : t.slice(0, at) + PIECES[rand(PIECES.length)] + t.slice(at);
    }
    const format = rand(2) ? 'markdown' : 'plaintext';
    const a = here.check(t, format);
    const b = there.check(t, format);
    if (a.join('\n') === b.join('\n')) continue;
    if (++differ <= 3) {
      const file = join(dir, `case-${c}.${format === 'markdown' ? 'md' : 'txt'}`);
      writeFileSync(file, t);
      const sa = new Set(a);
      const sb = new Set(b);
      console.log(`case ${c} (${format}) differs, draft in ${file}`);
      console.log('  only here:  ', a.filter((x) => !sb.has(x)).slice(0, 2).join('\n               '));
      console.log('  only there: ', b.filter((x) => !sa.has(x)).slice(0, 2).join('\n               '));
    }
  }
  console.log(`differential: ${cases} drafts, ${differ} differ`);
  return differ ? 1 : 0;
}

process.exitCode = main();
