/**
 * The web-boilerplate catalogue of rule `boilerplate`: text that a news site wraps around a story and
 * that comes along when a writer copies the page into a draft.
 * كتالوج النصوص الدخيلة: ما يحيط به موقع الأخبار الخبرَ من عبارات ترويج وروابط وتذييل، فينتقل مع النسخ.
 *
 * Where the entries come from: the team's own knowledge of how Arabic news sites lay out a page (promo
 * boxes, "read also" links, share bars, footers, player and gallery controls, CMS templates), written
 * here in our own words. Every entry is FOLDED-KEY text (see core/config.ts `phraseKey`: alef forms
 * unified, ة→ه, ى→ي, diacritics/tatweel dropped, punctuation → space, Latin lower-cased); the rule folds
 * the catalogue once at load, so entries may be written in ordinary spelling.
 *
 * The catalogue is read in three ways (see rules/boilerplate.ts):
 *   1. HEADERS — a line that IS the phrase (e.g. «اقرأ أيضاً:»), or the phrase followed by a separator
 *      («:» «-» «|») and a short headline (e.g. «للمزيد: …»). A bare header opens a related-links block.
 *   2. CONTAINED — a short line containing the phrase anywhere (copyright, cookie, disclaimer sentences).
 *   3. CUES — words that, combined, make a call to action: an invitation addressed to the reader
 *      (imperative or «يمكنكم») together with a channel of the site (an app, WhatsApp, the newsletter,
 *      «هنا»). This is what lets the rule recognise promo wording it has never seen.
 */
import type { Bilingual } from '../core/types';

/** The kinds of boilerplate, each with its name (the finding's message), a short name and why it does not belong. */
export type BoilerplateKind =
  | 'messaging-promo'
  | 'newsletter-promo'
  | 'related-links'
  | 'social-bar'
  | 'copyright-footer'
  | 'ad-marker'
  | 'app-prompt'
  | 'comment-prompt'
  | 'cookie-notice'
  | 'ui-line'
  | 'placeholder'
  | 'editor-note'
  | 'call-to-action'
  | 'team-phrase'
  | 'template-line';

/**
 * `name` is the finding's message; `short` names the kind inside the message of a block that holds
 * several kinds («سطر ترويجي للاشتراك في واتساب، وشريط متابعة أو مشاركة، وسطر حقوق أو تذييل»).
 */
