/**
 * Held-out boilerplate for the `boilerplate` evaluation: blocks written by the team for measuring only,
 * in wording the rule's catalogue (server/src/lexicon/boilerplate.ts) never saw — other sentences, other
 * spellings (hamza dropped, tanween, tatweel, emoji, Latin mixed in), other platforms. The rule must
 * recognise them from what the lines are for, not from memorised sentences. Never import this file from
 * the rule or its lexicon.
 *
 * HARD_NEGATIVES are story sentences about the same things (WhatsApp, subscriptions, apps, cookies,
 * comments): injected into articles, they must not be flagged.
 */

export interface HeldOutBlock {
  kind: string;
  lines: string[];
}

export const HELD_OUT: readonly HeldOutBlock[] = [
  // Messaging-app promos.
  { kind: 'messaging-promo', lines: ['اعزاءنا القراء', 'انضموا الى قناتنا على تيليغرام لتصلكم الأخبار العاجلة اولاً بأول'] },
  { kind: 'messaging-promo', lines: ['📲 تابعونا عبر واتس آب', 'للاشتراك أرسلوا كلمة "اشتراك" إلى الرقم المخصص'] },
  { kind: 'messaging-promo', lines: ['هل ترغب في وصول الأخبار الى هاتفك؟ اشترك في خدمتنا على الواتساب مجاناً'] },
  { kind: 'messaging-promo', lines: ['يمكنكـــم الآن تلقي أهم العناوين عبر WhatsApp', 'اضغـط هنا'] },
  { kind: 'messaging-promo', lines: ['لمتابعة الأخبار أولاً بأول عبر تلغرام إنضموا إلى قناتنا'] },
  { kind: 'messaging-promo', lines: ['قراءنا الأعزاء، باتت أخبارنا متاحة على Telegram', 'انقروا على الرابط للانضمام'] },
  // Newsletter promos.
  { kind: 'newsletter-promo', lines: ['اشتركوا في نشرتنا البريدية الأسبوعية لتصلكم أبرز القصص'] },
  { kind: 'newsletter-promo', lines: ['سجّل بريدك الإلكتروني ليصلك ملخص اليوم كل مساء'] },
  { kind: 'newsletter-promo', lines: ['لا تفوّتوا شيئاً: ادخلوا بريدكم الالكتروني واشتركوا مجاناً'] },
  // Related-links blocks with headlines after them.
  { kind: 'related-links', lines: ['إقرأ ايضاً:', 'ارتفاع أسعار الذهب مع تراجع الدولار', 'وزير الزراعة يتفقد مشاريع الري في الجنوب'] },
  { kind: 'related-links', lines: ['تقارير ذات صلة', 'انطلاق معرض الكتاب بمشاركة خمسين دار نشر', 'فريق الجامعة يفوز بالبطولة الإقليمية للروبوت', 'توقعات بأمطار غزيرة نهاية الأسبوع'] },
  { kind: 'related-links', lines: ['شاهد أيضاً: لقطات من افتتاح الجسر الجديد فوق النهر'] },
  { kind: 'related-links', lines: ['للمزيد - أبرز محطات المفاوضات حول اتفاق المياه'] },
  { kind: 'related-links', lines: ['ربما يهمك أيضاً', 'كيف تحمي طفلك من موجة الحر؟'] },
  { kind: 'related-links', lines: ['الأكثر تصفحاً', 'مزارعون يحصدون القمح مبكراً بسبب الجفاف', 'بلدية المدينة تعلن خطة جديدة للنقل العام'] },
  { kind: 'related-links', lines: ['أقرأ أيضا | تعرف على الفائزين بجائزة الرواية'] },
  // Share and follow bars.
  { kind: 'social-bar', lines: ['شاركوا الخبر مع أصدقائكم', 'فيسبوك | تويتر | واتساب | تيليجرام'] },
  { kind: 'social-bar', lines: ['تابعونا على صفحتنا في انستغرام ليصلكم كل جديد'] },
  { kind: 'social-bar', lines: ['لمتابعة آخر المستجدات تابعوا حساباتنا على مواقع التواصل الاجتماعي'] },
  { kind: 'social-bar', lines: ['Facebook Twitter LinkedIn'] },
  // Copyright and footer lines.
  { kind: 'copyright-footer', lines: ['© 2024 جميع الحقوق محفوظة للمؤسسة'] },
  { kind: 'copyright-footer', lines: ['كل الحقوق محفوظة لموقعنا ويمنع النسخ دون إذن مسبق'] },
  { kind: 'copyright-footer', lines: ['الآراء الواردة في المقال تعبر عن رأي كاتبها ولا تعبر بالضرورة عن رأي الموقع'] },
  { kind: 'copyright-footer', lines: ['من نحن | اتصل بنا | سياسة الخصوصية'] },
  // Ad markers and sponsored labels.
  { kind: 'ad-marker', lines: ['- إعلان -'] },
  { kind: 'ad-marker', lines: ['إعلان مدفوع'] },
  { kind: 'ad-marker', lines: ['Advertising'] },
  // App download prompts.
  { kind: 'app-prompt', lines: ['حمّلوا تطبيقنا المجاني على أندرويد وآيفون لتصلكم التنبيهات فور وقوع الحدث'] },
  { kind: 'app-prompt', lines: ['فعّل الإشعارات على جوالك لتكون أول من يعرف'] },
  { kind: 'app-prompt', lines: ['نزّل التطبيق الآن من متجر Google Play'] },
  // Comment prompts.
  { kind: 'comment-prompt', lines: ['ما رأيكم في هذا القرار؟ شاركونا آراءكم في التعليقات'] },
  { kind: 'comment-prompt', lines: ['اترك تعليقك أسفل الخبر'] },
  // Cookie notices.
  { kind: 'cookie-notice', lines: ['نستخدم ملفات تعريف الارتباط لتحسين تجربتك. بمتابعة التصفح فإنك توافق على ذلك.', 'موافق'] },
  { kind: 'cookie-notice', lines: ['يستعمل هذا الموقع الكوكيز لأغراض إحصائية'] },
  // Interface lines.
  { kind: 'ui-line', lines: ['آخر تحديث: 14:05 بتوقيت مكة'] },
  { kind: 'ui-line', lines: ['منذ 5 ساعات'] },
  { kind: 'ui-line', lines: ['مدة القراءة: 3 دقائق'] },
  { kind: 'ui-line', lines: ['الرئيسية › أخبار › اقتصاد'] },
  { kind: 'ui-line', lines: ['صورة 4 من 9'] },
  { kind: 'ui-line', lines: ['▶ اضغط لمشاهدة الفيديو'] },
  { kind: 'ui-line', lines: ['نُشر في 3 مارس 2024'] },
  // CMS placeholders.
  { kind: 'placeholder', lines: ['Lorem ipsum dolor sit amet, consectetur adipiscing elit'] },
  { kind: 'placeholder', lines: ['[أدخل العنوان الفرعي]'] },
  { kind: 'placeholder', lines: ['يوضع هنا نص المقدمة'] },
  // Editor notes.
  { kind: 'editor-note', lines: ['ملاحظة لقسم التحرير: تأكدوا من رقم الضحايا قبل النشر'] },
  { kind: 'editor-note', lines: ['[للتدقيق: اسم المتحدث غير مؤكد]'] },
  { kind: 'editor-note', lines: ['TODO: إضافة تصريح الوزارة'] },
  // Plain calls to action with a lost link.
  { kind: 'call-to-action', lines: ['للاطلاع على النص الكامل للتقرير انقر هنا'] },
  { kind: 'call-to-action', lines: ['لمشاهدة الصور كاملة إضغط على الرابط'] },
];

