// Rule name-spelling, seen through VS Code: one diagnostic per stray spelling with its exact range, the other
// occurrences as related information, the hover's spelling table, "use X here" keeping the clitics and "add X
// to the team list" writing the team file. Texts are the rule's own (server/src/rules/name-spelling.ts), in the
// workbench's language.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  TEAM_FILE,
  applyCodeAction,
  applyTeamFileAction,
  closeScratchFiles,
  codeActions,
  codeOf,
  findAction,
  hoverText,
  listDiagnostics,
  localized,
  openFixture,
  openFixtureCopy,
  openScratch,
  rangeOf,
  rangeText,
  readWorkspaceFile,
  resetTeamFile,
  waitForCount,
  waitForDiagnostics,
} from './helpers';

const RULE = 'name-spelling';
// ترامب in the front-matter title and twice in the body; ترمب twice in the body, with the clitics ل and و.
const DRAFT = 'drafts/ziyara.news.md';

const text = {
  article: { ar: '«ترمب»: يكتب المقال أيضاً «ترامب» (3 مرات)', en: '"ترمب": this article also writes "ترامب" (3 times)' },
  team: { ar: '«ترمب»: يكتب الفريق هذا الاسم «ترامب»', en: '"ترمب": the team spells this name "ترامب"' },
  related: (w: string, line: number) => ({ ar: `«${w}» هنا (السطر ${line})`, en: `"${w}" here (line ${line})` }),
  why: {
    ar: 'للاسم الواحد تهجئة واحدة في المقال؛ «ترامب» هي التهجئة الأكثر استعمالاً هنا.',
    en: 'One name should have one spelling in an article; "ترامب" is the spelling used most here.',
  },
  teamWhy: {
    ar: 'قائمة الفريق (‎.mudaqqiq.json ← names) تكتب هذا الاسم «ترامب».',
    en: 'The team\'s list (.mudaqqiq.json → names) spells this name "ترامب".',
  },
  tableHead: {
    ar: '| التهجئة | هنا | المقالات الأخرى | اختيار الفريق |\n|---|---|---|---|',
    en: '| Spelling | Here | Other articles | Team choice |\n|---|---|---|---|',
  },
  useHere: (w: string) => ({ ar: `استعمل التهجئة «${w}» هنا`, en: `Use the spelling "${w}" here` }),
  useEverywhere: (w: string) => ({ ar: `استعمل «${w}» في المستند كله`, en: `Use "${w}" everywhere in this document` }),
  addToTeam: (w: string) => ({ ar: `أضف «${w}» إلى قائمة الفريق تهجئةً معتمدة`, en: `Add "${w}" to the team list as the canonical spelling` }),
  fixAll: (n: number) => ({ ar: `أصلح كل مشكلات ${RULE} في المستند (${n})`, en: `Fix all ${RULE} problems in the document (${n})` }),
  ignore: { ar: `تجاهل ${RULE} في هذا السطر`, en: `Ignore ${RULE} on this line` },
};

