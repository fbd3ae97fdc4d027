#!/usr/bin/env node
/**
 * `mudaqqiq check [paths|globs|-] [--format text|json|sarif] [--config FILE] [--lang ar|en] [--fix]`
 *
 * Exit codes: 0 = no finding at error or warning level; 1 = such findings; 2 = usage, configuration or
 * I/O error (the message names the file). Binary and unreadable files are skipped with a warning.
 * When several files are checked they form a workspace: cross-article rules (names, repeated lines) see
 * each other, exactly as in the editor.
 */
import { readFileSync, writeFileSync, statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CONFIG_FILE_NAME, defaultEngineConfig, parseTeamConfig, type EngineConfig } from './core/config';
import { ArticleDocument } from './core/document';
import { applyEdits, fixAllEdits, runRules } from './core/engine';
import type { Finding } from './core/types';
import { WorkspaceIndex } from './core/workspace';
import { decodeText, expandGlob, findConfigFile, isGlob, readTextFile, walkArticles } from './node/files';
import { INDEXERS, RULES } from './rules';
import { toSarif } from './node/sarif';

const VERSION = '0.1.0';
/** Edits of one fix listed in JSON output at most (see formatJson). */
const MAX_JSON_EDITS = 50;

const USAGE = `Usage: mudaqqiq check [paths|globs|-] [options]

Checks Arabic news drafts (Markdown or plain text). Folders are searched for
*.news.md, *.article.md, *.khabar, *.md, *.markdown and *.txt files; "-" reads stdin.

Options:
  --format text|json|sarif   output format (default: text)
  --config FILE              team configuration (default: nearest ${CONFIG_FILE_NAME} upward from the current folder)
  --lang ar|en               language of messages (default: en, or ar when LANG starts with ar)
  --stdin-filename NAME      name (and format) used for stdin input (default: stdin.txt)
  --fix                      apply every safe fix in place and report what is left
  --min-arabic-share N       check .md/.txt files only when this share of their letters is Arabic
                             (default 0.5; news files *.news.md, *.article.md, *.khabar always)
  --rule ID=SEVERITY         override a rule's severity (error|warning|information|hint|off); repeatable
  -h, --help                 show this help
  -v, --version              show the version

Rules: ${RULES.map((r) => r.id).join(', ')}
Exit codes: 0 no errors or warnings, 1 errors or warnings found, 2 usage, configuration or I/O error.`;

class UsageError extends Error {}

interface Options {
  inputs: string[];
  format: 'text' | 'json' | 'sarif';
  config?: string;
  lang: 'ar' | 'en';
  stdinName: string;
  fix: boolean;
  ruleOverrides: Record<string, string>;
  minArabicShare: number;
}

