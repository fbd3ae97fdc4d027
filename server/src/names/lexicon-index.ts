/**
 * The bundled name list and the team's list, folded once and indexed for look-up by word. Lexicon and
 * team entries are matched on the folded word without conjunction/preposition clitics; the article ال is
 * part of the entry when its spelling has it (الإمارات) and may precede nisba forms (الإسرائيلية).
 */
import type { NameEntry } from '../core/config';
import { foldString } from '../core/normalize';
import { NAMES, type LexiconName, type NameInflection } from '../lexicon/names';
import { isArabicGivenName, lightString, sameName, skeleton } from './spelling';

/** Nisba endings, longest first (ي، ية، يون، يين، يان، يتان، يتين، يات). */
const NISBA = ['يتان', 'يتين', 'يون', 'يين', 'يان', 'يات', 'يه', 'ي'];

export interface ListedName {
  /** Cluster key: stable across documents (used as the workspace group). */
  key: string;
  /** Light spellings, the first being the entry's canonical one. */
  spellings: string[];
  inflection: NameInflection;
  /** Whether the spellings carry the article (then only words with it match). */
  article: boolean;
  /** Folded forms without the article, one per spelling. */
  folded: string[];
  /** Skeletons of the spellings (unlisted variants with the same skeleton may join). */
  skeletons: Set<string>;
  team: boolean;
  /** A transliterated name (letter and long-vowel variants are looked for). */
  foreign: boolean;
  /** Multi-word spelling (matched over several tokens). */
  multiword: boolean;
  /** Folded spellings (article stripped) that count only in a name position (`LexiconName.positional`). */
  positional?: Set<string>;
}

/** One multi-word spelling of a listed name, as folded words. */
export interface MultiwordSpelling {
  words: string[];
  name: ListedName;
  spelling: number;
}

/**
 * Whether a folded word is `listed` (a word of a listed spelling) or an unlisted spelling of it: the pair
 * test of `sameName`, on words of five letters or more for a letter or long-vowel difference.
 */
export function wordVariant(listed: string, word: string): boolean {
  return listed === word || (Math.max(listed.length, word.length) >= 5 && sameName(listed, word));
}

export interface LexiconMatch {
  name: ListedName;
  /** Folded offsets within the matched stem of the part that is the spelling (article and nisba ending excluded). */
  start: number;
  end: number;
}

function stripArticle(s: string): [string, boolean] {
  return s.startsWith('ال') && s.length > 4 ? [s.slice(2), true] : [s, false];
}

function build(canonical: string, variants: readonly string[], inflection: NameInflection, team: boolean, keyPrefix: string, arabic: boolean, positional?: readonly string[]): ListedName {
  const spellings = [...new Set([canonical, ...variants].map(lightString))];
  const first = stripArticle(foldString(spellings[0]!));
  const folded = spellings.map((s) => stripArticle(foldString(s))[0]);
  return {
    key: keyPrefix + foldString(canonical),
    spellings: spellings.map((s) => (first[1] && s.startsWith('ال') ? s.slice(2) : s)),
    inflection,
    article: first[1],
    folded,
    skeletons: new Set(folded.map((f) => skeleton(f))),
    team,
    foreign: !arabic && !isArabicGivenName(folded[0]!),
    multiword: spellings.some((s) => s.includes(' ')),
    ...(positional?.length ? { positional: new Set(positional.map((p) => stripArticle(foldString(p))[0])) } : {}),
  };
}

const NO_SPELLINGS: readonly MultiwordSpelling[] = [];

export class NameLexicon {
  /** Folded single word → names. */
  private readonly byWord = new Map<string, ListedName>();
  /** Folded nisba stem → names inflected with nisba endings. */
  private readonly byStem = new Map<string, ListedName>();
  /** Skeleton → names (for unlisted variants). */
  private readonly bySkeleton = new Map<string, ListedName>();
  /** Skeleton of a nisba stem → names. */
  private readonly byStemSkeleton = new Map<string, ListedName>();
  /** First folded word of a multi-word spelling → names. */
  readonly multiword = new Map<string, MultiwordSpelling[]>();
  /** Skeleton of the first word of a multi-word spelling → spellings (transliterated names, for unlisted variants). */
  private readonly multiwordBySkeleton = new Map<string, MultiwordSpelling[]>();
  readonly names: ListedName[] = [];

  constructor(entries: { canonical: string; variants: readonly string[]; inflection?: NameInflection; arabic?: boolean; positional?: readonly string[] }[], team: boolean) {
    for (const e of entries) {
      const n = build(e.canonical, e.variants, e.inflection ?? 'name', team, team ? 'T:' : 'L:', e.arabic ?? false, e.positional);
      this.names.push(n);
      n.folded.forEach((f, i) => {
        if (f.includes(' ')) {
          const words = f.split(' ');
          const list = this.multiword.get(words[0]!) ?? [];
          const entry = { words, name: n, spelling: i };
          list.push(entry);
          this.multiword.set(words[0]!, list);
          if (n.foreign) {
            const sk = skeleton(words[0]!);
            const byFirst = this.multiwordBySkeleton.get(sk) ?? [];
            byFirst.push(entry);
            this.multiwordBySkeleton.set(sk, byFirst);
          }
          return;
        }
        if (n.inflection !== 'country-a' && !this.byWord.has(f)) this.byWord.set(f, n);
        if (n.inflection !== 'name' && !this.byStem.has(f)) this.byStem.set(f, n);
        if (!n.foreign) return;
        if (n.inflection !== 'name' && f.length >= 4 && !this.byStemSkeleton.has(skeleton(f))) this.byStemSkeleton.set(skeleton(f), n);
        const sk = skeleton(f);
        if (f.length >= 4 && !this.bySkeleton.has(sk)) this.bySkeleton.set(sk, n);
      });
    }
  }

