// Rules boilerplate and duplicate-paragraph, seen through VS Code: the exact range of a pasted promo block,
// the hover, the code actions, the removal's exact output and "Not boilerplate" writing the team file.
// Texts are the rules' own (server/src/rules/boilerplate.ts, server/src/lexicon/boilerplate.ts,
// server/src/rules/duplicate-paragraph.ts), in the workbench's language.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  TEAM_FILE,
  applyCodeAction,
  applyTeamFileAction,
  assertStaysAt,
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
  resetTeamFile,
  waitForCount,
} from './helpers';

const RULE = 'boilerplate';
const DRAFT = 'drafts/jisr.news.md';
/** The promo's first line: the block's matched line. */
const PROMO_LINE = 'اشتركوا في قناتنا على تيليجرام لتصلكم الأخبار أولاً بأول';
/** The block's lines with words: "Not boilerplate" allows them all (the emoji bar has no words to allow). */
const ALLOWED = [PROMO_LINE, 'ولا تفوتوا أي خبر عاجل من مدينتكم'];

const text = {
  message: { ar: 'سطر ترويجي للاشتراك في تيليجرام', en: 'Telegram subscription promo' },
  why: {
    ar: 'دعوة الموقع قرّاءه إلى الاشتراك في قناته على تطبيق مراسلة؛ ليست من الخبر وتنتقل مع نسخ الصفحة.',
    en: "The site's invitation to subscribe to its messaging-app channel; it is not part of the story and comes along when the page is copied.",
  },
  // One row per line of the block: why each line is in it.
  rows: {
    ar: [
      `- السطر 1: «${PROMO_LINE}» — سطر ترويجي للاشتراك في تيليجرام؛ طابق: «اشتركوا»، «قناتنا»، «تيليجرام»، «أولاً بأول»`,
      '- السطر 2: «ولا تفوتوا أي خبر عاجل من مدينتكم» — دعوة مجاورة («تفوتوا»)',
      '- السطر 3: «⬇️⬇️⬇️» — فاصل زخرفي',
    ],
    en: [
      `- line 1: «${PROMO_LINE}» — Telegram subscription promo; matched: «اشتركوا», «قناتنا», «تيليجرام», «أولاً بأول»`,
      '- line 2: «ولا تفوتوا أي خبر عاجل من مدينتكم» — adjacent call to action («تفوتوا»)',
      '- line 3: «⬇️⬇️⬇️» — decorative separator',
    ],
  },
  remove: { ar: 'احذف هذه الكتلة', en: 'Remove this block' },
  // The title cuts the first line at 40 characters and counts the others.
  allow: {
    ar: 'ليس نصاً دخيلاً: أضف «اشتركوا في قناتنا على تيليجرام لتصلكم ا…» وسطراً آخر إلى boilerplate.allow',
    en: 'Not boilerplate: add «اشتركوا في قناتنا على تيليجرام لتصلكم ا…» and 1 more line to boilerplate.allow',
  },
  ignore: { ar: `تجاهل ${RULE} في هذا السطر`, en: `Ignore ${RULE} on this line` },
};

/** The story as it reads without the promo block. */
const STORY = [
  '# افتتاح جسر جديد فوق نهر المدينة',
  '',
  'افتتحت البلدية صباح اليوم جسراً جديداً فوق النهر يربط الضفتين، بعد عامين من الأشغال المتواصلة.',
  '',
  'وقال رئيس البلدية إن الجسر سيخفف الازدحام في وسط المدينة خلال ساعات الذروة.',
  '',
].join('\n');

