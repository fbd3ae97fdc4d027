// Rule punctuation-spacing, seen through VS Code: exact ranges and messages, the hover, the code actions
// and their edits. Texts are the rule's own (server/src/rules/punctuation-spacing.ts), in the workbench's
// language.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  applyCodeAction,
  assertStaysAt,
  closeScratchFiles,
  codeActions,
  codeOf,
  hoverText,
  listDiagnostics,
  localized,
  openFixture,
  openScratch,
  rangeOf,
  rangeText,
  waitForCount,
} from './helpers';

const RULE = 'punctuation-spacing';

const text = {
  spaceBefore: (m: string) => ({
    message: { ar: `مسافة قبل «${m}»`, en: `Space before "${m}"` },
    explanation: {
      ar: `في الكتابة العربية تلتصق علامة الترقيم «${m}» بالكلمة التي قبلها وتليها مسافة.`,
      en: `In Arabic typography the mark "${m}" sits against the word before it and is followed by a space.`,
    },
    fix: { ar: `احذف المسافة قبل «${m}»`, en: `Remove the space before "${m}"` },
  }),
  spaceAfter: (m: string) => ({
    message: { ar: `لا مسافة بعد «${m}»`, en: `No space after "${m}"` },
    fix: { ar: `أضف مسافة بعد «${m}»`, en: `Add a space after "${m}"` },
  }),
  latin: (m: string, r: string) => ({
    message: { ar: `علامة لاتينية «${m}» في نص عربي: استعمل «${r}»`, en: `Latin "${m}" in Arabic text: use "${r}"` },
    fix: { ar: `ضع «${r}» مكان «${m}»`, en: `Replace "${m}" with "${r}"` },
  }),
  doubleDot: {
    message: { ar: 'نقطتان «..»: نقطة واحدة أم علامة حذف «…»؟', en: 'Two full stops "..": a full stop or an ellipsis "…"?' },
    fix: { ar: 'ضع «.» مكان «..»', en: 'Replace ".." with "."' },
    ellipsis: { ar: 'ضع «…» مكان «..»', en: 'Replace ".." with "…"' },
  },
  // The adapter's own actions (server/src/server.ts).
  fixAll: (n: number) => ({ ar: `أصلح كل مشكلات ${RULE} في المستند (${n})`, en: `Fix all ${RULE} problems in the document (${n})` }),
  ignore: { ar: `تجاهل ${RULE} في هذا السطر`, en: `Ignore ${RULE} on this line` },
};

/** Runs the quick fix titled `title` on the single diagnostic of a one-finding draft; returns the new text. */
async function applyQuickFix(draft: string, title: { ar: string; en: string }): Promise<string> {
  const editor = await openScratch('fix.news.md', draft);
  const [d] = await waitForCount(editor.document.uri, 1, RULE);
  await applyCodeAction(find(await codeActions(editor.document.uri, d!.range), title));
  await waitForCount(editor.document.uri, 0, RULE);
  return editor.document.getText();
}

