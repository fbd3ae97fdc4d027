/**
 * Starter list of names that recur in Arabic news, with the spellings newsrooms actually use for them
 * (people, places, organisations; countries together with their nationality adjectives). Written by the
 * team from general knowledge of Arabic news usage in 2017–2020; the order of spellings means nothing (a
 * team's own choice goes in `.mudaqqiq.json` → `names`). The rule also finds variants missing here, so
 * this list needs only the frequent names and the variants that plain folding would not bring together.
 */

/**
 * How the listed forms inflect:
 * - `name`: the forms are whole words (a person, a city, an organisation).
 * - `country`: the forms are whole words and also take the nisba endings (إسرائيل → إسرائيلي، إسرائيلية).
 * - `country-a`: the forms are stems: the country adds ا or يا (أمريك → أمريكا، أفريق → أفريقيا) and the
 *   adjective takes the nisba endings (أمريكي، الأمريكيين، الأفريقية).
 */
export type NameInflection = 'name' | 'country' | 'country-a';

export interface LexiconName {
  /** One spelling in use (for display; no preference implied). */
  canonical: string;
  /** The other spellings in use. */
  variants: readonly string[];
  kind: 'person' | 'place' | 'organisation';
  inflection?: NameInflection;
  /** An Arabic name or word (not transliterated): only hamza, ى/ي and ة/ه variants, never letter changes. */
  arabic?: boolean;
  /**
   * Spellings that are also an ordinary word form and count as this name only in a name position (after a
   * preposition, a particle or a definite word, with the clitic ب/ل, or at the start of a sentence):
   * سورية is the country in «أن سورية» and «في سورية» but the adjective in «مواقع سورية».
   */
  positional?: readonly string[];
}

