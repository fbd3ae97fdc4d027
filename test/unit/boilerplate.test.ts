import * as assert from 'node:assert/strict';
import { ArticleDocument } from '../../server/src/core/document';
import { applyEdits, fixAllEdits } from '../../server/src/core/engine';
import { WorkspaceIndex } from '../../server/src/core/workspace';
import { boilerplate, boilerplateIndexer } from '../../server/src/rules/boilerplate';
import { ruleTester, runRule } from '../helpers/rule-tester';

// Articles written for these tests; the promo lines follow the generic pattern news sites use.
const PROMO = 'قراءنا الأعزاء على واتساب\nتابعوا آخر أخبارنا مجاناً عبر قناتنا على واتساب\nإضغط هنا للإشتراك\n';
const STORY =
  'افتتح وزير النقل صباح الثلاثاء الطريق الساحلي الجديد بعد ثلاث سنوات من العمل.\n\n' +
  'وقال الوزير إن الطريق سيختصر زمن الرحلة بين المدينتين إلى النصف.\n';
const P1 = 'عقد مجلس البلدية جلسة طارئة لبحث أزمة المياه في الأحياء الشرقية.';
const P2 = 'وقرر المجلس توزيع المياه بالصهاريج حتى انتهاء أعمال الصيانة.';

ruleTester(boilerplate, {
  valid: [
    { text: 'أعلنت شركة واتساب أنها ستتيح للمستخدمين الاشتراك في القنوات الإخبارية مجاناً.', name: 'a story about WhatsApp' },
    { text: 'وقال المدير إن قيمة الاشتراك الشهري تبلغ عشرة دنانير.', name: 'a quoted subscription price' },
    { text: `${P1}\n\nتفاصيل\n\n${P2}`, name: 'a short subheading' },
    { text: `${P1}\n\nالمزيد من الضحايا\n\nوارتفع عدد القتلى إلى عشرين بعد انتشال جثث جديدة من تحت الأنقاض، بحسب الدفاع المدني.`, name: 'a subheading with a related-links word, followed by a paragraph' },
    { text: `${P1}\nللمزيد سألنا الخبير في شؤون المياه عن أسباب الأزمة.`, name: '«للمزيد» without a separator is prose' },
    { text: `# فيديو.. لحظة افتتاح الطريق الساحلي\n\n${P1}`, format: 'markdown', name: 'a title opening with «فيديو..»' },
    { text: `${P1}\nوتابع الوزير أن التطبيق الجديد سيصدر الشهر المقبل.`, name: 'a reporting verb that is also an imperative' },
    { text: `قراءنا الأعزاء على واتساب\n${P1}`, team: { boilerplate: { phrases: [], allow: ['قرّاءنا الأعزاء على واتساب!'] } }, name: 'a line in boilerplate.allow (folded, punctuation-insensitive)' },
    {
      text: `# عنوان\n\n${P1}\n\n| العام | النمو |\n|---|---|\n| 2023 | 3% |\n| 2024 | 5% |\n\n---\n\n${P2}\n\n* * *\n\n12:45\n`,
      format: 'markdown',
      name: 'table rows, section breaks («---», «* * *») and a time are not interface lines (Markdown)',
    },
    { text: `${P1}\nالعام | النمو\n--- | ---\n2023 | 3\n2024 | 5\n-----\n${P2}\n3 / 12`, name: 'a table without outer bars, a separator and two bare numbers (plain text)' },
    { text: `${PROMO}\n${P1}`.replace('\n', ' <!-- mudaqqiq-disable-line boilerplate -->\n'), format: 'markdown', name: 'ignore here (Markdown): the comment at the end of the block\'s first line suppresses the block' },
    { text: `${P1}\nmudaqqiq-disable-next-line boilerplate\n${PROMO}${P2}`, name: 'ignore here (plain text): the directive line above the block suppresses it, and is not absorbed' },
    { text: `${P1}\n\nآخر تحديث للقانون كان عام 2010، بحسب الوزارة.\n\n${P2}`, name: '«آخر تحديث» opening a story sentence is not an interface line' },
    {
      text: `${P1}\n\nاقرأ أيضاً:\n\nالبلدية تعلن خطة لصيانة الشبكة\n\n${P2}\n`,
      team: { boilerplate: { phrases: [], allow: ['اقرأ أيضاً:\nالبلدية تعلن خطة لصيانة الشبكة'] } },
      name: 'a block allowed as a unit (one boilerplate.allow entry of several lines)',
    },
  ],
  invalid: [
    {
      name: 'the promo block on top is one finding; the fix leaves the draft at the first story line',
      text: PROMO + '\n' + STORY,
      errors: [{ span: [0, PROMO.length - 1], message: 'WhatsApp subscription promo', messageAr: 'سطر ترويجي للاشتراك في واتساب' }],
      output: STORY,
    },
    {
      name: 'a "read also" header takes the headlines after it, blank lines included',
      text: `${P1}\n\nاقرأ أيضاً:\n\nارتفاع أسعار الخبز في الأسواق المحلية\n\nالبلدية تعلن خطة لصيانة الشبكة\n\n${P2}\n`,
      errors: [{ text: 'اقرأ أيضاً:\n\nارتفاع أسعار الخبز في الأسواق المحلية\n\nالبلدية تعلن خطة لصيانة الشبكة', message: '"Read also" block with its headlines', messageAr: 'كتلة «اقرأ أيضاً» وعناوينها' }],
      output: `${P1}\n\n${P2}\n`,
    },
    {
      name: 'a "read also" block never takes a heading (Markdown)',
      text: `${P1}\n\nاقرأ أيضاً:\n\nارتفاع أسعار الخبز في الأسواق المحلية\n\nالبلدية تعلن خطة لصيانة الشبكة\n\n## ردود الفعل في المدينة\n\n${P2}\n`,
      format: 'markdown',
      errors: [{ text: 'اقرأ أيضاً:\n\nارتفاع أسعار الخبز في الأسواق المحلية\n\nالبلدية تعلن خطة لصيانة الشبكة', message: '"Read also" block with its headlines' }],
      output: `${P1}\n\n## ردود الفعل في المدينة\n\n${P2}\n`,
    },
    {
      name: 'a "read also" block stops before a story line without a full stop (a reporting verb after «و»)',
      text: `${P1}\n\nاقرأ أيضاً:\n\nارتفاع أسعار الخبز في الأسواق المحلية\n\nوقال رئيس البلدية إن الصيانة ستنتهي قريباً\n`,
      errors: [{ text: 'اقرأ أيضاً:\n\nارتفاع أسعار الخبز في الأسواق المحلية', message: '"Read also" block with its headlines' }],
      output: `${P1}\n\nوقال رئيس البلدية إن الصيانة ستنتهي قريباً\n`,
    },
    {
      name: 'a list of headlines, a blank line, then a list of the story: the second list stays (Markdown)',
      text: `${P1}\n\n- اقرأ أيضاً:\n- البلدية تعلن خطة لصيانة الشبكة\n- ارتفاع أسعار الخبز في الأسواق\n\n- توزيع المياه بالصهاريج\n- إصلاح المضخة الرئيسية\n`,
      format: 'markdown',
      errors: [{ text: '- اقرأ أيضاً:\n- البلدية تعلن خطة لصيانة الشبكة\n- ارتفاع أسعار الخبز في الأسواق', message: '"Read also" block with its headlines' }],
      output: `${P1}\n\n- توزيع المياه بالصهاريج\n- إصلاح المضخة الرئيسية\n`,
    },
    {
      name: 'a nested list item after a headline is content, not another headline (Markdown)',
      text: `${P1}\n\nاقرأ أيضاً:\n- البلدية تعلن خطة لصيانة الشبكة\n  - توزيع المياه بالصهاريج\n\n${P2}\n`,
      format: 'markdown',
      errors: [{ text: 'اقرأ أيضاً:\n- البلدية تعلن خطة لصيانة الشبكة', message: '"Read also" block with its headlines' }],
      output: `${P1}\n\n  - توزيع المياه بالصهاريج\n\n${P2}\n`,
    },
    {
      name: '«آخر تحديث» with a date and a time is an interface line',
      text: `${P1}\nآخر تحديث: الثلاثاء 12 مارس 2024 - 10:30 ص\n${P2}`,
      errors: [{ text: 'آخر تحديث: الثلاثاء 12 مارس 2024 - 10:30 ص', message: 'Website interface line' }],
      output: `${P1}\n${P2}`,
    },
    {
      name: 'a header with its headline on the same line («للمزيد -»), hamza and tanween variants',
      text: `${P1}\nاقرا ايضا - البلدية تعلن خطة لصيانة الشبكة\n${P2}`,
      errors: [{ text: 'اقرا ايضا - البلدية تعلن خطة لصيانة الشبكة', message: '"Read also" block with its headlines' }],
      output: `${P1}\n${P2}`,
    },
    {
      name: 'an app prompt at the end under a section break: the prompt goes, the break stays, the text keeps its final line break',
      text: `${P1}\n\n------------\n\nحمّلوا تطبيقنا على هاتفكم لتصلكم الإشعارات فور وقوع الحدث.\n`,
      errors: [{ text: 'حمّلوا تطبيقنا على هاتفكم لتصلكم الإشعارات فور وقوع الحدث.', message: 'App download prompt', messageAr: 'دعوة لتحميل تطبيق الموقع' }],
      output: `${P1}\n\n------------\n`,
    },
    {
      name: 'a promo that addresses the reader with «تصلكم» (no imperative) and its button',
      text: `إلى متابعينا على واتساب\nتصلكم أهم أخبارنا مجاناً عبر قناتنا في تطبيق واتساب\nإضغط هنا للإشتراك\n\n${P1}\n`,
      errors: [{ text: 'إلى متابعينا على واتساب\nتصلكم أهم أخبارنا مجاناً عبر قناتنا في تطبيق واتساب\nإضغط هنا للإشتراك', message: 'WhatsApp subscription promo' }],
      output: `${P1}\n`,
    },
    {
      name: 'a bar right against an app prompt (no blank line) goes with it',
      text: `${P1}\n\n------------\nحمّلوا تطبيقنا على هاتفكم لتصلكم الإشعارات فور وقوع الحدث.\n`,
      errors: [{ text: '------------\nحمّلوا تطبيقنا على هاتفكم لتصلكم الإشعارات فور وقوع الحدث.', message: 'App download prompt' }],
      output: `${P1}\n`,
    },
    {
      name: 'a section break BETWEEN two boilerplate lines joins the block; the writer\'s break before it stays (Markdown)',
      text: `# خبر\n\n${P1}\n\n---\n\nحمّلوا تطبيقنا على هاتفكم لتصلكم الإشعارات فور وقوع الحدث.\n\n* * *\n\nتابعونا على فيسبوك وتويتر\n\n© 2025 جميع الحقوق محفوظة\n`,
      format: 'markdown',
      errors: [{
        text: 'حمّلوا تطبيقنا على هاتفكم لتصلكم الإشعارات فور وقوع الحدث.\n\n* * *\n\nتابعونا على فيسبوك وتويتر\n\n© 2025 جميع الحقوق محفوظة',
        message: 'App download prompt + follow/share bar + copyright/footer line',
        messageAr: 'دعوة لتحميل تطبيق الموقع، وشريط متابعة أو مشاركة، وسطر حقوق أو تذييل',
      }],
      output: `# خبر\n\n${P1}\n\n---\n`,
    },
    {
      name: 'a «read also» block between an HTML comment and an image (no blank lines): only the block\'s lines go',
      text: `# لقاء\n\n${P1}\n<!-- صورة: وكالة الأنباء -->\nاقرأ أيضاً:\n- البلدية تعلن خطة لصيانة الشبكة\n- ارتفاع أسعار الخبز في الأسواق\n![صورة](img.png)\n${P2}\n`,
      format: 'markdown',
      errors: [{ text: 'اقرأ أيضاً:\n- البلدية تعلن خطة لصيانة الشبكة\n- ارتفاع أسعار الخبز في الأسواق', message: '"Read also" block with its headlines' }],
      output: `# لقاء\n\n${P1}\n<!-- صورة: وكالة الأنباء -->\n![صورة](img.png)\n${P2}\n`,
    },
    {
      name: 'interface lines, a copyright line, an ad label and a cookie notice (each its own block)',
      text: `منذ 3 ساعات\n${P1}\n- إعلان -\n${P2}\n© 2025 جميع الحقوق محفوظة\nنحن نستخدم ملفات تعريف الارتباط لتحسين تجربتك`,
      errors: [
        { text: 'منذ 3 ساعات', message: 'Website interface line', messageAr: 'سطر من واجهة الموقع' },
        { text: '- إعلان -', message: 'Ad marker or sponsored label' },
        { text: '© 2025 جميع الحقوق محفوظة\nنحن نستخدم ملفات تعريف الارتباط لتحسين تجربتك', message: 'Copyright or site footer line + cookie notice', messageAr: 'سطر حقوق نشر أو تذييل الموقع، وإشعار ملفات الارتباط' },
      ],
      output: `${P1}\n${P2}\n`,
    },
    {
      name: 'a share bar, a comment prompt and an editor note',
      text: `${P1}\n[تحقق من رقم الجلسة]\n${P2}\nفيسبوك تويتر واتساب\n\nما رأيكم؟ شاركونا في التعليقات`,
      errors: [
        { text: '[تحقق من رقم الجلسة]', message: 'Editor note left in the text', messageAr: 'ملاحظة تحريرية متروكة في النص' },
        { text: 'فيسبوك تويتر واتساب\n\nما رأيكم؟ شاركونا في التعليقات', message: 'Social follow/share prompt + comment prompt', messageAr: 'دعوة للمتابعة أو المشاركة على مواقع التواصل، ودعوة للتعليق' },
      ],
      output: `${P1}\n${P2}\n`,
    },
    {
      name: 'a team phrase (boilerplate.phrases), matched on the folded key',
      text: `${P1}\nلمزيد من التغطية تابعوا إذاعتنا على الموجة 101\n${P2}`,
      team: { boilerplate: { phrases: ['تابعوا اذاعتنا'], allow: [] } },
      errors: [{ text: 'لمزيد من التغطية تابعوا إذاعتنا على الموجة 101', message: "Team's boilerplate phrase", messageAr: 'عبارة دخيلة من قائمة الفريق' }],
      output: `${P1}\n${P2}`,
    },
  ],
});

