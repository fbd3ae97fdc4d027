/**
 * The Mudaqqiq language server. Start: `node dist/server.js --stdio` (any LSP editor) or through the VS Code
 * client (IPC). An adapter only: parsing and checking happen in the engine (core/, rules/).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  ProposedFeatures,
  TextDocumentSyncKind,
  TextDocuments,
  createConnection,
  type CodeAction,
  type CodeActionParams,
  type Diagnostic,
  type InitializeParams,
  type InitializeResult,
  type WorkspaceEdit,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CONFIG_FILE_NAME, defaultTeamConfig, isSeverity, parseTeamConfig, type EngineConfig, type TeamConfig } from './core/config';
import { ArticleDocument } from './core/document';
import { MAX_FINDINGS_PER_RULE, applyEdits, fixAllEdits, runRules } from './core/engine';
import type { Finding, SeveritySetting } from './core/types';
import { WorkspaceIndex } from './core/workspace';
import { FIX_ALL_KIND, SOURCE, hoverMarkdown, pick, quickFix, toDiagnostic, toRange, type Lang } from './lsp/convert';
import { applyConfigChange } from './lsp/team-config-edit';
import { isArticleFile, readTextFile, walkArticles } from './node/files';
import { INDEXERS, RULES } from './rules';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);

/** Editor settings (`mudaqqiq.*`). */
interface Settings {
  enable: boolean;
  languages: string[];
  rules: Record<string, SeveritySetting>;
  /** Markdown and plain text are checked when at least this share of their letters is Arabic. */
  minArabicShare: number;
  messageLanguage: 'auto' | 'ar' | 'en';
  workspaceIndex: boolean;
}
const DEFAULT_SETTINGS: Settings = {
  enable: true,
  languages: ['arabic-news', 'markdown', 'plaintext'],
  rules: {},
  minArabicShare: 0.5,
  messageLanguage: 'auto',
  workspaceIndex: true,
};
/** Languages checked whatever their content. */
const ALWAYS_CHECKED = new Set(['arabic-news']);
const DEBOUNCE_MS = 120;
const WORKSPACE_FILE_LIMIT = 20000;
const SERVER_FIX_ALL_COMMAND = 'mudaqqiq.server.fixAll';
const RULE_IDS = RULES.map((r) => r.id);

let locale: Lang = 'en';
let hasConfigurationCapability = false;
let hasWatchedFilesDynamic = false;
let hasWorkspaceFolderEvents = false;
let workspaceFolders: string[] = [];
/** Settings for clients without workspace/configuration: initializationOptions, then didChangeConfiguration pushes. */
let pushedSettings: Settings | undefined;
const settingsCache = new Map<string, Promise<Settings>>();
/** Team configuration per workspace folder path (from disk, or the open editor buffer of the file). */
const teamConfigs = new Map<string, TeamConfig>();
const index = new WorkspaceIndex(INDEXERS);
let indexReady = false;

interface Checked {
  version: number;
  doc: ArticleDocument;
  /** What the editor shows: at most MAX_FINDINGS_PER_RULE per rule. */
  findings: Finding[];
  lang: Lang;
  /** Every finding, for "fix all": the rules run again without the cap when one of them reached it. */
  all: () => Finding[];
}
const checked = new Map<string, Checked>();
const timers = new Map<string, NodeJS.Timeout>();

connection.onInitialize((params: InitializeParams): InitializeResult => {
  locale = params.locale?.toLowerCase().startsWith('ar') ? 'ar' : 'en';
  const caps = params.capabilities;
  hasConfigurationCapability = !!caps.workspace?.configuration;
  hasWatchedFilesDynamic = !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration;
  hasWorkspaceFolderEvents = !!caps.workspace?.workspaceFolders;
  workspaceFolders = (params.workspaceFolders ?? []).map((f) => uriToPath(f.uri)).filter((p): p is string => !!p);
  if (!workspaceFolders.length && params.rootUri) {
    const p = uriToPath(params.rootUri);
    if (p) workspaceFolders.push(p);
  }
  const init = params.initializationOptions as { settings?: Partial<Settings> } | undefined;
  if (init?.settings && typeof init.settings === 'object') pushedSettings = sanitizeSettings(init.settings);
  for (const folder of workspaceFolders) loadTeamConfigFromDisk(folder);
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      hoverProvider: true,
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.SourceFixAll, FIX_ALL_KIND], resolveProvider: false },
      executeCommandProvider: { commands: [SERVER_FIX_ALL_COMMAND] },
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    },
    serverInfo: { name: 'mudaqqiq', version: '0.1.0' },
  };
});

