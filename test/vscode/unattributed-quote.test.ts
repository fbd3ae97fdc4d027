// Rules unattributed-quote and unbalanced-quote, seen through VS Code: exact ranges and messages, the hover,
// the code actions, the attribution placeholder's exact output and "Not a quotation" writing the team file.
// Texts are the rules' own (server/src/rules/unattributed-quote.ts, server/src/rules/unbalanced-quote.ts), in
// the workbench's language.
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
  diagnosticsOf,
  findAction,
  hoverText,
  listDiagnostics,
  localized,
  openFixture,
  openFixtureCopy,
  openScratch,
  rangeOf,
  readWorkspaceFile,
  rangeText,
  resetTeamFile,
  waitForCount,
} from './helpers';

const RULE = 'unattributed-quote';
const DRAFT = 'drafts/khubz.news.md';
const ATTRIBUTED = '"أسعار الخبز ستنخفض بنسبة عشرة في المئة قبل نهاية الشهر"';
const QUOTE_TEXT = 'لن نسمح لأي جهة باحتكار الطحين بعد اليوم';
const UNATTRIBUTED = `"${QUOTE_TEXT}"`;

const text = {
  message: { ar: 'اقتباس بلا قائل أو مصدر: من قال هذا؟', en: 'Quotation with no speaker or source: who said this?' },
  explanationStart: {
    ar: 'لم يُعثر بجوار هذا الاقتباس على ما ينسبه إلى قائل أو مصدر.',
    en: 'Nothing next to this quotation attributes it to a speaker or a source.',
  },
  // What the rule looked at: the sentence before and the quotation's own (the sentence after is in another
  // paragraph), six words each; the quotation's sentence holds a quotation mark, so it is not put in marks.
  window: {
    ar: 'ما فحصته القاعدة:\n- الجملة السابقة: «وتشهد الأسواق نقصاً في الطحين منذ …»\n- جملة الاقتباس: "لن نسمح لأي جهة باحتكار الطحين …',
    en: 'What the rule looked at:\n- the sentence before: "وتشهد الأسواق نقصاً في الطحين منذ …"\n- the quotation\'s sentence: "لن نسمح لأي جهة باحتكار الطحين …',
  },
  after: { ar: 'أضف اسم القائل بعد الاقتباس: «، قال [المصدر]»', en: 'Add the speaker after the quote: "، قال [المصدر]"' },
  before: { ar: 'أضف اسم القائل قبل الاقتباس: «قال [المصدر]:»', en: 'Add the speaker before the quote: "قال [المصدر]:"' },
  notQuote: { ar: 'ليس اقتباساً: أضف النص إلى quotes.terms', en: 'Not a quotation: add the text to quotes.terms' },
  ignore: (rule: string) => ({ ar: `تجاهل ${rule} في هذا السطر`, en: `Ignore ${rule} on this line` }),
  unbalanced: {
    message: { ar: 'علامة التنصيص («) تفتح اقتباساً لا يُغلق في هذه الفقرة', en: 'Opening quotation mark («) is never closed in this paragraph' },
    explanation: {
      ar: 'تفتح هذه العلامة اقتباساً لا تغلقه أي علامة قبل نهاية الفقرة، فلا يُعرف أين ينتهي كلام القائل. أغلق الاقتباس في موضعه، أو احذف العلامة إن لم يكن اقتباساً. الاقتباس الممتد على عدة فقرات مقبول إذا افتُتحت الفقرة التالية بالعلامة نفسها.',
      en: 'This mark opens a quotation that no mark closes before the end of the paragraph, so the reader cannot tell where the speaker\'s words end. Close the quotation where it ends, or remove the mark if it is not a quotation. A quotation running over several paragraphs is fine when the next paragraph opens with the same mark.',
    },
    closing: { ar: 'علامة التنصيص (») تغلق اقتباساً لم يُفتح في هذه الفقرة', en: 'Closing quotation mark (») has no opening mark in this paragraph' },
  },
};

