/**
 * Finds the names of a document and groups their occurrences into clusters, one per name, each
 * occurrence carrying its spelling. Sources, in order of trust:
 *   1. the team's list (`names` in .mudaqqiq.json), 2. the bundled list (lexicon/names.ts), both with
 *      multi-word spellings and nisba forms;
 *   3. compounds written joined or split (عبد الرحمن/عبدالرحمن، أبو X/أبوX), when both forms occur;
 *   4. words in name positions — after a title or role (titles.ts) or after a given name — and the other
 *      words of the document that share their skeleton and pass `sameName`;
 *   5. first names before one family name that differ by a transliteration letter (سيرغي/سيرجي لافروف).
 * Listed names also take unlisted spellings that pass the pair test: team names always (جفري for the
 * team's جيفري, also before the bundled list's entry), multi-word transliterated names word by word.
 * Linear in the number of tokens; memoised per document and team list.
 */
import type { NameEntry } from '../core/config';
import type { ArticleDocument, Token } from '../core/document';
import { foldString } from '../core/normalize';
import type { Span } from '../core/types';
import { FOREIGN_GIVEN_NAMES, STRONG_ARABIC_GIVEN_NAMES } from '../lexicon/names';
import { TITLES, TITLE_LINKS } from '../lexicon/titles';
import { REPORTING_VERBS } from '../lexicon/attribution';
import { STOP_WORDS } from '../lexicon/common-words';
import { BUNDLED, teamLexicon, wordVariant, type ListedName, type MultiwordSpelling, type NameLexicon } from './lexicon-index';
import { editDistance, isOrdinaryOrArabicName, lightChar, pairFold, sameName, skeleton } from './spelling';
import { wordIds } from './word-ids';

export interface Occurrence {
  /** The spelling part in the original text (what a fix replaces): no clitics, no article, no nisba ending. */
  span: Span;
  /** The word(s) as written without conjunction/preposition clitics (what a finding points at). */
  word: Span;
  /** Light spelling of `span` (see spelling.ts). */
  value: string;
  /** Folded spelling of `span`. */
  folded: string;
  /** Index of the first token. */
  token: number;
  /** Whether this occurrence stands in a name position (after a title or a given name). */
  anchored?: boolean;
}

export type ClusterSource = 'team' | 'list' | 'compound' | 'context';

export interface Cluster {
  /** Key of the name (workspace group). */
  key: string;
  source: ClusterSource;
  /** The listed name (team or bundled). */
  listed?: ListedName;
  occurrences: Occurrence[];
}

const TITLE_SET = new Set(TITLES.map(foldString));
const LINK_SET = new Set(TITLE_LINKS.map(foldString));
const STOP_SET = new Set(STOP_WORDS.map(foldString));
const GIVEN_SET = new Set([...FOREIGN_GIVEN_NAMES, ...STRONG_ARABIC_GIVEN_NAMES].map(foldString));
/**
 * Reporting verbs whose subject (the next word) is a name position: «وقال ميتروفيتش»، «وأضافت هيلي». Past
 * and present, masculine and feminine singular, bare or with و/ف. Taken from the attribution lexicon,
 * only the verbs that take a person as subject right after them in news copy (not طالب "student", وجه
 * "face", نص "text", which are mostly nouns). The word after one must also look transliterated (see
 * `looksTransliterated`): the subject is as often an ordinary word (وقال مسؤولون، وأضافت الوزارة).
 */
const SUBJECT_VERBS = new Set<string>();
{
  const use = new Set(['قال', 'أضاف', 'أكد', 'أشار', 'أوضح', 'شدد', 'لفت', 'اعتبر', 'تابع', 'صرح', 'أعلن', 'غرد', 'أفاد', 'ذكر', 'زعم', 'اعترف', 'نفى', 'حذر', 'علق', 'أردف', 'تساءل', 'استطرد', 'استدرك', 'أعرب', 'نوه', 'ختم', 'اختتم', 'كتب']);
  for (const [past, present] of REPORTING_VERBS) {
    if (!use.has(past)) continue;
    const fem = past.endsWith('ى') ? past.slice(0, -1) + 'ت' : past + 'ت';
    for (const form of [past, fem, present, 'ت' + present.slice(1)]) for (const c of ['', 'و', 'ف']) SUBJECT_VERBS.add(foldString(c + form));
  }
}
/** Name particles after which the next word belongs to the same name. */
const PARTICLES = new Set(['عبد', 'ابو', 'بن', 'ابن', 'بنت', 'فان', 'فون']);
const COMPOUND_HEADS = ['عبد', 'ابو'];
/**
 * Words after which a positional spelling is the name (في سورية، أن سورية، شمال سورية): prepositions, أن/إن
 * and place words. Not verbs: «كانت الغارات سورية» is an adjective after كان.
 */