describe(`rule ${RULE}`, () => {
  afterEach(closeScratchFiles);

  describe(`a messaging-app promo pasted on top of ${DRAFT}`, () => {
    let doc: vscode.TextDocument;
    let diagnostic: vscode.Diagnostic;
    before(async () => {
      doc = (await openFixture(DRAFT)).document;
      [diagnostic] = (await waitForCount(doc.uri, 1, RULE)) as [vscode.Diagnostic];
    });

    it('is ONE finding spanning the three lines of the block, nothing else in the draft', async () => {
      const expected = new vscode.Range(0, 0, 2, '⬇️⬇️⬇️'.length);
      assert.equal(rangeText(diagnostic.range), rangeText(expected));
      assert.equal(doc.getText(diagnostic.range), `${PROMO_LINE}\nولا تفوتوا أي خبر عاجل من مدينتكم\n⬇️⬇️⬇️`);
      assert.equal(diagnostic.message, localized(text.message));
      assert.equal(codeOf(diagnostic), RULE);
      assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Warning);
      // The story itself has no finding of any rule.
      await assertStaysAt(doc.uri, 1, { ms: 500 });
    });

    it('the hover names the kind and says why each line is in the block', async () => {
      for (const position of [diagnostic.range.start, new vscode.Position(1, 5), new vscode.Position(2, 2)]) {
        const hover = await hoverText(doc.uri, position);
        assert.ok(hover.includes(`\`${RULE}\` — ${localized(text.message)}`), `hover at ${position.line}:${position.character} lacks the kind:\n${hover}`);
        assert.ok(hover.includes(localized(text.why)), `hover lacks why:\n${hover}`);
        assert.ok(hover.includes(localized({ ar: text.rows.ar.join('\n'), en: text.rows.en.join('\n') })), `hover lacks the line rows:\n${hover}`);
        assert.ok(hover.includes('boilerplate.allow'), `hover does not mention boilerplate.allow:\n${hover}`);
      }
    });

    it('no hover on the story', async () => {
      const hover = await hoverText(doc.uri, rangeOf(doc, 'افتتحت البلدية').start);
      assert.ok(!hover.includes(RULE), `unexpected hover:\n${hover}`);
    });

    it('offers "Remove this block" (preferred), "Not boilerplate" and "ignore here", in that order', async () => {
      const actions = await codeActions(doc.uri, diagnostic.range);
      assert.deepEqual(
        actions.map((a) => a.title),
        [localized(text.remove), localized(text.allow), localized(text.ignore)],
      );
      const remove = findAction(actions, text.remove);
      assert.equal(remove.kind?.value, vscode.CodeActionKind.QuickFix.value);
      assert.equal(remove.isPreferred, true);
      assert.equal(findAction(actions, text.allow).isPreferred, undefined);
    });

    it('the same actions are offered from any line of the block', async () => {
      const actions = await codeActions(doc.uri, new vscode.Range(1, 3, 1, 3));
      findAction(actions, text.remove);
      findAction(actions, text.allow);
    });
  });

  it('"Remove this block" leaves exactly the story', async () => {
    const editor = await openFixtureCopy(DRAFT);
    const [d] = await waitForCount(editor.document.uri, 1, RULE);
    await applyCodeAction(findAction(await codeActions(editor.document.uri, d!.range), text.remove));
    await waitForCount(editor.document.uri, 0, RULE);
    assert.equal(editor.document.getText(), STORY);
    await assertStaysAt(editor.document.uri, 0, { ms: 500 });
  });

  describe('"Not boilerplate" writes the team file', () => {
    afterEach(resetTeamFile);

    it(`adds the block's lines to boilerplate.allow in ${TEAM_FILE}, and the block is no longer flagged`, async () => {
      await resetTeamFile();
      const uri = (await openFixture(DRAFT)).document.uri;
      const [d] = await waitForCount(uri, 1, RULE);
      const written = await applyTeamFileAction(findAction(await codeActions(uri, d!.range), text.allow));
      assert.equal(written, JSON.stringify({ boilerplate: { allow: ALLOWED } }, null, 2) + '\n');
      // With its lines allowed, nothing of the block is flagged (the emoji bar alone is never a block).
      await waitForCount(uri, 0, RULE);
      // Without the team file the block is flagged again.
      await resetTeamFile();
      await waitForCount(uri, 1, RULE);
    });
  });

  it('leaves a story sentence about a messaging app alone', async () => {
    const editor = await openScratch(
      'valid.news.md',
      'أعلنت شركة الاتصالات أن عدد مشتركي خدمتها على تطبيق تيليجرام بلغ مليون مشترك هذا العام.\n\nوقال مدير الشركة إن الخدمة ستتوسع العام المقبل.\n',
    );
    await assertStaysAt(editor.document.uri, 0, { rule: RULE, ms: 1500 });
  });
});

describe('rule duplicate-paragraph', () => {
  afterEach(closeScratchFiles);

  const PARAGRAPH = 'غمرت الأمطار الغزيرة التي هطلت ليلة أمس عدداً من شوارع المدينة، وتعطلت حركة السير لساعات.';
  const draft = (withCopy: boolean) =>
    [
      '# أمطار غزيرة تغمر شوارع المدينة',
      '',
      PARAGRAPH,
      '',
      'وأعلنت فرق الدفاع المدني أنها تلقت عشرات البلاغات من السكان منذ منتصف الليل.',
      '',
      ...(withCopy ? [PARAGRAPH, ''] : []),
      'ويتوقع خبراء الأرصاد تحسن الطقس بداية الأسبوع المقبل.',
      '',
    ].join('\n');

  it('flags the later copy (related: the first one); the fix removes it', async () => {
    const editor = await openScratch('duplicate.news.md', draft(true));
    const uri = editor.document.uri;
    const [d] = await waitForCount(uri, 1, 'duplicate-paragraph');
    assert.equal(rangeText(d!.range), rangeText(new vscode.Range(6, 0, 6, PARAGRAPH.length)), listDiagnostics([d!]));
    assert.equal(d!.message, localized({ ar: 'فقرة مكررة (نسخة من الفقرة في السطر 3)', en: 'Repeated paragraph (copy of the paragraph on line 3)' }));
    assert.equal(d!.severity, vscode.DiagnosticSeverity.Warning);
    assert.deepEqual(
      (d!.relatedInformation ?? []).map((r) => `${rangeText(r.location.range)} ${r.message}`),
      [`${rangeText(new vscode.Range(2, 0, 2, PARAGRAPH.length))} ${localized({ ar: 'الفقرة الأولى', en: 'The first copy' })}`],
    );
    const fix = findAction(await codeActions(uri, d!.range), { ar: 'احذف النسخة المكررة', en: 'Remove the repeated copy' });
    assert.equal(fix.isPreferred, true);
    await applyCodeAction(fix);
    await waitForCount(uri, 0, 'duplicate-paragraph');
    assert.equal(editor.document.getText(), draft(false));
  });
});
