/**
 * File discovery and reading for the adapters (CLI, server's workspace index). Not part of the engine:
 * it touches the file system. Binary or unreadable files are reported, never thrown.
 */
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join, resolve, dirname, sep, basename } from 'node:path';

/** Extensions of the files the checker reads when given a folder (and that the workspace index scans). */
export const ARTICLE_EXTENSIONS = ['.news.md', '.article.md', '.khabar', '.md', '.markdown', '.txt'];
/** Folders never walked into. */
const SKIPPED_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', 'dist', 'out', '.vscode-test', '.next', 'build']);

export function isArticleFile(path: string): boolean {
  const lower = path.toLowerCase();
  if (basename(lower) === 'readme.md' || basename(lower) === 'changelog.md') return false;
  return ARTICLE_EXTENSIONS.some((e) => lower.endsWith(e));
}

export type ReadResult = { ok: true; text: string; bom: boolean } | { ok: false; reason: 'binary' | 'unreadable' | 'too-large'; detail: string };

/** Files above this size are skipped (a draft is a few KB; 20 MB is surely not prose). */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

const decoder = new TextDecoder('utf-8', { fatal: true });

export function readTextFile(path: string): ReadResult {
  let buf: Buffer;
  try {
    const st = statSync(path);
    if (st.size > MAX_FILE_BYTES) return { ok: false, reason: 'too-large', detail: `${st.size} bytes` };
    buf = readFileSync(path);
  } catch (e) {
    return { ok: false, reason: 'unreadable', detail: (e as NodeJS.ErrnoException).code ?? (e as Error).message };
  }
  return decodeText(buf);
}

export function decodeText(buf: Uint8Array): ReadResult {
  const probe = buf.subarray(0, 8000);
  if (probe.includes(0)) return { ok: false, reason: 'binary', detail: 'contains NUL bytes' };
  try {
    // The decoder drops a leading byte-order mark; remember it so a rewrite can keep it.
    const bom = buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf;
    return { ok: true, text: decoder.decode(buf), bom };
  } catch {
    return { ok: false, reason: 'binary', detail: 'not valid UTF-8' };
  }
}

/** Walks a folder for article files, depth-first, sorted, skipping build and VCS folders. */
export function walkArticles(dir: string, out: string[] = [], limit = Infinity): string[] {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    return out;
  }
  for (const name of names) {
    if (out.length >= limit) break;
    const p = join(dir, name);
    let st;
    try {
      st = statSync(p);
    } catch {
      continue;
    }
    if (st.isDirectory()) {
      if (!SKIPPED_DIRS.has(name) && !name.startsWith('.')) walkArticles(p, out, limit);
    } else if (isArticleFile(p)) out.push(p);
  }
  return out;
}

/** Whether a string has glob syntax (* ? [ {). */
export function isGlob(s: string): boolean {
  return /[*?[{]/.test(s);
}

/**
 * Expands a glob (`**`, `*`, `?`, `{a,b}`, `[abc]`) relative to `cwd`. The pattern is translated into a
 * regular expression over path segments built from escaped literals, so any input is safe.
 */
export function expandGlob(pattern: string, cwd: string): string[] {
  const abs = resolve(cwd, pattern).split(sep).join('/');
  const parts = abs.split('/');
  const firstGlob = parts.findIndex(isGlob);
  const base = parts.slice(0, firstGlob).join('/') || '/';
  const re = globToRegExp(parts.slice(firstGlob).join('/'));
  const out: string[] = [];
  const walk = (dir: string, rel: string) => {
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch {
      return;
    }
    for (const name of names) {
      const p = join(dir, name);
      const r = rel ? `${rel}/${name}` : name;
      let st;
      try {
        st = statSync(p);
      } catch {
        continue;
      }
      if (st.isDirectory()) {
        if (!SKIPPED_DIRS.has(name)) walk(p, r);
      } else if (re.test(r)) out.push(p);
    }
  };
  if (existsSync(base)) walk(base, '');
  return out;
}

export function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*') {
      if (glob[i + 1] === '*') {
        const slash = glob[i + 2] === '/';
        re += slash ? '(?:.*/)?' : '.*';
        i += slash ? 2 : 1;
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '{') {
      const close = glob.indexOf('}', i);
      if (close < 0) re += '\\{';
      else {
        re += '(?:' + glob.slice(i + 1, close).split(',').map(escapeRe).join('|') + ')';
        i = close;
      }
    } else if (c === '[') {
      const close = glob.indexOf(']', i);
      if (close < 0) re += '\\[';
      else {
        re += '[' + glob.slice(i + 1, close).replace(/[\\\]^]/g, (m) => '\\' + m).replace(/^!/, '^') + ']';
        i = close;
      }
    } else re += escapeRe(c);
  }
  return new RegExp('^' + re + '$');
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** The nearest `.mudaqqiq.json` from `dir` upward, or undefined. */
export function findConfigFile(dir: string, name = '.mudaqqiq.json'): string | undefined {
  let d = resolve(dir);
  for (;;) {
    const p = join(d, name);
    if (existsSync(p)) return p;
    const parent = dirname(d);
    if (parent === d) return undefined;
    d = parent;
  }
}