export const KINDS: Record<BoilerplateKind, { name: Bilingual; short: Bilingual; why: Bilingual }> = {
  'messaging-promo': {
    // {app} is replaced by the app's name when one is named in the block.
    name: { ar: 'سطر ترويجي للاشتراك في {app}', en: '{app} subscription promo' },
    short: { ar: 'دعوة للاشتراك في {app}', en: '{app} promo' },
    why: {
      ar: 'دعوة الموقع قرّاءه إلى الاشتراك في قناته على تطبيق مراسلة؛ ليست من الخبر وتنتقل مع نسخ الصفحة.',
      en: "The site's invitation to subscribe to its messaging-app channel; it is not part of the story and comes along when the page is copied.",
    },
  },
  'newsletter-promo': {
    name: { ar: 'ترويج للنشرة البريدية', en: 'Newsletter sign-up promo' },
    short: { ar: 'ترويج للنشرة البريدية', en: 'newsletter promo' },
    why: { ar: 'دعوة الموقع إلى الاشتراك في نشرته البريدية؛ ليست من الخبر.', en: "The site's newsletter sign-up box; it is not part of the story." },
  },
  'related-links': {
    name: { ar: 'كتلة «اقرأ أيضاً» وعناوينها', en: '"Read also" block with its headlines' },
    short: { ar: 'كتلة «اقرأ أيضاً»', en: '"read also" block' },
    why: {
      ar: 'روابط الموقع إلى أخبار أخرى («اقرأ أيضاً» وما يليها من عناوين)؛ تفقد روابطها في المسودة وتقطع سياق الخبر.',
      en: "The site's links to other stories (\"read also\" and the headlines after it); in a draft they lose their links and break the story.",
    },
  },
  'social-bar': {
    name: { ar: 'دعوة للمتابعة أو المشاركة على مواقع التواصل', en: 'Social follow/share prompt' },
    short: { ar: 'شريط متابعة أو مشاركة', en: 'follow/share bar' },
    why: { ar: 'شريط المشاركة أو دعوة المتابعة على صفحات الموقع في مواقع التواصل؛ ليس من الخبر.', en: "The site's share bar or follow-us prompt; it is not part of the story." },
  },
  'copyright-footer': {
    name: { ar: 'سطر حقوق نشر أو تذييل الموقع', en: 'Copyright or site footer line' },
    short: { ar: 'سطر حقوق أو تذييل', en: 'copyright/footer line' },
    why: { ar: 'تذييل الصفحة (حقوق النشر، إخلاء المسؤولية، معلومات الموقع)؛ ليس من الخبر.', en: 'The page footer (copyright, disclaimer, site information); it is not part of the story.' },
  },
  'ad-marker': {
    name: { ar: 'علامة إعلان أو محتوى ممول', en: 'Ad marker or sponsored label' },
    short: { ar: 'علامة إعلان', en: 'ad marker' },
    why: { ar: 'علامة مساحة إعلانية أو محتوى ممول في الصفحة؛ ليست من الخبر.', en: 'The label of an ad slot or sponsored content on the page; it is not part of the story.' },
  },
  'app-prompt': {
    name: { ar: 'دعوة لتحميل تطبيق الموقع', en: 'App download prompt' },
    short: { ar: 'دعوة لتحميل التطبيق', en: 'app prompt' },
    why: { ar: 'دعوة الموقع إلى تحميل تطبيقه أو تفعيل إشعاراته؛ ليست من الخبر.', en: "The site's invitation to download its app or turn on notifications; it is not part of the story." },
  },
  'comment-prompt': {
    name: { ar: 'دعوة للتعليق', en: 'Comment prompt' },
    short: { ar: 'دعوة للتعليق', en: 'comment prompt' },
    why: { ar: 'دعوة القراء إلى التعليق أسفل الصفحة؛ ليست من الخبر.', en: 'The invitation to comment below the page; it is not part of the story.' },
  },
  'cookie-notice': {
    name: { ar: 'إشعار ملفات تعريف الارتباط', en: 'Cookie notice' },
    short: { ar: 'إشعار ملفات الارتباط', en: 'cookie notice' },
    why: { ar: 'إشعار الموقع عن ملفات تعريف الارتباط والخصوصية؛ ليس من الخبر.', en: "The site's cookie and privacy notice; it is not part of the story." },
  },
  'ui-line': {
    name: { ar: 'سطر من واجهة الموقع', en: 'Website interface line' },
    short: { ar: 'سطر من الواجهة', en: 'interface line' },
    why: {
      ar: 'عنصر من واجهة الصفحة (تاريخ التحديث، مدة القراءة، «منذ ساعات»، مسار التصفح، عداد الصور، زر التشغيل)؛ ليس من الخبر.',
      en: 'A piece of the page interface (last updated, reading time, "3 hours ago", breadcrumbs, gallery counter, play button); it is not part of the story.',
    },
  },
  placeholder: {
    name: { ar: 'نص مؤقت من نظام النشر', en: 'CMS placeholder text' },
    short: { ar: 'نص مؤقت', en: 'placeholder' },
    why: { ar: 'نص مؤقت من قالب نظام النشر (أو «لوريم إيبسوم») لم يُستبدل بالنص الحقيقي.', en: 'Placeholder text from the CMS template (or lorem ipsum) that was never replaced.' },
  },
  'editor-note': {
    name: { ar: 'ملاحظة تحريرية متروكة في النص', en: 'Editor note left in the text' },
    short: { ar: 'ملاحظة تحريرية', en: 'editor note' },
    why: { ar: 'ملاحظة داخلية بين المحررين بقيت في نص الخبر؛ لا تُنشر.', en: 'An internal note between editors left in the story; it is not for publication.' },
  },
  'call-to-action': {
    name: { ar: 'دعوة «اضغط هنا» من صفحة الموقع', en: '"Click here" call to action' },
    short: { ar: 'دعوة «اضغط هنا»', en: '"click here" line' },
    why: { ar: 'دعوة إلى الضغط على رابط في صفحة الموقع؛ الرابط لا ينتقل مع النص فتبقى الدعوة بلا معنى.', en: 'An invitation to click a link on the web page; the link does not survive the copy, so the line means nothing in the draft.' },
  },
  'team-phrase': {
    name: { ar: 'عبارة دخيلة من قائمة الفريق', en: "Team's boilerplate phrase" },
    short: { ar: 'عبارة من قائمة الفريق', en: 'team phrase' },
    why: { ar: 'السطر يحوي عبارة أدرجها الفريق في boilerplate.phrases في ‎.mudaqqiq.json.', en: 'The line holds a phrase the team listed in boilerplate.phrases in .mudaqqiq.json.' },
  },
  'template-line': {
    // {articles} is the number of articles of the workspace holding the line (this one included), counted
    // in words that agree with it (core/plural.ts: «3 مقالات»، «12 مقالاً»; "3 articles").
    name: { ar: 'سطر متكرر في {articles} (بقايا قالب)', en: 'Line repeated in {articles} (template leftover)' },
    short: { ar: 'سطر متكرر في {articles}', en: 'line repeated in {articles}' },
    why: {
      ar: 'السطر نفسه (بعد توحيد الهمزات والتشكيل وعلامات الترقيم) موجود في {articles} في مساحة العمل؛ سطر يتكرر حرفياً في أخبار مختلفة هو بقايا قالب الموقع لا جزء من الخبر.',
      en: 'The same line (ignoring hamza forms, diacritics and punctuation) is in {articles} of the workspace; a line repeated word for word across different stories is a leftover of the site template, not part of the story.',
    },
  },
};