  /**
   * The listed name a stem (folded, conjunction/preposition stripped, article possibly present) is a
   * spelling of, with the part that is the spelling.
   */
  match(stem: string): LexiconMatch | undefined {
    let m = this.matchMemo.get(stem);
    if (m === undefined) {
      m = this.matchUncached(stem) ?? null;
      if (this.matchMemo.size > 200000) this.matchMemo.clear();
      this.matchMemo.set(stem, m);
    }
    return m ?? undefined;
  }

  private readonly matchMemo = new Map<string, LexiconMatch | null>();

  private matchUncached(stem: string): LexiconMatch | undefined {
    const [bare, article] = stripArticle(stem);
    const off = article ? 2 : 0;
    const w = this.byWord.get(bare);
    if (w && w.article === article) return { name: w, start: off, end: stem.length };
    for (const suffix of NISBA) {
      if (!bare.endsWith(suffix) || bare.length - suffix.length < 3) continue;
      const base = bare.slice(0, -suffix.length);
      const n = this.byStem.get(base);
      if (n) return { name: n, start: off, end: stem.length - suffix.length };
    }
    // country-a: the country name adds ا or يا to the stem (أمريكا، أفريقيا).
    for (const ending of ['يا', 'ا']) {
      if (!bare.endsWith(ending)) continue;
      const n = this.byStem.get(bare.slice(0, -ending.length));
      if (n && n.inflection === 'country-a') return { name: n, start: off, end: stem.length - ending.length };
    }
    return undefined;
  }

  /**
   * An unlisted spelling of a country stem in an inflected word (الأمريكيه → الأمريكية's stem أمريك): the
   * article and the nisba ending stripped, the rest compared by skeleton and `sameName`.
   */
  looseStemMatch(stem: string): LexiconMatch | undefined {
    let m = this.looseMemo.get(stem);
    if (m === undefined) {
      m = this.looseUncached(stem) ?? null;
      if (this.looseMemo.size > 200000) this.looseMemo.clear();
      this.looseMemo.set(stem, m);
    }
    return m ?? undefined;
  }

  private readonly looseMemo = new Map<string, LexiconMatch | null>();

  private looseUncached(stem: string): LexiconMatch | undefined {
    if (this.byStemSkeleton.size === 0) return undefined;
    const [bare, article] = stripArticle(stem);
    const off = article ? 2 : 0;
    for (const ending of [...NISBA, 'يا', 'ا']) {
      if (!bare.endsWith(ending) || bare.length - ending.length < 4) continue;
      const base = bare.slice(0, -ending.length);
      const n = this.byStemSkeleton.get(skeleton(base));
      // Country names ending in ا/يا only for `country-a` stems (أمرك → أمريك); a four-letter stem of a
      // whole-word country only with the article or a longer ending (إيرنا, the news agency, is not إيران).
      if (!n || (n.inflection !== 'country-a' && (ending.endsWith('ا') || (base.length < 5 && !article && ending.length < 2)))) continue;
      if (n.folded.some((x) => sameName(x, base))) return { name: n, start: off, end: stem.length - ending.length };
    }
    return undefined;
  }

  /**
   * Multi-word spellings of transliterated names whose first word shares its skeleton with `first` (the
   * caller compares the words one by one with `wordVariant`: سيرجي لافروف → سيرغي لافروف).
   */
  multiwordVariants(first: string): readonly MultiwordSpelling[] {
    if (this.multiwordBySkeleton.size === 0) return NO_SPELLINGS;
    return this.multiwordBySkeleton.get(skeleton(first)) ?? NO_SPELLINGS;
  }

  /** A listed single-word transliterated name of which `form` (no article) is a spelling by `wordVariant`. */
  variantOf(form: string): ListedName | undefined {
    const n = this.bySkeletonOf(form);
    return n && n.folded.some((x) => wordVariant(x, form)) ? n : undefined;
  }

  /** A listed single-word name with the same skeleton as `stem` (article-less names only). */
  bySkeletonOf(stem: string): ListedName | undefined {
    if (stem.length < 4 || stem.startsWith('ال')) return undefined;
    return this.bySkeleton.get(skeleton(stem));
  }
}

export const BUNDLED = new NameLexicon(NAMES as LexiconName[], false);

const teamCache = new WeakMap<NameEntry[], NameLexicon>();
/** The team list as a lexicon (built once per configuration object). */
export function teamLexicon(entries: NameEntry[]): NameLexicon {
  let lex = teamCache.get(entries);
  if (!lex) teamCache.set(entries, (lex = new NameLexicon(entries, true)));
  return lex;
}