export const NAMES: readonly LexiconName[] = [
  // People (heads of state, ministers, envoys, other frequent figures)
  { canonical: 'ترمب', variants: ['ترامب'], kind: 'person' },
  { canonical: 'بوتين', variants: ['بوتن'], kind: 'person' },
  { canonical: 'أردوغان', variants: ['إردوغان', 'اردوغان', 'أردوغن'], kind: 'person' },
  { canonical: 'نتنياهو', variants: ['نتانياهو', 'نتانيهو'], kind: 'person' },
  { canonical: 'ماكرون', variants: ['ماكرن'], kind: 'person' },
  { canonical: 'ميركل', variants: ['ميركيل'], kind: 'person' },
  { canonical: 'روحاني', variants: ['روحانى'], kind: 'person' },
  { canonical: 'خامنئي', variants: ['خامنئى', 'خامنه أي'], kind: 'person' },
  { canonical: 'أوباما', variants: ['اوباما'], kind: 'person' },
  { canonical: 'كلينتون', variants: ['كلنتون'], kind: 'person' },
  { canonical: 'بومبيو', variants: ['بومبيوو', 'بامبيو'], kind: 'person' },
  { canonical: 'تيلرسون', variants: ['تيلرسن', 'تلرسون'], kind: 'person' },
  { canonical: 'بولتون', variants: ['بولتن'], kind: 'person' },
  { canonical: 'ماتيس', variants: ['ماتس'], kind: 'person' },
  { canonical: 'جيفري', variants: ['جفري', 'جيفرى'], kind: 'person' },
  { canonical: 'كوشنر', variants: ['كوشنير'], kind: 'person' },
  { canonical: 'إيفانكا', variants: ['ايفانكا', 'إيفانكا'], kind: 'person' },
  { canonical: 'ميلانيا', variants: ['ميلانيا'], kind: 'person' },
  { canonical: 'ترودو', variants: ['ترودوو'], kind: 'person' },
  { canonical: 'لافروف', variants: ['لافرو'], kind: 'person' },
  { canonical: 'ظريف', variants: ['زاريف'], kind: 'person', arabic: true },
  { canonical: 'غوتيريش', variants: ['غوتيريس', 'جوتيريش', 'جوتيريس', 'غوتيرش'], kind: 'person' },
  { canonical: 'دي ميستورا', variants: ['دي مستورا', 'ديمستورا'], kind: 'person' },
  { canonical: 'كيم جونغ أون', variants: ['كيم جونج أون', 'كيم يونغ أون', 'كيم جونغ اون'], kind: 'person' },
  { canonical: 'شي جين بينغ', variants: ['شي جين بينج', 'شي جينبينغ'], kind: 'person' },
  { canonical: 'مادورو', variants: ['مادرو'], kind: 'person' },
  { canonical: 'السيسي', variants: ['السيسى'], kind: 'person', arabic: true },
  { canonical: 'حفتر', variants: ['حفطر'], kind: 'person', arabic: true },
  { canonical: 'مصطفى', variants: ['مصطفي'], kind: 'person', arabic: true },
  { canonical: 'موسى', variants: ['موسي'], kind: 'person', arabic: true },
  { canonical: 'عيسى', variants: ['عيسي'], kind: 'person', arabic: true },
  { canonical: 'يحيى', variants: ['يحيي'], kind: 'person', arabic: true },
  { canonical: 'مرتضى', variants: ['مرتضي'], kind: 'person', arabic: true },
  { canonical: 'هنية', variants: ['هنيه'], kind: 'person', arabic: true },
  { canonical: 'حمزة', variants: ['حمزه'], kind: 'person', arabic: true },
  { canonical: 'أسامة', variants: ['أسامه', 'اسامة', 'اسامه'], kind: 'person', arabic: true },
  { canonical: 'إبراهيم', variants: ['ابراهيم'], kind: 'person', arabic: true },
  { canonical: 'إسماعيل', variants: ['اسماعيل'], kind: 'person', arabic: true },
  { canonical: 'أحمد', variants: ['احمد'], kind: 'person', arabic: true },
  { canonical: 'أسعد', variants: ['اسعد'], kind: 'person', arabic: true },
  { canonical: 'أنور', variants: ['انور'], kind: 'person', arabic: true },
  { canonical: 'إلهام', variants: ['الهام'], kind: 'person', arabic: true },
  { canonical: 'زيلينسكي', variants: ['زيلنسكي', 'زيلينسكى'], kind: 'person' },
  { canonical: 'جونسون', variants: ['جونسن'], kind: 'person' },
  { canonical: 'بايدن', variants: ['بايدين'], kind: 'person' },
  { canonical: 'واينستين', variants: ['وينستين', 'واينشتاين'], kind: 'person' },
  { canonical: 'رونالدو', variants: ['رونالدوو'], kind: 'person' },
  { canonical: 'غوارديولا', variants: ['جوارديولا'], kind: 'person' },
  { canonical: 'مورينيو', variants: ['مورينهو'], kind: 'person' },
  { canonical: 'زيدان', variants: ['زيدن'], kind: 'person', arabic: true },
  // Places
  { canonical: 'إسرائيل', variants: ['اسرائيل'], kind: 'place', inflection: 'country' },
  { canonical: 'أميرك', variants: ['أمريك', 'امريك', 'اميرك'], kind: 'place', inflection: 'country-a' },
  { canonical: 'إيران', variants: ['ايران'], kind: 'place', inflection: 'country' },
  { canonical: 'أوروب', variants: ['اوروب', 'أورب'], kind: 'place', inflection: 'country-a' },
  { canonical: 'أفريق', variants: ['إفريق', 'افريق'], kind: 'place', inflection: 'country-a' },
  { canonical: 'أوكران', variants: ['اوكران'], kind: 'place', inflection: 'country-a' },
  { canonical: 'إيطال', variants: ['ايطال'], kind: 'place', inflection: 'country-a' },
  { canonical: 'إسبان', variants: ['اسبان'], kind: 'place', inflection: 'country-a' },
  { canonical: 'ألمان', variants: ['المان'], kind: 'place', inflection: 'country-a' },
  { canonical: 'أسترال', variants: ['استرال'], kind: 'place', inflection: 'country-a' },
  { canonical: 'أفغانستان', variants: ['افغانستان'], kind: 'place' },
  { canonical: 'إندونيس', variants: ['اندونيس'], kind: 'place', inflection: 'country-a' },
  { canonical: 'إثيوب', variants: ['اثيوب'], kind: 'place', inflection: 'country-a' },
  { canonical: 'إريتر', variants: ['اريتر'], kind: 'place', inflection: 'country-a' },
    { canonical: 'واشنطن', variants: ['واشنطون'], kind: 'place' },
  { canonical: 'إسطنبول', variants: ['اسطنبول', 'إستانبول', 'استانبول', 'اسطمبول'], kind: 'place' },
  { canonical: 'أنقرة', variants: ['انقرة', 'أنقره'], kind: 'place' },
  { canonical: 'بكين', variants: ['بيجين', 'بيجينغ'], kind: 'place' },
  { canonical: 'نيويورك', variants: ['نيو يورك'], kind: 'place' },
  { canonical: 'بيونغ يانغ', variants: ['بيونغيانغ', 'بيونج يانج'], kind: 'place' },
  { canonical: 'أبوظبي', variants: ['أبو ظبي', 'ابوظبي', 'ابو ظبي'], kind: 'place' },
  // Both spellings of the country are standard; an article mixing them is flagged like any other variant.
  { canonical: 'سوريا', variants: ['سورية'], kind: 'place', arabic: true, positional: ['سورية'] },
  { canonical: 'إدلب', variants: ['ادلب'], kind: 'place' },
  { canonical: 'غزة', variants: ['غزه'], kind: 'place', arabic: true },
  { canonical: 'جدة', variants: ['جده'], kind: 'place', arabic: true },
  { canonical: 'صنعاء', variants: ['صنعا'], kind: 'place', arabic: true },
  { canonical: 'الإسكندرية', variants: ['الاسكندرية'], kind: 'place', arabic: true },
  { canonical: 'الإمارات', variants: ['الامارات'], kind: 'place', arabic: true },
  { canonical: 'إمارات', variants: ['امارات'], kind: 'place', inflection: 'country-a', arabic: true },
  { canonical: 'فنزويل', variants: ['فينزويل'], kind: 'place', inflection: 'country-a' },
    { canonical: 'موسكو', variants: ['موسكوا'], kind: 'place' },
  { canonical: 'الكرملين', variants: ['الكريملين'], kind: 'place' },
  // Organisations (the article is part of the spelling: الناتو and ناتو are not paired)
  { canonical: 'الناتو', variants: [], kind: 'organisation' },
  { canonical: 'البنتاغون', variants: ['البنتاجون'], kind: 'organisation' },
  { canonical: 'الكونغرس', variants: ['الكونجرس'], kind: 'organisation' },
  { canonical: 'اليونسكو', variants: [], kind: 'organisation' },
  { canonical: 'اليونيسف', variants: [], kind: 'organisation' },
  { canonical: 'الفيفا', variants: [], kind: 'organisation' },
  { canonical: 'غوغل', variants: ['جوجل', 'غوغل'], kind: 'organisation' },
  { canonical: 'فيسبوك', variants: ['فايسبوك', 'فيس بوك'], kind: 'organisation' },
  { canonical: 'تويتر', variants: ['تويتير'], kind: 'organisation' },
  { canonical: 'إنستغرام', variants: ['انستغرام', 'إنستجرام', 'انستجرام', 'إنستقرام'], kind: 'organisation' },
  { canonical: 'يوتيوب', variants: ['يوتوب'], kind: 'organisation' },
  { canonical: 'أمازون', variants: ['امازون'], kind: 'organisation' },
  { canonical: 'أبل', variants: ['آبل', 'ابل'], kind: 'organisation' },
  { canonical: 'داعش', variants: ['داعيش'], kind: 'organisation', arabic: true },
];