/** Headers: the whole line, or the phrase + separator + a short headline. `opensBlock`: the headlines that follow join it. */
export const HEADERS: readonly { phrase: string; kind: BoilerplateKind; opensBlock?: boolean }[] = [
  // "Read also" and related-links headers (اقرأ أيضاً / للمزيد / ذات صلة …).
  ...[
    'اقرأ أيضاً', 'اقرأ أيضا', 'إقرأ أيضاً', 'اقرأ كذلك', 'اقرأ المزيد', 'اقرأ', 'للمزيد', 'لمزيد من الأخبار', 'المزيد من الأخبار',
    'شاهد أيضاً', 'شاهد كذلك', 'شاهد المزيد', 'اقرأ وشاهد', 'اقرأ أيضاً على موقعنا', 'طالع أيضاً', 'طالع كذلك', 'تابع أيضاً',
    'أخبار ذات صلة', 'مواضيع ذات صلة', 'موضوعات ذات صلة', 'مقالات ذات صلة', 'روابط ذات صلة', 'ذات صلة', 'قصص ذات صلة',
    'قد يهمك', 'قد يهمك أيضاً', 'قد يعجبك', 'قد يعجبك أيضاً', 'ننصحك بقراءة', 'لا تفوتك', 'لا تفوّت', 'اخترنا لك', 'مختارات',
    'الأكثر قراءة', 'الأكثر مشاهدة', 'الأكثر تداولاً', 'الأكثر مشاركة', 'الأكثر تعليقاً', 'الأكثر شعبية', 'آخر الأخبار', 'أحدث الأخبار',
    'read also', 'read more', 'related', 'related articles', 'related stories', 'see also', 'most read', 'more on this story',
  ].map((phrase) => ({ phrase, kind: 'related-links' as const, opensBlock: true })),
  // Share and follow bars.
  ...['شارك', 'شارك الخبر', 'شارك المقال', 'شارك هذا المقال', 'شارك هذا الخبر', 'شارك على', 'مشاركة', 'انشر', 'تابعونا', 'تابعنا', 'share', 'share this', 'share this article', 'follow us'].map(
    (phrase) => ({ phrase, kind: 'social-bar' as const }),
  ),
  // Footer navigation lines.
  ...['سياسة الخصوصية', 'شروط الاستخدام', 'اتصل بنا', 'من نحن', 'خريطة الموقع', 'أعلن معنا', 'terms of use', 'privacy policy', 'contact us', 'about us'].map(
    (phrase) => ({ phrase, kind: 'copyright-footer' as const }),
  ),
  // Ad markers and sponsored labels (a line of its own).
  ...['إعلان', 'إعلانات', 'مساحة إعلانية', 'محتوى إعلاني', 'مادة إعلانية', 'محتوى مدفوع', 'محتوى ممول', 'محتوى برعاية', 'برعاية', 'مقال ممول', 'advertisement', 'sponsored', 'sponsored content', 'ad', 'ads'].map(
    (phrase) => ({ phrase, kind: 'ad-marker' as const }),
  ),
  // Interface lines of the page.
  ...['طباعة', 'أرسل لصديق', 'إرسال لصديق', 'حفظ', 'تكبير الخط', 'تصغير الخط', 'حجم الخط', 'استمع للخبر', 'استمع إلى المقال', 'تشغيل', 'شغّل الفيديو', 'تشغيل الفيديو', 'شاهد الفيديو', 'شاهد بالفيديو', 'مشاهدة الفيديو', 'معرض الصور', 'الصور', 'فيديو', 'print', 'play', 'play video', 'watch video', 'gallery'].map(
    (phrase) => ({ phrase, kind: 'ui-line' as const }),
  ),
  // Editor notes (usually followed by the note itself).
  ...['ملاحظة للمحرر', 'ملاحظة المحرر', 'ملاحظة داخلية', 'للمحرر', 'إلى المحرر', 'ملاحظة للتحرير', 'للتدقيق', 'يحتاج تدقيق', 'note to editor', 'editor note', 'todo', 'fixme'].map(
    (phrase) => ({ phrase, kind: 'editor-note' as const }),
  ),
];