describe(`rule ${RULE}`, () => {
  afterEach(closeScratchFiles);

  describe(`the sample draft ${DRAFT}`, () => {
    let doc: vscode.TextDocument;
    let diagnostic: vscode.Diagnostic;
    before(async () => {
      doc = (await openFixture(DRAFT)).document;
      [diagnostic] = (await waitForCount(doc.uri, 1, RULE)) as [vscode.Diagnostic];
    });

    it('flags the unattributed quotation, marks included, with its message, code and severity', () => {
      assert.equal(rangeText(diagnostic.range), rangeText(rangeOf(doc, UNATTRIBUTED)), listDiagnostics([diagnostic]));
      assert.equal(diagnostic.message, localized(text.message));
      assert.equal(codeOf(diagnostic), RULE);
      assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Warning);
    });

    it('an attributed quotation gives nothing', () => {
      const attributed = rangeOf(doc, ATTRIBUTED);
      const onIt = diagnosticsOf(doc.uri).filter((d) => d.range.intersection(attributed));
      assert.equal(onIt.length, 0, listDiagnostics(onIt));
    });

    it('the hover explains what counts and where the rule looked', async () => {
      const hover = await hoverText(doc.uri, diagnostic.range.start.translate(0, 3));
      assert.ok(hover.includes(`\`${RULE}\` — ${localized(text.message)}`), `hover lacks the message:\n${hover}`);
      assert.ok(hover.includes(localized(text.explanationStart)), `hover lacks the explanation:\n${hover}`);
      assert.ok(hover.includes(localized(text.window)), `hover lacks where the rule looked:\n${hover}`);
    });

    it('offers the attribution placeholder, "Not a quotation" and "ignore here"; none preferred', async () => {
      const actions = await codeActions(doc.uri, diagnostic.range);
      assert.deepEqual(actions.map((a) => a.title), [localized(text.after), localized(text.notQuote), localized(text.ignore(RULE))]);
      assert.ok(actions.every((a) => !a.isPreferred), actions.map((a) => `${a.title} ${a.isPreferred}`).join(' | '));
    });
  });

  it('the placeholder fix inserts «، قال [المصدر]» right after the closing mark, nothing else', async () => {
    const original = await readWorkspaceFile(DRAFT);
    const editor = await openFixtureCopy(DRAFT);
    const [d] = await waitForCount(editor.document.uri, 1, RULE);
    await applyCodeAction(findAction(await codeActions(editor.document.uri, d!.range), text.after));
    await waitForCount(editor.document.uri, 0, RULE);
    assert.equal(editor.document.lineAt(4).text, `وتشهد الأسواق نقصاً في الطحين منذ أسابيع. ${UNATTRIBUTED}، قال [المصدر].`);
    assert.equal(editor.document.getText(), original!.replace(`${UNATTRIBUTED}.`, `${UNATTRIBUTED}، قال [المصدر].`));
  });

  it('a quotation running on into the next paragraph gets «قال [المصدر]: » before it', async () => {
    const first = '«لن نسمح لأي جهة باحتكار الطحين بعد اليوم، ولن نقبل أن يدفع المواطن ثمن جشع قلة من التجار الذين يخزنون القمح في مستودعاتهم،';
    const rest = '«وسنلاحق كل من يخزن القمح لرفع الأسعار».';
    const editor = await openScratch('continued.news.md', `وتشهد الأسواق نقصاً في الطحين منذ أسابيع.\n\n${first}\n\n${rest}\n`);
    const [d] = await waitForCount(editor.document.uri, 1, RULE);
    assert.equal(rangeText(d!.range), rangeText(new vscode.Range(2, 0, 2, first.length)));
    await applyCodeAction(findAction(await codeActions(editor.document.uri, d!.range), text.before));
    await waitForCount(editor.document.uri, 0, RULE);
    assert.equal(editor.document.getText(), `وتشهد الأسواق نقصاً في الطحين منذ أسابيع.\n\nقال [المصدر]: ${first}\n\n${rest}\n`);
  });

  describe('"Not a quotation" writes the team file', () => {
    afterEach(resetTeamFile);

    it(`adds the quoted text to quotes.terms in ${TEAM_FILE}, and the finding goes`, async () => {
      await resetTeamFile();
      const uri = (await openFixture(DRAFT)).document.uri;
      const [d] = await waitForCount(uri, 1, RULE);
      const written = await applyTeamFileAction(findAction(await codeActions(uri, d!.range), text.notQuote));
      assert.equal(written, JSON.stringify({ quotes: { terms: [QUOTE_TEXT] } }, null, 2) + '\n');
      await waitForCount(uri, 0, RULE);
      await resetTeamFile();
      await waitForCount(uri, 1, RULE);
    });
  });

  it('leaves attributed quotations, speaker labels, sources and short quoted terms alone', async () => {
    const editor = await openScratch(
      'valid.news.md',
      [
        'وزير التموين: "الأسعار ستنخفض قبل نهاية الشهر الجاري".',
        '',
        '"لن نسمح لأي جهة باحتكار الطحين"، قال الوزير في ختام المؤتمر.',
        '',
        'ووصف التجار القرار بأنه "خطوة في الاتجاه الصحيح" وطالبوا بدعم إضافي.',
        '',
        'وبحسب بيان الوزارة، "ستصل شحنات القمح الجديدة خلال أسبوعين".',
        '',
        'وقال الخباز سامي خليل إن الطحين نفد منذ أيام. "لم نخبز اليوم إلا نصف الكمية المعتادة".',
        '',
        '"الطوابير تطول كل صباح ولا أحد يجيبنا"، هكذا لخصت ريم المشهد أمام المخبز.',
        '',
      ].join('\n'),
    );
    await assertStaysAt(editor.document.uri, 0, { rule: RULE, ms: 1500 });
  });
});

