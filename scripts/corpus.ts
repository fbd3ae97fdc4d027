/**
 * Reads the evaluation corpus (../shared/corpus beside the checkout, or MUDAQQIQ_CORPUS) at run time.
 * The articles are never copied into the project; scripts skip cleanly when the folder is absent.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { DocFormat } from '../server/src/core/document';

export interface CorpusArticle {
  path: string;
  outlet: string;
  text: string;
  format: DocFormat;
}

export function corpusDir(): string {
  return process.env.MUDAQQIQ_CORPUS ?? resolve(__dirname, '..', '..', 'shared', 'corpus');
}

export function loadCorpus(): CorpusArticle[] | null {
  const root = corpusDir();
  if (!existsSync(root)) return null;
  const out: CorpusArticle[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.(md|txt)$/.test(name) && name !== 'README.md') {
        const outlet = p.slice(root.length + 1).split(/[\\/]/).slice(-2, -1)[0] ?? '';
        out.push({ path: p, outlet, text: readFileSync(p, 'utf8'), format: name.endsWith('.md') ? 'markdown' : 'plaintext' });
      }
    }
  };
  walk(root);
  return out;
}

export function countWords(text: string): number {
  return (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;
}