/** Contained phrases: a short line (≤ `maxWords`, default 30) holding the phrase is boilerplate of `kind`. */
export const CONTAINED: readonly { phrase: string; kind: BoilerplateKind; maxWords?: number }[] = [
  ...['جميع الحقوق محفوظة', 'كل الحقوق محفوظة', 'حقوق النشر محفوظة', 'حقوق الطبع محفوظة', 'حقوق الطبع والنشر', 'جميع حقوق النشر', 'يمنع النسخ', 'يحظر نسخ', 'لا يجوز نسخ', 'لا يجوز إعادة نشر',
    'تمثل رأي كتابها', 'تمثل رأي كاتبها', 'تعبر عن رأي كاتبها', 'تعبر عن رأي كتابها', 'لا تعبر بالضرورة عن رأي', 'all rights reserved', 'copyright',
  ].map((phrase) => ({ phrase, kind: 'copyright-footer' as const })),
  ...['ملفات تعريف الارتباط', 'ملفات الكوكيز', 'الكوكيز', 'ملفات الارتباط', 'cookies', 'cookie'].map((phrase) => ({ phrase, kind: 'cookie-notice' as const, maxWords: 45 })),
  ...['lorem ipsum', 'dolor sit amet', 'لوريم إيبسوم', 'لوريم ايبسوم', 'هذا النص هو مثال لنص', 'ضع العنوان هنا', 'العنوان هنا', 'النص هنا', 'اكتب هنا', 'نص الخبر هنا', 'عنوان فرعي هنا', 'أدخل النص', 'placeholder', 'insert text', 'headline here'].map(
    (phrase) => ({ phrase, kind: 'placeholder' as const, maxWords: 20 }),
  ),
];

/** No pattern of `UI_PATTERNS` matches a key of more words than this (the rule skips them on longer lines). */
export const UI_MAX_WORDS = 10;
/**
 * Interface lines recognised by their shape (own catalogue, anchored patterns on the folded key; not team
 * input). Dates and counts vary, so these are patterns rather than phrases.
 */
/**
 * Words of a date or a time after an «آخر تحديث»/«نُشر في» label (folded): days, months (Egyptian, Levantine,
 * Maghrebi, Hijri, English), time of day, time zones and «منذ 3 ساعات». A label followed by anything else
 * is a sentence («آخر تحديث للقانون كان عام 2010»), not the site's interface.
 */
