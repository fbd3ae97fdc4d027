import * as assert from 'node:assert/strict';
import { ArticleDocument } from '../../server/src/core/document';
import { applyEdits } from '../../server/src/core/engine';
import { WorkspaceIndex } from '../../server/src/core/workspace';
import { isInflectionPair, pairFold, sameName, skeleton } from '../../server/src/names/spelling';
import { nameSpelling, namesIndexer } from '../../server/src/rules/name-spelling';
import { ruleTester, runRule, spanOf } from '../helpers/rule-tester';

/** A workspace of small articles: three write ترمب, one ترامب. */
function workspace(): WorkspaceIndex {
  const ws = new WorkspaceIndex([namesIndexer]);
  const add = (uri: string, text: string) => ws.update(uri, ArticleDocument.parse(text));
  add('file:///a.md', 'قال الرئيس ترمب إن الاتفاق انتهى.');
  add('file:///b.md', 'وصل ترمب إلى باريس أمس.');
  add('file:///c.md', 'غرد ترمب صباح اليوم.');
  add('file:///d.md', 'هاجم ترامب الصحافة مجدداً.');
  return ws;
}

const DRAFT = 'وصل ترامب إلى لندن. وقال ترامب إن الزيارة مهمة.';

ruleTester(nameSpelling, {
  valid: [
    'قال الرئيس ترمب إن الاتفاق سيئ، وأضاف ترمب أنه لن يوقعه.',
    { text: 'قال الكاتب إن الكتاب الجديد يروي قصة كاتب شاب وكتاب قديم.', name: 'two ordinary words (كاتب/كتاب)' },
    { text: 'قال المسؤول السعودي إن الحكومة السعودية وافقت، ورحب السعوديون بالقرار.', name: 'inflections of one word' },
    { text: 'وصل الدبلوماسيان الأمريكيان، واستقبل الوزير الدبلوماسيين الأمريكيين.', name: 'dual and plural of one adjective' },
    { text: 'التقى المبعوث جيمس جيفري بوزير الدفاع جيمس ماتيس.', name: 'two people sharing a first name' },
    { text: 'قال الوزير عادل الجبير إن الشيخ صباح الجابر وافق.', name: 'two family names one vowel apart (الجبير/الجابر)' },
    { text: 'قال الرئيس حسن روحاني إن الشيخ حسين سيزور طهران.', name: 'two Arabic given names (حسن/حسين)' },
    { text: 'قال الوزير ظريف إن المفاوضات تجري في ظروف صعبة.', name: 'a name and an ordinary word (ظريف/ظروف)' },
    { text: DRAFT, workspace: workspace(), uri: 'file:///draft.md', name: 'workspace disagreement is hover-only by default' },
    { text: 'قصفت طائرات سورية مواقع في سوريا، وقالت مصادر إن الغارات كانت سورية أو روسية.', name: 'سورية as an adjective (after a noun) is not the country' },
    { text: 'التقى الرئيس جورج بوش بالسفير جون بوش في واشنطن.', name: 'two different first names before one family name' },
    { text: 'وذكرت تقارير أن الهدنة صامدة، وأشار تقرير آخر إلى خروقات.', name: 'an ordinary word after a reporting verb is not a name (تقارير/تقرير)' },
    { text: 'وقال مسؤولون إن الوضع هادئ، وأضاف مسئولون آخرون أن الطرق مفتوحة.', name: 'a plural participle after a reporting verb is not a name' },
    { text: 'وأضاف المتحدث باسم الجيش أن القوات انسحبت، وقالت الوزارة إن الانسحاب اكتمل.', name: 'a subject with the article after a reporting verb' },
    { text: 'قال الرئيس أردوغان إن الاتفاق قريب، وأضاف أَرْدوغان أن لأردوغان رأياً آخر.', name: 'diacritics and clitics do not make another spelling' },
    { text: 'قال السفير جيمس جيفري إن جيمس جيفري لن يستقيل.', team: { names: [{ canonical: 'جيمس جيفري', variants: [] }] }, name: 'the team\'s multi-word name as listed' },
  ],
  invalid: [
    {
      name: 'spellings that differ only in a letter the light form keeps (أردوغان/اردوغان)',
      text: 'قال الرئيس أردوغان إن الاتفاق قريب، وأضاف أردوغان أن الوفد سيعود. ثم غادر اردوغان القاعة.',
      errors: [{ text: 'اردوغان', message: '"اردوغان": this article also writes "أردوغان" (2 times)' }],
      output: 'قال الرئيس أردوغان إن الاتفاق قريب، وأضاف أردوغان أن الوفد سيعود. ثم غادر أردوغان القاعة.',
    },
    {
      name: 'the subject of a reporting verb is a name position (وقال X … وأضاف X\')',
      text: 'وقال ميتروفيتش إن الفريق جاهز.\n\nوأضاف ميتروفتش أن المباراة صعبة.',
      errors: [{ text: 'ميتروفتش', message: '"ميتروفتش": this article also writes "ميتروفيتش" (1 time)' }],
      output: 'وقال ميتروفيتش إن الفريق جاهز.\n\nوأضاف ميتروفيتش أن المباراة صعبة.',
    },
    {
      name: 'German st written شت and ست after reporting verbs (هوكشتاين/هوكستين)',
      text: 'وقال هوكشتاين إن الاتفاق قريب.\n\nوأكد هوكستين أن المفاوضات مستمرة.',
      errors: [{ text: 'هوكستين', message: '"هوكستين": this article also writes "هوكشتاين" (1 time)' }],
      output: 'وقال هوكشتاين إن الاتفاق قريب.\n\nوأكد هوكشتاين أن المفاوضات مستمرة.',
    },
    {
      name: 'a family name after a foreign first name written with أل (ألكسندر)',
      text: 'سجل ألكسندر ميتروفيتش هدفين في المباراة، وكان ميتروفتش قد غاب عن التدريبات.',
      errors: [{ text: 'ميتروفتش', message: '"ميتروفتش": this article also writes "ميتروفيتش" (1 time)' }],
      output: 'سجل ألكسندر ميتروفيتش هدفين في المباراة، وكان ميتروفيتش قد غاب عن التدريبات.',
    },
    {
      name: 'a family name after an unlisted first name after a title',
      text: 'التقى الوزير رجل الأعمال فيكتور فيكسلبيرغ، ثم غادر فيكسلبرغ القاعة.',
      errors: [{ text: 'فيكسلبرغ', message: '"فيكسلبرغ": this article also writes "فيكسلبيرغ" (1 time)' }],
      output: 'التقى الوزير رجل الأعمال فيكتور فيكسلبيرغ، ثم غادر فيكسلبيرغ القاعة.',
    },
    {
      name: 'جيفري and جفري in one draft: the later one of a tie is flagged',
      text: 'قال المبعوث الأميركي جيمس جيفري إن المحادثات مستمرة. وأضاف جفري أن الوفد سيعود.',
      errors: [{ text: 'جفري', message: '"جفري": this article also writes "جيفري" (1 time)', messageAr: '«جفري»: يكتب المقال أيضاً «جيفري» (مرة واحدة)' }],
      output: 'قال المبعوث الأميركي جيمس جيفري إن المحادثات مستمرة. وأضاف جيفري أن الوفد سيعود.',
    },
    {
      name: 'ترامب in the front-matter title, ترمب in the body',
      format: 'markdown',
      text: '---\ntitle: "ترامب يلتقي بوتين"\n---\n\nالتقى الرئيس ترمب نظيره الروسي في هلسنكي، وقال ترمب إن اللقاء كان جيداً.\n',
      errors: [{ text: 'ترامب', message: '"ترامب": this article also writes "ترمب" (2 times)', messageAr: '«ترامب»: يكتب المقال أيضاً «ترمب» (مرتين)' }],
      output: '---\ntitle: "ترمب يلتقي بوتين"\n---\n\nالتقى الرئيس ترمب نظيره الروسي في هلسنكي، وقال ترمب إن اللقاء كان جيداً.\n',
    },
    {
      name: 'clitics are kept: وترامب → وترمب',
      text: 'قال ترمب إن الاتفاق سيئ. ورد ترمب على الصحفيين، ثم غادر وترامب غاضب.',
      errors: [{ text: 'ترامب', message: '"ترامب": this article also writes "ترمب" (2 times)' }],
      output: 'قال ترمب إن الاتفاق سيئ. ورد ترمب على الصحفيين، ثم غادر وترمب غاضب.',
    },
    {
      name: 'nationality adjective: only the stem is respelled, article and ending kept',
      text: 'أعلنت الخارجية الأميركية أن الوفد الأميركي وصل، ونقلت الوكالة الأمريكية الخبر.',
      errors: [{ text: 'الأمريكية', message: '"الأمريكية": this article also writes "الأميركية" (2 times)', messageAr: '«الأمريكية»: يكتب المقال أيضاً «الأميركية» (مرتين)' }],
      output: 'أعلنت الخارجية الأميركية أن الوفد الأميركي وصل، ونقلت الوكالة الأميركية الخبر.',
    },
    {
      name: 'hamza: إسرائيل/اسرائيل (the minority is flagged)',
      text: 'قالت إسرائيل إن الهدنة صامدة. وردت اسرائيل على الصواريخ، وأكدت إسرائيل موقفها.',
      errors: [{ text: 'اسرائيل', message: '"اسرائيل": this article also writes "إسرائيل" (2 times)' }],
      output: 'قالت إسرائيل إن الهدنة صامدة. وردت إسرائيل على الصواريخ، وأكدت إسرائيل موقفها.',
    },
    {
      name: 'compound written split and joined',
      text: 'قال عبد الرحمن مصطفى إن المشروع جاهز، وأكد عبدالرحمن أن التنفيذ يبدأ غداً.',
      errors: [{ text: 'عبدالرحمن', message: '"عبدالرحمن": this article also writes "عبد الرحمن" (1 time)' }],
      output: 'قال عبد الرحمن مصطفى إن المشروع جاهز، وأكد عبد الرحمن أن التنفيذ يبدأ غداً.',
    },
    {
      name: 'an unlisted name found after a title, respelled with a long vowel',
      text: 'قال المتحدث باسم الشرطة فينسنت كول إن التحقيق مستمر. وأضاف فينسينت أن المشتبه به اعتقل.',
      errors: [{ text: 'فينسينت', message: '"فينسينت": this article also writes "فينسنت" (1 time)' }],
      output: 'قال المتحدث باسم الشرطة فينسنت كول إن التحقيق مستمر. وأضاف فينسنت أن المشتبه به اعتقل.',
    },
    {
      name: 'team list: any other spelling is flagged in a consistent article',
      text: 'وصل الرئيس ترامب إلى لندن.',
      team: { names: [{ canonical: 'ترمب', variants: ['ترامب'] }] },
      errors: [{ text: 'ترامب', message: '"ترامب": the team spells this name "ترمب"', messageAr: '«ترامب»: يكتب الفريق هذا الاسم «ترمب»' }],
      output: 'وصل الرئيس ترمب إلى لندن.',
    },
    {
      name: 'workspace majority flagged when nameSpelling.workspace is "flag"',
      text: DRAFT,
      workspace: workspace(),
      uri: 'file:///draft.md',
      team: { workspaceNames: 'flag' },
      errors: [
        { text: 'ترامب', nth: 0, message: '"ترامب": the other articles of the workspace write "ترمب" (3 articles; "ترامب" in 1)', messageAr: '«ترامب»: تكتب مقالات مساحة العمل الأخرى «ترمب» (3 مقالات؛ «ترامب» في مقال واحد)' },
        { text: 'ترامب', nth: 1, message: '"ترامب": the other articles of the workspace write "ترمب" (3 articles; "ترامب" in 1)' },
      ],
      output: 'وصل ترمب إلى لندن. وقال ترمب إن الزيارة مهمة.',
    },
    {
      name: 'workspace counts are of the other articles: this draft\'s own spelling is not counted there',
      text: 'غادر الرئيس ترامب القمة مبكراً.',
      workspace: (() => {
        const ws = new WorkspaceIndex([namesIndexer]);
        ws.update('file:///a.md', ArticleDocument.parse('قال الرئيس ترمب إن الاتفاق قريب.'));
        ws.update('file:///b.md', ArticleDocument.parse('وصل ترمب إلى لندن صباحاً.'));
        return ws;
      })(),
      uri: 'file:///draft.md',
      team: { workspaceNames: 'flag' },
      errors: [{ text: 'ترامب', message: '"ترامب": the other articles of the workspace write "ترمب" (2 articles; none writes "ترامب")', messageAr: '«ترامب»: تكتب مقالات مساحة العمل الأخرى «ترمب» (مقالين؛ ولا يكتب أيٌّ منها «ترامب»)' }],
      output: 'غادر الرئيس ترمب القمة مبكراً.',
    },
    {
      name: 'team list: unlisted spellings of a team name are flagged, clitics outside the range (جفري، لجفري)',
      text: 'وقال الوزير إن جفري سيصل غداً، وإن لجفري رأياً آخر.',
      team: { names: [{ canonical: 'جيفري', variants: [] }] },
      errors: [
        { text: 'جفري', nth: 0, message: '"جفري": the team spells this name "جيفري"', messageAr: '«جفري»: يكتب الفريق هذا الاسم «جيفري»' },
        { text: 'جفري', nth: 1, message: '"جفري": the team spells this name "جيفري"' },
      ],
      output: 'وقال الوزير إن جيفري سيصل غداً، وإن لجيفري رأياً آخر.',
    },
    {
      name: 'team list: a multi-word team name with a transliteration letter changed (سيرجي لافروف)',
      text: 'وأكد وزير الخارجية الروسي سيرجي لافروف أن المحادثات ستستأنف.',
      team: { names: [{ canonical: 'سيرغي لافروف', variants: [] }] },
      errors: [{ text: 'سيرجي لافروف', message: '"سيرجي لافروف": the team spells this name "سيرغي لافروف"' }],
      output: 'وأكد وزير الخارجية الروسي سيرغي لافروف أن المحادثات ستستأنف.',
    },
    {
      name: 'one article: a first name before the same family name with ج/غ swapped (the later one of a tie)',
      text: 'التقى الوزير مايك بومبيو مع سيرغي لافروف في فيينا، ثم اتصل بومبيو بنظيره سيرجي لافروف مساءً.',
      errors: [{ text: 'سيرجي', message: '"سيرجي": this article also writes "سيرغي" (1 time)', messageAr: '«سيرجي»: يكتب المقال أيضاً «سيرغي» (مرة واحدة)' }],
      output: 'التقى الوزير مايك بومبيو مع سيرغي لافروف في فيينا، ثم اتصل بومبيو بنظيره سيرغي لافروف مساءً.',
    },
    {
      name: 'سوريا and سورية for the country in one article (the minority is flagged)',
      text: 'زار الوفد سوريا ولبنان، وأكدت دمشق أن سورية لن تقبل بالتدخل، وقال المبعوث إن الحل في سوريا سياسي.',
      errors: [{ text: 'سورية', message: '"سورية": this article also writes "سوريا" (2 times)' }],
      output: 'زار الوفد سوريا ولبنان، وأكدت دمشق أن سوريا لن تقبل بالتدخل، وقال المبعوث إن الحل في سوريا سياسي.',
    },
  ],
});

