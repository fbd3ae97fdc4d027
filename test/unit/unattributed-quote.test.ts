import * as assert from 'node:assert/strict';
import { applyEdits } from '../../server/src/core/engine';
import { unattributedQuote } from '../../server/src/rules/unattributed-quote';
import { ruleTester, runRule, spanOf } from '../helpers/rule-tester';

const MESSAGE = 'Quotation with no speaker or source: who said this?';
const MESSAGE_AR = 'اقتباس بلا قائل أو مصدر: من قال هذا؟';

// The seed-like draft: a quotation whose lead-in was cut, followed by a participle that only carries a
// speaker on. The second quotation (after مضيفاً) is attributed; the first is not.
const CUT_LEAD_IN =
  'التقى رئيس الاتحاد وفدا من الصناعيين في العاصمة وبحث معه خطط التصدير.\n' +
  '"بات من الضروري فتح أسواق جديدة أمام منتجاتنا"، مضيفا أنه "من المهم دعم المصانع الصغيرة"، وتوسيع برامج التدريب.';
/** A quotation of twelve words, used bare in the cases below. */
const PRICES = '«الخبز صار غاليا جدا ولا يستطيع العامل البسيط أن يشتريه كل يوم»';
const WITH_LEAD_IN = CUT_LEAD_IN.replace('\n"بات', '\nوأشار رئيس الاتحاد، في بيان تلقت "الأنباء" نسخة منه، إلى أن "بات');

