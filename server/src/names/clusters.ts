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
 *
 * How it stays fast on long drafts: every folded word has an id in a table shared by all documents
 * (`WORDS`, given by the parser; word-ids.ts), and what depends on the word alone — its forms, the look-ups of the bundled list and
 * most tests of the passes — is worked out once per word (`wordInfo`) and kept as bits that the table
 * hands back with the id. Each pass (`ClusterRun`) is then a loop over typed arrays indexed by token that
 * calls out only for the few tokens that need more; occurrences are built only for what is kept.
 */
import type { NameEntry } from '../core/config';
import type { ArticleDocument, Token } from '../core/document';
import { foldString } from '../core/normalize';
import type { Span } from '../core/types';
import { FOREIGN_GIVEN_NAMES, STRONG_ARABIC_GIVEN_NAMES } from '../lexicon/names';
import { TITLES, TITLE_LINKS } from '../lexicon/titles';
import { REPORTING_VERBS } from '../lexicon/attribution';
import { STOP_WORDS } from '../lexicon/common-words';
import { BUNDLED, teamLexicon, wordVariant, type LexiconMatch, type ListedName, type MultiwordSpelling, type NameLexicon } from './lexicon-index';
import { editDistance, isOrdinaryOrArabicName, pairFold, sameName, skeleton } from './spelling';
import { WordPayloads } from './word-ids';