describe(`rule ${RULE}`, () => {
  afterEach(closeScratchFiles);

  describe(`the sample draft ${DRAFT}`, () => {
    let doc: vscode.TextDocument;
    let diagnostics: vscode.Diagnostic[];
    before(async () => {
      doc = (await openFixture(DRAFT)).document;
      diagnostics = await waitForCount(doc.uri, 2, RULE);
    });

    it('flags each occurrence of the minority spelling, on the name without its clitic', () => {
      assert.deepEqual(
        diagnostics.map((d) => `${rangeText(d.range)} ${d.message}`),
        [rangeOf(doc, 'لترمب', 1, 5), rangeOf(doc, 'البلدين وترمب', 9, 13)].map((r) => `${rangeText(r)} ${localized(text.article)}`),
        listDiagnostics(diagnostics),
      );
      for (const d of diagnostics) {
        assert.equal(codeOf(d), RULE);
        assert.equal(d.severity, vscode.DiagnosticSeverity.Warning);
      }
    });

    it('points at every other occurrence (front-matter title included) as related information', () => {
      const related = (d: vscode.Diagnostic) => (d.relatedInformation ?? []).map((r) => `${r.location.uri.toString() === doc.uri.toString() ? '' : r.location.uri.toString()}${rangeText(r.location.range)} ${r.message}`);
      const at = (r: vscode.Range, w: string) => `${rangeText(r)} ${localized(text.related(w, r.start.line + 1))}`;
      const title = rangeOf(doc, 'title: ترامب', 7, 12);
      const body1 = rangeOf(doc, 'دونالد ترامب', 7, 12);
      const body2 = rangeOf(doc, 'إن ترامب', 3, 8);
      assert.deepEqual(related(diagnostics[0]!), [at(title, 'ترامب'), at(body1, 'ترامب'), at(body2, 'ترامب'), at(rangeOf(doc, 'البلدين وترمب', 9, 13), 'ترمب')]);
      assert.deepEqual(related(diagnostics[1]!), [at(title, 'ترامب'), at(body1, 'ترامب'), at(rangeOf(doc, 'لترمب', 1, 5), 'ترمب'), at(body2, 'ترامب')]);
    });

    it('the hover gives why and the table of spellings', async () => {
      const hover = await hoverText(doc.uri, diagnostics[0]!.range.start.translate(0, 1));
      assert.ok(hover.includes(`\`${RULE}\` — ${localized(text.article)}`), `hover lacks the message:\n${hover}`);
      assert.ok(hover.includes(localized(text.why)), `hover lacks why:\n${hover}`);
      assert.ok(hover.includes(localized(text.tableHead)), `hover lacks the table:\n${hover}`);
      // Spelling | here | workspace (the count depends on what else the workspace holds) | team choice.
      assert.match(hover, /^\| ترامب \| 3 \| (?:\d+|–) \| {2}\|$/m, `hover lacks the row of ترامب:\n${hover}`);
      assert.match(hover, /^\| ترمب \| 2 \| (?:\d+|–) \| {2}\|$/m, `hover lacks the row of ترمب:\n${hover}`);
    });

    it('offers "use X here" (preferred), "use X everywhere", "add X to the team list", "fix all" and "ignore here"', async () => {
      const actions = await codeActions(doc.uri, diagnostics[0]!.range);
      assert.deepEqual(
        actions.map((a) => a.title),
        [text.useHere('ترامب'), text.useEverywhere('ترامب'), text.addToTeam('ترامب'), text.fixAll(2), text.ignore].map(localized),
      );
      assert.equal(findAction(actions, text.useHere('ترامب')).isPreferred, true);
      assert.equal(findAction(actions, text.useEverywhere('ترامب')).isPreferred, undefined);
    });
  });

  it('"use X here" respells only the name and keeps its clitic (وترمب → وترامب)', async () => {
    const original = await readWorkspaceFile(DRAFT);
    const editor = await openFixtureCopy(DRAFT);
    const [, second] = await waitForCount(editor.document.uri, 2, RULE);
    await applyCodeAction(findAction(await codeActions(editor.document.uri, second!.range), text.useHere('ترامب')));
    const [left] = await waitForCount(editor.document.uri, 1, RULE);
    assert.equal(editor.document.getText(), original!.replace('البلدين وترمب', 'البلدين وترامب'));
    assert.equal(rangeText(left!.range), rangeText(rangeOf(editor.document, 'لترمب', 1, 5)));
    // The other one, with ل: لترمب → لترامب.
    await applyCodeAction(findAction(await codeActions(editor.document.uri, left!.range), text.useHere('ترامب')));
    await waitForCount(editor.document.uri, 0, RULE);
    assert.equal(editor.document.getText(), original!.replace('البلدين وترمب', 'البلدين وترامب').replace('لترمب', 'لترامب'));
  });

  it('"use X everywhere" respells every other occurrence (جفري → جيفري)', async () => {
    const draft = (w: string) => `التقى المدرب جيفري هاريس لاعبيه صباح اليوم قبل المباراة النهائية.\n\nوقال جيفري إن الفريق جاهز، فيما أكد مساعد ${w} أن لاعبين اثنين لن يشاركا.\n`;
    const editor = await openScratch('jeffrey.news.md', draft('جفري'));
    const [d] = await waitForCount(editor.document.uri, 1, RULE);
    assert.equal(rangeText(d!.range), rangeText(rangeOf(editor.document, 'جفري')));
    assert.equal(d!.message, localized({ ar: '«جفري»: يكتب المقال أيضاً «جيفري» (مرتين)', en: '"جفري": this article also writes "جيفري" (2 times)' }));
    await applyCodeAction(findAction(await codeActions(editor.document.uri, d!.range), text.useEverywhere('جيفري')));
    await waitForCount(editor.document.uri, 0, RULE);
    assert.equal(editor.document.getText(), draft('جيفري'));
  });

  describe('"add X to the team list" writes the team file', () => {
    afterEach(resetTeamFile);

    it(`writes the name to names in ${TEAM_FILE}; the stray spellings are then flagged against the team's choice`, async () => {
      await resetTeamFile();
      const doc = (await openFixture(DRAFT)).document;
      const [first] = await waitForCount(doc.uri, 2, RULE);
      const written = await applyTeamFileAction(findAction(await codeActions(doc.uri, first!.range), text.addToTeam('ترامب')));
      assert.equal(written, JSON.stringify({ names: [{ canonical: 'ترامب', variants: ['ترمب'] }] }, null, 2) + '\n');
      const flagged = await waitForDiagnostics(doc.uri, (d) => d.length === 2 && d.every((x) => x.message === localized(text.team)), `2 findings against the team list`, { rule: RULE });
      const hover = await hoverText(doc.uri, flagged[0]!.range.start.translate(0, 1));
      assert.ok(hover.includes(localized(text.teamWhy)), `hover lacks the team's choice:\n${hover}`);
      assert.match(hover, /^\| ترامب \| 3 \| (?:\d+|–) \| ✓ \|$/m, `hover does not tick the team's choice:\n${hover}`);
      // The name is already on the team list: no action offers to add it again.
      const titles = (await codeActions(doc.uri, flagged[0]!.range)).map((a) => a.title);
      assert.ok(!titles.includes(localized(text.addToTeam('ترامب'))), titles.join(' | '));
      await resetTeamFile();
      await waitForDiagnostics(doc.uri, (d) => d.length === 2 && d.every((x) => x.message === localized(text.article)), 'the article-only findings again', { rule: RULE });
    });
  });
});