const DATE_WORDS = [
  'السبت', 'الاحد', 'الاثنين', 'الثلاثاء', 'الاربعاء', 'الخميس', 'الجمعه', 'يوم',
  'يناير', 'فبراير', 'مارس', 'ابريل', 'مايو', 'يونيو', 'يونيه', 'يوليو', 'يوليه', 'اغسطس', 'سبتمبر', 'اكتوبر', 'نوفمبر', 'ديسمبر',
  'كانون', 'الثاني', 'الاول', 'شباط', 'اذار', 'نيسان', 'ايار', 'حزيران', 'تموز', 'اب', 'ايلول', 'تشرين',
  'جانفي', 'فيفري', 'افريل', 'ماي', 'جوان', 'جويليه', 'اوت', 'شتنبر', 'نونبر', 'دجنبر', 'يونيور', 'غشت',
  'محرم', 'صفر', 'ربيع', 'جمادي', 'الاولي', 'الاخر', 'الاخره', 'رجب', 'شعبان', 'رمضان', 'شوال', 'ذو', 'القعده', 'الحجه', 'ه', 'م',
  'ص', 'صباحا', 'صباح', 'مساء', 'مساءا', 'ظهرا', 'ظهر', 'فجرا', 'ليلا', 'الساعه', 'بتوقيت', 'توقيت', 'غرينتش', 'جرينتش', 'مكه', 'المكرمه', 'القدس', 'القاهره', 'بيروت', 'الدوحه', 'الرياض', 'ابوظبي', 'ابو', 'ظبي',
  'منذ', 'قبل', 'ثانيه', 'ثوان', 'دقيقه', 'دقيقتين', 'دقائق', 'ساعه', 'ساعتين', 'ساعات', 'يومين', 'ايام', 'اسبوع', 'اسابيع', 'في', 'عند', 'على', 'الموافق', 'بتاريخ', 'تاريخ',
  'am', 'pm', 'gmt', 'utc', 'at', 'on', 'ago', 'hours', 'hour', 'minutes', 'minute', 'days', 'day',
  'jan', 'january', 'feb', 'february', 'mar', 'march', 'apr', 'april', 'may', 'jun', 'june', 'jul', 'july', 'aug', 'august', 'sep', 'sept', 'september', 'oct', 'october', 'nov', 'november', 'dec', 'december',
  'mon', 'monday', 'tue', 'tuesday', 'wed', 'wednesday', 'thu', 'thursday', 'fri', 'friday', 'sat', 'saturday', 'sun', 'sunday',
];
const DATE_WORD = `(?:\\d+[a-zهم]{0,2}|${DATE_WORDS.join('|')})`;

export const UI_PATTERNS: readonly RegExp[] = [
  // «آخر تحديث: 12:30» «تاريخ النشر …» «نُشر في …» «تم التحديث»: the label alone or with a date/time (≤ 10 words)
  new RegExp(`^(?:اخر تحديث|تم التحديث|تاريخ النشر|تاريخ التحديث|نشر في|نشر بتاريخ|تم النشر|محدث|updated|last updated|published)(?: ${DATE_WORD}){0,8}$`, 'u'),
  // «منذ 3 ساعات» «قبل 5 دقائق» «منذ ساعتين»
  /^(?:منذ|قبل) (?:\d+ )?(?:ثانيه|ثواني|ثوان|دقيقه|دقيقتين|دقائق|ساعه|ساعتين|ساعات|يوم|يومين|ايام|اسبوع|اسابيع|شهر|اشهر)$/u,
  /^\d+ (?:minutes?|hours?|days?) ago$/u,
  // «وقت القراءة: 4 دقائق» «3 دقائق للقراءة» «مدة القراءة»
  /^(?:وقت|مده|زمن) القراءه(?: \d+)?(?: دقيقه| دقائق| دقيقتان| دقيقتين)?$/u,
  /^\d+ (?:دقيقه|دقائق) (?:للقراءه|قراءه)$/u,
  /^\d+ min(?:ute)?s? read$/u,
  // Gallery counters «صورة 3 من 12» «1 من 8» «photo 3 of 12». Two bare numbers («3 / 12», «12:45», a table
  // row «| 2023 | 3% |») are a date, a time or data, not a counter: the word «من/of» or «صورة» is required.
  /^(?:الصوره|صوره|photo|image) \d+ (?:(?:من|of) )?\d+$/u,
  /^\d+ (?:من|of) \d+$/u,
  // Counters of views/comments/shares «1200 مشاهدة» «تعليقات 4»
  /^(?:\d+ )?(?:مشاهده|مشاهدات|تعليق|تعليقات|مشاركه|مشاركات|قراءه|قراءات|اعجاب|views|comments|shares)(?: \d+)?$/u,
];