connection.onInitialized(() => {
  if (hasConfigurationCapability) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'mudaqqiq' });
  if (hasWatchedFilesDynamic) {
    void connection.client.register(DidChangeWatchedFilesNotification.type, {
      watchers: [{ globPattern: `**/${CONFIG_FILE_NAME}` }, { globPattern: '**/*.{md,markdown,txt,khabar}' }],
    });
  }
  if (hasWorkspaceFolderEvents) connection.workspace.onDidChangeWorkspaceFolders((e) => {
    for (const f of e.removed) {
      const p = uriToPath(f.uri);
      if (p) {
        workspaceFolders = workspaceFolders.filter((x) => x !== p);
        teamConfigs.delete(p);
      }
    }
    for (const f of e.added) {
      const p = uriToPath(f.uri);
      if (p) {
        workspaceFolders.push(p);
        loadTeamConfigFromDisk(p);
      }
    }
    void buildWorkspaceIndex();
  });
  void buildWorkspaceIndex();
});

// ---- settings and team configuration ----

function getSettings(uri: string): Promise<Settings> {
  if (!hasConfigurationCapability) return Promise.resolve(pushedSettings ?? { ...DEFAULT_SETTINGS });
  let s = settingsCache.get(uri);
  if (!s) {
    s = connection.workspace
      .getConfiguration({ scopeUri: uri, section: 'mudaqqiq' })
      .then((raw: unknown) => sanitizeSettings(raw))
      .catch(() => ({ ...DEFAULT_SETTINGS }));
    settingsCache.set(uri, s);
  }
  return s;
}

/** Settings as sent by a client, checked field by field: a wrong type falls back to the default. */
function sanitizeSettings(input: unknown): Settings {
  const s = { ...DEFAULT_SETTINGS };
  if (typeof input !== 'object' || input === null) return s;
  const raw = input as Partial<Record<keyof Settings, unknown>>;
  if (typeof raw.enable === 'boolean') s.enable = raw.enable;
  if (Array.isArray(raw.languages)) s.languages = raw.languages.filter((l): l is string => typeof l === 'string');
  if (raw.rules && typeof raw.rules === 'object') {
    s.rules = {};
    for (const [k, v] of Object.entries(raw.rules)) if (isSeverity(v)) s.rules[k] = v;
  }
  if (typeof raw.minArabicShare === 'number' && raw.minArabicShare >= 0 && raw.minArabicShare <= 1) s.minArabicShare = raw.minArabicShare;
  if (raw.messageLanguage === 'ar' || raw.messageLanguage === 'en' || raw.messageLanguage === 'auto') s.messageLanguage = raw.messageLanguage;
  if (typeof raw.workspaceIndex === 'boolean') s.workspaceIndex = raw.workspaceIndex;
  return s;
}

connection.onDidChangeConfiguration((params) => {
  // Clients without workspace/configuration push the settings: { mudaqqiq: {…} } (or the section itself).
  if (!hasConfigurationCapability && params?.settings && typeof params.settings === 'object') {
    const pushed = params.settings as Record<string, unknown>;
    pushedSettings = sanitizeSettings(pushed.mudaqqiq ?? pushed);
  }
  settingsCache.clear();
  revalidateAll();
});

function folderOf(path: string | undefined): string | undefined {
  if (!path) return undefined;
  let best: string | undefined;
  for (const f of workspaceFolders) if ((path === f || path.startsWith(f + '/') || path.startsWith(f + '\\')) && (!best || f.length > best.length)) best = f;
  return best;
}

