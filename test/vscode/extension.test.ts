// The extension as a whole: activation, which files are checked, settings, the team file, commands.
// Rule behaviour has its own file per rule (punctuation-spacing.test.ts, …).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  EXTENSION_ID,
  activateExtension,
  assertStaysAt,
  closeScratchFiles,
  deleteWorkspaceFile,
  diagnosticsOf,
  hoverText,
  listDiagnostics,
  openFixture,
  openScratch,
  setSetting,
  sleep,
  waitForCount,
  waitForDiagnostics,
  workspaceFile,
  writeWorkspaceFile,
} from './helpers';

// The sample draft has five punctuation-spacing findings (see punctuation-spacing.test.ts for each one).
// Counts are of that rule only, so other rules finding something in the fixtures do not disturb these tests.
const PS = 'punctuation-spacing';
const DRAFT = 'drafts/majlis.news.md';
const DRAFT_FINDINGS = 5;

describe('extension', () => {
  afterEach(closeScratchFiles);

  it('runs inside VS Code in the expected language', () => {
    console.log(`VS Code ${vscode.version}, language ${vscode.env.language}, host ${vscode.env.appHost}`);
    const expected = process.env.MUDAQQIQ_EXPECT_LANGUAGE;
    if (expected) assert.ok(vscode.env.language.startsWith(expected), `vscode.env.language is ${vscode.env.language}, expected ${expected}`);
  });

  it('activates', async () => {
    const ext = await activateExtension();
    assert.equal(ext.isActive, true);
    assert.equal(ext.id, EXTENSION_ID);
  });

  it('registers its commands', async () => {
    await activateExtension();
    const commands = await vscode.commands.getCommands(true);
    for (const id of ['mudaqqiq.fixAll', 'mudaqqiq.restartServer', 'mudaqqiq.showOutput']) {
      assert.ok(commands.includes(id), `command ${id} is not registered`);
    }
  });

  describe('which files are checked', () => {
    for (const [file, languageId] of [
      ['drafts/majlis.news.md', 'arabic-news'],
      ['drafts/madrasa.khabar', 'arabic-news'],
    ] as const) {
      it(`${file} is ${languageId} and gets diagnostics`, async () => {
        const editor = await openFixture(file);
        assert.equal(editor.document.languageId, languageId);
        await waitForDiagnostics(editor.document.uri, (d) => d.length > 0, 'diagnostics');
      });
    }

    it('checks Markdown that is mostly Arabic', async () => {
      const editor = await openFixture('drafts/notes.md');
      assert.equal(editor.document.languageId, 'markdown');
      await waitForCount(editor.document.uri, 1, PS);
    });

    it('leaves Markdown that is mostly English alone', async () => {
      const editor = await openFixture('drafts/english.md');
      await assertStaysAt(editor.document.uri, 0);
    });

    it('finds nothing in a clean draft', async () => {
      const editor = await openFixture('drafts/clean.news.md');
      await assertStaysAt(editor.document.uri, 0);
    });

    it('follows edits: a new finding appears, a fixed one goes', async () => {
      const editor = await openScratch('live.news.md', 'قال المتحدث إن الاجتماع انتهى.\n');
      const uri = editor.document.uri;
      await assertStaysAt(uri, 0, { rule: PS, ms: 1500 });
      await editor.edit((e) => e.insert(new vscode.Position(0, 'قال المتحدث'.length), ' ،'));
      await waitForCount(uri, 1, PS);
      await editor.edit((e) => e.delete(new vscode.Range(0, 'قال المتحدث'.length, 0, 'قال المتحدث ،'.length)));
      await waitForCount(uri, 0, PS);
    });
  });

  describe('settings', () => {
    afterEach(async () => {
      await setSetting('rules', undefined);
      await setSetting('enable', undefined);
      await setSetting('languages', undefined);
    });

    it('mudaqqiq.enable = false clears the diagnostics; true brings them back', async () => {
      const uri = (await openFixture(DRAFT)).document.uri;
      await waitForCount(uri, DRAFT_FINDINGS, PS);
      await setSetting('enable', false);
      await waitForCount(uri, 0);
      await setSetting('enable', true);
      await waitForCount(uri, DRAFT_FINDINGS, PS);
    });

    it('mudaqqiq.rules turns a rule off and changes its severity', async () => {
      const uri = (await openFixture(DRAFT)).document.uri;
      await waitForCount(uri, DRAFT_FINDINGS, PS);
      await setSetting('rules', { 'punctuation-spacing': 'off' });
      await waitForCount(uri, 0, PS);
      await setSetting('rules', { 'punctuation-spacing': 'error' });
      await waitForDiagnostics(
        uri,
        (d) => d.length === DRAFT_FINDINGS && d.every((x) => x.severity === vscode.DiagnosticSeverity.Error),
        `${DRAFT_FINDINGS} errors`,
        { rule: PS },
      );
    });

    it('mudaqqiq.languages decides which Markdown is checked', async () => {
      const uri = (await openFixture('drafts/notes.md')).document.uri;
      await waitForCount(uri, 1, PS);
      const languages = vscode.workspace.getConfiguration('mudaqqiq').get<string[]>('languages') ?? [];
      assert.ok(languages.includes('markdown'), `mudaqqiq.languages is ${JSON.stringify(languages)}`);
      await setSetting('languages', languages.filter((l) => l !== 'markdown'));
      await waitForCount(uri, 0);
    });
  });

  describe('team file .mudaqqiq.json', () => {
    afterEach(() => deleteWorkspaceFile('.mudaqqiq.json'));

    it('turns a rule off for the whole team, and back on when removed', async () => {
      const uri = (await openFixture(DRAFT)).document.uri;
      await waitForCount(uri, DRAFT_FINDINGS, PS);
      await writeWorkspaceFile('.mudaqqiq.json', JSON.stringify({ rules: { 'punctuation-spacing': 'off' } }, null, 2));
      await waitForCount(uri, 0, PS);
      await deleteWorkspaceFile('.mudaqqiq.json');
      await waitForCount(uri, DRAFT_FINDINGS, PS);
    });

    it('a malformed file gets one diagnostic on itself and the defaults stay in force', async () => {
      const uri = (await openFixture(DRAFT)).document.uri;
      await waitForCount(uri, DRAFT_FINDINGS, PS);
      // As a writer would: the file is open in an editor while it is broken.
      const configUri = await writeWorkspaceFile('.mudaqqiq.json', '{ "rules": { "punctuation-spacing": "off" ');
      const configEditor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(configUri), { preview: false });
      const onConfig = await waitForDiagnostics(configUri, (d) => d.length > 0, 'a diagnostic on .mudaqqiq.json');
      assert.equal(onConfig.length, 1, listDiagnostics(onConfig));
      assert.match(onConfig[0]!.message, /mudaqqiq\.json/);
      await assertStaysAt(uri, DRAFT_FINDINGS, { rule: PS, ms: 1000 });
      // Repaired in the editor: the diagnostic goes and the file's rules apply.
      await configEditor.edit((e) => e.replace(fullRange(configEditor.document), '{ "rules": { "punctuation-spacing": "off" } }'));
      await waitForCount(configUri, 0);
      await waitForCount(uri, 0, PS);
      await configEditor.edit((e) => e.replace(fullRange(configEditor.document), '{}'));
      await configEditor.document.save();
      await waitForCount(uri, DRAFT_FINDINGS, PS);
    });
  });

  describe('commands', () => {
    it('mudaqqiq.fixAll fixes every finding of the active draft', async () => {
      const editor = await openScratch('fix-all.news.md', 'قال الوزير ، أمس, إن الخطة جاهزة..\n');
      await waitForCount(editor.document.uri, 3, PS);
      await vscode.commands.executeCommand('mudaqqiq.fixAll');
      await waitForCount(editor.document.uri, 0, PS);
      assert.equal(editor.document.getText(), 'قال الوزير، أمس، إن الخطة جاهزة.\n');
    });

    it('mudaqqiq.restartServer restarts the server, which checks the open drafts again', async () => {
      const uri = (await openFixture(DRAFT)).document.uri;
      await waitForCount(uri, DRAFT_FINDINGS, PS);
      await vscode.commands.executeCommand('mudaqqiq.restartServer');
      await waitForCount(uri, DRAFT_FINDINGS, PS);
      // The restarted server answers requests.
      const position = diagnosticsOf(uri)[0]!.range.start;
      const deadline = Date.now() + 20_000;
      while (!(await hoverText(uri, position)).includes('punctuation-spacing')) {
        assert.ok(Date.now() < deadline, 'no hover from the restarted server within 20 s');
        await sleep(250);
      }
    });

    it('mudaqqiq.showOutput runs', async () => {
      await activateExtension();
      await vscode.commands.executeCommand('mudaqqiq.showOutput');
    });
  });

  it('the fixture workspace is the temp copy, not the repository', () => {
    // The launchers copy test/fixtures/workspace, so tests may write files and settings freely.
    assert.ok(!workspaceFile('').fsPath.includes('test/fixtures/workspace'), workspaceFile('').fsPath);
  });
});

function fullRange(doc: vscode.TextDocument): vscode.Range {
  return new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length));
}