/**
 * Frequent Arabic given names (folded when used). Arabic names follow word patterns in which a long vowel
 * changes the name (حسن/حسين، سعد/سعيد، محمد/محمود، جمال/جميل), so the rule never pairs these by adding or
 * dropping a long vowel or by swapping letters; only hamza, ى/ي, ة/ه and joining differences count. A word
 * after one of these is also taken as part of a name (a family name). Written by the team.
 */
export const ARABIC_GIVEN_NAMES: readonly string[] = [
  'محمد', 'محمود', 'حامد', 'حمد', 'حميد', 'أحمد', 'حمدي', 'حمدان', 'حسن', 'حسين', 'حسني', 'حسان', 'حسام', 'علي', 'عليا', 'عالية',
  'سعد', 'سعيد', 'سعود', 'سعدي', 'مسعود', 'أسعد', 'جمال', 'جميل', 'جميلة', 'كريم', 'كرم', 'أكرم', 'كريمة', 'سليمان', 'سلمان', 'سلمى', 'سالم', 'سليم', 'مسلم',
  'عمر', 'عمرو', 'عامر', 'عمار', 'عمران', 'خالد', 'خلدون', 'خليل', 'خليفة', 'فهد', 'فهمي', 'ناصر', 'نصر', 'منصور', 'نصير', 'نصار',
  'فيصل', 'فاضل', 'فضل', 'فادي', 'فاطمة', 'فاطم', 'فتحي', 'فتح', 'مفتاح', 'الفتاح', 'رشيد', 'راشد', 'رشاد', 'رشدي', 'مرشد',
  'طارق', 'طاهر', 'طه', 'زياد', 'زيد', 'يزيد', 'زايد', 'زين', 'زينب', 'زكي', 'زكريا', 'مالك', 'ملك', 'مليكة', 'عادل', 'عدلي', 'عدنان',
  'ماجد', 'مجدي', 'مجيد', 'أمجد', 'وليد', 'خالدة', 'هشام', 'هاشم', 'هاني', 'هناء', 'هند', 'هدى', 'هادي', 'مهدي', 'رامي', 'رام', 'ريم', 'مريم',
  'يوسف', 'يونس', 'يعقوب', 'يحيى', 'إسحاق', 'إبراهيم', 'إسماعيل', 'موسى', 'عيسى', 'داود', 'سامي', 'سامر', 'سمير', 'سميرة', 'أسامة',
  'نبيل', 'نبيلة', 'نادر', 'نادية', 'ندى', 'نور', 'نوري', 'منير', 'منى', 'أمين', 'أمينة', 'مأمون', 'إيمان', 'أيمن', 'يمنى', 'صالح', 'مصلح', 'صلاح',
  'عبد', 'عبده', 'عبيد', 'بسام', 'باسم', 'ابتسام', 'عابد', 'عباس', 'عبيدة', 'شريف', 'شرف', 'أشرف', 'شادي', 'شاكر', 'شكري', 'رضا', 'رضوان', 'مرتضى', 'مصطفى', 'مختار',
  'بشار', 'بشير', 'بشرى', 'مبارك', 'بركات', 'نجيب', 'نجيبة', 'نجاة', 'نجم', 'جواد', 'جود', 'جودة', 'رياض', 'رائد', 'رائدة', 'وائل', 'وفاء',
  'غسان', 'غادة', 'لبنى', 'ليلى', 'لينا', 'لمى', 'رنا', 'رانيا', 'سناء', 'سوسن', 'سهى', 'سهيل', 'سهام', 'عائشة', 'عيشة', 'آمنة', 'منال', 'نوال',
  'حمزة', 'حازم', 'حاتم', 'حكيم', 'حكمت', 'حبيب', 'حليم', 'حلمي', 'عزيز', 'عز', 'عزت', 'معاذ', 'معتز', 'مراد', 'مرزوق', 'رزق', 'قاسم', 'قيس', 'إياد', 'عماد',
];