function loadTeamConfigFromDisk(folder: string): void {
  const file = join(folder, CONFIG_FILE_NAME);
  if (!existsSync(file)) {
    teamConfigs.delete(folder);
    return;
  }
  const r = readTextFile(file);
  teamConfigs.set(folder, r.ok ? parseTeamConfig(r.text, RULE_IDS).config : defaultTeamConfig());
}

function isConfigUri(uri: string): boolean {
  return uri.endsWith('/' + CONFIG_FILE_NAME);
}

/** Publishes the team file's own problems (malformed JSON, bad values) and applies its valid parts. */
function handleConfigDocument(td: TextDocument): void {
  const path = uriToPath(td.uri);
  const folder = path ? folderOf(path) ?? path.slice(0, -CONFIG_FILE_NAME.length - 1) : undefined;
  const { config, errors } = parseTeamConfig(td.getText(), RULE_IDS);
  if (folder) teamConfigs.set(folder, config);
  const diagnostics: Diagnostic[] = errors.map((e) => ({
    range: { start: td.positionAt(e.start), end: td.positionAt(Math.max(e.end, e.start)) },
    severity: 1,
    source: SOURCE,
    code: 'config',
    // In the editor a broken file leaves the defaults in force: say so.
    message: pick(e.message, locale) + (e.fatal ? (locale === 'ar' ? ' الإعدادات الافتراضية سارية.' : ' The defaults are in force.') : ''),
  }));
  void connection.sendDiagnostics({ uri: td.uri, version: td.version, diagnostics });
  revalidateAll();
}

// ---- checking ----

async function engineConfigFor(uri: string, settings: Settings): Promise<EngineConfig> {
  const folder = folderOf(uriToPath(uri));
  return { team: (folder && teamConfigs.get(folder)) || defaultTeamConfig(), userRules: settings.rules };
}

function scheduleValidation(td: TextDocument, immediate: boolean): void {
  const prev = timers.get(td.uri);
  if (prev) clearTimeout(prev);
  if (immediate) {
    timers.delete(td.uri);
    void validate(td.uri);
    return;
  }
  timers.set(
    td.uri,
    setTimeout(() => {
      timers.delete(td.uri);
      void validate(td.uri);
    }, DEBOUNCE_MS),
  );
}

/** Checks a document; a failure (a bug) is logged and never stops the server. */
async function validate(uri: string): Promise<void> {
  try {
    await validateUnsafe(uri);
  } catch (e) {
    connection.console.error(`mudaqqiq: checking ${uri} failed: ${(e as Error).stack ?? e}`);
  }
}

async function validateUnsafe(uri: string): Promise<void> {
  const td = documents.get(uri);
  if (!td) return;
  if (isConfigUri(uri)) return handleConfigDocument(td);
  const version = td.version;
  const settings = await getSettings(uri);
  const config = await engineConfigFor(uri, settings);
  // A newer version arrived while we waited for the settings: its own validation will publish.
  if (documents.get(uri)?.version !== version) return;
  const path = uriToPath(uri) ?? uri;
  const markdown = td.languageId === 'markdown' || td.languageId === 'arabic-news' || ArticleDocument.formatFor(path) === 'markdown';
  const doc = ArticleDocument.parse(td.getText(), { format: markdown ? 'markdown' : 'plaintext' });
  const lang: Lang = settings.messageLanguage === 'auto' ? locale : settings.messageLanguage;
  let findings: Finding[] = [];
  let all = () => findings;
  if (settings.enable && shouldCheck(td, doc, settings)) {
    if (settings.workspaceIndex && indexReady && path) index.update(uri, doc);
    const onRuleError = (rule: string, e: unknown) => connection.console.error(`mudaqqiq: rule ${rule} failed on ${uri}: ${(e as Error).stack ?? e}`);
    const ctx = { config, workspace: settings.workspaceIndex ? index : undefined, uri, onRuleError };
    findings = runRules(doc, RULES, ctx);
    if (reachedCap(findings)) {
      let uncapped: Finding[] | undefined;
      all = () => (uncapped ??= runRules(doc, RULES, ctx, Infinity));
    }
  }
  checked.set(uri, { version, doc, findings, lang, all });
  void connection.sendDiagnostics({ uri, version, diagnostics: findings.map((f, i) => toDiagnostic(doc, f, uri, lang, i)) });
}