const PLACE_HEADS = new Set(
  ['في', 'من', 'على', 'إلى', 'عن', 'مع', 'بين', 'أن', 'إن', 'حول', 'منذ', 'حتى', 'ضد', 'نحو', 'دون', 'لدى', 'عند', 'عبر', 'شمال', 'جنوب', 'شرق', 'غرب', 'وسط', 'شمالي', 'جنوبي', 'شرقي', 'غربي', 'أنحاء', 'عموم', 'داخل', 'خارج', 'بشأن', 'تجاه', 'إزاء'].map(foldString),
);

/** Whether only spaces separate two tokens (no punctuation, no line break). */
function adjacent(doc: ArticleDocument, a: Token, b: Token): boolean {
  if (a.sentence !== b.sentence) return false;
  for (let i = a.end; i < b.start; i++) {
    const c = doc.masked.charCodeAt(i);
    if (c !== 32 && c !== 0xa0 && c !== 9) return false;
  }
  return true;
}

/** Original characters the light form keeps although folding merges them (see spelling.ts). */
const KEEP_CODES = new Set(['أ', 'إ', 'آ', 'ى', 'ة', 'ؤ', 'ئ'].map((c) => c.charCodeAt(0)));

/** Light form of a token's folded range [from, to). Relies on folding being one-to-one for Arabic letters. */
function light(doc: ArticleDocument, t: Token, from: number, to: number): string {
  // Fast path: every folded letter comes from one original code unit that the light form does not keep,
  // so the light form is the folded text itself.
  const { origStart, origEnd } = doc.folded;
  const text = doc.text;
  let plain = true;
  for (let k = from; k < to; k++) {
    const o = origStart[t.foldStart + k]!;
    if (origEnd[t.foldStart + k]! - o !== 1 || KEEP_CODES.has(text.charCodeAt(o))) {
      plain = false;
      break;
    }
  }
  if (plain) return t.folded.slice(from, to);
  let out = '';
  for (let k = from; k < to; k++) {
    const o = origStart[t.foldStart + k]!;
    const e = origEnd[t.foldStart + k]!;
    const ch = text.slice(o, e);
    const l = lightChar(ch);
    out += l.length === 1 ? l : t.folded[k]!;
  }
  return out;
}

function orig(doc: ArticleDocument, t: Token, k: number): number {
  return k >= t.folded.length ? t.end : doc.folded.origStart[t.foldStart + k]!;
}

/** The reading of a token for generic names: conjunction/preposition stripped only when the rest is a known form. */
interface Form {
  /** Folded offset in the token where the form starts (after clitics and the article). */
  start: number;
  /** Where the word starts (after conjunction/preposition, article included). */
  wordStart: number;
  form: string;
  /** The folded word from `wordStart` (article included). */
  word: string;
  /** skeleton(form). */
  sk: string;
}

/**
 * What a folded word can be, worked out once per word (memoised across documents): its forms and cheap
 * pre-checks against the bundled list, so that the passes of `findClusters` skip most words at once.
 */
interface WordInfo {
  forms: Form[];
  /** The pre-checks as bits (ARABIC, LISTED, COMPOUND, BARE, VERB below), copied per token by `findClusters`. */
  flags: number;
  /** The form that is a title, a given name or a particle (pass 4). */
  bare: Form | undefined;
  /** The form without conjunction/preposition (pass 4, the word in name position). */
  plain: Form | undefined;
  /** Some form of three letters or more has a bundled `looseStemMatch` or `bySkeletonOf` (pass 4). */
  loose: boolean;
  /**
   * The word as a first name before a family name (pass 5): its form, when it passes the tests that
   * depend on the word alone; null when it does not; undefined until first asked (see `firstNameOf`).
   */
  firstName: { form: Form; key: string } | null | undefined;
}