/** Story sentences about the same things, written by the team: they must NOT be flagged. */
export const HARD_NEGATIVES: readonly string[] = [
  'وأعلنت شركة واتساب أن تطبيقها سيتيح للمستخدمين الاشتراك في القنوات الإخبارية مجاناً اعتباراً من الشهر المقبل.',
  'وقال الوزير إن قيمة الاشتراك الشهري في خدمة الإنترنت المنزلي سترتفع إلى خمسين ديناراً.',
  'ويستخدم أكثر من ملياري شخص تطبيق واتساب حول العالم، بحسب أرقام الشركة.',
  'وكشفت الدراسة أن ملفات تعريف الارتباط تجمع بيانات المستخدمين دون علمهم.',
  'وتلقى المكتب آلاف التعليقات من المواطنين على مشروع القانون خلال فترة التشاور.',
  'ودعا الاتحاد الجماهير إلى متابعة المباراة عبر القناة الرسمية بعد بيع كل التذاكر.',
  'وتداول مستخدمون على فيسبوك وتويتر مقطعاً مصوراً للحادث.',
  'وأظهرت الصور التي نشرها ناشطون على تيليغرام دماراً واسعاً في الحي.',
  'وسجل الاقتصاد نمواً بنسبة ثلاثة في المئة في الربع الأول من العام.',
  'وشارك في المؤتمر ممثلون عن عشرين دولة عبر تطبيق للاتصال المرئي.',
  'ونزل آلاف المحتجين إلى الشوارع مساء السبت.',
  'وحمل المتظاهرون لافتات تطالب بالإفراج عن المعتقلين.',
  'وتابع الرئيس أن الحكومة ستنشر تفاصيل الخطة على موقعها الإلكتروني الأسبوع المقبل.',
  'وأوضحت الشركة أن المستخدم يستطيع تفعيل الإشعارات من إعدادات الهاتف.',
  'ويرى خبراء أن النشرات البريدية عادت لتكون مصدراً رئيسياً للأخبار لدى الشباب.',
  'وكانت المنصة قد حذفت حسابات تروج لمعلومات مضللة على يوتيوب وانستغرام.',
  'اقرأ الخبر جيداً قبل أن تحكم، هكذا نصح الكاتب طلابه في المحاضرة.',
];