/** Whether some rule's findings were cut at MAX_FINDINGS_PER_RULE. */
function reachedCap(findings: readonly Finding[]): boolean {
  if (findings.length < MAX_FINDINGS_PER_RULE) return false;
  const perRule = new Map<string, number>();
  for (const f of findings) {
    const n = (perRule.get(f.rule) ?? 0) + 1;
    if (n >= MAX_FINDINGS_PER_RULE) return true;
    perRule.set(f.rule, n);
  }
  return false;
}

function shouldCheck(td: TextDocument, doc: ArticleDocument, settings: Settings): boolean {
  if (!settings.languages.includes(td.languageId)) return false;
  if (ALWAYS_CHECKED.has(td.languageId)) return true;
  return doc.arabicShare() >= settings.minArabicShare;
}

/** Re-checks every open article (not the team file itself). */
function revalidateAll(): void {
  for (const td of documents.all()) if (!isConfigUri(td.uri)) scheduleValidation(td, true);
}

documents.onDidOpen((e) => scheduleValidation(e.document, true));
documents.onDidChangeContent((e) => scheduleValidation(e.document, false));
documents.onDidClose((e) => {
  const t = timers.get(e.document.uri);
  if (t) clearTimeout(t);
  timers.delete(e.document.uri);
  checked.delete(e.document.uri);
  if (isConfigUri(e.document.uri)) {
    const folder = folderOf(uriToPath(e.document.uri));
    if (folder) loadTeamConfigFromDisk(folder);
    revalidateAll();
  } else {
    // Back to what is on disk for the index.
    const path = uriToPath(e.document.uri);
    if (path && indexReady) reindexFile(path);
  }
  void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
});

connection.onDidChangeWatchedFiles((e) => {
  let configChanged = false;
  for (const c of e.changes) {
    const path = uriToPath(c.uri);
    if (!path) continue;
    if (isConfigUri(c.uri)) {
      if (documents.get(c.uri)) continue; // the open buffer is the truth
      const folder = folderOf(path);
      if (folder) loadTeamConfigFromDisk(folder);
      configChanged = true;
    } else if (indexReady && isArticleFile(path) && !documents.get(c.uri)) {
      if (c.type === FileChangeType.Deleted) index.remove(pathToFileURL(path).toString());
      else reindexFile(path);
    }
  }
  if (configChanged) revalidateAll();
});

// ---- workspace index ----

function reindexFile(path: string): void {
  try {
    reindexFileUnsafe(path);
  } catch (e) {
    connection.console.error(`mudaqqiq: indexing ${path} failed: ${(e as Error).message}`);
  }
}

function reindexFileUnsafe(path: string): void {
  const r = readTextFile(path);
  const uri = pathToFileURL(path).toString();
  if (!r.ok) {
    index.remove(uri);
    return;
  }
  const doc = ArticleDocument.parse(r.text, { format: ArticleDocument.formatFor(path) });
  if (ArticleDocument.isNewsFile(path) || doc.arabicShare() >= DEFAULT_SETTINGS.minArabicShare) index.update(uri, doc);
  else index.remove(uri);
}

let indexRun = 0;
async function buildWorkspaceIndex(): Promise<void> {
  const run = ++indexRun;
  if (!INDEXERS.length || !workspaceFolders.length) {
    indexReady = true;
    return;
  }
  const files: string[] = [];
  for (const f of workspaceFolders) walkArticles(f, files, WORKSPACE_FILE_LIMIT);
  const progress = await connection.window.createWorkDoneProgress().catch(() => undefined);
  const title = locale === 'ar' ? 'مدقق: فهرسة مقالات مساحة العمل' : 'Mudaqqiq: indexing workspace articles';
  progress?.begin(title, 0, `0/${files.length}`, false);
  indexReady = false;
  index.clear();
  const started = Date.now();
  for (let i = 0; i < files.length; i++) {
    if (run !== indexRun) return; // superseded by a newer build
    reindexFile(files[i]!);
    if (i % 200 === 199) {
      progress?.report(Math.round(((i + 1) * 100) / files.length), `${i + 1}/${files.length}`);
      await new Promise((r) => setImmediate(r));
    }
  }
  // Open documents count with their live text.
  for (const td of documents.all()) if (!isConfigUri(td.uri)) {
    const c = checked.get(td.uri);
    if (c && c.version === td.version) index.update(td.uri, c.doc);
  }
  indexReady = true;
  progress?.done();
  connection.console.log(`mudaqqiq: indexed ${index.size} articles in ${Date.now() - started} ms`);
  revalidateAll();
}