/**
 * The words a key matching one of `UI_PATTERNS` can start with (besides a number: a key starting with an
 * ASCII digit may match too). The rule tries the patterns only on a line whose key starts with one of
 * these: keep the list in step with the patterns.
 */
export const UI_FIRST_WORDS: readonly string[] = [
  'اخر', 'تم', 'تاريخ', 'نشر', 'محدث', 'updated', 'last', 'published',
  'منذ', 'قبل',
  'وقت', 'مده', 'زمن',
  'الصوره', 'صوره', 'photo', 'image',
  'مشاهده', 'مشاهدات', 'تعليق', 'تعليقات', 'مشاركه', 'مشاركات', 'قراءه', 'قراءات', 'اعجاب', 'views', 'comments', 'shares',
];

/** Breadcrumb separators: a line of 3+ short segments joined by these is a breadcrumb trail («الرئيسية › سياسة › عربي»). */
export const BREADCRUMB_SEPARATORS = /[›»>\/|»]/;
export const BREADCRUMB_START = ['الرئيسية', 'الصفحة الرئيسية', 'home'];

// ---- Cues for calls to action (the general, generalising part) ----

/**
 * Unambiguous invitations to the reader: plural or feminine imperatives, verbs with «نا» (follow US),
 * «اضغط/انقر» (the past tense would be ضغط/نقر), second-person modals («يمكنكم»), «تصلكم» (news reaching
 * the reader: a news story does not address its reader) and «لا تفوّت».
 * Written without clitics; the rule strips و/ف/ل/ب/ال and tries the word with and without them.
 */
export const CTA_STRONG: readonly string[] = [
  'اضغط', 'اضغطوا', 'اضغطي', 'انقر', 'انقروا', 'انقري', 'اشتركوا', 'اشتركي', 'سجلوا', 'سجلي', 'تابعوا', 'تابعونا', 'تابعنا', 'تابعي', 'اتبعونا', 'اتبعنا',
  'حملوا', 'حملي', 'نزلوا', 'ثبتوا', 'فعلوا', 'شاركوا', 'شاركونا', 'شاركنا', 'انشروا', 'علقوا', 'اتركوا', 'اكتبوا', 'انضموا', 'انضمي', 'زوروا', 'زورونا', 'ادخلوا',
  'اكتشفوا', 'احصلوا', 'اطلعوا', 'استمعوا', 'شاهدوا', 'اقراوا', 'تصفحوا', 'راسلنا', 'راسلونا', 'اتصلوا', 'ادعمنا', 'ادعمونا', 'تفوت', 'تفوتوا', 'تنسوا', 'يفوتك', 'يفوتكم',
  'تصلكم', 'يصلكم', 'تصلك', 'يصلك', 'اشتراكك', 'اشتراككم', 'يمكنك', 'يمكنكم', 'بامكانك', 'بامكانكم', 'باستطاعتك', 'باستطاعتكم', 'تستطيعون', 'ندعوك', 'ندعوكم', 'ترغبون', 'تريدون', 'لديك', 'لديكم',
  'click', 'tap', 'subscribe', 'sign up', 'follow us', 'join us', 'download',
];

/**
 * Singular imperatives that are also third-person past verbs (تابع = "follow!" or "he went on"; شارك,
 * سجل, حمل …). They count only at the start of a short line or beside another cue.
 */
export const CTA_WEAK: readonly string[] = [
  'اشترك', 'سجل', 'تابع', 'اتبع', 'حمل', 'نزل', 'ثبت', 'فعل', 'شارك', 'انشر', 'علق', 'اترك', 'اكتب', 'انضم', 'زر', 'ادخل', 'اكتشف', 'احصل', 'اطلع', 'استمع', 'شاهد', 'اقرا',
  'تصفح', 'اتصل', 'ادعم', 'تنس', 'ترغب', 'تريد', 'follow', 'join', 'share', 'like', 'comment', 'register', 'install', 'get', 'watch', 'read',
];

/** Masdar forms that announce a promo when joined to a channel («للاشتراك»، «للتسجيل»، «بالضغط»). */
export const CTA_MASDARS: readonly string[] = ['اشتراك', 'تسجيل', 'ضغط', 'نقر', 'تحميل', 'تنزيل', 'متابعه', 'انضمام', 'تفعيل', 'مشاركه', 'تعليق', 'تواصل', 'تثبيت', 'استلام', 'تلقي', 'تسلم'];

