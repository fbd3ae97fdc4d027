/**
 * Clitic analysis of a folded Arabic word. News Arabic attaches a conjunction (و، ف), then a preposition
 * (ب، ل، ك), then the article (ال) to the front of a word: وبالرئيس = و + ب + ال + رئيس. ل before ال
 * drops the alef: للرئيس = ل + ال + رئيس. A word can also simply start with those letters (وزير، بلد،
 * كتاب), so the analysis lists every reading, from none stripped to all stripped; rules pick the reading
 * that matches their lexicon and keep the clitics in their edits.
 */

export interface CliticReading {
  /** The stripped prefix as it is written in the folded word (e.g. 'وبال', 'لل'). */
  prefix: string;
  /** What remains after the prefix (folded). */
  stem: string;
  conj: '' | 'و' | 'ف';
  prep: '' | 'ب' | 'ل' | 'ك';
  article: boolean;
}

const CONJ = ['', 'و', 'ف'] as const;
const PREP = ['', 'ب', 'ل', 'ك'] as const;

/** Shortest stem a reading may leave: two letters (e.g. ال + من would be wrong, but لم stays possible). */
const MIN_STEM = 2;

const memo = new Map<string, CliticReading[]>();

/** All clitic readings of a folded word, least stripped first. Memoised: words repeat a lot. */
export function cliticReadings(folded: string): CliticReading[] {
  let out = memo.get(folded);
  if (out) return out;
  out = [];
  for (const conj of CONJ) {
    if (conj && !folded.startsWith(conj)) continue;
    for (const prep of PREP) {
      for (const article of [false, true]) {
        const prefix = conj + (prep === 'ل' && article ? 'لل' : prep + (article ? 'ال' : ''));
        if (!folded.startsWith(prefix) || folded.length - prefix.length < MIN_STEM) continue;
        out.push({ prefix, stem: folded.slice(prefix.length), conj, prep, article });
      }
    }
  }
  out.sort((a, b) => a.prefix.length - b.prefix.length);
  if (memo.size > 50000) memo.clear();
  memo.set(folded, out);
  return out;
}

/**
 * The reading a name matcher wants: conjunction and preposition stripped, the article kept as part of the
 * word when present (الأميركية stays اميركيه with article=true). Returns the deepest reading whose stem is
 * at least `minStem` letters.
 */
export function deepestReading(folded: string, minStem = 3): CliticReading {
  const readings = cliticReadings(folded);
  for (let i = readings.length - 1; i >= 0; i--) if (readings[i]!.stem.length >= minStem) return readings[i]!;
  return readings[0] ?? { prefix: '', stem: folded, conj: '', prep: '', article: false };
}