/** What a word outside a name position joins (in one run of `findClusters`). */
interface FreeHit {
  key: string;
  source: ClusterSource;
  listed: ListedName | undefined;
  /** Folded range of the spelling in the token (`to` < 0: to the token's end). */
  from: number;
  to: number;
  wordStart: number;
  anchored: boolean | undefined;
}

/** Bits of `WordInfo.flags`. */
const ARABIC = 1;
/** Some form is a bundled multi-word start or a bundled `match` (pass 1). */
const LISTED = 2;
/** Some unstripped form starts with a compound head (pass 3). */
const COMPOUND = 4;
/** The word has a `bare` form (pass 4). */
const BARE = 8;
/** The word is a reporting verb whose subject follows (SUBJECT_VERBS, pass 4). */
const VERB = 16;
const wordMemo = new Map<string, WordInfo>();

/** The WordInfo of a token's folded word. */
function wordInfo(doc: ArticleDocument, t: Token): WordInfo {
  let info = wordMemo.get(t.folded);
  if (info) return info;
  const fs = forms(doc, t);
  const listed = fs.some((f) => BUNDLED.multiword.has(f.word) || BUNDLED.match(f.word) !== undefined || (f.start === f.wordStart && BUNDLED.multiwordVariants(f.form).length > 0));
  const compound = fs.some((f) => f.start === f.wordStart && COMPOUND_HEADS.some((h) => f.form.startsWith(h)));
  const bare = fs.find((f) => TITLE_SET.has(f.word) || GIVEN_SET.has(f.form) || PARTICLES.has(f.form));
  const verb = SUBJECT_VERBS.has(t.folded);
  info = {
    forms: fs,
    flags: ARABIC | (listed ? LISTED : 0) | (compound ? COMPOUND : 0) | (bare ? BARE : 0) | (verb ? VERB : 0),
    bare,
    plain: fs.find((x) => x.wordStart === 0),
    loose: fs.some((f) => f.form.length >= 3 && (BUNDLED.looseStemMatch(f.word) !== undefined || (f.start === f.wordStart && BUNDLED.bySkeletonOf(f.form) !== undefined))),
    firstName: undefined,
  };
  if (wordMemo.size > 200000) wordMemo.clear();
  wordMemo.set(t.folded, info);
  return info;
}

/**
 * A word as a first name before a family name (pass 5): a given name, else the word without
 * conjunction/preposition, four letters or more, not a stop word, a title or an ordinary word; with the
 * key of its transliteration letters (pairFold). Worked out once per word.
 */
function firstNameOf(w: WordInfo): { form: Form; key: string } | null {
  if (w.firstName !== undefined) return w.firstName;
  const f = w.bare && GIVEN_SET.has(w.bare.form) ? w.bare : w.plain;
  const ok = f && f.start === f.wordStart && f.form.length >= 4 && !STOP_SET.has(f.form) && !TITLE_SET.has(f.word) && !isOrdinaryOrArabicName(f.form);
  return (w.firstName = ok ? { form: f, key: pairFold(f.form) } : null);
}

/** Candidate forms of a token, least stripped first, article removed. */
function forms(doc: ArticleDocument, t: Token): Form[] {
  const out: Form[] = [];
  for (const r of doc.readings(t)) {
    if (!r.article) {
      // Prefer the article-stripped reading when the stem starts with ال (handled by the article reading).
      // Not for given names that start with ال (ألكسندر، أليكسي).
      if (r.stem.startsWith('ال') && r.stem.length > 4 && !GIVEN_SET.has(r.stem)) continue;
      out.push({ start: r.prefix.length, wordStart: r.prefix.length, form: r.stem, word: r.stem, sk: skeleton(r.stem) });
    } else {
      const wordStart = r.prefix.endsWith('لل') ? r.prefix.length - 1 : r.prefix.length - 2;
      out.push({ start: r.prefix.length, wordStart, form: r.stem, word: t.folded.slice(wordStart), sk: skeleton(r.stem) });
    }
  }
  return out;
}