export interface Occurrence {
  /** The spelling part in the original text (what a fix replaces): no clitics, no article, no nisba ending. */
  readonly span: Span;
  /** The word(s) as written without conjunction/preposition clitics (what a finding points at). */
  readonly word: Span;
  /** Light spelling of `span` (see spelling.ts). */
  readonly value: string;
  /** Folded spelling of `span`. */
  readonly folded: string;
  /** Index of the first token. */
  readonly token: number;
  /** Whether this occurrence stands in a name position (after a title or a given name); undefined when not asked. */
  readonly anchored?: boolean;
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

/** Whether only spaces separate tokens a and b (no punctuation, no line break); false when one is out of range. */
function adjacent(doc: ArticleDocument, a: number, b: number): boolean {
  if (a < 0 || b >= doc.tokenCount || doc.tokenSentences[a] !== doc.tokenSentences[b]) return false;
  const m = doc.masked;
  for (let i = doc.tokenEnds[a]!, end = doc.tokenStarts[b]!; i < end; i++) {
    const c = m.charCodeAt(i);
    if (c !== 32 && c !== 0xa0 && c !== 9) return false;
  }
  return true;
}

/** Whether an original character is one the light form keeps although folding merges it (see spelling.ts): أ إ آ ى ة ؤ ئ. */
function keeps(c: number): boolean {
  return c === 0x623 || c === 0x625 || c === 0x622 || c === 0x649 || c === 0x629 || c === 0x624 || c === 0x626;
}

/**
 * Light form of a token's folded range [from, to) (the token's folded word starts at `fs` in the folded
 * text): the folded text with the characters the light form keeps (`keeps`) put back. Every other folded
 * unit is the light form's own (`lightChar` is the fold of a character the light form does not keep).
 */
function light(doc: ArticleDocument, fs: number, from: number, to: number): string {
  const f = doc.folded;
  const origStart = f.origStart;
  const text = doc.text;
  const ft = f.text;
  const end = fs + to;
  let out = '';
  let run = fs + from;
  for (let k = run; k < end; k++) {
    const c = text.charCodeAt(origStart[k]!);
    if (!keeps(c)) continue;
    out += ft.slice(run, k) + String.fromCharCode(c);
    run = k + 1;
  }
  return run === fs + from ? ft.slice(run, end) : out + ft.slice(run, end);
}

/** The original offset of folded offset k of token t (its folded word starting at `fs` in the folded text). */
function orig(doc: ArticleDocument, t: number, fs: number, k: number): number {
  return k >= doc.tokenFoldEnds[t]! - fs ? doc.tokenEnds[t]! : doc.folded.origStart[fs + k]!;
}

/** The length of token t's folded word. */
function foldedLength(doc: ArticleDocument, t: number): number {
  return doc.tokenFoldEnds[t]! - doc.tokenFoldStarts[t]!;
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
  /** 'N:' + sk, the key of a name found from context with this skeleton, once asked (`contextKey`). */
  nKey: string | undefined;
  /** The bundled list's look-ups for the form (pass 1): multi-word spellings starting with `word`, … */
  multiword: readonly MultiwordSpelling[];
  /** … multi-word spellings whose first word shares the skeleton of `form` and passes `wordVariant` (unstripped forms only), … */
  multiwordVariants: readonly MultiwordSpelling[];
  /** … and the listed name `word` is a spelling of. */
  match: LexiconMatch | undefined;
}

/**
 * What a folded word can be, worked out once per word (kept across documents, by word id): its forms and
 * the tests of the passes of `findClusters` that depend on the word alone, as bits, so that the passes
 * skip most words at once and test the rest without string look-ups.
 */
interface WordInfo {
  forms: Form[];
  /** The tests as bits (ARABIC, LISTED, … below), copied per token by `findClusters`. */
  flags: number;
  /** The form that is a title, a given name or a particle (pass 4). */
  bare: Form | undefined;
  /** The form without conjunction/preposition (pass 4, the word in name position). */
  plain: Form | undefined;
  /** The word as a first name before a family name (pass 5): its form and the key of its group. */
  firstName: FirstName | null;
  /** What the bundled list gives the word outside a name position (`freeHit` without anchors), once asked. */
  listedFree: FreeHit | null | undefined;
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

// Bits of `WordInfo.flags`.
/** An Arabic word (every word with a WordInfo). */
const ARABIC = 1;
/** Some form is a bundled multi-word start or a bundled `match` (pass 1). */
const LISTED = 2;
/** Some unstripped form starts with a compound head (pass 3). */
const COMPOUND = 4;
/** The word has a `bare` form (pass 4). */
const BARE = 8;
/** The word is a reporting verb whose subject follows (SUBJECT_VERBS, pass 4). */
const VERB = 16;
/** The bare form's word is a title (pass 4). */
const TITLE = 32;
/** A title's modifier, skipped before the name: a word with the article, a link or a title (pass 4). */
const MODIFIER = 64;
/** The word passes the tests of a name in a name position that depend on the word alone (pass 4, `anchor`). */
const ANCHOR = 128;
/** … and those of a weak name position: not bare, looks transliterated (pass 4, `anchor`). */
const WEAK_ANCHOR = 256;
/** Some form of three letters or more has a bundled `looseStemMatch` or `bySkeletonOf` (the other words). */
const LOOSE = 512;
/** More forms of five letters or more than `SK_SLOTS` (their skeleton hashes are not all kept). */
const MANY_FORMS = 1024;
/** `firstName` is set (pass 5). */
const FIRST_NAME = 2048;
/** Some form has five letters or more (its skeleton hash is in SKELETONS). */
const LONG_FORM = 4096;

/** The flags of every folded word seen (word-ids.ts), and its WordInfo, by word id of `WORDS`. */
const TABLE = new WordPayloads();
let INFOS: WordInfo[] = [];
/**
 * Per word id, beside its WordInfo (whose flags the table keeps as the word's payload, read with the id
 * for each token), SK_SLOTS hashes (`hashString`) of the skeletons of its forms of five letters or more
 * (0: no more), to rule out most words before `freeHit` looks them up: a name found in a name position
 * claims only forms of five letters or more (`contextPair`).
 */
const SK_SLOTS = 4;
let SKELETONS = new Int32Array(SK_SLOTS << 12);
/** Per word id, the number of its key as a first name (`FirstName.keyId`; -1: none), read per token by pass 5. */
let FIRST_KEY_OF = new Int32Array(1 << 12);

/** FNV-1a over the UTF-16 code units, never 0. */
function hashString(s: string): number {
  let h = 0x811c9dc5 | 0;
  for (let k = 0; k < s.length; k++) h = Math.imul(h ^ s.charCodeAt(k), 0x01000193);
  return h | 1;
}

/** What `INFOS` holds for an id whose WordInfo was never needed. */
const NO_INFO: WordInfo = { forms: [], flags: 0, bare: undefined, plain: undefined, firstName: null, listedFree: undefined };

/** Records the WordInfo of a word seen for the first time (id `id`, at token `first` of a document). */
function addWord(doc: ArticleDocument, id: number, first: number): void {
  const w = wordInfo(doc, doc.token(first)!);
  // Filled up to the id (the ids of `WORDS` are dense), so that the array keeps fast elements.
  while (INFOS.length < id) INFOS.push(NO_INFO);
  INFOS[id] = w;
  if ((id + 1) * SK_SLOTS > SKELETONS.length) {
    const grown = new Int32Array(Math.max(SKELETONS.length * 2, (id + 1) * SK_SLOTS));
    grown.set(SKELETONS);
    SKELETONS = grown;
  }
  if (id >= FIRST_KEY_OF.length) {
    const grown = new Int32Array(Math.max(FIRST_KEY_OF.length * 2, id + 1));
    grown.set(FIRST_KEY_OF);
    FIRST_KEY_OF = grown;
  }
  FIRST_KEY_OF[id] = w.firstName ? w.firstName.keyId : -1;
  let slot = 0;
  for (const f of w.forms) {
    if (f.form.length < 5) continue;
    if (slot === SK_SLOTS) {
      w.flags |= MANY_FORMS;
      break;
    }
    w.flags |= LONG_FORM;
    SKELETONS[id * SK_SLOTS + slot++] = hashString(f.sk);
  }
  while (slot < SK_SLOTS) SKELETONS[id * SK_SLOTS + slot++] = 0;
  TABLE.setPayload(id, w.flags);
}


/** The WordInfo of a token's folded word. */
function wordInfo(doc: ArticleDocument, t: Token): WordInfo {
  const folded = t.folded;
  const fs = forms(doc, t);
  const listed = fs.some((f) => f.multiword.length > 0 || f.match !== undefined || f.multiwordVariants.length > 0);
  const compound = fs.some((f) => f.start === f.wordStart && COMPOUND_HEADS.some((h) => f.form.startsWith(h)));
  const bare = fs.find((f) => TITLE_SET.has(f.word) || GIVEN_SET.has(f.form) || PARTICLES.has(f.form));
  const plain = fs.find((x) => x.wordStart === 0);
  const loose = fs.some((f) => f.form.length >= 3 && (BUNDLED.looseStemMatch(f.word) !== undefined || (f.start === f.wordStart && BUNDLED.bySkeletonOf(f.form) !== undefined)));
  // The word-level tests of `ClusterRun.anchor` (the team list's variants are tested there).
  const anchor =
    !STOP_SET.has(folded) &&
    folded.length >= 3 &&
    plain !== undefined &&
    plain.form.length >= 3 &&
    !TITLE_SET.has(plain.form) &&
    !STOP_SET.has(plain.form) &&
    !isOrdinaryOrArabicName(plain.form) &&
    BUNDLED.variantOf(plain.form) === undefined;
  const firstName = firstNameOf(bare, plain);
  let flags = ARABIC;
  if (listed) flags |= LISTED;
  if (compound) flags |= COMPOUND;
  if (bare) flags |= BARE;
  if (SUBJECT_VERBS.has(folded)) flags |= VERB;
  if (bare && TITLE_SET.has(bare.word)) flags |= TITLE;
  if (isModifier(folded)) flags |= MODIFIER;
  if (anchor) flags |= ANCHOR;
  if (anchor && !bare && looksTransliterated(folded)) flags |= WEAK_ANCHOR;
  if (loose) flags |= LOOSE;
  if (firstName) flags |= FIRST_NAME;
  return { forms: fs, flags, bare, plain, firstName, listedFree: undefined };
}

/** A title's modifier (skipped between a title and the name): a word with the article, a link or a title. */
function isModifier(folded: string): boolean {
  return folded.startsWith('ال') || LINK_SET.has(folded) || TITLE_SET.has(folded);
}

/**
 * A word as a first name before a family name (pass 5): a given name, else the word without
 * conjunction/preposition, four letters or more, not a stop word, a title or an ordinary word; with the
 * key of its transliteration letters (pairFold).
 */
function firstNameOf(bare: Form | undefined, plain: Form | undefined): FirstName | null {
  const f = bare && GIVEN_SET.has(bare.form) ? bare : plain;
  const ok = f && f.start === f.wordStart && f.form.length >= 4 && !STOP_SET.has(f.form) && !TITLE_SET.has(f.word) && !isOrdinaryOrArabicName(f.form);
  if (!ok) return null;
  const key = pairFold(f.form);
  let keyId = FIRST_NAME_KEYS.get(key);
  if (keyId === undefined) FIRST_NAME_KEYS.set(key, (keyId = FIRST_NAME_KEYS.size));
  return { form: f, key, keyId };
}

/** A word as a first name (pass 5): its form, the key of its group and a number for that key (`FIRST_NAME_KEYS`). */
interface FirstName {
  form: Form;
  key: string;
  keyId: number;
}

/** The keys of first names (`firstNameOf`) numbered in order of first appearance; forgotten with `INFOS`. */
const FIRST_NAME_KEYS = new Map<string, number>();
/** Per first-name key number: the `firstNames` run that numbered it last, and its number in that run. */
let KEY_RUN = new Int32Array(1024);
let KEY_LOCAL = new Int32Array(1024);
let keyRuns = 0;

/** Candidate forms of a token, least stripped first, article removed. */
function forms(doc: ArticleDocument, t: Token): Form[] {
  const out: Form[] = [];
  for (const r of doc.readings(t)) {
    if (!r.article) {
      // Prefer the article-stripped reading when the stem starts with ال (handled by the article reading).
      // Not for given names that start with ال (ألكسندر، أليكسي).
      if (r.stem.startsWith('ال') && r.stem.length > 4 && !GIVEN_SET.has(r.stem)) continue;
      out.push(form(r.prefix.length, r.prefix.length, r.stem, r.stem));
    } else {
      const wordStart = r.prefix.endsWith('لل') ? r.prefix.length - 1 : r.prefix.length - 2;
      out.push(form(r.prefix.length, wordStart, r.stem, t.folded.slice(wordStart)));
    }
  }
  return out;
}

function form(start: number, wordStart: number, stem: string, word: string): Form {
  return {
    start,
    wordStart,
    form: stem,
    word,
    sk: skeleton(stem),
    nKey: undefined,
    multiword: BUNDLED.multiword.get(word) ?? NO_SPELLINGS,
    multiwordVariants: start === wordStart ? variantsStartingWith(stem) : NO_SPELLINGS,
    match: BUNDLED.match(word),
  };
}

const NO_SPELLINGS: readonly MultiwordSpelling[] = [];

/**
 * The bundled multi-word spellings whose first word shares the skeleton of `stem` and of which `stem` is a
 * spelling (`wordVariant`, a test of the word alone, made here once instead of at every occurrence).
 */
function variantsStartingWith(stem: string): readonly MultiwordSpelling[] {
  const all = BUNDLED.multiwordVariants(stem);
  if (all.length === 0) return NO_SPELLINGS;
  const kept = all.filter((mw) => wordVariant(mw.words[0]!, stem));
  return kept.length === all.length ? all : kept.length ? kept : NO_SPELLINGS;
}

/** The cluster key of a name found from context with the skeleton of form f: built once per form, not per occurrence. */
function contextKey(f: Form): string {
  return (f.nKey ??= 'N:' + f.sk);
}

/**
 * Whether a word that shares its skeleton with a name found in a name position is that name. Same folded
 * form (hamza, ى/ي, ة/ه): yes when the word is long enough not to be a function word (أمام/إمام). Other
 * differences: only for words without the article — transliterated names never take it, while Arabic
 * words with it change meaning with a long vowel (الجابر/الجبير).
 */
function contextPair(anchor: string, f: Form, folded: string): boolean {
  // Same folded form: not when only the initial alef differs (أصيب/اصيب، أسعار/اسعار are ordinary words
  // written with and without hamza; listed names like إسرائيل/اسرائيل are handled by the list).
  if (anchor === f.form) return f.form.length >= 5 && f.form[0] !== 'ا';
  if (f.start !== f.wordStart || folded.startsWith('ال')) return false;
  return letterVariant(anchor, f.form);
}

function someContextPair(anchors: Set<string>, f: Form, folded: string): boolean {
  for (const a of anchors) if (contextPair(a, f, folded)) return true;
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


/**
 * What a word outside a name position is: a name found in a name position (`anchors`, by skeleton and
 * `contextPair`), an unlisted spelling of a listed country stem or name, or nothing. Without `anchors`,
 * only what the lists give.
 */
function freeHit(folded: string, w: WordInfo, anchors: Map<string, Set<string>> | undefined, lexicons: readonly NameLexicon[]): FreeHit | null {
  if (lexicons.length === 1 && !(w.flags & LOOSE)) {
    // Nothing in the lists for this word: only the names found in name positions can claim it.
    if (!anchors || anchors.size === 0) return null;
    for (const f of w.forms) {
      if (f.form.length < 3) continue;
      const set = anchors.get(f.sk);
      if (set && someContextPair(set, f, folded)) return { key: contextKey(f), source: 'context', listed: undefined, from: f.start, to: -1, wordStart: f.wordStart, anchored: false };
    }
    return null;
  }
  for (const f of w.forms) {
    if (f.form.length < 3) continue;
    const sk = f.sk;
    const set = anchors?.get(sk);
    if (set && someContextPair(set, f, folded)) return { key: contextKey(f), source: 'context', listed: undefined, from: f.start, to: -1, wordStart: f.wordStart, anchored: false };
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
}

const memo = new WeakMap<ArticleDocument, { team: NameEntry[]; clusters: Cluster[] }>();

/**
 * An occurrence as a cluster hands it out (the passes record about 20,000 in a 1 MB draft as numbers,
 * `RunCluster.packed`, most of them in clusters with one spelling, which the rule drops without making
 * their objects): one object holding where the spelling is; the spelling, the spans and the folded
 * spelling are made when first read.
 */
class TokenOccurrence implements Occurrence {
  private spanCache: Span | undefined;
  private wordCache: Span | undefined;
  private valueCache: string | undefined;
  constructor(
    private readonly doc: ArticleDocument,
    readonly token: number,
    /** Folded offsets: `from` in the first token, `to` in the last one. */
    private readonly from: number,
    private readonly to: number,
    private readonly wordStart: number,
    private readonly last: number,
    readonly anchored: boolean | undefined,
  ) {}

  get value(): string {
    if (this.valueCache === undefined) {
      const { doc, token: t, last } = this;
      if (last === t) this.valueCache = light(doc, doc.tokenFoldStarts[t]!, this.from, this.to);
      else {
        const values: string[] = [];
        for (let k = t; k <= last; k++) values.push(light(doc, doc.tokenFoldStarts[k]!, k === t ? this.from : 0, k === last ? this.to : foldedLength(doc, k)));
        this.valueCache = values.join(' ');
      }
    }
    return this.valueCache;
  }

  get span(): Span {
    if (!this.spanCache) {
      const { doc, token: t, last } = this;
      const fs = doc.tokenFoldStarts[t]!;
      const start = orig(doc, t, fs, this.from);
      this.spanCache = { start, end: last === t ? orig(doc, t, fs, this.to) : orig(doc, last, doc.tokenFoldStarts[last]!, this.to) };
    }
    return this.spanCache;
  }

  get word(): Span {
    if (!this.wordCache) {
      const { doc, token: t } = this;
      const start = this.wordStart === this.from ? this.span.start : orig(doc, t, doc.tokenFoldStarts[t]!, this.wordStart);
      this.wordCache = { start, end: doc.tokenEnds[this.last]! };
    }
    return this.wordCache;
  }

  get folded(): string {
    const { doc, token: t, last } = this;
    const parts: string[] = [];
    for (let k = t; k <= last; k++) parts.push(doc.tokenFolded(k).slice(k === t ? this.from : 0, k === last ? this.to : foldedLength(doc, k)));
    return parts.join(' ');
  }
}

/**
 * Whether every occurrence of a cluster has the same spelling (`value`), without making the occurrences
 * or their spellings when all are of one token: their light units are compared in place (most clusters
 * have one spelling and are dropped).
 */
export function oneSpelling(c: Cluster): boolean {
  if (!(c instanceof RunCluster)) return sameValues(c.occurrences);
  const p = c.packed;
  if (p.length <= OCC_INTS) return true;
  // A name of several tokens: compared by its spelling.
  if (p[4] !== p[0]) return sameValues(c.occurrences);
  const doc = c.doc;
  const text = doc.text;
  const origStart = doc.folded.origStart;
  const ft = doc.folded.text;
  const len = p[2]! - p[1]!;
  const as = doc.tokenFoldStarts[p[0]!]! + p[1]!;
  const { tokenStarts, tokenEnds } = doc;
  const ta = tokenStarts[p[0]!]!;
  const tlen = tokenEnds[p[0]!]! - ta;
  for (let k = OCC_INTS; k < p.length; k += OCC_INTS) {
    // A name of several tokens: compared by its spelling.
    if (p[k + 4] !== p[k]) return sameValues(c.occurrences);
    if (p[k + 2]! - p[k + 1]! !== len) return false;
    // The same range of a token written as the first one is: the same spelling (most occurrences).
    const tb = tokenStarts[p[k]!]!;
    if (p[k + 1] === p[1] && tokenEnds[p[k]!]! - tb === tlen) {
      let u = 0;
      while (u < tlen && text.charCodeAt(ta + u) === text.charCodeAt(tb + u)) u++;
      if (u === tlen) continue;
    }
    const bs = doc.tokenFoldStarts[p[k]!]! + p[k + 1]!;
    for (let u = 0; u < len; u++) {
      // The light units (see `light`): the original character when the light form keeps it, else the folded unit.
      const ca = text.charCodeAt(origStart[as + u]!);
      const cb = text.charCodeAt(origStart[bs + u]!);
      if ((keeps(ca) ? ca : ft.charCodeAt(as + u)) !== (keeps(cb) ? cb : ft.charCodeAt(bs + u))) return false;
    }
  }
  return true;
}

function sameValues(occs: readonly Occurrence[]): boolean {
  const v = occs[0]?.value;
  for (let k = 1; k < occs.length; k++) if (occs[k]!.value !== v) return false;
  return true;
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
  const run = new ClusterRun(doc, team);
  run.listedNames();
  run.compounds();
  run.namePositions();
  run.otherWords();
  run.firstNames();
  const out = [...run.clusters.values()];
  // Only clusters whose occurrences were added out of order (by several passes) need sorting.
  for (const c of run.unsorted) sortBySpan(c.occurrences);
  memo.set(doc, { team, clusters: out });
  return out;
}

/**
 * Sorts occurrences by position, skipping the sort when they are in order already (most clusters). The
 * occurrences of a document are in distinct tokens (a token joins one name at most), so their order by
 * first token is their order by position.
 */
function sortBySpan(occs: Occurrence[]): void {
  for (let k = 1; k < occs.length; k++) {
    if (occs[k]!.token < occs[k - 1]!.token) {
      occs.sort((a, b) => a.token - b.token);
      return;
    }
  }
}

/** A cluster as a run builds it: with the first token of its last occurrence added, and whether they need sorting. */
class RunCluster implements Cluster {
  /**
   * Per occurrence, in the order added, OCC_INTS numbers: first token, `from` (folded, in the first token),
   * `to` (folded, in the last token), word start, last token, anchored (0: not asked, 1: no, 2: yes).
   */
  readonly packed: number[] = [];
  private list: Occurrence[] | undefined;
  lastToken = -1;
  unsorted = false;
  constructor(
    readonly doc: ArticleDocument,
    readonly key: string,
    readonly source: ClusterSource,
    readonly listed: ListedName | undefined,
  ) {}

  /** The occurrences as objects, made on first read (one array, the same objects on every read). */
  get occurrences(): Occurrence[] {
    if (this.list === undefined) {
      const p = this.packed;
      const list: Occurrence[] = [];
      for (let k = 0; k < p.length; k += OCC_INTS) {
        const a = p[k + 5]!;
        list.push(new TokenOccurrence(this.doc, p[k]!, p[k + 1]!, p[k + 2]!, p[k + 3]!, p[k + 4]!, a === 0 ? undefined : a === 2));
      }
      this.list = list;
    }
    return this.list;
  }
}

/** Numbers per occurrence in `RunCluster.packed`. */
const OCC_INTS = 6;

/**
 * One run of `findClusters` over a document: the passes are methods, each a loop over the tokens that
 * reads typed arrays (flags, used, word ids) and calls out for the few tokens that need more work. Per
 * word id (word-ids.ts), what depends on the word alone is looked up once.
 */
class ClusterRun {
  readonly clusters = new Map<string, RunCluster>();
  /** The clusters an occurrence was added to after one that comes later in the text. */
  readonly unsorted: Cluster[] = [];
  private readonly n: number;
  /** Per token, 1 once it belongs to a name. */
  private readonly used: Uint8Array;
  private readonly lexicons: NameLexicon[];
  /** Only the bundled list is pre-checked per word: with a team list every word is looked up. */
  private readonly bundledOnly: boolean;
  /** Per token, the index of its word among the document's words (-1: not Arabic). */
  private readonly local: Int32Array;
  /** Per word of the document (by that index), its id. */
  private readonly ids: Int32Array;
  /** Per token, the flags of its word (0 for a token that is not Arabic). */
  private readonly flags: Uint16Array;
  /** The tokens whose flags have LISTED, COMPOUND, BARE or VERB, in order. */
  private readonly marked: number[] = [];
  /** Pass 4: skeleton → the forms found in name positions that are one name. */
  private readonly anchors = new Map<string, Set<string>>();
  /** The first form added to each skeleton's set. */
  private readonly firstAnchor = new Map<string, string>();
  /** Per token, 1 when it stands in a name position (its form is the `plain` form of its word). */
  private readonly anchorAt: Uint8Array;
  /** Anchored forms that share a skeleton with another name but are not its spelling. */
  private readonly anchorKey = new Map<string, string>();

  constructor(
    private readonly doc: ArticleDocument,
    team: NameEntry[],
  ) {
    const n = (this.n = doc.tokenCount);
    this.used = new Uint8Array(n);
    this.anchorAt = new Uint8Array(n);
    this.lexicons = team.length ? [teamLexicon(team), BUNDLED] : [BUNDLED];
    this.bundledOnly = this.lexicons.length === 1;
    // The word ids are those of `WORDS`: what was kept per id is forgotten when it has forgotten its words.
    if (TABLE.sync()) {
      INFOS = [];
      FIRST_NAME_KEYS.clear();
    }
    this.flags = new Uint16Array(n);
    // The tokens that passes 1–4 start from (a few in a hundred) are marked as their words are looked up.
    const words = TABLE.idsOf(doc, (id, first) => addWord(doc, id, first), this.flags, LISTED | COMPOUND | BARE | VERB, this.marked);
    this.local = words.local;
    this.ids = words.ids;
  }

  /**
   * Adds to the cluster of `key` the occurrence of a spelling: folded range [from, to) of token t, or from
   * `from` in t to `lastEnd` in token `last` for a name of several tokens; the word as written starts at
   * `wordStart` in t. Kept as numbers (`RunCluster.packed`): the occurrence objects are made when read.
   */
  private add(key: string, source: ClusterSource, listed: ListedName | undefined, t: number, from: number, to: number, wordStart: number, last = t, lastEnd = foldedLength(this.doc, last), anchored?: boolean): void {
    let c = this.clusters.get(key);
    if (!c) this.clusters.set(key, (c = new RunCluster(this.doc, key, source, listed)));
    else if (t < c.lastToken && !c.unsorted) {
      c.unsorted = true;
      this.unsorted.push(c);
    }
    c.lastToken = t;
    c.packed.push(t, from, last === t ? to : lastEnd, wordStart, last, anchored === undefined ? 0 : anchored ? 2 : 1);
  }

  /** The WordInfo of an Arabic token. */
  private info(i: number): WordInfo {
    return INFOS[this.ids[this.local[i]!]!]!;
  }

  // ---- 1–2. Listed names (team first), multi-word spellings first ----

  listedNames(): void {
    const { flags, used, n, marked } = this;
    if (this.bundledOnly) {
      for (let k = 0; k < marked.length; k++) {
        const i = marked[k]!;
        if (flags[i]! & LISTED && !used[i]) this.listedAt(i);
      }
      return;
    }
    for (let i = 0; i < n; i++) if (flags[i]! & ARABIC && !used[i]) this.listedAt(i);
  }

  private listedAt(i: number): void {
    for (const lex of this.lexicons) {
      const bundled = lex === BUNDLED;
      for (const f of this.info(i).forms) {
        const stem = f.word;
        // Multi-word spellings starting with this word.
        for (const mw of bundled ? f.multiword : lex.multiword.get(stem) ?? NO_SPELLINGS) {
          const j = this.matchWords(i, mw.words, false);
          if (j < 0) continue;
          this.takeMultiword(mw, i, j, f.wordStart);
          return;
        }
        // An unlisted spelling of a transliterated multi-word name, word by word (سيرجي لافروف).
        if (f.start === f.wordStart) {
          // (The bundled list's are kept on the form only when the word is a spelling of their first word.)
          for (const mw of bundled ? f.multiwordVariants : lex.multiwordVariants(f.form)) {
            if (!bundled && !wordVariant(mw.words[0]!, f.form)) continue;
            const j = this.matchWords(i, mw.words, true);
            if (j < 0) continue;
            this.takeMultiword(mw, i, j, f.wordStart);
            return;
          }
        }
        const m = bundled ? f.match : lex.match(stem);
        if (m && m.name.positional?.has(stem.slice(m.name.article ? 2 : 0)) && !this.namePosition(i, f)) continue;
        if (m) {
          this.add(m.name.key, m.name.team ? 'team' : 'list', m.name, i, f.wordStart + m.start, f.wordStart + m.end, f.wordStart);
          this.used[i] = 1;
          return;
        }
        // The team's names take their unlisted spellings before the bundled list does (جفري for the team's جيفري).
        if (lex !== BUNDLED && f.start === f.wordStart) {
          const v = lex.variantOf(f.form);
          if (v) {
            this.add(v.key, 'team', v, i, f.start, foldedLength(this.doc, i), f.wordStart);
            this.used[i] = 1;
            return;
          }
        }
      }
    }
  }

  /**
   * Whether token i stands where a positional spelling is the name (LexiconName.positional): with the
   * clitic ب/ل/ك, at the start of a sentence or after punctuation, or after a preposition, أن/إن or a place
   * word (PLACE_HEADS). Not after other words: «مواقع سورية» is an adjective, and so is «كانت الغارات سورية
   * أو روسية» after a definite word.
   */
  private namePosition(i: number, f: Form): boolean {
    const c = f.wordStart > 0 ? this.doc.tokenFolded(i)[f.wordStart - 1] : '';
    if (c === 'ب' || c === 'ل' || c === 'ك') return true;
    if (!adjacent(this.doc, i - 1, i)) return true;
    if (!this.doc.tokenArabic[i - 1]) return false;
    return PLACE_HEADS.has(this.doc.tokenFolded(i - 1));
  }

  /** Records a multi-word name spanning tokens i..j (the first word from `wordStart`) and marks them used. */
  private takeMultiword(mw: MultiwordSpelling, i: number, j: number, wordStart: number): void {
    this.add(mw.name.key, mw.name.team ? 'team' : 'list', mw.name, i, wordStart, foldedLength(this.doc, i), wordStart, j);
    for (let k = i; k <= j; k++) this.used[k] = 1;
  }

  /**
   * The last token of a multi-word name matched from token i on, or -1. The later words are the listed
   * words as written, or (`variant`) unused tokens that are spellings of them by `wordVariant`.
   */
  private matchWords(i: number, words: readonly string[], variant: boolean): number {
    let j = i;
    for (let k = 1; k < words.length; k++) {
      if (!adjacent(this.doc, j, j + 1)) return -1;
      const next = this.doc.tokenFolded(j + 1);
      if (variant ? this.used[j + 1] || !wordVariant(words[k]!, next) : next !== words[k]) return -1;
      j++;
    }
    return j;
  }

  // ---- 3. Compounds: عبد + word / عبدword, أبو + word / أبوword ----

  /** A compound is a name when both forms occur; the occurrences are built only for those. */
  compounds(): void {
    const { flags, used, marked } = this;
    const compounds = new Map<string, CompoundCandidate[]>();
    const addCompound = (key: string, c: CompoundCandidate) => {
      const list = compounds.get(key);
      if (list) list.push(c);
      else compounds.set(key, [c]);
    };
    for (let k = 0; k < marked.length; k++) {
      const i = marked[k]!;
      if (!(flags[i]! & COMPOUND) || used[i]) continue;
      for (const f of this.info(i).forms) {
        if (f.start !== f.wordStart) continue;
        const head = COMPOUND_HEADS.find((h) => f.form.startsWith(h));
        if (!head) continue;
        if (f.form === head && adjacent(this.doc, i, i + 1) && this.doc.tokenArabic[i + 1] && !used[i + 1] && this.doc.tokenFolded(i + 1).length >= 3) {
          addCompound(head + this.doc.tokenFolded(i + 1), { i, f, split: true });
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
        this.add('C:' + key, 'compound', undefined, i, f.start, foldedLength(this.doc, i), f.wordStart, split ? i + 1 : i);
        used[i] = 1;
        if (split) used[i + 1] = 1;
      }
    }
  }

  // ---- 4. Names in name positions ----

  /**
   * After a title, after a given name or a name particle, the subject of a reporting verb, the word
   * after a name found after a title or a verb (its family name): recorded in `anchors`, taken by
   * `otherWords`.
   */
  namePositions(): void {
    const { flags, n, marked } = this;
    for (let k = 0; k < marked.length; k++) {
      const i = marked[k]!;
      const fl = flags[i]!;
      if (!(fl & (BARE | VERB))) continue;
      if (!(fl & BARE)) {
        // The subject of a reporting verb, and the word after it when both look transliterated.
        if (this.anchor(i + 1, true)) this.anchor(i + 2, true);
        continue;
      }
      let j = i + 1;
      const title = (fl & TITLE) !== 0;
      if (title) {
        // Skip the title's modifiers: words with the article, nisba adjectives, links (باسم، العام).
        let skipped = 0;
        while (j < n && skipped < 4 && adjacent(this.doc, j - 1, j) && (flags[j]! & MODIFIER || (!(flags[j]! & ARABIC) && isModifier(this.doc.tokenFolded(j))))) {
          j++;
          skipped++;
        }
      }
      // A family name after an unlisted first name (رجل الأعمال فيكتور فيكسلبيرغ), when both look transliterated.
      if (this.anchor(j, false) && title && looksTransliterated(this.doc.tokenFolded(j))) this.anchor(j + 1, true);
    }
  }

  /**
   * Takes token j as a name in a name position. `weak`: the position is also the place of ordinary words
   * (a verb's subject, the word after a name), so the word must also look transliterated.
   */
  private anchor(j: number, weak: boolean): boolean {
    // The word-level tests (see `wordInfo`): not a stop word, three letters or more; the name itself
    // carries no conjunction or preposition, the article only in Arabic family names (الجبير), and is
    // not a title, a stop word, an ordinary word or an unlisted spelling of a bundled name. In a weak
    // position, also not a title or a given name (after a verb, its own turn of the loop takes the name
    // after it) and it looks transliterated.
    if (j >= this.n || this.used[j] || !(this.flags[j]! & (weak ? WEAK_ANCHOR : ANCHOR)) || !adjacent(this.doc, j - 1, j)) return false;
    const f = this.info(j).plain!;
    // An unlisted spelling of a team name (دونالد طرامب) joins that name below, not a name of its own.
    if (!this.bundledOnly && this.lexicons[0]!.variantOf(f.form) !== undefined) return false;
    this.anchorAt[j] = 1;
    const sk = f.sk;
    let set = this.anchors.get(sk);
    if (set === undefined) this.anchors.set(sk, (set = new Set()));
    if (set.has(f.form)) return true;
    // Two names in name positions with one skeleton are one name only when they pass the same test as
    // any other pair (الجابر and الجبير are two people).
    const withArticle = this.doc.tokenFolded(j).startsWith('ال');
    const first = this.firstAnchor.get(sk);
    if (first === undefined || foldedEqualOrVariant(first, f.form, withArticle)) {
      if (first === undefined) this.firstAnchor.set(sk, f.form);
      set.add(f.form);
    } else this.anchorKey.set(f.form, 'N:' + sk + '#' + f.form);
    return true;
  }

  // ---- The other words: names found in name positions, unlisted spellings of listed names ----

  otherWords(): void {
    const { flags, used, n, local, ids, anchorAt } = this;
    /** This run's free hits, and per word of the document the index of its hit there: -1 none, -2 not yet known. */
    const hits: FreeHit[] = [];
    const hitOf = new Int32Array(ids.length).fill(-2);
    // With the bundled list only, a word with no form of five letters or more and nothing loose in the
    // list gets no free hit (`freeOf`): such tokens are passed over on their flags alone.
    const need = this.bundledOnly ? LONG_FORM | LOOSE : ARABIC;
    for (let i = 0; i < n; i++) {
      if (used[i]) continue;
      if (anchorAt[i]) {
        this.anchoredAt(i);
        continue;
      }
      if (!(flags[i]! & need)) continue;
      const w = local[i]!;
      let hit = hitOf[w]!;
      if (hit === -2) {
        const h = this.freeOf(i, ids[w]!, flags[i]!);
        hit = hitOf[w] = h ? hits.push(h) - 1 : -1;
      }
      if (hit >= 0) {
        const h = hits[hit]!;
        this.add(h.key, h.source, h.listed, i, h.from, h.to < 0 ? foldedLength(this.doc, i) : h.to, h.wordStart, i, foldedLength(this.doc, i), h.anchored);
        used[i] = 1;
      }
    }
  }

  /**
   * What a word outside a name position is (the same for every occurrence of one folded word in this
   * run: it depends only on the word, the anchors and the lexicons). With the bundled list only, a word
   * none of whose skeletons is that of a name in a name position (`nearAnchor`) gets what the list gives
   * it, worked out once per word.
   */
  private freeOf(i: number, id: number, flags: number): FreeHit | null {
    // (The word's folded text, token i's, is read only for the words looked up.)
    if (!this.bundledOnly || this.nearAnchor(id, flags)) return freeHit(this.doc.tokenFolded(i), INFOS[id]!, this.anchors, this.lexicons);
    if (!(flags & LOOSE)) return null;
    const w = INFOS[id]!;
    if (w.listedFree === undefined) w.listedFree = freeHit(this.doc.tokenFolded(i), w, undefined, this.lexicons);
    return w.listedFree;
  }

  /**
   * Whether some form of a word of five letters or more may share its skeleton with a name of five letters
   * or more found in a name position (by `anchorFilter`; false only when none does). Only those pairs can
   * pass `contextPair`.
   */
  private nearAnchor(id: number, flags: number): boolean {
    if (!(flags & LONG_FORM)) return false;
    if (flags & MANY_FORMS) return true;
    const filter = this.anchorFilter ?? this.buildAnchorFilter();
    const mask = filter.length - 1;
    for (let k = id * SK_SLOTS, end = k + SK_SLOTS; k < end; k++) {
      const h = SKELETONS[k]!;
      if (h === 0) break;
      if (filter[(h >>> 5) & mask]! & (1 << (h & 31))) return true;
    }
    return false;
  }

  /**
   * A bit per skeleton hash (`hashString`) of the names of five letters or more found in name positions,
   * built once the anchors are all known.
   */
  private anchorFilter: Uint32Array | undefined;

  private buildAnchorFilter(): Uint32Array {
    const hashes: number[] = [];
    this.anchors.forEach((forms, sk) => {
      // Names of fewer than five letters claim no other word (`contextPair`).
      let long = false;
      forms.forEach((a) => {
        if (a.length >= 5) long = true;
      });
      if (long) hashes.push(hashString(sk));
    });
    // About 64 bits per skeleton (a word passes wrongly for one skeleton in 64), a power of two of 32-bit words.
    let size = 2;
    while (size < 2 * hashes.length) size *= 2;
    const filter = new Uint32Array(size);
    for (const h of hashes) filter[(h >>> 5) & (size - 1)]! |= 1 << (h & 31);
    return (this.anchorFilter = filter);
  }


  /** A token in a name position (pass 4): its name, or an unlisted spelling of a listed one. */
  private anchoredAt(i: number): void {
    const f = this.info(i).plain!;
    const own = this.anchorKey.size === 0 ? undefined : this.anchorKey.get(f.form);
    if (own) {
      this.add(own, 'context', undefined, i, f.start, foldedLength(this.doc, i), f.wordStart, i, foldedLength(this.doc, i), true);
      this.used[i] = 1;
      return;
    }
    if (f.form.length < 3) return;
    const sk = f.sk;
    if (this.anchors.get(sk)) {
      this.add(contextKey(f), 'context', undefined, i, f.start, foldedLength(this.doc, i), f.wordStart, i, foldedLength(this.doc, i), true);
      this.used[i] = 1;
      return;
    }
    // An unlisted spelling of a listed country stem in an inflected word (الأمريكيه).
    for (const lex of this.lexicons) {
      const m = lex.looseStemMatch(f.word);
      if (m) {
        this.add(m.name.key, m.name.team ? 'team' : 'list', m.name, i, f.wordStart + m.start, f.wordStart + m.end, f.wordStart);
        this.used[i] = 1;
        return;
      }
    }
    // An unlisted spelling of a listed name (ترامب → ترومب), never with the article.
    if (f.start !== f.wordStart) return;
    for (const lex of this.lexicons) {
      const v = lex.bySkeletonOf(f.form);
      if (v && v.folded.some((x) => sameName(x, f.form))) {
        this.add(v.key, v.team ? 'team' : 'list', v, i, f.start, foldedLength(this.doc, i), f.wordStart);
        this.used[i] = 1;
        return;
      }
    }
  }

  // ---- 5. First names before one family name, differing by transliteration letters (سيرغي لافروف / سيرجي لافروف) ----

  /**
   * Grouped by token first, by numbers (the first name's key number, the family name's word), so that no
   * string is read or built per token; the occurrences and the key are built only for groups with two
   * spellings.
   */
  firstNames(): void {
    const { flags, used, n, local, ids } = this;
    const words = this.doc.wordIds();
    // Per first-name key number, its index among this run's keys + 1, stamped with the run (arrays kept
    // from run to run: one the size of every key ever seen, made per run, would cost a short article more
    // than its names).
    if (KEY_RUN.length < FIRST_NAME_KEYS.size) {
      const size = Math.max(KEY_RUN.length * 2, FIRST_NAME_KEYS.size);
      const run = new Int32Array(size);
      run.set(KEY_RUN);
      KEY_RUN = run;
      const local = new Int32Array(size);
      local.set(KEY_LOCAL);
      KEY_LOCAL = local;
    }
    if (keyRuns === 0x7fffffff) {
      KEY_RUN.fill(0);
      keyRuns = 0;
    }
    const run = ++keyRuns;
    let keys = 0;
    /** The family names that are not words of the document's Arabic tokens (`local` -1): word id → index after those. */
    let others: Map<number, number> | undefined;
    const families = ids.length;
    /** (key index, family index) → index in `groups`. */
    const byPair = new Map<number, number>();
    /** In order of first appearance: the first token (its key and family name) and the tokens (a lone token as its index: most groups have one). */
    const groups: { first: number; list: number | number[] }[] = [];
    for (let i = 0; i + 1 < n; i++) {
      // The family name is a name found before (a used token): rare, so tested first.
      if (!used[i + 1] || used[i] || !(flags[i]! & FIRST_NAME)) continue;
      if (foldedLength(this.doc, i + 1) < 4 || !adjacent(this.doc, i, i + 1)) continue;
      const keyId = FIRST_KEY_OF[words[i]!]!;
      let k: number;
      if (KEY_RUN[keyId] === run) k = KEY_LOCAL[keyId]!;
      else {
        k = ++keys;
        KEY_RUN[keyId] = run;
        KEY_LOCAL[keyId] = k;
      }
      let family = local[i + 1]!;
      if (family < 0) {
        others ??= new Map();
        const id = words[i + 1]!;
        family = others.get(id) ?? -1;
        if (family < 0) others.set(id, (family = families + others.size));
      }
      // Keys and families are fewer than the tokens: the pair's number is exact.
      const pair = (k - 1) * (families + n) + family;
      const g = byPair.get(pair);
      if (g === undefined) {
        byPair.set(pair, groups.length);
        groups.push({ first: i, list: i });
      } else {
        const group = groups[g]!;
        if (typeof group.list === 'number') group.list = [group.list, i];
        else group.list.push(i);
      }
    }
    for (const { first, list } of groups) {
      if (typeof list === 'number') continue;
      // The spelling of each occurrence is its form (no clitics: `firstNameOf` takes unstripped forms only).
      const spelling = this.info(list[0]!).firstName!.form.form;
      if (list.every((i) => this.info(i).firstName!.form.form === spelling)) continue;
      const key = 'G:' + this.info(first).firstName!.key + ' ' + this.doc.tokenFolded(first + 1);
      for (const i of list) {
        const f = this.info(i).firstName!.form;
        this.add(key, 'context', undefined, i, f.start, foldedLength(this.doc, i), f.wordStart);
        used[i] = 1;
      }
    }
  }
}