/**
 * Frequent foreign first names in Arabic news (folded when used): a word after one of these is taken as
 * part of the same name (دونالد ترمب، جيمس جيفري). Written by the team.
 */
export const FOREIGN_GIVEN_NAMES: readonly string[] = [
  'دونالد', 'فلاديمير', 'إيمانويل', 'إيمانويل', 'أنغيلا', 'أنجيلا', 'تيريزا', 'بوريس', 'جيمس', 'جون', 'جورج', 'مايك', 'مايكل', 'مايكل',
  'ريكس', 'جاريد', 'ستيفن', 'ستيف', 'هيلاري', 'باراك', 'جو', 'بيل', 'روبرت', 'ديفيد', 'دافيد', 'بنيامين', 'سيرغي', 'سيرجي', 'أنطونيو', 'ستافان',
  'جاستن', 'شينزو', 'نيكولاس', 'هارفي', 'كريستيانو', 'ليونيل', 'نيمار', 'جوزيه', 'بيب', 'يورغن', 'ماريو', 'مارك', 'إيلون', 'جيف', 'تيم',
  'كيم', 'شي', 'إيفانكا', 'ميلانيا', 'نيكي', 'هيذر', 'سارة', 'ماريا', 'آنا', 'بول', 'بيتر', 'توماس', 'توني', 'ريتشارد', 'وليام', 'ويليام',
  'تشارلز', 'هاري', 'ميغان', 'إدوارد', 'ألكسندر', 'أليكسي', 'ديمتري', 'دميتري', 'رجب', 'مولود', 'حسن', 'جواد',
  // Further frequent first names (spellings in use: ألكساندر، أليكسندر; ميشال/ميشيل; بيار/بيير).
  'ألكساندر', 'أليكسندر', 'أليكساندر', 'أندرو', 'أندريه', 'كريستوفر', 'ستيفان', 'نيكولا', 'نيكولاي', 'فرانسوا', 'جان', 'بيار', 'بيير',
  'ميشال', 'ميشيل', 'كارلوس', 'خوسيه', 'لويس', 'أنطوان', 'جاك', 'هنري', 'فيليب', 'إيريك', 'مارتن', 'ماثيو', 'كيفن', 'جيريمي', 'جوزيف',
  'ميخائيل', 'إيغور', 'يوري', 'إيفان', 'سيرجيو', 'فرانك', 'أولاف', 'هايكو', 'نيكي', 'كاثرين', 'إليزابيث', 'كريستين', 'مارين', 'أوليفر',
];

/**
 * Arabic given names that are not also ordinary words (unlike سعيد، كريم، فتح، أمين), so the word after
 * them can be taken as a family name. Written by the team.
 */
export const STRONG_ARABIC_GIVEN_NAMES: readonly string[] = [
  'محمد', 'أحمد', 'محمود', 'مصطفى', 'يوسف', 'إبراهيم', 'إسماعيل', 'خالد', 'حسين', 'طارق', 'وليد', 'هشام', 'فيصل', 'زياد', 'أسامة',
  'حمزة', 'يحيى', 'عيسى', 'موسى', 'سلمان', 'سليمان', 'عباس', 'بشار', 'نبيل', 'ياسر', 'ماجد', 'وائل', 'عماد', 'عادل', 'حازم', 'شريف',
  'عمرو', 'إيهاب', 'أيمن', 'رامي', 'سامي', 'هاني', 'مجدي', 'فهد', 'تركي', 'منصور', 'عبدالله', 'عبدالعزيز', 'عبدالرحمن', 'فاطمة', 'مريم', 'زينب',
];