/**
 * Whether a word that shares its skeleton with a name found in a name position is that name. Same folded
 * form (hamza, ى/ي, ة/ه): yes when the word is long enough not to be a function word (أمام/إمام). Other
 * differences: only for words without the article — transliterated names never take it, while Arabic
 * words with it change meaning with a long vowel (الجابر/الجبير).
 */
function contextPair(anchor: string, f: Form, t: Token): boolean {
  // Same folded form: not when only the initial alef differs (أصيب/اصيب، أسعار/اسعار are ordinary words
  // written with and without hamza; listed names like إسرائيل/اسرائيل are handled by the list).
  if (anchor === f.form) return f.form.length >= 5 && f.form[0] !== 'ا';
  if (f.start !== f.wordStart || t.folded.startsWith('ال')) return false;
  return letterVariant(anchor, f.form);
}

function someContextPair(anchors: Set<string>, f: Form, t: Token): boolean {
  for (const a of anchors) if (contextPair(a, f, t)) return true;
  return false;
}

function foldedEqualOrVariant(a: string, b: string, withArticle: boolean): boolean {
  return a === b || (!withArticle && letterVariant(a, b));
}

/**
 * Two names found only from context differ by a letter or a long vowel: both at least five letters (short
 * Arabic words change meaning with one vowel: ثلاث/ثالث، قاد/قايد), one edit apart unless both are long.
 */
function letterVariant(a: string, b: string): boolean {
  if (a.length < 5 || b.length < 5 || !sameName(a, b)) return false;
  return Math.min(a.length, b.length) >= 7 || editDistance(a, b, 1) <= 1;
}

/**
 * Whether a folded word in a weak name position (a verb's subject, the word after a name) looks like a
 * transliterated name rather than an ordinary word: five letters or more, two long vowels inside
 * (ميتروفيتش، هوكستين; ordinary words mostly have one: مصادر، مسؤول، وكالة), no article or clitic + article,
 * and none of the shapes of ordinary nouns: ة, plural ات, participle plurals م…ون/م…ين, the broken plural
 * تفاعيل/مفاعيل (تقارير، تفاصيل), an attached pronoun ها/هم. Only called for the few words after a
 * reporting verb or an anchored name.
 */
function looksTransliterated(w: string): boolean {
  const n = w.length;
  if (n < 5 || w.startsWith('ال') || w.startsWith('لل') || (w[1] === 'ا' && w[2] === 'ل' && 'وفبك'.includes(w[0]!))) return false;
  if (w.endsWith('ه') || w.endsWith('ات') || w.endsWith('ها') || w.endsWith('هم')) return false;
  if (w[0] === 'م' && (w.endsWith('ون') || w.endsWith('ين'))) return false;
  if (n === 6 && w[2] === 'ا' && w[4] === 'ي') return false;
  let vowels = 0;
  for (let k = 1; k < n - 1; k++) {
    const c = w[k];
    if (c === 'ا' || c === 'و' || c === 'ي') vowels++;
  }
  return vowels >= 2;
}


const memo = new WeakMap<ArticleDocument, { team: NameEntry[]; clusters: Cluster[] }>();

/**
 * The occurrence of a spelling: folded range [from, to) of token t, or from `from` in t to `lastEnd` in
 * `last` for a name of several tokens; the word as written starts at `wordStart` in t.
 */
function occurrence(doc: ArticleDocument, t: Token, from: number, to: number, wordStart: number, last: Token = t, lastEnd = last.folded.length, anchored?: boolean): Occurrence {
  const span = { start: orig(doc, t, from), end: last === t ? orig(doc, t, to) : orig(doc, last, lastEnd) };
  let value: string;
  let folded: string;
  if (last === t) {
    value = light(doc, t, from, to);
    folded = t.folded.slice(from, to);
  } else {
    const parts = doc.tokens.slice(t.index, last.index + 1);
    value = parts.map((p, i) => light(doc, p, i === 0 ? from : 0, i === parts.length - 1 ? lastEnd : p.folded.length)).join(' ');
    folded = parts.map((p, i) => p.folded.slice(i === 0 ? from : 0, i === parts.length - 1 ? lastEnd : p.folded.length)).join(' ');
  }
  const word = { start: orig(doc, t, wordStart), end: last.end };
  return anchored === undefined ? { span, word, value, folded, token: t.index } : { span, word, value, folded, token: t.index, anchored };
}