describe('rule unbalanced-quote', () => {
  afterEach(closeScratchFiles);

  it(`an opening mark never closed in its paragraph (${DRAFT}): the mark itself, hover, no fix but "ignore here"`, async () => {
    const doc = (await openFixture(DRAFT)).document;
    const [d] = await waitForCount(doc.uri, 1, 'unbalanced-quote');
    assert.equal(rangeText(d!.range), rangeText(rangeOf(doc, 'صفحته «الطوابير', 6, 7)), listDiagnostics([d!]));
    assert.equal(d!.message, localized(text.unbalanced.message));
    assert.equal(d!.severity, vscode.DiagnosticSeverity.Warning);
    const hover = await hoverText(doc.uri, d!.range.start);
    assert.ok(hover.includes(`\`unbalanced-quote\` — ${localized(text.unbalanced.message)}`), `hover lacks the message:\n${hover}`);
    assert.ok(hover.includes(localized(text.unbalanced.explanation)), `hover lacks the explanation:\n${hover}`);
    const actions = await codeActions(doc.uri, d!.range);
    assert.deepEqual(actions.map((a) => a.title), [localized(text.ignore('unbalanced-quote'))]);
  });

  it('a closing mark never opened', async () => {
    const editor = await openScratch('closing.news.md', 'وانتهى الاجتماع دون اتفاق على الأسعار» بعد ساعتين من النقاش.\n');
    const [d] = await waitForCount(editor.document.uri, 1, 'unbalanced-quote');
    assert.equal(rangeText(d!.range), rangeText(rangeOf(editor.document, 'الأسعار»', 7, 8)));
    assert.equal(d!.message, localized(text.unbalanced.closing));
  });

  it('a quotation continued over two paragraphs is balanced', async () => {
    const editor = await openScratch(
      'continued-ok.news.md',
      'وقال الوزير: «سنراقب الأسواق يومياً حتى تستقر الأسعار،\n\n«ولن نتردد في معاقبة المخالفين».\n',
    );
    await assertStaysAt(editor.document.uri, 0, { rule: 'unbalanced-quote', ms: 1500 });
  });
});
