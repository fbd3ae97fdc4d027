/**
 * Counts in words that agree with their number, for user-facing text.
 *
 * Arabic: 1 → the singular with «واحد/واحدة» (مرة واحدة، مقال واحد); 2 → the dual (مرتان، مقالان — or
 * مرتين/مقالين where the sentence puts it in the genitive/accusative: the caller gives the form); 3–10 →
 * the plural (3 مرات، 3 مقالات); 11–99 → the singular accusative (11 مرة، 12 مقالاً); a round hundred or
 * thousand, and 101/102 … → the singular genitive (100 مرة، 100 مقال). The number is written in digits.
 */
export interface ArForms {
  /** The count of one, whole: «مرة واحدة»، «مقال واحد». */
  one: string;
  /** The dual: «مرتان»/«مرتين»، «مقالان»/«مقالين». */
  two: string;
  /** The plural after 3–10: «مرات»، «مقالات». */
  few: string;
  /** The singular accusative after 11–99: «مرة»، «مقالاً». */
  many: string;
  /** The singular genitive after 100, 1000 …, 101, 102 …: «مرة»، «مقال». Defaults to `many`. */
  hundreds?: string;
}

export function arCount(n: number, forms: ArForms): string {
  if (n === 1) return forms.one;
  if (n === 2) return forms.two;
  const r = n % 100;
  if (r >= 3 && r <= 10) return `${n} ${forms.few}`;
  if (r >= 11 && r <= 99) return `${n} ${forms.many}`;
  // 0, and 100, 101, 102, 200 …: the singular genitive.
  return `${n} ${n === 0 ? forms.many : forms.hundreds ?? forms.many}`;
}

/** «مرة» counted, in the genitive/accusative (مرتين): «(مرتين)»، «(3 مرات)». */
export const TIMES_AR: ArForms = { one: 'مرة واحدة', two: 'مرتين', few: 'مرات', many: 'مرة', hundreds: 'مرة' };
/** «مقال» counted, in the genitive (في مقالين). */
export const ARTICLES_AR: ArForms = { one: 'مقال واحد', two: 'مقالين', few: 'مقالات', many: 'مقالاً', hundreds: 'مقال' };

/** English: «1 time», «2 times». */
export function enCount(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