/** A compound candidate of pass 3: token i's form f, alone (عبدالرحمن) or with the next token (عبد الرحمن). */
interface CompoundCandidate {
  i: number;
  f: Form;
  split: boolean;
}

export function findClusters(doc: ArticleDocument, team: NameEntry[] = []): Cluster[] {
  const cached = memo.get(doc);
  // Any two empty team lists give the same clusters (the indexer passes none, the rule the configuration's).
  if (cached && (cached.team === team || (cached.team.length === 0 && team.length === 0))) return cached.clusters;
  const clusters = new Map<string, Cluster>();
  const add = (key: string, source: ClusterSource, occ: Occurrence, listed?: ListedName) => {
    let c = clusters.get(key);
    if (!c) clusters.set(key, (c = { key, source, listed, occurrences: [] }));
    c.occurrences.push(occ);
  };
  const tokens = doc.tokens;
  const n = tokens.length;
  const used = new Uint8Array(n);
  const lexicons: NameLexicon[] = team.length ? [teamLexicon(team), BUNDLED] : [BUNDLED];
  // Per-document word ids (word-ids.ts): what depends on the word alone is looked up once per distinct
  // word, and the loops below over the tokens read typed arrays indexed by token or by word id.
  const { ids, first } = wordIds(doc);
  const nWords = first.length;
  /** Per word id, its WordInfo. */
  const W: WordInfo[] = [];
  const wordFlags = new Uint8Array(nWords);
  for (let id = 0; id < nWords; id++) {
    const w = wordInfo(doc, tokens[first[id]!]!);
    W.push(w);
    wordFlags[id] = w.flags;
  }
  /** Per token, the flags of its word (0 for a token that is not Arabic). */
  const flags = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const id = ids[i]!;
    if (id >= 0) flags[i] = wordFlags[id]!;
  }
  /** The WordInfo of an Arabic token. */
  const info = (i: number): WordInfo => W[ids[i]!]!;
  /** Only the bundled list is pre-checked per word: with a team list every word is looked up. */
  const bundledOnly = lexicons.length === 1;

  /**
   * Whether token i stands where a positional spelling is the name (LexiconName.positional): with the
   * clitic ب/ل/ك, at the start of a sentence or after punctuation, or after a preposition, أن/إن or a place
   * word (PLACE_HEADS). Not after other words: «مواقع سورية» is an adjective, and so is «كانت الغارات سورية
   * أو روسية» after a definite word.
   */
  const namePosition = (i: number, f: Form): boolean => {
    const t = tokens[i]!;
    const c = f.wordStart > 0 ? t.folded[f.wordStart - 1] : '';
    if (c === 'ب' || c === 'ل' || c === 'ك') return true;
    const prev = tokens[i - 1];
    if (!prev || !adjacent(doc, prev, t)) return true;
    if (!prev.arabic) return false;
    return PLACE_HEADS.has(prev.folded);
  };

  /** Records a multi-word name spanning tokens i..j (the first word from `wordStart`) and marks them used. */
  const takeMultiword = (mw: MultiwordSpelling, i: number, j: number, wordStart: number): void => {
    const first = tokens[i]!;
    add(mw.name.key, mw.name.team ? 'team' : 'list', occurrence(doc, first, wordStart, first.folded.length, wordStart, tokens[j]!), mw.name);
    for (let k = i; k <= j; k++) used[k] = 1;
  };

  /** The last token of a multi-word name matched from token i on (later words tested by `same`), or -1. */
  const matchWords = (i: number, words: readonly string[], same: (want: string, next: Token) => boolean): number => {
    let j = i;
    for (let k = 1; k < words.length; k++) {
      const next = tokens[j + 1];
      if (!next || !adjacent(doc, tokens[j]!, next) || !same(words[k]!, next)) return -1;
      j++;
    }
    return j;
  };

  // 1–2. Listed names (team first), multi-word spellings first.
  for (let i = 0; i < n; i++) {
    const fl = flags[i]!;
    if (!(fl & ARABIC) || used[i] || (bundledOnly && !(fl & LISTED))) continue;
    const t = tokens[i]!;
    let done = false;
    for (const lex of lexicons) {
      for (const f of info(i).forms) {
        const stem = f.word;
        // Multi-word spellings starting with this word.
        for (const mw of lex.multiword.get(stem) ?? []) {
          const j = matchWords(i, mw.words, (want, next) => next.folded === want);
          if (j < 0) continue;
          takeMultiword(mw, i, j, f.wordStart);
          done = true;
          break;
        }
        if (done) break;
        // An unlisted spelling of a transliterated multi-word name, word by word (سيرجي لافروف).
        if (f.start === f.wordStart) {
          for (const mw of lex.multiwordVariants(f.form)) {
            if (!wordVariant(mw.words[0]!, f.form)) continue;
            const j = matchWords(i, mw.words, (want, next) => !used[next.index] && wordVariant(want, next.folded));
            if (j < 0) continue;
            takeMultiword(mw, i, j, f.wordStart);
            done = true;
            break;
          }
          if (done) break;
        }
        const m = lex.match(stem);
        if (m && m.name.positional?.has(stem.slice(m.name.article ? 2 : 0)) && !namePosition(i, f)) continue;
        if (m) {
          add(m.name.key, m.name.team ? 'team' : 'list', occurrence(doc, t, f.wordStart + m.start, f.wordStart + m.end, f.wordStart), m.name);
          used[i] = 1;
          done = true;
          break;
        }
        // The team's names take their unlisted spellings before the bundled list does (جفري for the team's جيفري).
        if (lex !== BUNDLED && f.start === f.wordStart) {
          const v = lex.variantOf(f.form);
          if (v) {
            add(v.key, 'team', occurrence(doc, t, f.start, t.folded.length, f.wordStart), v);
            used[i] = 1;
            done = true;
            break;
          }
        }
      }
      if (done) break;
    }
  }

  // 3. Compounds: عبد + word / عبدword, أبو + word / أبوword. A compound is a name when both forms occur;
  //    the occurrences are built only for those.
  const compounds = new Map<string, CompoundCandidate[]>();
  const addCompound = (key: string, c: CompoundCandidate) => {
    const list = compounds.get(key);
    if (list) list.push(c);
    else compounds.set(key, [c]);
  };
  for (let i = 0; i < n; i++) {
    if (!(flags[i]! & COMPOUND) || used[i]) continue;
    const t = tokens[i]!;
    for (const f of info(i).forms) {
      if (f.start !== f.wordStart) continue;
      const head = COMPOUND_HEADS.find((h) => f.form.startsWith(h));
      if (!head) continue;
      const next = tokens[i + 1];
      if (f.form === head && next && next.arabic && !used[i + 1] && adjacent(doc, t, next) && next.folded.length >= 3) {
        addCompound(head + next.folded, { i, f, split: true });
        break;
      }
      if (f.form.length - head.length >= 3) {
        addCompound(f.form, { i, f, split: false });
        break;
      }
    }
  }
  for (const [key, list] of compounds) {
    if (!list.some((c) => c.split) || !list.some((c) => !c.split)) continue;
    for (const { i, f, split } of list) {
      const t = tokens[i]!;
      add('C:' + key, 'compound', occurrence(doc, t, f.start, t.folded.length, f.wordStart, split ? tokens[i + 1]! : t));
      used[i] = 1;
      if (split) used[i + 1] = 1;
    }
  }

  // 4. Names in name positions (after a title, after a given name or a name particle, the subject of a
  //    reporting verb, the word after a name found after a title or a verb: its family name).
  const anchors = new Map<string, Set<string>>();
  /** The first form added to each skeleton's set. */
  const firstAnchor = new Map<string, string>();
  /** Per token, 1 when it stands in a name position (its form is the `plain` form of its word). */
  const anchorAt = new Uint8Array(n);
  /** Anchored forms that share a skeleton with another name but are not its spelling. */
  const anchorKey = new Map<string, string>();
  const isStop = (t: Token) => !t.arabic || STOP_SET.has(t.folded);
  /**
   * Takes token j as a name in a name position. `weak`: the position is also the place of ordinary words
   * (a verb's subject, the word after a name), so the word must also look transliterated.
   */
  const anchor = (j: number, weak: boolean): boolean => {
    const next = tokens[j];
    if (!next || used[j] || !adjacent(doc, tokens[j - 1]!, next) || isStop(next) || next.folded.length < 3) return false;
    // A title or a given name after a verb: its own turn of the loop takes the name after it.
    if (weak && (flags[j]! & BARE || !looksTransliterated(next.folded))) return false;
    // The name itself carries no conjunction or preposition; the article only in Arabic family names (الجبير).
    const f = info(j).plain;
    if (!f || f.form.length < 3 || TITLE_SET.has(f.form) || STOP_SET.has(f.form) || isOrdinaryOrArabicName(f.form)) return false;
    // An unlisted spelling of a listed name (دونالد طرامب) joins that name below, not a name of its own.
    if (lexicons.some((lex) => lex.variantOf(f.form) !== undefined)) return false;
    anchorAt[j] = 1;
    const sk = f.sk;
    const set = anchors.get(sk) ?? new Set();
    anchors.set(sk, set);
    if (set.has(f.form)) return true;
    // Two names in name positions with one skeleton are one name only when they pass the same test as
    // any other pair (الجابر and الجبير are two people).
    const withArticle = next.folded.startsWith('ال');
    const first = firstAnchor.get(sk);
    if (first === undefined || foldedEqualOrVariant(first, f.form, withArticle)) {
      if (first === undefined) firstAnchor.set(sk, f.form);
      set.add(f.form);
    }
    else anchorKey.set(f.form, 'N:' + sk + '#' + f.form);
    return true;
  };
  for (let i = 0; i < n; i++) {
    const fl = flags[i]!;
    if (!(fl & (BARE | VERB))) continue;
    if (!(fl & BARE)) {
      // The subject of a reporting verb, and the word after it when both look transliterated.
      if (anchor(i + 1, true)) anchor(i + 2, true);
      continue;
    }
    const word = info(i).bare!.word;
    let j = i + 1;
    const title = TITLE_SET.has(word);
    if (title) {
      // Skip the title's modifiers: words with the article, nisba adjectives, links (باسم، العام).
      let skipped = 0;
      while (j < n && skipped < 4 && adjacent(doc, tokens[j - 1]!, tokens[j]!) && (tokens[j]!.folded.startsWith('ال') || LINK_SET.has(tokens[j]!.folded) || TITLE_SET.has(tokens[j]!.folded))) {
        j++;
        skipped++;
      }
    }
    // A family name after an unlisted first name (رجل الأعمال فيكتور فيكسلبيرغ), when both look transliterated.
    if (anchor(j, false) && title && looksTransliterated(tokens[j]!.folded)) anchor(j + 1, true);
  }
  /**
   * What a word outside a name position is (the same for every occurrence of one folded word in this
   * run: it depends only on the word, the anchors and the lexicons), worked out once per word id.
   */
  const free = (t: Token, w: WordInfo): FreeHit | null => {
    if (bundledOnly && !w.loose) {
      // Nothing in the lists for this word: only the names found in name positions can claim it.
      if (anchors.size === 0) return null;
      for (const f of w.forms) {
        if (f.form.length < 3) continue;
        const set = anchors.get(f.sk);
        if (set && someContextPair(set, f, t)) return { key: 'N:' + f.sk, source: 'context', listed: undefined, from: f.start, to: -1, wordStart: f.wordStart, anchored: false };
      }
      return null;
    }
    for (const f of w.forms) {
      if (f.form.length < 3) continue;
      const sk = f.sk;
      const set = anchors.get(sk);
      if (set && someContextPair(set, f, t)) return { key: 'N:' + sk, source: 'context', listed: undefined, from: f.start, to: -1, wordStart: f.wordStart, anchored: false };
      // An unlisted spelling of a listed country stem in an inflected word (الأمريكيه).
      for (const lex of lexicons) {
        const m = lex.looseStemMatch(f.word);
        if (m) return { key: m.name.key, source: m.name.team ? 'team' : 'list', listed: m.name, from: f.wordStart + m.start, to: f.wordStart + m.end, wordStart: f.wordStart, anchored: undefined };
      }
      // An unlisted spelling of a listed name (ترامب → ترومب), never with the article.
      if (f.start !== f.wordStart) continue;
      for (const lex of lexicons) {
        const v = lex.bySkeletonOf(f.form);
        if (v && v.folded.some((x) => sameName(x, f.form) && Math.max(x.length, f.form.length) >= 5)) {
          return { key: v.key, source: v.team ? 'team' : 'list', listed: v, from: f.start, to: -1, wordStart: f.wordStart, anchored: undefined };
        }
      }
    }
    return null;
  };
  /** Per word id: 1 once `free` has run for it, and its result. */
  const freeDone = new Uint8Array(nWords);
  const freeHit: (FreeHit | null)[] = new Array<FreeHit | null>(nWords).fill(null);
  for (let i = 0; i < n; i++) {
    if (!(flags[i]! & ARABIC) || used[i]) continue;
    const t = tokens[i]!;
    if (!anchorAt[i]) {
      const id = ids[i]!;
      if (!freeDone[id]) {
        freeDone[id] = 1;
        freeHit[id] = free(t, W[id]!);
      }
      const h = freeHit[id];
      if (h) {
        add(h.key, h.source, occurrence(doc, t, h.from, h.to < 0 ? t.folded.length : h.to, h.wordStart, t, t.folded.length, h.anchored), h.listed);
        used[i] = 1;
      }
      continue;
    }
    const f = info(i).plain!;
    const own = anchorKey.get(f.form);
    if (own) {
      add(own, 'context', occurrence(doc, t, f.start, t.folded.length, f.wordStart, t, t.folded.length, true));
      used[i] = 1;
      continue;
    }
    if (f.form.length < 3) continue;
    const sk = f.sk;
    if (anchors.get(sk)) {
      add('N:' + sk, 'context', occurrence(doc, t, f.start, t.folded.length, f.wordStart, t, t.folded.length, true));
      used[i] = 1;
      continue;
    }
    // An unlisted spelling of a listed country stem in an inflected word (الأمريكيه).
    for (const lex of lexicons) {
      const m = lex.looseStemMatch(f.word);
      if (m) {
        add(m.name.key, m.name.team ? 'team' : 'list', occurrence(doc, t, f.wordStart + m.start, f.wordStart + m.end, f.wordStart), m.name);
        used[i] = 1;
        break;
      }
    }
    if (used[i]) continue;
    // An unlisted spelling of a listed name (ترامب → ترومب), never with the article.
    if (f.start !== f.wordStart) continue;
    for (const lex of lexicons) {
      const v = lex.bySkeletonOf(f.form);
      if (v && v.folded.some((x) => sameName(x, f.form))) {
        add(v.key, v.team ? 'team' : 'list', occurrence(doc, t, f.start, t.folded.length, f.wordStart), v);
        used[i] = 1;
        break;
      }
    }
  }

  // 5. First names before one family name, differing by transliteration letters (سيرغي لافروف / سيرجي لافروف).
  //    Grouped by token first; the occurrences are built only for groups with two spellings.
  const firstNames = new Map<string, number[]>();
  for (let i = 0; i + 1 < n; i++) {
    if (used[i] || !used[i + 1] || !(flags[i]! & ARABIC)) continue;
    const t = tokens[i]!;
    const next = tokens[i + 1]!;
    if (next.folded.length < 4 || !adjacent(doc, t, next)) continue;
    const fn = firstNameOf(info(i));
    if (!fn) continue;
    const key = fn.key + ' ' + next.folded;
    const list = firstNames.get(key);
    if (list) list.push(i);
    else firstNames.set(key, [i]);
  }
  for (const [key, list] of firstNames) {
    // The spelling of each occurrence is its form (no clitics: `firstNameOf` takes unstripped forms only).
    const spelling = (i: number) => firstNameOf(info(i))!.form.form;
    if (list.length < 2 || list.every((i) => spelling(i) === spelling(list[0]!))) continue;
    for (const i of list) {
      const t = tokens[i]!;
      const f = firstNameOf(info(i))!.form;
      add('G:' + key, 'context', occurrence(doc, t, f.start, t.folded.length, f.wordStart));
      used[i] = 1;
    }
  }

  const out = [...clusters.values()];
  for (const c of out) c.occurrences.sort((a, b) => a.span.start - b.span.start);
  memo.set(doc, { team, clusters: out });
  return out;
}
