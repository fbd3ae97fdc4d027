import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LspClient, applyLspEdits } from '../helpers/lsp-client';

const PROMO = 'قرائنا الكرام يمكنكم متابعة آخر الأخبار عبر قناتنا على واتساب\nاضغط هنا للاشتراك\n\n';
const STORY = 'افتتح المجلس البلدي صباح اليوم حديقة عامة جديدة في وسط المدينة بعد عامين من العمل.\n';

describe('language server: team file edits and the workspace index', function () {
  let ws: string;
  let client: LspClient;
  beforeEach(() => {
    ws = mkdtempSync(join(tmpdir(), 'mudaqqiq-ws-'));
    client = new LspClient();
  });
  afterEach(async () => {
    await client.shutdown();
    rmSync(ws, { recursive: true, force: true });
  });

  it('"not boilerplate" creates .mudaqqiq.json through a workspace edit', async () => {
    await client.initialize({ rootPath: ws });
    const uri = `file://${ws}/a.news.md`;
    const text = PROMO + STORY;
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'arabic-news', version: 1, text } });
    const diags = (await client.diagnostics(uri, 1)).filter((d: any) => d.code === 'boilerplate');
    assert.equal(diags.length, 1);
    assert.deepEqual(diags[0].range, { start: { line: 0, character: 0 }, end: { line: 1, character: 17 } });
    const actions = await client.request('textDocument/codeAction', { textDocument: { uri }, range: diags[0].range, context: { diagnostics: diags } });
    const remove = actions.find((a: any) => a.title === 'Remove this block');
    assert.equal(applyLspEdits(text, remove.edit.documentChanges[0].edits), STORY);
    const allow = actions.find((a: any) => a.title.startsWith('Not boilerplate'));
    const changes = allow.edit.documentChanges;
    assert.deepEqual(changes[0], { kind: 'create', uri: `file://${ws}/.mudaqqiq.json`, options: { ignoreIfExists: true } });
    const written = JSON.parse(changes[1].edits[0].newText);
    // Every line of the block is allowed, so the whole block goes.
    assert.deepEqual(written.boilerplate.allow, PROMO.trim().split('\n'));
  });

  it('"not boilerplate" keeps the keys of an existing team file', async () => {
    writeFileSync(join(ws, '.mudaqqiq.json'), JSON.stringify({ rules: { 'punctuation-spacing': 'off' }, boilerplate: { allow: ['سطر قديم'] } }));
    await client.initialize({ rootPath: ws });
    const uri = `file://${ws}/a.news.md`;
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'arabic-news', version: 1, text: PROMO + STORY } });
    const diags = (await client.diagnostics(uri, 1)).filter((d: any) => d.code === 'boilerplate');
    const actions = await client.request('textDocument/codeAction', { textDocument: { uri }, range: diags[0].range, context: { diagnostics: diags } });
    const allow = actions.find((a: any) => a.title.startsWith('Not boilerplate'));
    assert.equal(allow.edit.documentChanges.length, 1);
    const written = JSON.parse(allow.edit.documentChanges[0].edits[0].newText);
    assert.deepEqual(written.rules, { 'punctuation-spacing': 'off' });
    assert.equal(written.boilerplate.allow[0], 'سطر قديم');
    assert.deepEqual(written.boilerplate.allow, ['سطر قديم', ...PROMO.trim().split('\n')]);
  });

  it('indexes the workspace in the background with progress, then flags a line repeated in 3 articles', async () => {
    const template = 'جميع الحقوق محفوظة لشبكة الأخبار المحلية المستقلة ولا يجوز النقل دون إذن مسبق';
    writeFileSync(join(ws, 'one.news.md'), `وصل وزير الخارجية إلى العاصمة في زيارة تستمر يومين يلتقي خلالها نظيره.\n\n${template}\n`);
    writeFileSync(join(ws, 'two.news.md'), `ارتفعت أسعار الخضار في الأسواق المحلية بعد موجة البرد التي ضربت المنطقة.\n\n${template}\n`);
    const progress: any[] = [];
    client.onRequest('window/workDoneProgress/create', () => null);
    await client.initialize({ rootPath: ws });
    const uri = `file://${ws}/three.news.md`;
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'arabic-news', version: 1, text: `${STORY}\n${template}\n` } });
    // STORY is in this article only; the template line is in all three.
    // After indexing, the open document is checked again with the workspace in view.
    const p = await client.waitFor('textDocument/publishDiagnostics', (x) => x.uri === uri && x.diagnostics.some((d: any) => d.code === 'boilerplate'), 8000);
    const d = p.diagnostics.find((x: any) => x.code === 'boilerplate');
    assert.equal(d.range.start.line, 2);
    for (const n of client.notifications) if (n.method === '$/progress') progress.push(n.params.value.kind);
    assert.deepEqual([progress[0], progress[progress.length - 1]], ['begin', 'end']);
    const hover = await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 3 } });
    assert.match(hover.contents.value, /\b3\b/);
  });
});