ruleTester(unattributedQuote, {
  valid: [
    { text: '« - »\n\nقال الوزير إن الاجتماع انتهى.', format: 'markdown', name: 'a paragraph of quotation marks and a dash only (no words)' },
    { text: '"—"\n', format: 'markdown', name: 'a dash between two marks' },
    {
      name: 'an interview answer attributed by the next paragraph opening with «هكذا»',
      text: 'سألنا النائبة عن خطتها.\n\nـ هل ستقدمون استجواباً؟\n\nـ «نعم، سنقدمه الأسبوع المقبل».\n\nهكذا ردت النائبة سلمى الموسوي على سؤالنا في ختام اللقاء.\n',
    },
    { text: 'وأكد الوزير أن "الحكومة لن تتراجع عن خطتها".', format: 'markdown', name: 'the same verb with its subject' },
    'وقال الوزير في بيان إن "الحكومة ستواصل دعم المزارعين هذا العام".',
    '"لن نتراجع عن قرارنا مهما كانت الضغوط"، قال رئيس الوزراء للصحفيين.',
    'وأكدت المتحدثة أن الاجتماع انتهى، مضيفة أن "الطرفين اتفقا على جولة جديدة من المحادثات".',
    'وبحسب بيان الوزارة، فإن "الأسعار ستبقى مستقرة حتى نهاية العام".',
    '"الطرق كلها ستفتح قبل حلول الشتاء" على حد تعبيره.',
    { text: WITH_LEAD_IN, name: 'lead-in with a verb, a quoted outlet name, and a participle carrying the speaker on' },
    { text: 'وقال المدير في كلمته:\n"سنفتتح فرعين جديدين في الشمال.\n"وسنوظف مئة شاب من أبناء المنطقة".', name: 'multi-paragraph quotation introduced by a colon' },
    { text: 'وقال الوزير: "سنبدأ العمل غدا". "ولن نتوقف حتى ننتهي من المشروع كله".', name: 'a second quotation goes on with the same speaker' },
    { text: 'رئيس البلدية سامي خليل: "المشروع سينتهي قبل الشتاء المقبل".', name: 'speaker label with a colon' },
    { text: 'افتتح المدرب المؤتمر الصحفي متأخرا.\n"لقد طفح الكيل تماما".. بهذه الكلمات علق المدرب على الهزيمة.', name: 'the next sentence points back at the quotation' },
    { text: 'يعرض مسلسل "الطريق إلى البيت الكبير" على القناة الأولى هذا المساء.', name: 'title of a series' },
    { text: 'أطلقت الوزارة حملة "معا من أجل مدارس أنظف وأجمل" في العاصمة.', name: 'campaign name' },
    { text: 'وصلت إلى المدينة قوافل "الإغاثة" صباح اليوم.', name: 'scare quote of one word' },
    { text: 'فازت الفرقة بجائزة المهرجان عن عرض "حكاية البحر" الذي قدمته أمس.', name: 'title followed by الذي' },
    // Naming phrases: without one the quotation is flagged (the invalid case «فيطلق "…"» below).
    {
      text: 'افتتح السوق أبوابه صباح اليوم.\nظهرت في المدن ظاهرة جديدة ويطلق عليه "الاقتصاد الموازي الذي لا تراه الدولة ولا تحصيه أبدا" في أوساط الخبراء.',
      name: 'a naming phrase (يطلق عليه) with a conjunction on its first word',
    },
    {
      text: 'افتتح السوق أبوابه صباح اليوم.\nظهرت في المدن ظاهرة جديدة بالمعروفة "الأسواق التي لا تغلق أبوابها ليلا ولا نهارا طوال العام" بين الناس.',
      name: 'a naming phrase whose word carries a preposition (بالمعروفة)',
    },
    { text: 'بدأ الموسم الزراعي في القرية.\n"الأرض لمن يزرعها دائما وأبدا".', team: { quotes: { terms: ['الأرض لمن يزرعها دائما وأبدا'] } }, name: 'team term in quotes.terms' },
    { text: '# الوزير: "لن نرفع الأسعار هذا العام أبدا"\n\nنص الخبر هنا وفيه تفاصيل كثيرة عن الموازنة.', format: 'markdown', name: 'headline' },
    {
      text: `وقال الصحفي سامي خليل إن الوضع في المدينة معقد. ${PRICES}.`,
      format: 'markdown',
      name: 'the sentence before is reported speech of a named person, the quotation stands alone after it',
    },
    { text: `افتتح السوق أبوابه صباح اليوم.\n\n${PRICES}، هكذا لخصت ريم الوضع.`, format: 'markdown', name: 'هكذا + any verb after the quotation' },
    { text: `افتتح السوق أبوابه صباح اليوم.\n\n${PRICES}، بهذه الكلمات افتتح الوزير كلمته.`, format: 'markdown', name: 'بهذه الكلمات + any verb after the quotation' },
    { text: `افتتح السوق أبوابه صباح اليوم.\n\n${PRICES} - ريم، بائعة خضار.`, format: 'markdown', name: 'a speaker after a dash' },
    { text: `افتتح السوق أبوابه صباح اليوم.\n\n> وقال الوزير:\n> ${PRICES}`, format: 'markdown', name: 'block quote introduced by a colon' },
    { text: `وقال د. سامي خليل: ${PRICES}.`, name: 'a verb before an abbreviation dot (د.) still stands in the quotation\'s sentence' },
    { text: `افتتح السوق أبوابه صباح اليوم.\n\nوفي بيانها: ${PRICES}.`, format: 'markdown', name: 'label: a noun of speech before the colon' },
    {
      text: 'افتتح السوق أبوابه صباح اليوم.\n\nالوزير يعد "بأسعار أقل قبل نهاية الشهر"\n\nوتحدث الوزير مطولا عن الموازنة.',
      format: 'markdown',
      name: 'an unmarked subheading with a short quotation stays a headline',
    },
  ],
  invalid: [
    {
      name: 'a naming phrase cut short (فيطلق without عليه) names nothing',
      text: 'افتتح السوق أبوابه صباح اليوم.\nظهرت في المدن ظاهرة جديدة فيطلق "الاقتصاد الموازي الذي لا تراه الدولة ولا تحصيه أبدا" في أوساط الخبراء.',
      errors: [{ text: '"الاقتصاد الموازي الذي لا تراه الدولة ولا تحصيه أبدا"', message: MESSAGE }],
    },
    {
      name: 'the next paragraph that does not point back does not attribute a quote-only paragraph',
      text: 'سألنا النائبة عن خطتها.\n\nـ «نعم، سنقدمه الأسبوع المقبل».\n\nوردت النائبة سلمى الموسوي على سؤال آخر في ختام اللقاء.\n',
      errors: [{ text: '«نعم، سنقدمه الأسبوع المقبل»', message: 'Quotation with no speaker or source: who said this?' }],
    },
    {
      text: CUT_LEAD_IN,
      name: 'lead-in cut: a participle after the quotation does not attribute it',
      errors: [{ text: '"بات من الضروري فتح أسواق جديدة أمام منتجاتنا"', message: MESSAGE, messageAr: MESSAGE_AR }],
      output: CUT_LEAD_IN, // the fixes need the writer's input: none is applied blindly
    },
    {
      text: 'زار الوزير سامي خليل المصنع الجديد أمس.\n"هذا المصنع سيغير وجه المنطقة كلها".',
      name: 'a person merely mentioned earlier does not attribute it',
      errors: [{ text: '"هذا المصنع سيغير وجه المنطقة كلها"', message: MESSAGE }],
    },
    {
      text: 'وأكد أن "الحكومة لن تتراجع عن خطتها".',
      format: 'markdown',
      name: 'a verb whose only subject is a pronoun with no speaker named before it',
      errors: [{ text: '"الحكومة لن تتراجع عن خطتها"', message: MESSAGE }],
    },
    {
      text: 'تحدث الوزير عن الموازنة في البرلمان.\n"الأرقام تتحسن ببطء لكنها تتحسن". وأضاف أن العجز سيتراجع.',
      name: 'وأضاف in the next sentence presumes a speaker never given',
      errors: [{ text: '"الأرقام تتحسن ببطء لكنها تتحسن"', message: MESSAGE }],
    },
    {
      text: 'انتهى الاجتماع في ساعة متأخرة.\n"سنعود إلى الطاولة الأسبوع المقبل.\n"ولن نقبل بأقل من حقوقنا".',
      name: 'multi-paragraph quotation: flagged once, on its first paragraph',
      errors: [{ text: '"سنعود إلى الطاولة الأسبوع المقبل.', message: MESSAGE }],
    },
    {
      text: 'وقال الوزير إن الخطة جاهزة.\n\n«نحتاج إلى ثلاث سنوات على الأقل لإنجازها».',
      name: 'guillemets, previous paragraph does not introduce it',
      errors: [{ text: '«نحتاج إلى ثلاث سنوات على الأقل لإنجازها»', message: MESSAGE }],
    },
    {
      text: `افتتح السوق أبوابه صباح اليوم.\n\n${PRICES}\n\nوتستمر المحادثات يومين.`,
      format: 'markdown',
      name: 'Markdown: a quotation-only paragraph without a final period is no headline',
      errors: [{ text: PRICES, message: MESSAGE }],
    },
    {
      text: `افتتح السوق أبوابه صباح اليوم.\n\nوفي الأسواق، ${PRICES}\n\nوتستمر المحادثات يومين.`,
      format: 'markdown',
      name: 'a short paragraph opening with و is body text, not a headline',
      errors: [{ text: PRICES, message: MESSAGE }],
    },
    {
      text: `افتتح السوق أبوابه صباح اليوم.\n${PRICES}\nوتستمر المحادثات يومين.`,
      name: 'plain text: a paragraph that is a long quotation without a final period is no headline',
      errors: [{ text: PRICES, message: MESSAGE }],
    },
    {
      text: 'افتتح السوق أبوابه صباح اليوم.\n\n«لن نقبل بهذه الأسعار بعد اليوم،\n\n«وسنقاطع كل من يرفعها».',
      format: 'markdown',
      name: 'a quotation continued into the next paragraph, its first part ending with a comma, is no headline',
      errors: [{ text: '«لن نقبل بهذه الأسعار بعد اليوم،', message: MESSAGE }],
    },
    {
      text: `افتتح السوق أبوابه صباح اليوم.\n\nوفي المقابل: ${PRICES}.\n\nالأسعار: ${PRICES.replace('كل يوم', 'كل أسبوع')}.`,
      format: 'markdown',
      name: 'a colon after words that name no speaker is no label',
      errors: [
        { text: PRICES, message: MESSAGE },
        { text: PRICES.replace('كل يوم', 'كل أسبوع'), message: MESSAGE },
      ],
    },
    {
      text: `افتتح السوق أبوابه صباح اليوم.\n\nوفي المقابل:\n\n${PRICES}.`,
      format: 'markdown',
      name: 'a paragraph ending with a colon after words that name no speaker does not introduce it',
      errors: [{ text: PRICES, message: MESSAGE }],
    },
    {
      text: `افتتح السوق أبوابه صباح اليوم.\n\n> ${PRICES}.`,
      format: 'markdown',
      name: 'a quotation in a Markdown block quote is checked',
      errors: [{ text: PRICES, message: MESSAGE }],
    },
    {
      text: `افتتح السوق أبوابه صباح اليوم.\n\n${PRICES} - وهو ما يقلق الجميع.`,
      format: 'markdown',
      name: 'a clause after a dash is no speaker',
      errors: [{ text: PRICES, message: MESSAGE }],
    },
    {
      text: `وأعلنت الوزارة أن الأسعار سترتفع. ${PRICES}.`,
      format: 'markdown',
      name: 'the sentence before is a body\'s announcement: the quotation may be anyone\'s',
      errors: [{ text: PRICES, message: MESSAGE }],
    },
  ],
});

