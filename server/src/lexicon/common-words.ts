/**
 * Ordinary Arabic words that share a skeleton (see names/spelling.ts) with a name or with another ordinary
 * word, so the rule must never pair them by a long vowel or a letter swap (كاتب/كتاب، عامل/عمل). Written
 * by the team: no Arabic word list with a licence compatible with MIT was found on npm (the cspell and
 * hunspell Arabic dictionaries are LGPL/GPL), and names are only paired when there is evidence that they
 * are names, so this list only has to cover words that appear in name positions.
 */
export const COMMON_WORDS: readonly string[] = [
  'كاتب', 'كتاب', 'كتب', 'عامل', 'عمل', 'عمال', 'حاكم', 'حكم', 'حكام', 'عالم', 'علم', 'علماء', 'سلام', 'سلم', 'قائد', 'قادة',
];