/** The reader addressed directly: promo boxes open with these. */
export const READER_ADDRESS: readonly string[] = [
  'قرائنا', 'قراءنا', 'قراؤنا', 'عزيزي القارئ', 'عزيزتي القارئه', 'القارئ الكريم', 'قراءنا الاعزاء', 'قرائنا الاعزاء', 'متابعينا', 'متابعينا الكرام', 'زوارنا', 'زوار موقعنا', 'اعزاءنا', 'dear reader', 'dear readers',
];

/** Messaging apps (for the «subscribe on WhatsApp» kind); `label` names the app in the message. */
export const MESSAGING_APPS: readonly { names: string[]; label: Bilingual }[] = [
  { names: ['واتساب', 'واتس اب', 'واتس آب', 'الواتساب', 'وتساب', 'whatsapp'], label: { ar: 'واتساب', en: 'WhatsApp' } },
  { names: ['تيليجرام', 'تلغرام', 'تليغرام', 'تلجرام', 'تيلغرام', 'telegram'], label: { ar: 'تيليجرام', en: 'Telegram' } },
  { names: ['فايبر', 'viber'], label: { ar: 'فايبر', en: 'Viber' } },
  { names: ['سيجنال', 'signal'], label: { ar: 'سيجنال', en: 'Signal' } },
];

/** Social networks (follow/share prompts). */
export const SOCIAL_NETWORKS: readonly string[] = [
  'فيسبوك', 'فيس بوك', 'فايسبوك', 'تويتر', 'انستغرام', 'انستجرام', 'انستقرام', 'يوتيوب', 'تيك توك', 'تيكتوك', 'سناب شات', 'سناب', 'لينكد ان', 'لينكدان', 'ثريدز',
  'facebook', 'twitter', 'instagram', 'youtube', 'tiktok', 'snapchat', 'linkedin', 'threads',
];

/** Channels of the site a promo points to (web objects); the possessive suffix ك/كم is accepted («هاتفكم»). */
export const CHANNELS: readonly { word: string; kind: BoilerplateKind }[] = [
  ...['نشره بريديه', 'النشره البريديه', 'نشرتنا', 'النشره الاخباريه', 'نشرتنا البريديه', 'البريد الالكتروني', 'بريدك', 'بريدكم', 'بريدك الالكتروني', 'صندوق بريدك', 'newsletter', 'email', 'inbox'].map(
    (word) => ({ word, kind: 'newsletter-promo' as const }),
  ),
  ...['تطبيق', 'تطبيقنا', 'التطبيق', 'اشعارات', 'الاشعارات', 'تنبيهات', 'التنبيهات', 'هاتف', 'هاتفك', 'هاتفكم', 'جوال', 'جوالك', 'جوالكم', 'موبايل', 'موبايلك', 'متجر', 'جوجل بلاي', 'غوغل بلاي', 'اب ستور', 'اب ستور', 'اندرويد', 'ايفون', 'app', 'app store', 'google play', 'notifications', 'android', 'iphone', 'ios'].map(
    (word) => ({ word, kind: 'app-prompt' as const }),
  ),
  ...['صفحتنا', 'صفحاتنا', 'حسابنا', 'حساباتنا', 'قناتنا', 'قنواتنا', 'مواقع التواصل', 'منصاتنا', 'وسائل التواصل'].map((word) => ({ word, kind: 'social-bar' as const })),
  ...['التعليقات', 'تعليقاتكم', 'تعليقك', 'تعليقاتك', 'رايك', 'رايكم', 'ارائكم', 'اراءكم', 'خانه التعليقات', 'comments'].map((word) => ({ word, kind: 'comment-prompt' as const })),
  ...['فيديو', 'الفيديو', 'المقطع', 'الصور', 'البث المباشر', 'الالبوم', 'video', 'photos'].map((word) => ({ word, kind: 'call-to-action' as const })),
  ...['هنا', 'الرابط', 'الرابط التالي', 'هذا الرابط', 'الزر', 'زر', 'الايقونه', 'موقعنا', 'here', 'link', 'button'].map((word) => ({ word, kind: 'call-to-action' as const })),
];

