/**
 * Ordinary Arabic words that share a skeleton (see names/spelling.ts) with a name or with another ordinary
 * word, so the rule must never pair them by a long vowel or a letter swap (كاتب/كتاب، عامل/عمل). Written
 * by the team: no Arabic word list with a licence compatible with MIT was found on npm (the cspell and
 * hunspell Arabic dictionaries are LGPL/GPL), and names are only paired when there is evidence that they
 * are names, so this list only has to cover words that appear in name positions.
 */
export const COMMON_WORDS: readonly string[] = [
  'كاتب', 'كتاب', 'كتب', 'عامل', 'عمل', 'عمال', 'حاكم', 'حكم', 'حكام', 'عالم', 'علم', 'علماء', 'سلام', 'سلم', 'قائد', 'قادة',
  // Ordinary words one letter or vowel away from a listed name (تويتر، ظريف، بوتين…).
  'توتر', 'توتير', 'ظروف', 'بوتقة', 'تصريف', 'بلدية', 'باسم', 'بسام', 'إمام', 'أمام', 'قرار', 'قرير', 'أميرات', 'أميرة', 'إمارة',
];

/**
 * Function words and frequent verbs that never start a name: a title followed by one of these
 * («الرئيس إن…»، «الوزير قال») has no name after it. Written by the team.
 */
export const STOP_WORDS: readonly string[] = [
  'في', 'من', 'على', 'إلى', 'الى', 'عن', 'مع', 'بين', 'أن', 'إن', 'ان', 'أنه', 'إنه', 'انه', 'أنها', 'إنها', 'لم', 'لن', 'لا', 'ما', 'قد', 'كان', 'كانت',
  'هو', 'هي', 'هم', 'الذي', 'التي', 'الذين', 'هذا', 'هذه', 'ذلك', 'تلك', 'كل', 'بعد', 'قبل', 'خلال', 'حول', 'منذ', 'حتى', 'أو', 'او', 'أي', 'ثم', 'بل',
  'قال', 'وقال', 'يقول', 'أكد', 'أضاف', 'أعلن', 'أشار', 'أوضح', 'اعتبر', 'يرى', 'دعا', 'زار', 'التقى', 'وصل', 'يزور', 'عقد', 'بحث', 'أجرى',
  'السابق', 'الحالي', 'الأسبق', 'الجديد', 'نفسه', 'نفسها', 'أيضا', 'أيضاً', 'عبر', 'لدى', 'عند', 'ضد', 'نحو', 'دون', 'غير', 'سوى',
];