// ---- hover ----

connection.onHover((params) => {
  const c = current(params.textDocument.uri);
  if (!c) return null;
  const offset = c.doc.offsetAt(params.position.line, params.position.character);
  const hits = c.findings.filter((f) => f.span.start <= offset && offset <= f.span.end && (offset < f.span.end || f.span.start === f.span.end));
  if (!hits.length) return null;
  const first = hits[0]!;
  return { contents: { kind: 'markdown', value: hoverMarkdown(hits, c.lang) }, range: toRange(c.doc, first.span) };
});

/** The last check of a document, if it is of the current version. */
function current(uri: string): Checked | undefined {
  const c = checked.get(uri);
  const td = documents.get(uri);
  if (!c || !td || td.version !== c.version) return undefined;
  return c;
}

// ---- code actions ----

connection.onCodeAction((params: CodeActionParams): CodeAction[] => {
  const uri = params.textDocument.uri;
  const c = current(uri);
  if (!c) return [];
  const { doc, findings, lang, version } = c;
  const only = params.context.only;
  const wants = (kind: string) => !only || only.some((k) => kind === k || kind.startsWith(k + '.'));
  const actions: CodeAction[] = [];

  if (wants(FIX_ALL_KIND) && only) {
    const edits = fixAllEdits(c.all());
    if (edits.length) {
      actions.push(quickFix(lang === 'ar' ? 'مدقق: أصلح كل ما يمكن إصلاحه' : 'Mudaqqiq: fix all auto-fixable problems', uri, version, doc, edits, [], false, FIX_ALL_KIND));
    }
    return actions;
  }
  if (!wants(CodeActionKind.QuickFix)) return actions;

  const start = doc.offsetAt(params.range.start.line, params.range.start.character);
  const end = doc.offsetAt(params.range.end.line, params.range.end.character);
  const rulesSeen = new Set<string>();
  findings.forEach((f, i) => {
    if (!(f.span.start <= end && start <= f.span.end)) return;
    const diag = params.context.diagnostics.filter((d) => d.source === SOURCE && d.code === f.rule && (d.data as { index?: number } | undefined)?.index === i);
    const diagnostics = diag.length ? diag : [toDiagnostic(doc, f, uri, lang, i)];
    for (const fix of f.fixes) {
      if (fix.configChange) {
        const edit = configEdit(uri, fix.configChange);
        if (edit) actions.push({ title: pick(fix.title, lang), kind: CodeActionKind.QuickFix, diagnostics, edit });
      } else if (fix.edits.length) {
        actions.push(quickFix(pick(fix.title, lang), uri, version, doc, fix.edits, diagnostics, !!fix.preferred));
      }
    }
    if (!rulesSeen.has(f.rule)) {
      rulesSeen.add(f.rule);
      // Every finding of the rule, also past the 1,000 the editor shows.
      const all = fixAllEdits(c.all(), f.rule);
      const count = c.all().filter((x) => x.rule === f.rule && x.fixes.some((fx) => (fx.fixAll ?? fx.preferred) && fx.edits.length)).length;
      if (all.length && count > 1) {
        actions.push(quickFix(lang === 'ar' ? `أصلح كل مشكلات ${f.rule} في المستند (${count})` : `Fix all ${f.rule} problems in the document (${count})`, uri, version, doc, all, diagnostics, false));
      }
      actions.push(quickFix(lang === 'ar' ? `تجاهل ${f.rule} في هذا السطر` : `Ignore ${f.rule} on this line`, uri, version, doc, [ignoreEdit(doc, f)], diagnostics, false));
    }
  });
  return actions;
});