/** Words of a promo's pitch that are not channels but strengthen one («مجاناً»، «الآن»، «آخر الأخبار»). */
export const PITCH: readonly string[] = ['مجانا', 'الان', 'فورا', 'اخر الاخبار', 'اهم الاخبار', 'اهم الموضوعات', 'اخبار عاجله', 'الاخبار العاجله', 'لحظه بلحظه', 'اولا باول', 'free', 'now'];

/**
 * Third-person reporting verbs: a line that reports («قال»، «أعلنت») is a story sentence even when it
 * names WhatsApp or a subscription, so cue-based detection skips it.
 */
export const REPORTING_VERBS: readonly string[] = [
  'قال', 'قالت', 'يقول', 'تقول', 'اعلن', 'اعلنت', 'يعلن', 'تعلن', 'اكد', 'اكدت', 'يؤكد', 'تؤكد', 'اوضح', 'اوضحت', 'اضاف', 'اضافت', 'ذكر', 'ذكرت', 'افاد', 'افادت', 'كشف', 'كشفت',
  'اشار', 'اشارت', 'صرح', 'صرحت', 'نقل', 'نقلت', 'اعتبر', 'اعتبرت', 'ادعى', 'طالب', 'طالبت', 'دعا', 'دعت', 'اطلق', 'اطلقت', 'بلغ', 'بلغت', 'ارتفع', 'ارتفعت', 'تراجع', 'تراجعت',
  'يتيح', 'تتيح', 'اتاح', 'اتاحت', 'يسمح', 'تسمح', 'سمح', 'سمحت', 'يستخدم', 'تستخدم', 'استخدم', 'استخدمت', 'يستطيع', 'يمكن', 'تمكن', 'بحسب', 'وفق', 'وفقا', 'حسب', 'قالوا', 'اكدوا',
];

/**
 * General shapes that generalise past the phrase lists above.
 * - AD_WORDS: a line of at most 3 words holding one of these is an ad label («إعلان مدفوع», «- Sponsored -»).
 * - RELATED_CUES: a line of at most 4 words holding one of these, FOLLOWED by a headline-like line, is a
 *   related-links header («تقارير ذات صلة», «ربما فاتك»).
 * - EDITOR_NOTE_*: a line opening with «ملاحظة/تنبيه» + a word about the desk, before a separator.
 * - PLACEHOLDER_*: a short line with «هنا» and a slot name («يوضع هنا نص المقدمة»), or a line wrapped in
 *   [ ] / {{ }} (a template slot, or a bracketed note when it holds a checking word).
 */
export const AD_WORDS: readonly string[] = ['اعلان', 'اعلانات', 'اعلاني', 'اعلانيه', 'ممول', 'ممموله', 'مموله', 'مدفوع', 'مدفوعه', 'ترويجي', 'ترويجيه', 'برعايه', 'sponsored', 'sponsor', 'advertisement', 'advertising', 'ad', 'ads', 'promoted'];
export const RELATED_CUES: readonly string[] = ['ايضا', 'كذلك', 'صله', 'المزيد', 'يهمك', 'تهمك', 'يعجبك', 'فاتك', 'اقرا', 'شاهد', 'طالع', 'مقترحات', 'مختارات', 'الاكثر', 'related', 'also', 'more'];
export const EDITOR_NOTE_OPENERS: readonly string[] = ['ملاحظه', 'تنبيه', 'note'];
export const EDITOR_NOTE_DESK: readonly string[] = ['محرر', 'المحرر', 'للمحرر', 'المحررين', 'للمحررين', 'التحرير', 'للتحرير', 'الديسك', 'للديسك', 'داخليه', 'للنشر', 'النشر', 'editor', 'editors', 'desk', 'internal'];
export const PLACEHOLDER_SLOTS: readonly string[] = ['نص', 'النص', 'عنوان', 'العنوان', 'المقدمه', 'مقدمه', 'الخبر', 'الصوره', 'صوره', 'الفقره', 'التعليق', 'الاسم', 'التاريخ', 'text', 'title', 'headline', 'caption'];
export const NOTE_CHECK_WORDS: readonly string[] = ['تحقق', 'تاكد', 'تاكدوا', 'راجع', 'للتدقيق', 'تدقيق', 'التدقيق', 'ملاحظه', 'للمحرر', 'مؤكد', 'todo', 'check', 'verify', 'tk'];