describe(`rule ${RULE}`, () => {
  afterEach(closeScratchFiles);

  describe('the sample draft drafts/majlis.news.md', () => {
    let doc: vscode.TextDocument;
    let diagnostics: vscode.Diagnostic[];
    before(async () => {
      doc = (await openFixture('drafts/majlis.news.md')).document;
      diagnostics = await waitForCount(doc.uri, 5, RULE);
    });

    it('has exactly the five findings, with their ranges, messages, code and severity', () => {
      const expected = [
        { range: rangeOf(doc, 'البلدي ، في', 6, 8), message: text.spaceBefore('،').message },
        { range: rangeOf(doc, 'اليوم, إن', 5, 6), message: text.latin(',', '،').message },
        { range: rangeOf(doc, 'الصيانة..', 7, 9), message: text.doubleDot.message },
        { range: rangeOf(doc, 'المقبل،وتستمر', 6, 8), message: text.spaceAfter('،').message },
        { range: rangeOf(doc, 'المخصصات?', 8, 9), message: text.latin('?', '؟').message },
      ];
      assert.deepEqual(
        diagnostics.map((d) => `${rangeText(d.range)} ${d.message}`),
        expected.map((e) => `${rangeText(e.range)} ${localized(e.message)}`),
        listDiagnostics(diagnostics),
      );
      for (const d of diagnostics) {
        assert.equal(codeOf(d), RULE);
        assert.equal(d.severity, vscode.DiagnosticSeverity.Warning);
      }
    });

    it('the hover explains why', async () => {
      const hover = await hoverText(doc.uri, diagnostics[0]!.range.start);
      assert.ok(hover.includes(localized(text.spaceBefore('،').message)), `hover lacks the message:\n${hover}`);
      assert.ok(hover.includes(localized(text.spaceBefore('،').explanation)), `hover lacks the explanation:\n${hover}`);
    });

    it('no hover away from the findings', async () => {
      const hover = await hoverText(doc.uri, rangeOf(doc, 'قال رئيس').start);
      assert.ok(!hover.includes(RULE), `unexpected hover:\n${hover}`);
    });

    it('offers the fix, "fix all" and "ignore here", in that order', async () => {
      const actions = await codeActions(doc.uri, diagnostics[0]!.range);
      const fix = find(actions, text.spaceBefore('،').fix);
      assert.equal(fix.kind?.value, vscode.CodeActionKind.QuickFix.value);
      assert.equal(fix.isPreferred, true);
      const fixAll = find(actions, text.fixAll(5));
      const ignore = find(actions, text.ignore);
      assert.ok(actions.indexOf(fix) < actions.indexOf(fixAll) && actions.indexOf(fixAll) < actions.indexOf(ignore), actions.map((a) => a.title).join(' | '));
      assert.equal(ignore.isPreferred, undefined);
    });

    it('the double full stop offers both «.» and «…»', async () => {
      const actions = await codeActions(doc.uri, diagnostics[2]!.range);
      const titles = actions.map((a) => a.title);
      assert.ok(titles.includes(localized(text.doubleDot.fix)), titles.join(' | '));
      assert.ok(titles.includes(localized(text.doubleDot.ellipsis)), titles.join(' | '));
    });
  });

  describe('quick fixes change exactly the flagged text', () => {
    it('space before «،»', async () => {
      assert.equal(await applyQuickFix('قال الوزير ، إن الخطة جاهزة.\n', text.spaceBefore('،').fix), 'قال الوزير، إن الخطة جاهزة.\n');
    });
    it('space before «؟»', async () => {
      assert.equal(await applyQuickFix('متى تبدأ الأعمال ؟\n', text.spaceBefore('؟').fix), 'متى تبدأ الأعمال؟\n');
    });
    it('no space after «؛»', async () => {
      assert.equal(await applyQuickFix('انتهى الاجتماع؛وغادر الجميع.\n', text.spaceAfter('؛').fix), 'انتهى الاجتماع؛ وغادر الجميع.\n');
    });
    it('Latin «,» between Arabic words', async () => {
      assert.equal(await applyQuickFix('وصل الوفد صباحاً, وغادر مساءً.\n', text.latin(',', '،').fix), 'وصل الوفد صباحاً، وغادر مساءً.\n');
    });
    it('Latin «;» between Arabic words', async () => {
      assert.equal(await applyQuickFix('ارتفعت الأسعار; فتراجع الطلب.\n', text.latin(';', '؛').fix), 'ارتفعت الأسعار؛ فتراجع الطلب.\n');
    });
    it('«..» to «.»', async () => {
      assert.equal(await applyQuickFix('أغلقت السوق أبوابها..\n', text.doubleDot.fix), 'أغلقت السوق أبوابها.\n');
    });
    it('«..» to «…»', async () => {
      assert.equal(await applyQuickFix('أغلقت السوق أبوابها..\n', text.doubleDot.ellipsis), 'أغلقت السوق أبوابها…\n');
    });
  });

  it('"fix all" fixes every finding at once', async () => {
    const editor = await openScratch('all.news.md', 'قال الوزير ، أمس, إن الخطة جاهزة..\nوأضاف أن التنفيذ يبدأ غداً،ويستمر شهراً.\n');
    const [first] = await waitForCount(editor.document.uri, 4, RULE);
    await applyCodeAction(find(await codeActions(editor.document.uri, first!.range), text.fixAll(4)));
    await waitForCount(editor.document.uri, 0, RULE);
    assert.equal(editor.document.getText(), 'قال الوزير، أمس، إن الخطة جاهزة.\nوأضاف أن التنفيذ يبدأ غداً، ويستمر شهراً.\n');
  });

  it('"ignore here" adds a disable comment that silences the rule on that line only', async () => {
    const draft = 'قال الوزير ، إن الخطة جاهزة.\n\nوأضاف أن التنفيذ يبدأ غداً ، ويستمر شهراً.\n';
    const editor = await openScratch('ignore.news.md', draft);
    const [first] = await waitForCount(editor.document.uri, 2, RULE);
    await applyCodeAction(find(await codeActions(editor.document.uri, first!.range), text.ignore));
    const [left] = await waitForCount(editor.document.uri, 1, RULE);
    assert.equal(
      editor.document.getText(),
      `قال الوزير ، إن الخطة جاهزة. <!-- mudaqqiq-disable-line ${RULE} -->\n\nوأضاف أن التنفيذ يبدأ غداً ، ويستمر شهراً.\n`,
    );
    assert.equal(left!.range.start.line, 2);
  });

  it('leaves numbers, URLs, ellipses and Latin text alone', async () => {
    const editor = await openScratch(
      'valid.news.md',
      [
        'بلغ النمو 3,5 في المئة و1.5 في المئة في العام السابق.',
        'التفاصيل على الرابط https://example.org/a?b=1,2 لمن يريد.',
        'وتابع قائلاً... ثم سكت… ثم أكمل حديثه.',
        'The report says: yes , no ; maybe ? and more.',
        'قال، ثم أضاف: «نعم»؛ وانصرف.',
      ].join('\n') + '\n',
    );
    await assertStaysAt(editor.document.uri, 0, { rule: RULE });
  });
});

function find(actions: vscode.CodeAction[], title: { ar: string; en: string }): vscode.CodeAction {
  const action = actions.find((a) => a.title === localized(title));
  assert.ok(action, `no code action «${localized(title)}»; offered: ${actions.map((a) => a.title).join(' | ') || '(none)'}`);
  return action;
}