/**
 * The "ignore here" edit, chosen so it never breaks the draft's structure:
 * - Markdown: an HTML comment at the end of the finding's line (`<!-- mudaqqiq-disable-line RULE -->`),
 *   inside the last cell of a table row; a line inserted above would split a list, a block quote or a table;
 * - YAML front matter: a YAML comment line above (`# mudaqqiq-disable-next-line RULE`);
 * - plain text: a directive line of its own above the finding's line (nothing else is invisible there).
 */
function ignoreEdit(doc: ArticleDocument, f: Finding): { start: number; end: number; newText: string } {
  const line = doc.lines[doc.lineAt(f.span.start)]!;
  const lineText = doc.text.slice(line.start, line.end);
  const eol = doc.text.includes('\r\n') ? '\r\n' : '\n';
  const indent = /^[ \t]*/.exec(lineText)![0];
  if (doc.format === 'plaintext') return { start: line.start, end: line.start, newText: `${indent}mudaqqiq-disable-next-line ${f.rule}${eol}` };
  if (doc.frontMatter && f.span.start < doc.frontMatter.span.end) {
    return { start: line.start, end: line.start, newText: `${indent}# mudaqqiq-disable-next-line ${f.rule}${eol}` };
  }
  const comment = `<!-- mudaqqiq-disable-line ${f.rule} -->`;
  const trimmedEnd = line.start + lineText.trimEnd().length;
  if (/^\s*\|/.test(lineText) && doc.text[trimmedEnd - 1] === '|') return { start: trimmedEnd - 1, end: trimmedEnd - 1, newText: `${comment} ` };
  return { start: trimmedEnd, end: trimmedEnd, newText: ` ${comment}` };
}

/** A workspace edit writing the team file with the change applied (created when missing). */
function configEdit(docUri: string, change: Parameters<typeof applyConfigChange>[1]): WorkspaceEdit | undefined {
  const folder = folderOf(uriToPath(docUri));
  if (!folder) return undefined;
  const path = join(folder, CONFIG_FILE_NAME);
  const uri = pathToFileURL(path).toString();
  const open = documents.get(uri);
  const exists = !!open || existsSync(path);
  const currentText = open ? open.getText() : exists ? safeRead(path) : undefined;
  if (exists && currentText === undefined) return undefined;
  const next = applyConfigChange(currentText, change);
  if (next === undefined) return undefined;
  if (!exists) {
    return { documentChanges: [{ kind: 'create', uri, options: { ignoreIfExists: true } }, { textDocument: { uri, version: null }, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: next }] }] };
  }
  const lines = currentText!.split('\n');
  const endPos = { line: lines.length - 1, character: lines[lines.length - 1]!.length };
  return { documentChanges: [{ textDocument: { uri, version: open ? open.version : null }, edits: [{ range: { start: { line: 0, character: 0 }, end: endPos }, newText: next }] }] };
}

function safeRead(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

// ---- commands ----

connection.onExecuteCommand(async (params) => {
  if (params.command !== SERVER_FIX_ALL_COMMAND) return null;
  const uri = String(params.arguments?.[0] ?? '');
  const td = documents.get(uri);
  if (!td) return { applied: false, count: 0 };
  await validate(uri);
  const c = current(uri);
  if (!c) return { applied: false, count: 0 };
  const edits = fixAllEdits(c.all());
  if (!edits.length) return { applied: true, count: 0 };
  const result = await connection.workspace.applyEdit({
    label: c.lang === 'ar' ? 'مدقق: إصلاح الكل' : 'Mudaqqiq: fix all',
    edit: { documentChanges: [{ textDocument: { uri, version: c.version }, edits: edits.map((e) => ({ range: toRange(c.doc, e), newText: e.newText })) }] },
  });
  return { applied: result.applied, count: edits.length, text: result.applied ? applyEdits(c.doc.text, edits) : undefined };
});

function uriToPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

documents.listen(connection);
connection.listen();
