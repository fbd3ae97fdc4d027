import * as assert from 'node:assert/strict';
import { applyEdits } from '../../server/src/core/engine';
import { duplicateParagraph } from '../../server/src/rules/duplicate-paragraph';
import { ruleTester, runRule } from '../helpers/rule-tester';

// Paragraphs written for these tests.
const A = 'عقد مجلس البلدية جلسة طارئة مساء الأحد لبحث أزمة المياه في الأحياء الشرقية من المدينة.';
const B = 'وقرر المجلس توزيع المياه بالصهاريج على السكان حتى انتهاء أعمال الصيانة في المحطة الرئيسية.';
const C = 'وأكد رئيس البلدية أن الأزمة ستنتهي قبل نهاية الشهر الجاري إذا وصلت قطع الغيار في موعدها.';
// B with one word changed and its punctuation and hamza spelled differently.
/** A plain-text title line (no sentence punctuation at its end) of ≥ 8 words. */
const TITLE = 'عنوان طويل للخبر يتجاوز ثماني كلمات في سطر واحد بلا نقطة';
const B_NEAR = 'وقرر المجلس توزيع المياه بالصهاريج على الاهالي حتى انتهاء اعمال الصيانة في المحطة الرئيسية';

ruleTester(duplicateParagraph, {
  valid: [
    { text: `${A}\n${B}\n${C}`, name: 'three different paragraphs' },
    { text: `${A}\nتفاصيل\n${B}\nتفاصيل\n${C}`, name: 'a repeated short subheading' },
    { text: `# ${A}\n\n${A}`, format: 'markdown', name: 'a heading repeated as the first paragraph' },
    { text: `# عنوان\n\n${B}\n\n${B}\n\n${C}`, format: 'markdown', name: 'the standfirst repeated by the lead (house style of many sites)' },
    { text: `عنوان طويل للخبر يتجاوز ثماني كلمات في سطر واحد بلا نقطة\n${B}\n${B_NEAR}\n${C}`, name: 'plain text: title line, standfirst, a lead that paraphrases it' },
  ],
  invalid: [
    {
      name: 'a verbatim copy further down (Markdown): the later copy and its blank line go',
      text: `${A}\n\n${B}\n\n${C}\n\n${B}\n`,
      format: 'markdown',
      errors: [{ text: B, nth: 1, message: 'Repeated paragraph (copy of the paragraph on line 3)', messageAr: 'فقرة مكررة (نسخة من الفقرة في السطر 3)' }],
      output: `${A}\n\n${B}\n\n${C}\n`,
    },
    {
      name: 'a near copy (one word changed, punctuation and hamza differ), plain text',
      text: `${A}\n${B}\n${B_NEAR}\n${C}`,
      errors: [{ text: B_NEAR, message: 'Near-duplicate paragraph (84% the same as the paragraph on line 2)', messageAr: 'فقرة شبه مكررة (84% منها في الفقرة في السطر 2)' }],
      // Not in fix-all: the near copy may be the writer's revised version.
      output: `${A}\n${B}\n${B_NEAR}\n${C}`,
    },
    {
      name: 'two later copies are two findings, both pointing at the first',
      text: `${A}\n${B}\n${A}\n${C}\n${A}`,
      errors: [
        { text: A, nth: 1, message: 'Repeated paragraph (copy of the paragraph on line 1)' },
        { text: A, nth: 2, message: 'Repeated paragraph (copy of the paragraph on line 1)' },
      ],
      output: `${A}\n${B}\n${C}\n`,
    },
    {
      // The standfirst exemption counts the long paragraphs, copies included: B is the third, not the second.
      name: 'plain text: the title line repeated (exempt), then a paragraph pasted twice in a row is flagged',
      text: `${TITLE}\n${TITLE}\n${B}\n${B}`,
      errors: [{ text: B, nth: 1, message: 'Repeated paragraph (copy of the paragraph on line 3)' }],
      output: `${TITLE}\n${TITLE}\n${B}\n`,
    },
    {
      name: 'the lead pasted again after short paragraphs and a heading is not the standfirst (Markdown)',
      text: `${A}\n\nوأضاف أن الخطة جاهزة.\n\nوتابع: «سننجح».\n\n## التفاصيل\n\n${A}\n`,
      format: 'markdown',
      errors: [{ text: A, nth: 1, message: 'Repeated paragraph (copy of the paragraph on line 1)' }],
      output: `${A}\n\nوأضاف أن الخطة جاهزة.\n\nوتابع: «سننجح».\n\n## التفاصيل\n`,
    },
  ],
});

describe('rule duplicate-paragraph: related location and hover', () => {
  it('points at the first copy and quotes it in the hover', () => {
    const text = `${A}\n${B}\n${A}`;
    const { findings } = runRule(duplicateParagraph, text);
    assert.equal(findings.length, 1);
    assert.deepEqual(findings[0]!.related, [{ span: { start: 0, end: A.length }, message: { ar: 'الفقرة الأولى', en: 'The first copy' } }]);
    assert.match(findings[0]!.explanation.en, /repeats word for word the paragraph on line 1: «عقد مجلس البلدية/);
  });

  it('quotes the first copy as text in the Markdown hover (a * of the draft stays a *)', () => {
    const starred = A.replace('مجلس', '*مجلس*');
    const { findings } = runRule(duplicateParagraph, `${starred}\n${B}\n${starred}`);
    assert.equal(findings.length, 1);
    assert.match(findings[0]!.explanation.en, /on line 1: «عقد \\\*مجلس\\\* البلدية/);
  });
});

describe('rule duplicate-paragraph: a near copy', () => {
  // The later copy is the revised one: one word added at the end.
  const REVISED = 'وقرر المجلس توزيع المياه بالصهاريج على السكان حتى انتهاء أعمال الصيانة في المحطة الرئيسية الجديدة.';

  it('shows what differs and offers to keep either copy, neither preferred nor in fix-all', () => {
    const text = `${A}\n${B}\n${C}\n${REVISED}\n`;
    const { findings } = runRule(duplicateParagraph, text);
    assert.equal(findings.length, 1);
    const [f] = findings;
    assert.equal(text.slice(f!.span.start, f!.span.end), REVISED);
    assert.match(f!.explanation.en, /What differs:\n- no word of the first copy is missing here\n- only in this copy: «الجديدة»/);
    assert.match(f!.explanation.ar, /- في هذه الفقرة فقط: «الجديدة»/);
    assert.deepEqual(f!.fixes.map((x) => [x.title.en, x.preferred, x.fixAll]), [
      ['Remove this copy', false, false],
      ['Remove the first copy (line 2) and keep this one', false, false],
    ]);
    assert.equal(applyEdits(text, f!.fixes[0]!.edits), `${A}\n${B}\n${C}\n`);
    assert.equal(applyEdits(text, f!.fixes[1]!.edits), `${A}\n${C}\n${REVISED}\n`);
  });

  it('names the words in their original spelling on both sides', () => {
    const { findings } = runRule(duplicateParagraph, `${A}\n${B}\n${B_NEAR}`);
    assert.match(findings[0]!.explanation.en, /only in the first copy: «السكان»\n- only in this copy: «الاهالي»/);
  });
});