function parseArgs(argv: string[]): Options | 'help' | 'version' {
  const args = [...argv];
  if (!args.length || args[0] === '-h' || args[0] === '--help') return 'help';
  if (args[0] === '-v' || args[0] === '--version') return 'version';
  const cmd = args.shift();
  if (cmd !== 'check') throw new UsageError(`unknown command "${cmd}" (expected "check")`);
  const o: Options = { inputs: [], format: 'text', lang: (process.env.LANG ?? '').startsWith('ar') ? 'ar' : 'en', stdinName: 'stdin.txt', fix: false, ruleOverrides: {}, minArabicShare: 0.5 };
  const value = (flag: string) => {
    const v = args.shift();
    if (v === undefined) throw new UsageError(`${flag} needs a value`);
    return v;
  };
  while (args.length) {
    const a = args.shift()!;
    const eq = a.startsWith('--') ? a.indexOf('=') : -1;
    const flag = eq > 0 ? a.slice(0, eq) : a;
    if (eq > 0) args.unshift(a.slice(eq + 1));
    switch (flag) {
      case '--format': {
        const f = value(flag);
        if (f !== 'text' && f !== 'json' && f !== 'sarif') throw new UsageError(`unknown format "${f}" (text, json or sarif)`);
        o.format = f;
        break;
      }
      case '--config':
        o.config = value(flag);
        break;
      case '--lang': {
        const l = value(flag);
        if (l !== 'ar' && l !== 'en') throw new UsageError(`unknown language "${l}" (ar or en)`);
        o.lang = l;
        break;
      }
      case '--stdin-filename':
        o.stdinName = value(flag);
        break;
      case '--fix':
        o.fix = true;
        break;
      case '--min-arabic-share': {
        const v = Number(value(flag));
        if (!(v >= 0 && v <= 1)) throw new UsageError('--min-arabic-share takes a number from 0 to 1');
        o.minArabicShare = v;
        break;
      }
      case '--rule': {
        const [id, sev] = value(flag).split('=');
        if (!id || !sev) throw new UsageError('--rule takes ID=SEVERITY');
        o.ruleOverrides[id] = sev;
        break;
      }
      case '-h':
      case '--help':
        return 'help';
      default:
        if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option "${a}"`);
        o.inputs.push(a);
    }
  }
  if (!o.inputs.length) throw new UsageError('no input: give files, folders, globs or "-" for stdin');
  return o;
}

interface Input {
  name: string;
  path?: string;
  text: string;
  /** The file started with a UTF-8 byte-order mark (written back by --fix). */
  bom?: boolean;
}

function collectInputs(o: Options, warn: (m: string) => void): Input[] {
  const files: string[] = [];
  const inputs: Input[] = [];
  for (const arg of o.inputs) {
    if (arg === '-') {
      const r = decodeText(readFileSync(0));
      if (!r.ok) throw new IoError(`stdin: ${r.detail}`);
      inputs.push({ name: o.stdinName, text: r.text });
      continue;
    }
    if (isGlob(arg)) {
      const hits = expandGlob(arg, process.cwd());
      // A pattern that matches nothing is a mistake in a CI script, not a clean pass.
      if (!hits.length) throw new IoError(`no file matches "${arg}"`);
      files.push(...hits);
      continue;
    }
    let st;
    try {
      st = statSync(arg);
    } catch {
      throw new IoError(`${arg}: no such file or folder`);
    }
    if (st.isDirectory()) walkArticles(arg, files);
    else files.push(arg);
  }
  for (const f of [...new Set(files.map((f) => resolve(f)))]) {
    const r = readTextFile(f);
    const shown = relative(process.cwd(), f) || f;
    if (!r.ok) {
      warn(`${shown}: skipped (${r.reason === 'binary' ? 'binary file' : r.reason === 'too-large' ? 'too large' : 'unreadable'}: ${r.detail})`);
      continue;
    }
    inputs.push({ name: shown, path: f, text: r.text, bom: r.bom });
  }
  return inputs;
}

class IoError extends Error {}

function loadConfig(o: Options): EngineConfig {
  const config = defaultEngineConfig();
  const file = o.config ?? findConfigFile(process.cwd());
  if (file) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      throw new IoError(`${file}: cannot read the configuration file`);
    }
    const { config: team, errors } = parseTeamConfig(text, RULES.map((r) => r.id));
    if (errors.length) {
      // Every problem at once, so one run shows all there is to fix; nothing is checked with a bad file.
      const lines = errors.map((e) => {
        const before = text.slice(0, e.start).split('\n');
        return `${file}:${before.length}:${before[before.length - 1]!.length + 1}: ${o.lang === 'ar' ? e.message.ar : e.message.en}`;
      });
      throw new IoError(`${lines.join('\nmudaqqiq: ')}\nmudaqqiq: nothing was checked: fix the configuration file first`);
    }
    config.team = team;
  }
  for (const [id, sev] of Object.entries(o.ruleOverrides)) {
    if (!RULES.some((r) => r.id === id)) throw new UsageError(`unknown rule "${id}"`);
    if (!['error', 'warning', 'information', 'hint', 'off'].includes(sev)) throw new UsageError(`unknown severity "${sev}"`);
    config.userRules[id] = sev as never;
  }
  return config;
}

export interface FileResult {
  name: string;
  doc: ArticleDocument;
  findings: Finding[];
}

function main(argv: string[]): number {
  const stderr = (m: string) => process.stderr.write(m + '\n');
  let o: Options | 'help' | 'version';
  try {
    o = parseArgs(argv);
  } catch (e) {
    stderr(`mudaqqiq: ${(e as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (o === 'help') {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  if (o === 'version') {
    process.stdout.write(VERSION + '\n');
    return 0;
  }
  let inputs: Input[];
  let config: EngineConfig;
  try {
    config = loadConfig(o);
    inputs = collectInputs(o, (m) => stderr(`mudaqqiq: warning: ${m}`));
  } catch (e) {
    stderr(`mudaqqiq: ${(e as Error).message}`);
    return 2;
  }
  const all = inputs.map((i) => ({ ...i, uri: i.path ? pathToFileURL(i.path).toString() : `untitled:${i.name}`, doc: ArticleDocument.parse(i.text, { format: ArticleDocument.formatFor(i.name) }) }));
  // As in the editor: news files always; other Markdown and text files only when mostly Arabic (an English
  // README in the same folder is not a draft, and --fix must never touch it).
  const parsed = all.filter((p) => ArticleDocument.isNewsFile(p.name) || p.doc.arabicShare() >= o.minArabicShare);
  const skipped = all.length - parsed.length;
  const index = new WorkspaceIndex(INDEXERS);
  if (parsed.length > 1) for (const p of parsed) index.update(p.uri, p.doc);
  const results: FileResult[] = [];
  let ruleFailed = false;
  for (const p of parsed) {
    const onRuleError = (rule: string, e: unknown) => {
      ruleFailed = true;
      stderr(`mudaqqiq: internal error in rule ${rule} on ${p.name}: ${(e as Error).message}`);
    };
    const fixing = o.fix && p.path !== undefined;
    let findings = fixing ? [] : runRules(p.doc, RULES, { config, workspace: parsed.length > 1 ? index : undefined, uri: p.uri, onRuleError });
    let doc = p.doc;
    if (fixing) {
      // Apply fixes until nothing more changes (a fix may uncover another), at most 5 rounds. Every
      // finding counts here, not only the first 1,000 of a rule that a report shows.
      let text = doc.text;
      const ctx = { config, workspace: parsed.length > 1 ? index : undefined, uri: p.uri, onRuleError };
      let all = runRules(doc, RULES, ctx, Infinity);
      for (let round = 0; round < 5; round++) {
        const edits = fixAllEdits(all);
        if (!edits.length) break;
        text = applyEdits(text, edits);
        doc = ArticleDocument.parse(text, { format: doc.format });
        all = runRules(doc, RULES, ctx, Infinity);
      }
      findings = runRules(doc, RULES, ctx);
      if (text !== p.doc.text) {
        try {
          writeFileSync(p.path!, p.bom ? '\uFEFF' + text : text);
        } catch {
          stderr(`mudaqqiq: ${p.name}: cannot write the fixed file`);
          return 2;
        }
      }
    }
    results.push({ name: p.name, doc, findings });
  }
  const out = o.format === 'json' ? formatJson(results, o.lang) : o.format === 'sarif' ? JSON.stringify(toSarif(results, VERSION, RULES), null, 2) + '\n' : formatText(results, o.lang, skipped, o.minArabicShare);
  process.stdout.write(out);
  if (ruleFailed) return 2;
  return results.some((r) => r.findings.some((f) => f.severity === 'error' || f.severity === 'warning')) ? 1 : 0;
}

function formatText(results: FileResult[], lang: 'ar' | 'en', skipped: number, minShare: number): string {
  const lines: string[] = [];
  let total = 0;
  let fixable = 0;
  for (const r of results) {
    for (const f of r.findings) {
      if (f.fixes.some((x) => (x.fixAll ?? x.preferred) && x.edits.length)) fixable++;
      const p = r.doc.positionAt(f.span.start);
      lines.push(`${r.name}:${p.line + 1}:${p.character + 1} ${f.severity} ${f.rule} ${lang === 'ar' ? f.message.ar : f.message.en}`);
      total++;
    }
  }
  if (lines.length) lines.push('');
  const summary = `${total} problem${total === 1 ? '' : 's'} in ${results.length} file${results.length === 1 ? '' : 's'}`;
  lines.push(fixable ? `${summary} (${fixable} fixable with --fix)` : summary);
  if (skipped) lines.push(`${skipped} file${skipped === 1 ? '' : 's'} skipped: less than ${Math.round(minShare * 100)} % Arabic (--min-arabic-share)`);
  return lines.join('\n') + '\n';
}

function formatJson(results: FileResult[], lang: 'ar' | 'en'): string {
  const files = results.map((r) => ({
    file: r.name,
    findings: r.findings.map((f) => {
      const s = r.doc.positionAt(f.span.start);
      const e = r.doc.positionAt(f.span.end);
      return {
        rule: f.rule,
        severity: f.severity,
        message: lang === 'ar' ? f.message.ar : f.message.en,
        messages: f.message,
        range: { start: { line: s.line + 1, column: s.character + 1, offset: f.span.start }, end: { line: e.line + 1, column: e.character + 1, offset: f.span.end } },
        text: r.doc.text.slice(f.span.start, f.span.end),
        // Fixes that touch the whole document (e.g. "use X everywhere") are the same for many findings:
        // listed up to MAX_JSON_EDITS edits, so the output stays linear in the document.
        fixes: f.fixes
          .filter((x) => x.edits.length)
          .map((x) => ({
            title: lang === 'ar' ? x.title.ar : x.title.en,
            preferred: !!x.preferred,
            ...(x.edits.length <= MAX_JSON_EDITS ? { edits: x.edits } : { edits: [], editsOmitted: x.edits.length }),
          })),
      };
    }),
  }));
  return JSON.stringify({ version: VERSION, files }, null, 2) + '\n';
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (e) {
  // A bug, not a finding: say so and exit 2 so CI does not read it as "problems found".
  process.stderr.write(`mudaqqiq: internal error: ${(e as Error).stack ?? e}\n`);
  process.exitCode = 2;
}