describe('rule boilerplate: fixes, hover and workspace', () => {
  it('offers remove-block (preferred), remove-all (with 2+ blocks) and not-boilerplate (config change)', () => {
    const text = `${PROMO}${P1}\nاقرأ أيضاً: البلدية تعلن خطة لصيانة الشبكة\n${P2}\n`;
    const { findings } = runRule(boilerplate, text);
    assert.equal(findings.length, 2);
    const [first] = findings;
    assert.deepEqual(first!.fixes.map((f) => [f.title.en, f.preferred, f.fixAll ?? f.preferred]), [
      ['Remove this block', true, true],
      ['Remove all boilerplate in the document', false, false],
      ['Not boilerplate: add «قراءنا الأعزاء على واتساب» and 2 more lines to boilerplate.allow', false, false],
    ]);
    assert.equal(first!.fixes[2]!.title.ar, 'ليس نصاً دخيلاً: أضف «قراءنا الأعزاء على واتساب» وسطرين آخرين إلى boilerplate.allow');
    assert.equal(applyEdits(text, first!.fixes[1]!.edits), `${P1}\n${P2}\n`);
    // Every line of the block is allowed: with them in boilerplate.allow, nothing of the block is left.
    const allow = PROMO.trim().split('\n');
    assert.deepEqual(first!.fixes[2]!.configChange, { kind: 'add-to-list', key: 'boilerplate.allow', value: allow });
    assert.deepEqual(runRule(boilerplate, text, { team: { boilerplate: { phrases: [], allow } } }).findings.map((f) => f.message.en), ['"Read also" block with its headlines']);
    assert.deepEqual(first!.fixes[2]!.edits, []);
    // The hover says why and shows what matched, per line.
    assert.match(first!.explanation.en, /line 3: «إضغط هنا للإشتراك» — "Click here" call to action; matched: «إضغط», «هنا», «للإشتراك»/);
    assert.match(first!.explanation.ar, /السطر 1: «قراءنا الأعزاء على واتساب» — سطر ترويجي للاشتراك في واتساب؛ طابق: «قراءنا»، «قراءنا الأعزاء»، «واتساب»/);
  });

  it('shows the draft\'s * and [ ] as text in the Markdown hover', () => {
    const text = `${P1}\nاقرأ أيضاً: البلدية تعلن *خطة* [جديدة] لصيانة الشبكة\n${P2}\n`;
    const { findings } = runRule(boilerplate, text);
    assert.equal(findings.length, 1);
    assert.ok(findings[0]!.explanation.en.includes('«اقرأ أيضاً: البلدية تعلن \\*خطة\\* \\[جديدة\\] لصيانة الشبكة»'), findings[0]!.explanation.en);
  });

  it('"Not boilerplate" on a "read also" block allows the block as one entry, never the header alone', () => {
    const H1 = 'البلدية تعلن خطة لصيانة الشبكة';
    const H2 = 'ارتفاع أسعار الخبز في الأسواق المحلية';
    const text = `${P1}\n\nاقرأ أيضاً:\n\n${H1}\n\n${H2}\n\n${P2}\n`;
    const [f] = runRule(boilerplate, text).findings;
    const allow = f!.fixes[1]!;
    assert.equal(allow.title.en, 'Not boilerplate: add the block «اقرأ أيضاً:» and 2 more lines to boilerplate.allow');
    assert.equal(allow.title.ar, 'ليس نصاً دخيلاً: أضف الكتلة «اقرأ أيضاً:» وسطرين آخرين إلى boilerplate.allow');
    const entry = `اقرأ أيضاً:\n${H1}\n${H2}`;
    assert.deepEqual(allow.configChange, { kind: 'add-to-list', key: 'boilerplate.allow', value: entry });
    const team = { boilerplate: { phrases: [], allow: [entry] } };
    assert.deepEqual(runRule(boilerplate, text, { team }).findings, []);
    // The header with other headlines is still flagged.
    const other = `${P1}\n\nاقرأ أيضاً:\n\n${H2}\n\n${P2}\n`;
    assert.equal(runRule(boilerplate, other, { team }).findings.length, 1);
    // A block too long for one entry (500 characters): only its lines that are not a header by themselves.
    const long = Array.from({ length: 6 }, (_, i) => `${H2} والمناطق المجاورة لها في الشمال والجنوب رقم ${i + 1}`);
    const big = `${P1}\n\nاقرأ أيضاً:\n${long.join('\n')}\n\n${P2}\n`;
    const [g] = runRule(boilerplate, big).findings;
    assert.deepEqual(g!.fixes[1]!.configChange, { kind: 'add-to-list', key: 'boilerplate.allow', value: long });
  });

  const TEMPLATE = 'للاطلاع على تغطيتنا الكاملة للانتخابات البلدية زوروا الصفحة المخصصة';
  const article = (n: number, extra: string) => `خبر رقم ${n} عن موضوع مختلف تماماً في كل مرة ${'كلمة'.repeat(n)}.\n${extra}\nتفاصيل\n`;
  function workspace(docs: string[]): WorkspaceIndex {
    const ws = new WorkspaceIndex([boilerplateIndexer]);
    docs.forEach((t, i) => ws.update(`file:///a${i}.txt`, ArticleDocument.parse(t)));
    return ws;
  }

  it('a distinctive line in 3 articles of the workspace is a template leftover; the hover gives the count', () => {
    const ws = workspace([article(1, TEMPLATE), article(2, TEMPLATE)]);
    const text = article(3, TEMPLATE);
    const { findings } = runRule(boilerplate, text, { workspace: ws, uri: 'file:///mine.txt' });
    assert.deepEqual(findings.map((f) => [text.slice(f.span.start, f.span.end), f.message.en, f.message.ar]), [
      [TEMPLATE, 'Line repeated in 3 articles (template leftover)', 'سطر متكرر في 3 مقالات (بقايا قالب)'],
    ]);
    assert.match(findings[0]!.explanation.en, /is in 3 articles of the workspace/);
    // Recurrence alone is not certainty: the removal is offered, but neither preferred nor in fix-all.
    assert.deepEqual(findings[0]!.fixes.map((f) => [f.title.en, f.preferred, f.fixAll]).slice(0, 1), [['Remove this block', false, false]]);
    assert.equal(applyEdits(text, fixAllEdits(findings)), text);
    assert.deepEqual(findings[0]!.related?.map((r) => r.uri).sort(), ['file:///a0.txt', 'file:///a1.txt']);
    // The document itself is not counted twice when it is indexed too.
    ws.update('file:///mine.txt', ArticleDocument.parse(text));
    assert.equal(runRule(boilerplate, text, { workspace: ws, uri: 'file:///mine.txt' }).findings[0]!.message.en, 'Line repeated in 3 articles (template leftover)');
  });

  it('a background sentence of the story repeated in 3 articles is prose, not a template', () => {
    const background = 'وكانت البلدية قد أعلنت في الربيع الماضي خطة لتجديد شبكة المياه بقرض من صندوق التنمية.';
    const ws = workspace([article(1, background), article(2, background), article(4, background)]);
    assert.deepEqual(runRule(boilerplate, article(3, background), { workspace: ws, uri: 'file:///mine.txt' }).findings, []);
    // A shorter sentence with a reporting verb too.
    const said = 'وقال المتحدث إن التحقيق ما زال جارياً.';
    const ws2 = workspace([article(1, said), article(2, said)]);
    assert.deepEqual(runRule(boilerplate, article(3, said), { workspace: ws2, uri: 'file:///mine.txt' }).findings, []);
  });

  it('two articles are not enough, and short recurring lines (datelines, «تفاصيل») never count', () => {
    const two = workspace([article(1, TEMPLATE)]);
    assert.deepEqual(runRule(boilerplate, article(3, TEMPLATE), { workspace: two, uri: 'file:///mine.txt' }).findings, []);
    const many = workspace([1, 2, 4, 5, 6].map((n) => article(n, 'القاهرة - رويترز')));
    assert.deepEqual(runRule(boilerplate, article(3, 'القاهرة - رويترز'), { workspace: many, uri: 'file:///mine.txt' }).findings, []);
  });

  it('versions of one story sharing long paragraphs are not templates', () => {
    const long1 = 'وأوضح المتحدث باسم الوزارة في مؤتمر صحفي عقده مساء الاثنين في العاصمة أن فرق الإنقاذ ما زالت تعمل في المنطقة المنكوبة';
    const long2 = 'وأضاف أن الحكومة خصصت مبلغاً عاجلاً لإعادة إعمار المنازل المتضررة وتعويض الأسر التي فقدت مصادر رزقها في الفيضانات الأخيرة';
    const shared = 'وأعلنت السلطات حالة الطوارئ في ثلاث محافظات جنوبية صباح اليوم';
    const version = (n: number) => `نسخة ${n} من الخبر\n${shared}\n${long1}\n${long2}\n`;
    const ws = workspace([version(1), version(2)]);
    assert.deepEqual(runRule(boilerplate, version(3), { workspace: ws, uri: 'file:///mine.txt' }).findings, []);
  });
});

describe('boilerplate lexicon: interface shapes', () => {
  it('UI_FIRST_WORDS holds every word a key matching UI_PATTERNS can start with (or the pattern starts with a number)', async () => {
    const { UI_FIRST_WORDS, UI_PATTERNS } = await import('../../server/src/lexicon/boilerplate');
    for (const re of UI_PATTERNS) {
      // Leading optional number, then either a number or a group of alternatives.
      const src = re.source.replace(/^\^/, '').replace(/^\(\?:\\d\+ \)\?/, '');
      if (src.startsWith('\\d')) continue;
      assert.ok(src.startsWith('(?:'), `pattern ${re} starts with a group of alternatives`);
      const group = src.slice(3, src.indexOf(')'));
      for (const alt of group.split('|')) assert.ok(UI_FIRST_WORDS.includes(alt.split(' ')[0]!), `«${alt}» of ${re}`);
    }
  });
});