describe('unattributed-quote fixes and hover', () => {
  const text = 'زار الوزير سامي خليل المصنع الجديد أمس.\n"هذا المصنع سيغير وجه المنطقة كلها".';

  it('inserts an attribution placeholder after the quote, and the result is attributed', () => {
    const [f] = runRule(unattributedQuote, text).findings;
    const fix = f!.fixes[0]!;
    assert.equal(fix.preferred, false);
    assert.equal(fix.fixAll, false);
    const fixed = applyEdits(text, fix.edits);
    assert.equal(fixed, 'زار الوزير سامي خليل المصنع الجديد أمس.\n"هذا المصنع سيغير وجه المنطقة كلها"، قال [المصدر].');
    assert.deepEqual(runRule(unattributedQuote, fixed).findings, []);
  });

  it('inserts the placeholder before a quotation that runs on into the next paragraph', () => {
    const multi = 'انتهى الاجتماع في ساعة متأخرة.\n"سنعود إلى الطاولة الأسبوع المقبل.\n"ولن نقبل بأقل من حقوقنا".';
    const [f] = runRule(unattributedQuote, multi).findings;
    const fixed = applyEdits(multi, f!.fixes[0]!.edits);
    assert.equal(fixed, 'انتهى الاجتماع في ساعة متأخرة.\nقال [المصدر]: "سنعود إلى الطاولة الأسبوع المقبل.\n"ولن نقبل بأقل من حقوقنا".');
    assert.deepEqual(runRule(unattributedQuote, fixed).findings, []);
  });

  it('offers "not a quotation", adding the quoted text to quotes.terms', () => {
    const [f] = runRule(unattributedQuote, text).findings;
    const fix = f!.fixes[1]!;
    assert.deepEqual(fix.edits, []);
    assert.deepEqual(fix.configChange, { kind: 'add-to-list', key: 'quotes.terms', value: 'هذا المصنع سيغير وجه المنطقة كلها' });
    assert.equal(fix.title.en, 'Not a quotation: add the text to quotes.terms');
    assert.deepEqual(runRule(unattributedQuote, text, { team: { quotes: { terms: [fix.configChange!.value] } } }).findings, []);
  });

  it('explains which cues count and where the rule looked, in both languages', () => {
    const [f] = runRule(unattributedQuote, text).findings;
    assert.deepEqual([f!.span.start, f!.span.end], spanOf(text, '"هذا المصنع سيغير وجه المنطقة كلها"'));
    assert.match(f!.explanation.en, /reporting verb/);
    // The sentence before is in another paragraph and introduces nothing (no colon): not read, not listed.
    assert.ok(f!.explanation.en.includes('What the rule looked at:\n- the quotation\'s sentence: "هذا المصنع سيغير وجه المنطقة كلها".\n\n'));
    assert.ok(f!.explanation.ar.includes('ما فحصته القاعدة:\n- جملة الاقتباس: "هذا المصنع سيغير وجه المنطقة كلها".\n\n'));
    assert.match(f!.explanation.ar, /في الجملة السابقة، حين تمهّد للاقتباس فقط: تنتهي بنقطتين/);
    assert.match(f!.explanation.ar, /مضيفاً/);
    assert.match(f!.explanation.en, /«هكذا» or «بهذه الكلمات» followed by a verb/);
  });

  it('lists only the sentences it read, in the quotation\'s paragraph, each in marks only when it holds none', () => {
    const draft =
      '# عنوان الخبر عن المصنع الجديد\n\n' +
      'افتتح الوزير المصنع أمس.\n\n' +
      'وتجمع العمال في الساحة منذ الصباح. «هذا المصنع سيغير وجه المنطقة كلها». وعاد الجميع إلى بيوتهم بعد الظهر.\n\n' +
      'وفي المساء أقيم حفل صغير.';
    const [f] = runRule(unattributedQuote, draft, { format: 'markdown' }).findings;
    assert.deepEqual([f!.span.start, f!.span.end], spanOf(draft, '«هذا المصنع سيغير وجه المنطقة كلها»'));
    assert.ok(
      f!.explanation.ar.includes(
        'ما فحصته القاعدة:\n- الجملة السابقة: «وتجمع العمال في الساحة منذ الصباح.»\n- جملة الاقتباس: «هذا المصنع سيغير وجه المنطقة كلها».\n- الجملة التالية: «وعاد الجميع إلى بيوتهم بعد الظهر.»\n\n',
      ),
      f!.explanation.ar,
    );
    assert.ok(!f!.explanation.ar.includes('عنوان الخبر') && !f!.explanation.ar.includes('افتتح') && !f!.explanation.ar.includes('حفل'));
  });

  it('shows the draft\'s *, _ and [ ] as text in the Markdown explanation', () => {
    const draft = '# المصنع الجديد\n\nوتجمع العمال *صباحاً* في [الساحة] الكبرى. «هذا المصنع سيغير وجه المنطقة كلها».';
    const [f] = runRule(unattributedQuote, draft, { format: 'markdown' }).findings;
    assert.ok(f!.explanation.ar.includes('- الجملة السابقة: «وتجمع العمال \\*صباحاً\\* في \\[الساحة\\] الكبرى.»\n'), f!.explanation.ar);
  });
});
