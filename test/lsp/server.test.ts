import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LspClient, applyLspEdits } from '../helpers/lsp-client';

const DRAFT = 'وقال الوزير ، إن الاجتماع انتهى..\n';
// "وقال الوزير ، …": the space before "،" is at 11..13 on line 0; ".." at 31..33.

describe('language server over stdio', function () {
  let ws: string;
  let client: LspClient;
  let n = 0;
  const uri = (name: string) => `file://${ws}/${name}`;
  const open = (name: string, text: string, languageId = 'arabic-news', version = 1) => {
    client.notify('textDocument/didOpen', { textDocument: { uri: uri(name), languageId, version, text } });
    return uri(name);
  };

  beforeEach(async () => {
    ws = mkdtempSync(join(tmpdir(), 'mudaqqiq-lsp-'));
    client = new LspClient();
    n++;
  });
  afterEach(async () => {
    await client.shutdown();
    rmSync(ws, { recursive: true, force: true });
  });

  it('initializes with incremental sync, hover, code actions and the fix-all command', async () => {
    const r = await client.initialize({ rootPath: ws });
    assert.equal(r.capabilities.textDocumentSync.change, 2);
    assert.equal(r.capabilities.hoverProvider, true);
    assert.deepEqual(r.capabilities.codeActionProvider.codeActionKinds, ['quickfix', 'source.fixAll', 'source.fixAll.mudaqqiq']);
    assert.deepEqual(r.capabilities.executeCommandProvider.commands, ['mudaqqiq.server.fixAll']);
    assert.equal(r.serverInfo.name, 'mudaqqiq');
  });

  it('publishes diagnostics on open with exact ranges, code, source and version', async () => {
    await client.initialize({ rootPath: ws });
    const u = open('a.news.md', DRAFT);
    const diags = await client.diagnostics(u, 1);
    assert.deepEqual(
      diags.map((d: any) => [d.code, d.source, d.severity, d.message, d.range.start.line, d.range.start.character, d.range.end.character]),
      [
        ['punctuation-spacing', 'mudaqqiq', 2, 'Space before "،"', 0, 11, 13],
        ['punctuation-spacing', 'mudaqqiq', 2, 'Two full stops "..": a full stop or an ellipsis "…"?', 0, 31, 33],
      ],
    );
  });

  it('answers hovers in the client locale (Arabic)', async () => {
    await client.initialize({ rootPath: ws, locale: 'ar-EG' });
    const u = open('a.news.md', DRAFT);
    const diags = await client.diagnostics(u, 1);
    assert.equal(diags[0].message, 'مسافة قبل «،»');
    const hover = await client.request('textDocument/hover', { textDocument: { uri: u }, position: { line: 0, character: 12 } });
    assert.equal(hover.contents.kind, 'markdown');
    assert.equal(
      hover.contents.value,
      '**مدقق** `punctuation-spacing` — مسافة قبل «،»\n\nفي الكتابة العربية تلتصق علامة الترقيم «،» بالكلمة التي قبلها وتليها مسافة. احذف المسافة قبلها.',
    );
    assert.deepEqual(hover.range, { start: { line: 0, character: 11 }, end: { line: 0, character: 13 } });
    const none = await client.request('textDocument/hover', { textDocument: { uri: u }, position: { line: 0, character: 2 } });
    assert.equal(none, null);
  });

  it('offers quick fixes, fix-all of the rule and ignore-here; the preferred fix gives the exact text', async () => {
    await client.initialize({ rootPath: ws });
    const u = open('a.news.md', DRAFT);
    const diags = await client.diagnostics(u, 1);
    const actions = await client.request('textDocument/codeAction', { textDocument: { uri: u }, range: diags[0].range, context: { diagnostics: [diags[0]] } });
    assert.deepEqual(
      actions.map((a: any) => [a.title, a.kind, !!a.isPreferred]),
      [
        ['Remove the space before "،"', 'quickfix', true],
        ['Fix all punctuation-spacing problems in the document (2)', 'quickfix', false],
        ['Ignore punctuation-spacing on this line', 'quickfix', false],
      ],
    );
    const edit = (a: any) => a.edit.documentChanges[0].edits;
    assert.equal(applyLspEdits(DRAFT, edit(actions[0])), 'وقال الوزير، إن الاجتماع انتهى..\n');
    assert.equal(applyLspEdits(DRAFT, edit(actions[1])), 'وقال الوزير، إن الاجتماع انتهى.\n');
    const ignored = applyLspEdits(DRAFT, edit(actions[2]));
    assert.equal(ignored, 'وقال الوزير ، إن الاجتماع انتهى.. <!-- mudaqqiq-disable-line punctuation-spacing -->\n');
    client.notify('textDocument/didChange', { textDocument: { uri: u, version: 2 }, contentChanges: [{ text: ignored }] });
    assert.deepEqual(await client.diagnostics(u, 2), []);
    // Plain text: a directive line of its own; front matter: a YAML comment; table rows: inside the last cell.
    const ignoreTitle = 'Ignore punctuation-spacing on this line';
    const variants: [string, string, string, string][] = [
      ['p.txt', 'plaintext', 'وصل الوفد ، ثم غادر.\n', 'mudaqqiq-disable-next-line punctuation-spacing\nوصل الوفد ، ثم غادر.\n'],
      ['f.news.md', 'arabic-news', '---\ntitle: وصل الوفد ، ثم غادر\n---\n', '---\n# mudaqqiq-disable-next-line punctuation-spacing\ntitle: وصل الوفد ، ثم غادر\n---\n'],
      ['t.news.md', 'arabic-news', '| البلد | الحال |\n|---|---|\n| مصر | وصل الوفد ، ثم غادر |\n', '| البلد | الحال |\n|---|---|\n| مصر | وصل الوفد ، ثم غادر <!-- mudaqqiq-disable-line punctuation-spacing --> |\n'],
      ['q.news.md', 'arabic-news', '> وصل الوفد ، ثم غادر\n> وعاد مساء.\n', '> وصل الوفد ، ثم غادر <!-- mudaqqiq-disable-line punctuation-spacing -->\n> وعاد مساء.\n'],
    ];
    for (const [name, lang, text, expected] of variants) {
      const vu = open(name, text, lang);
      const [d] = await client.diagnostics(vu, 1);
      const acts = await client.request('textDocument/codeAction', { textDocument: { uri: vu }, range: d.range, context: { diagnostics: [d] } });
      const fixed = applyLspEdits(text, acts.find((a: any) => a.title === ignoreTitle).edit.documentChanges[0].edits);
      assert.equal(fixed, expected, name);
      client.notify('textDocument/didChange', { textDocument: { uri: vu, version: 2 }, contentChanges: [{ text: fixed }] });
      assert.deepEqual(await client.diagnostics(vu, 2), [], name);
    }
  });

  it('offers source.fixAll.mudaqqiq', async () => {
    await client.initialize({ rootPath: ws });
    const u = open('a.news.md', DRAFT);
    await client.diagnostics(u, 1);
    const actions = await client.request('textDocument/codeAction', {
      textDocument: { uri: u },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    });
    assert.equal(actions.length, 1);
    assert.equal(actions[0].kind, 'source.fixAll.mudaqqiq');
    assert.equal(applyLspEdits(DRAFT, actions[0].edit.documentChanges[0].edits), 'وقال الوزير، إن الاجتماع انتهى.\n');
  });

  it('shows at most 1,000 findings of a rule, and source.fixAll fixes all of them (1,500 here)', async () => {
    await client.initialize({ rootPath: ws });
    const many = 'وصل الوزير ، ثم غادر.\n'.repeat(1500);
    const u = open('many.news.md', many);
    assert.equal((await client.diagnostics(u, 1)).length, 1000);
    const actions = await client.request('textDocument/codeAction', {
      textDocument: { uri: u },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    });
    assert.equal(actions[0].edit.documentChanges[0].edits.length, 1500);
    assert.equal(applyLspEdits(many, actions[0].edit.documentChanges[0].edits), 'وصل الوزير، ثم غادر.\n'.repeat(1500));
    const diagnostics = await client.diagnostics(u, 1);
    const quick = await client.request('textDocument/codeAction', { textDocument: { uri: u }, range: diagnostics[0].range, context: { diagnostics: [diagnostics[0]] } });
    const perRule = quick.find((a: any) => a.title === 'Fix all punctuation-spacing problems in the document (1500)');
    assert.equal(perRule.edit.documentChanges[0].edits.length, 1500);
  });

  it('follows incremental changes and publishes only the latest version', async () => {
    await client.initialize({ rootPath: ws });
    const u = open('a.news.md', 'وصل الوفد.\n');
    assert.deepEqual(await client.diagnostics(u, 1), []);
    const before = client.notifications.length;
    // Three quick edits: insert " ،" after "الوفد", then type more; only version 4 should be published.
    client.notify('textDocument/didChange', { textDocument: { uri: u, version: 2 }, contentChanges: [{ range: { start: { line: 0, character: 8 }, end: { line: 0, character: 8 } }, text: ' ،' }] });
    client.notify('textDocument/didChange', { textDocument: { uri: u, version: 3 }, contentChanges: [{ range: { start: { line: 0, character: 10 }, end: { line: 0, character: 10 } }, text: ' ثم' }] });
    client.notify('textDocument/didChange', { textDocument: { uri: u, version: 4 }, contentChanges: [{ range: { start: { line: 0, character: 13 }, end: { line: 0, character: 13 } }, text: ' غادر' }] });
    const diags = await client.diagnostics(u, 4);
    assert.deepEqual(diags.map((d: any) => [d.range.start.character, d.range.end.character]), [[8, 10]]);
    const published = client.notifications.slice(before).filter((x) => x.method === 'textDocument/publishDiagnostics' && x.params.uri === u);
    // Versions 2 and 3 were superseded before the debounce ran out: never published.
    assert.deepEqual([...new Set(published.map((p) => p.params.version))].filter((v) => v !== 1), [4]);
  });

  it('applies editor settings: a rule set to off, then to error', async () => {
    await client.initialize({ rootPath: ws });
    client.settings = { rules: { 'punctuation-spacing': 'off' } };
    const u = open('a.news.md', DRAFT);
    assert.deepEqual(await client.diagnostics(u, 1), []);
    const since = client.notifications.length;
    client.settings = { rules: { 'punctuation-spacing': 'error' } };
    client.notify('workspace/didChangeConfiguration', { settings: null });
    const p = await client.waitFor('textDocument/publishDiagnostics', (x) => x.uri === u && x.diagnostics.length === 2, 5000, since);
    assert.deepEqual(p.diagnostics.map((d: any) => d.severity), [1, 1]);
  });

  it('reads .mudaqqiq.json from the workspace root', async () => {
    writeFileSync(join(ws, '.mudaqqiq.json'), JSON.stringify({ rules: { 'punctuation-spacing': 'information' } }));
    await client.initialize({ rootPath: ws });
    const u = open('a.news.md', DRAFT);
    const diags = await client.diagnostics(u, 1);
    assert.deepEqual(diags.map((d: any) => d.severity), [3, 3]);
  });

  it('reports a malformed .mudaqqiq.json once on the file, keeps the defaults, and applies a fixed file without restart', async () => {
    await client.initialize({ rootPath: ws });
    const u = open('a.news.md', DRAFT);
    await client.diagnostics(u, 1);
    const cfg = open('.mudaqqiq.json', '{ "rules": { "punctuation-spacing": "off" ', 'json');
    const cfgDiags = await client.diagnostics(cfg, 1);
    assert.equal(cfgDiags.length, 1);
    assert.equal(cfgDiags[0].code, 'config');
    assert.match(cfgDiags[0].message, /^\.mudaqqiq\.json is not valid JSON \(.+\)\. The defaults are in force\.$/);
    // Defaults still in force: the draft keeps its two findings.
    let since = client.notifications.length;
    const still = await client.waitFor('textDocument/publishDiagnostics', (x) => x.uri === u, 5000, since - 1);
    assert.equal(still.diagnostics.length, 2);
    since = client.notifications.length;
    client.notify('textDocument/didChange', { textDocument: { uri: cfg, version: 2 }, contentChanges: [{ text: '{ "rules": { "punctuation-spacing": "off" } }' }] });
    assert.deepEqual(await client.diagnostics(cfg, 2), []);
    const after = await client.waitFor('textDocument/publishDiagnostics', (x) => x.uri === u && x.diagnostics.length === 0, 5000, since);
    assert.deepEqual(after.diagnostics, []);
  });

  it('reports unknown keys and bad severities in .mudaqqiq.json', async () => {
    await client.initialize({ rootPath: ws });
    const text = '{\n  "rulez": {},\n  "rules": { "punctuation-spacing": "loud" }\n}';
    const cfg = open('.mudaqqiq.json', text, 'json');
    const diags = await client.diagnostics(cfg, 1);
    assert.deepEqual(
      diags.map((d: any) => [d.message, d.range.start.line, d.range.start.character]),
      [
        ['Unknown key "rulez" in .mudaqqiq.json (known: rules, names, nameSpelling, boilerplate, quotes).', 1, 2],
        ['Severity of "punctuation-spacing" must be one of error, warning, information, hint, off.', 2, 13],
      ],
    );
  });

  it('checks Markdown only when it is mostly Arabic', async () => {
    await client.initialize({ rootPath: ws });
    const en = open('en.md', 'The minister said hello , and left. One Arabic word: مصطفى ، here.\n', 'markdown');
    assert.deepEqual(await client.diagnostics(en, 1), []);
    const ar = open('ar.md', '# عنوان\n\nوقال الوزير ، إن الاجتماع انتهى.\n', 'markdown');
    assert.equal((await client.diagnostics(ar, 1)).length, 1);
  });

  it('applies every fix through the fix-all command (workspace/applyEdit)', async () => {
    await client.initialize({ rootPath: ws });
    let applied: any;
    client.onRequest('workspace/applyEdit', (p) => {
      applied = p;
      return { applied: true };
    });
    const u = open('a.news.md', DRAFT);
    await client.diagnostics(u, 1);
    const r = await client.request('workspace/executeCommand', { command: 'mudaqqiq.server.fixAll', arguments: [u] });
    assert.equal(r.count, 2);
    assert.equal(r.text, 'وقال الوزير، إن الاجتماع انتهى.\n');
    assert.equal(applyLspEdits(DRAFT, applied.edit.documentChanges[0].edits), 'وقال الوزير، إن الاجتماع انتهى.\n');
  });

  it('survives settings of the wrong type and takes settings pushed by didChangeConfiguration', async () => {
    await client.request('initialize', {
      processId: null,
      rootUri: null,
      capabilities: {},
      initializationOptions: { settings: { languages: 5, rules: { 'punctuation-spacing': 'loud' }, messageLanguage: 'fr', minArabicShare: 'x' } },
    });
    client.notify('initialized', {});
    const u = open('x.news.md', DRAFT);
    const diags = await client.diagnostics(u, 1);
    assert.deepEqual(diags.map((d: any) => [d.severity, d.message]), [
      [2, 'Space before "،"'],
      [2, 'Two full stops "..": a full stop or an ellipsis "…"?'],
    ]);
    const since = client.notifications.length;
    client.notify('workspace/didChangeConfiguration', { settings: { mudaqqiq: { messageLanguage: 'ar', rules: { 'punctuation-spacing': 'error' } } } });
    const p = await client.waitFor('textDocument/publishDiagnostics', (x) => x.uri === u && x.diagnostics[0]?.severity === 1, 5000, since);
    assert.equal(p.diagnostics[0].message, 'مسافة قبل «،»');
  });

  it('works without workspace/configuration support (other LSP editors), with initializationOptions', async () => {
    const r = await client.request('initialize', {
      processId: null,
      rootUri: null,
      capabilities: {},
      initializationOptions: { settings: { rules: { 'punctuation-spacing': 'error' } } },
    });
    assert.ok(r.capabilities.hoverProvider);
    client.notify('initialized', {});
    const u = open('x.khabar', DRAFT);
    const diags = await client.diagnostics(u, 1);
    assert.deepEqual(diags.map((d: any) => d.severity), [1, 1]);
  });
});