describe('rule name-spelling: fixes, related locations and hover', () => {
  const text = 'قال ترمب إن الاتفاق سيئ. ورد ترمب على الصحفيين، ثم غادر وترامب غاضب.';

  it('offers: use X here (preferred), use X everywhere, add X to the team list', () => {
    const { findings } = runRule(nameSpelling, text);
    assert.equal(findings.length, 1);
    const f = findings[0]!;
    assert.deepEqual(
      f.fixes.map((x) => [x.title.en, x.preferred, x.fixAll]),
      [
        ['Use the spelling "ترمب" here', true, true],
        ['Use "ترمب" everywhere in this document', false, false],
        ['Add "ترمب" to the team list as the canonical spelling', false, false],
      ],
    );
    assert.equal(applyEdits(text, f.fixes[1]!.edits), 'قال ترمب إن الاتفاق سيئ. ورد ترمب على الصحفيين، ثم غادر وترمب غاضب.');
    assert.deepEqual(f.fixes[2]!.configChange, { kind: 'set-name', canonical: 'ترمب', variants: ['ترامب'] });
    assert.equal(f.fixes[0]!.title.ar, 'استعمل التهجئة «ترمب» هنا');
  });

  it('lists the other occurrences as related locations', () => {
    const { findings } = runRule(nameSpelling, text);
    const [a, b] = [spanOf(text, 'ترمب', 0), spanOf(text, 'ترمب', 1)];
    assert.deepEqual(
      findings[0]!.related,
      [
        { span: { start: a[0], end: a[1] }, message: { en: '"ترمب" here (line 1)', ar: '«ترمب» هنا (السطر 1)' } },
        { span: { start: b[0], end: b[1] }, message: { en: '"ترمب" here (line 1)', ar: '«ترمب» هنا (السطر 1)' } },
      ],
    );
  });

  it('hover: a table of spellings with counts here, in the workspace and the team choice', () => {
    const ws = workspace();
    const { findings } = runRule(nameSpelling, DRAFT, { workspace: ws, uri: 'file:///draft.md', team: { workspaceNames: 'flag' } });
    assert.equal(
      findings[0]!.explanation.en,
      'Most other articles of the workspace spell this name "ترمب" (nameSpelling.workspace is "flag").\n\n| Spelling | Here | Other articles | Team choice |\n|---|---|---|---|\n| ترامب | 2 | 1 |  |\n| ترمب | 0 | 3 |  |',
    );
    assert.ok(findings[0]!.explanation.ar.includes('| التهجئة | هنا | المقالات الأخرى | اختيار الفريق |'));
    assert.deepEqual(findings[0]!.related!.filter((r) => r.uri).map((r) => r.uri), ['file:///a.md', 'file:///b.md', 'file:///c.md']);
    assert.deepEqual(findings[0]!.related!.filter((r) => r.uri).map((r) => r.message.ar)[0], '«ترمب» في مقال آخر (a.md)');
    assert.deepEqual(findings[0]!.related!.filter((r) => r.uri).map((r) => r.message.en)[0], '"ترمب" in another article (a.md)');
  });

  it('indexer: one (name, spelling) pair per spelling of each name', () => {
    const doc = ArticleDocument.parse('قال ترمب إن ترامب وصل، وأكد الوفد الأمريكي ذلك.');
    assert.deepEqual([...namesIndexer.extract(doc)], [['L:ترمب', 'ترمب'], ['L:ترمب', 'ترامب'], ['L:اميرك', 'أمريك']]);
  });
});

describe('name-spelling: when two spellings are one name', () => {
  it('skeleton removes inner long vowels, doubled letters and transliteration pairs', () => {
    assert.equal(skeleton('ترامب'), skeleton('ترمب'));
    assert.equal(skeleton('واينستين'), skeleton('واينسيتن'));
    assert.equal(skeleton('غوغل'), skeleton('جوجل'));
    assert.notEqual(skeleton('للنادي'), skeleton('لنادي'));
  });
  it('inflections are never one name', () => {
    assert.equal(isInflectionPair('السعودي', 'السعوديه'), true);
    assert.equal(isInflectionPair('امريكيان', 'امريكيين'), true);
    assert.equal(isInflectionPair('بوتين', 'بوتن'), false);
  });
  it('sameName refuses ordinary words and Arabic given names', () => {
    assert.equal(sameName('ترامب', 'ترمب'), true);
    assert.equal(sameName('كاتب', 'كتاب'), false);
    assert.equal(sameName('حسين', 'حسن'), false);
  });
  it('pairFold maps the transliteration pairs and keeps the length', () => {
    assert.equal(pairFold('سيرغي'), pairFold('سيرجي'));
    assert.notEqual(pairFold('ماري'), pairFold('مارين'));
  });
});
