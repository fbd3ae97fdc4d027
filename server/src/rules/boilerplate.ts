/**
 * Rule `boilerplate`: text pasted from a news site that is not the story — subscription promos, "read
 * also" blocks with their headlines, share bars, footers, ad labels, app and comment prompts, cookie
 * notices, interface lines, CMS placeholders, editor notes — and lines that recur word for word in 3 or
 * more articles of the workspace (template leftovers).
 *
 * A LINE is judged as a whole (what the line is for), on its folded key (core/config.ts `phraseKey`):
 *   - a catalogue header is the whole line, or the header + separator + a short headline («للمزيد: …»);
 *   - a catalogue phrase contained in a short line (copyright, disclaimer, cookie, placeholder);
 *   - interface shapes («منذ 3 ساعات», «صورة 3 من 12», breadcrumbs);
 *   - a call to action: an invitation addressed to the reader AND a channel of the site (WhatsApp, the
 *     app, the newsletter, «هنا»). Lines that report (قال، أعلنت …) or run long are story sentences.
 * Flagged lines grow into blocks: a bare related-links header takes the headline-like lines after it
 * (never a heading, a story sentence or a nested list item; across a blank line only a plain headline);
 * emoji/symbol lines and short call-to-action lines next to a flagged line join it; a section break
 * («---», «* * *») joins only between two lines of a block; flagged lines separated only by blank lines
 * are one block, one finding. Masked lines (HTML comments, images, suppression directives) and table rows
 * are never flagged and never join. Not flagged: a line (or a block, a multi-line entry) in `boilerplate.allow`, a story about WhatsApp, a
 * quoted price, a short recurring line (dateline, subheading), a recurring line that reads as story prose.
 * A block holding a template line is not removed by fix-all (recurrence alone is not certainty).
 */
import { markdownText } from '../core/markdown';
import { phraseKey } from '../core/config';
import type { ArticleDocument, Line } from '../core/document';
import { cliticReadings } from '../core/clitics';
import { documentWords, type DocumentWords, WORDS } from '../core/keys';
import { ARTICLES_AR, arCount, enCount } from '../core/plural';
import type { Rule, RuleContext } from '../core/rule';
import type { Bilingual, Finding, Fix, RelatedLocation, TextEdit } from '../core/types';
import type { Indexer } from '../core/workspace';
import {
  AD_WORDS, BREADCRUMB_SEPARATORS, BREADCRUMB_START, EDITOR_NOTE_DESK, EDITOR_NOTE_OPENERS, NOTE_CHECK_WORDS, PLACEHOLDER_SLOTS, RELATED_CUES, CHANNELS, CONTAINED, CTA_MASDARS, CTA_STRONG, CTA_WEAK, HEADERS, KINDS, MESSAGING_APPS,
  PITCH, READER_ADDRESS, REPORTING_VERBS, SOCIAL_NETWORKS, UI_FIRST_WORDS, UI_MAX_WORDS, UI_PATTERNS, type BoilerplateKind,
} from '../lexicon/boilerplate';

const ID = 'boilerplate';
export const BOILERPLATE_INDEXER_ID = 'boilerplate-lines';

// ---- the catalogue, folded once at load ----

type CueType = 'strong' | 'weak' | 'masdar' | 'reader' | 'channel' | 'social' | 'messaging' | 'pitch' | 'report';
interface Cue {
  type: CueType;
  kind?: BoilerplateKind;
  label?: Bilingual;
}
const CUES = new Map<string, Cue[]>();
const addCue = (phrase: string, cue: Cue) => {
  const k = phraseKey(phrase);
  if (!k) return;
  const list = CUES.get(k) ?? [];
  list.push(cue);
  CUES.set(k, list);
};
CTA_STRONG.forEach((p) => addCue(p, { type: 'strong' }));
CTA_WEAK.forEach((p) => addCue(p, { type: 'weak' }));
CTA_MASDARS.forEach((p) => addCue(p, { type: 'masdar' }));
READER_ADDRESS.forEach((p) => addCue(p, { type: 'reader' }));
CHANNELS.forEach((c) => addCue(c.word, { type: 'channel', kind: c.kind }));
SOCIAL_NETWORKS.forEach((p) => addCue(p, { type: 'social', kind: 'social-bar' }));
MESSAGING_APPS.forEach((a) => a.names.forEach((n) => addCue(n, { type: 'messaging', kind: 'messaging-promo', label: a.label })));
PITCH.forEach((p) => addCue(p, { type: 'pitch' }));
REPORTING_VERBS.forEach((p) => addCue(p, { type: 'report' }));
/** Verbs take only a conjunction (وتابعوا); nouns take prepositions and the article too (للاشتراك). */
const VERB_CUES = new Set<CueType>(['strong', 'weak', 'report']);
const MAX_GRAM = 3;

const HEADER_MAP = new Map(HEADERS.map((h) => [phraseKey(h.phrase), h]));
const HEADER_MAX_WORDS = Math.max(...[...HEADER_MAP.keys()].map((k) => k.split(' ').length));
const HEADER_FIRST_WORDS = new Set([...HEADER_MAP.keys()].map((k) => k.split(' ')[0]!));
const CONTAINED_KEYS = CONTAINED.map((c) => ({ key: ` ${phraseKey(c.phrase)} `, phrase: c.phrase, kind: c.kind, maxWords: c.maxWords ?? 30 }));
/** A line holds a contained phrase only if it holds its first word and is short enough (a cheap pre-check). */
const CONTAINED_FIRST_WORDS = new Set(CONTAINED_KEYS.map((c) => c.key.trim().split(' ')[0]!));
const CONTAINED_MAX_WORDS = Math.max(...CONTAINED_KEYS.map((c) => c.maxWords));
const BREADCRUMB_KEYS = BREADCRUMB_START.map(phraseKey);
const wordSet = (list: readonly string[]) => new Set(list.map(phraseKey));
const AD_SET = wordSet(AD_WORDS);
const RELATED_SET = wordSet(RELATED_CUES);
const NOTE_OPENER_SET = wordSet(EDITOR_NOTE_OPENERS);
const NOTE_DESK_SET = wordSet(EDITOR_NOTE_DESK);
const SLOT_SET = wordSet(PLACEHOLDER_SLOTS);
const CHECK_SET = wordSet(NOTE_CHECK_WORDS);
/** Whether the word, with or without its clitics (و، ف، ب، ل، ال), is in the set. */
function inSet(word: string, set: Set<string>): boolean {
  if (set.has(word)) return true;
  return cliticReadings(word).some((r) => set.has(r.stem));
}

/** Lines longer than this are story paragraphs, never a call to action. */
const CTA_MAX_WORDS = 30;
/** A headline after a related-links header: short, no sentence punctuation at the end. */
const HEADLINE_MAX_WORDS = 18;
const HEADLINES_MAX = 6;
/** The headline after «للمزيد:» on the same line. */
const INLINE_HEADLINE_MAX_WORDS = 25;
/** A bracketed placeholder line («[صورة]», «{{التعليق}}»), a © line. */
const PLACEHOLDER_MAX_WORDS = 12;
const COPYRIGHT_MAX_WORDS = 20;
/** A line is distinctive enough for the workspace index with this many words and letters. */
const TEMPLATE_MIN_WORDS = 5;
const TEMPLATE_MIN_LETTERS = 25;
const TEMPLATE_MAX_WORDS = 25;
const TEMPLATE_MIN_ARTICLES = 3;
/** A shared line this long is story text (used to tell versions of one story from template articles). */
const VERSION_LONG_WORDS = 15;
/** Index keys are cut here (memory bound; longer lines that agree this far are the same paragraph). */
const INDEX_KEY_MAX = 200;
const SEPARATOR_AFTER_HEADER = /^[\s]*(?:[:：|\-–—»>]|\.\.)/;
const DECORATION = /^[\s\p{P}\p{S}\p{Extended_Pictographic}\uFE0F\u200D]+$/u;
/** A section break (`---`, `* * *`, `___`, `===`, `…...`): the writer's, unless it sits between boilerplate lines. */
const SECTION_BREAK = /^\s*(?:[-–—_*=~•·.]\s*){3,}$/;
/** The delimiter row of a Markdown table («|---|:--:|», «--- | ---»). */
const TABLE_DELIMITER = /^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)+\|?\s*$/;
/** A recurring line that ends like a sentence («.» «؟» «!» «…»). */
const SENTENCE_END = /[.!?؟…]["»”')\]]*$/;
/** A recurring sentence this long (or with a reporting verb) is story prose: background repeated across stories. */
const PROSE_MIN_WORDS = 10;

// ---- line analysis ----

interface Match {
  kind: BoilerplateKind;
  /** What matched, in the original spelling, for the hover. */
  evidence: string[];
  label?: Bilingual;
  /** Opens a related-links block (a bare header): the headline-like lines after it join. */
  opens?: boolean;
  /** A header recognised by its shape only: it stands only when a headline follows it. */
  needsHeadline?: boolean;
  /**
   * The line is a catalogue header, label or stock phrase by itself («اقرأ أيضاً:», «إعلان», «آخر تحديث: …»):
   * "Not boilerplate" never allows it alone (that would disable it for the team everywhere).
   */
  generic?: boolean;
  /** Number of articles holding the line (template lines, or a flagged line that also recurs). */
  articles?: number;
  /** Some of the other articles holding it. */
  uris?: string[];
}

/** What the rule reads of a line. The key and its words are built when first asked (most lines never are). */
class LineInfo {
  /** Only blank space (front-matter lines count as blank). */
  blank = false;
  /** Only punctuation, symbols or emoji («👇», «⬇️⬇️⬇️», «►►»): joins a flagged neighbour. */
  decoration = false;
  /**
   * A section break («---», «* * *»): joins a block only between two of its lines, never at its edge, so
   * the writer's break before or after a flagged line stays.
   */
  sectionBreak = false;
  /**
   * Text that is not prose and is masked (an HTML comment, an image, a suppression directive) or a table
   * row: never flagged, never joins a block, and it ends one (a block is removed with its lines only).
   */
  opaque = false;
  match: Match | undefined = undefined;
  /** A short line with some call-to-action cue: joins a flagged neighbour. */
  weakCue: string[] | undefined = undefined;
  headlineLike = false;
  /** How the line came into a block. */
  role: 'match' | 'headline' | 'joined' | undefined = undefined;

  /** `doc` undefined: a line whose key is empty whatever it holds (the front matter). */
  constructor(
    private readonly doc: ArticleDocument | undefined,
    readonly line: Line,
    /** Number of words of the key. */
    readonly wordCount: number,
  ) {}

  /** The line's key (core/config.ts `phraseKey` of its masked text). */
  get key(): string {
    return this.doc ? lineKeyAt(this.doc, this.line.index) : '';
  }

  /** The words of the key. */
  get words(): string[] {
    return this.doc ? lineWordsAt(this.doc, this.line.index) : [];
  }
}

interface CueHit {
  cue: Cue;
  word: number;
  n: number;
  /** The clitics stripped from the first word (و/ف; ب/ل). */
  conj: string;
  prep: string;
}

/** First words of the cue phrases: a word whose readings hold none of these starts no cue. */
const CUE_FIRST_WORDS = new Set([...CUES.keys()].map((k) => k.split(' ')[0]!));
const LATIN_START = /^[a-z]/;
/**
 * Pre-check for `cueHits`: every candidate stem is a suffix of the word (clitics are stripped from its
 * start), so a word whose last two code units end no cue first word starts no cue. Hashed, so a false
 * positive only costs the full check.
 */
const CUE_END = new Uint8Array(1 << 16);
const endHash = (a: number, b: number) => (a * 31 + b) & 0xffff;
let CUE_END_SHORT = false;
for (const w of CUE_FIRST_WORDS) {
  if (w.length < 2) CUE_END_SHORT = true;
  else CUE_END[endHash(w.charCodeAt(w.length - 2), w.charCodeAt(w.length - 1))] = 1;
}
function mayStartCue(word: string): boolean {
  const n = word.length;
  if (n < 2 || CUE_END_SHORT) return true;
  return CUE_END[endHash(word.charCodeAt(n - 2), word.charCodeAt(n - 1))] === 1;
}

interface CueReading {
  stem: string;
  prep: string;
  conj: string;
  article: boolean;
}
/** Readings of a word (clitics stripped) whose stem starts a cue, by word: words recur from line to line. */
const CUE_READINGS = new Map<string, readonly CueReading[]>();
const CUE_READINGS_MAX = 50_000;
function cueReadings(word: string): readonly CueReading[] {
  let list = CUE_READINGS.get(word);
  if (list === undefined) {
    const readings = LATIN_START.test(word) ? [] : cliticReadings(word);
    const candidates: readonly CueReading[] = readings.length ? readings : [{ stem: word, prep: '', conj: '', article: false }];
    list = candidates.filter((r) => CUE_FIRST_WORDS.has(r.stem)).map((r) => ({ stem: r.stem, prep: r.prep, conj: r.conj, article: r.article }));
    if (CUE_READINGS.size >= CUE_READINGS_MAX) CUE_READINGS.clear();
    CUE_READINGS.set(word, list);
  }
  return list;
}

/** Cue hits of a line's words (n-grams up to 3, clitics stripped from the first word). */
function cueHits(words: string[]): CueHit[] {
  const hits: CueHit[] = [];
  for (let i = 0; i < words.length; i++) {
    const first = words[i]!;
    if (!mayStartCue(first)) continue;
    const candidates = cueReadings(first);
    if (candidates.length === 0) continue;
    const seen = new Set<Cue>();
    for (const r of candidates) {
      const nounOnly = r.prep !== '' || r.article;
      let gram = r.stem;
      for (let n = 1; n <= MAX_GRAM && i + n <= words.length; n++) {
        if (n > 1) gram += ' ' + words[i + n - 1];
        const cues = CUES.get(gram);
        if (!cues) continue;
        for (const cue of cues) {
          if (seen.has(cue) || (nounOnly && VERB_CUES.has(cue.type))) continue;
          seen.add(cue);
          hits.push({ cue, word: i, n, conj: r.conj, prep: r.prep });
        }
      }
    }
  }
  return hits;
}

/** Header kinds that may carry their content on the same line after a separator. */
const INLINE_KINDS = new Set<BoilerplateKind>(['related-links', 'editor-note', 'copyright-footer', 'social-bar']);

interface TeamLists {
  phrases: string[];
  allow: Set<string>;
  /** Allowed blocks: an entry of several lines (joined with "\n"), as the keys of its lines. */
  allowBlocks: string[][];
  /** The word counts of the `allow` keys: a line of another count is not allowed (decided without its key). */
  allowCounts: Set<number>;
  /** The first word of each team phrase, and its id in `WORDS`. */
  phraseFirstWords: string[];
  phraseFirstIds: Set<number>;
}

function teamLists(ctx: RuleContext): TeamLists {
  const phrases = ctx.config.team.boilerplate.phrases.map(phraseKey).filter(Boolean);
  const entries = ctx.config.team.boilerplate.allow;
  const allow = new Set(entries.filter((e) => !e.includes('\n')).map(phraseKey));
  const allowBlocks = entries.filter((e) => e.includes('\n')).map((e) => e.split('\n').map(phraseKey).filter(Boolean)).filter((b) => b.length > 0);
  const phraseFirstWords = phrases.map((p) => p.split(' ')[0]!);
  const phraseFirstIds = new Set(phraseFirstWords.map((w) => WORDS.idOf(w)));
  return { phrases, allow, allowBlocks, allowCounts: new Set([...allow].map(keyWordCount)), phraseFirstWords, phraseFirstIds };
}

const keyWordCount = (key: string) => (key === '' ? 0 : key.split(' ').length);

function isAllowed(team: TeamLists, info: LineInfo): boolean {
  return team.allow.size > 0 && team.allowCounts.has(info.wordCount) && team.allow.has(info.key);
}

function withMatch(info: LineInfo, match: Match): LineInfo {
  info.match = match;
  return info;
}

/**
 * Above this many words a line is a story paragraph for every check that is bounded by the length of the
 * line (headers with their inline headline, headline-like lines, ad labels, placeholders, related-links
 * headers, interface shapes, ©, calls to action). What a longer line can still match: a team phrase, an
 * allowed line, a contained phrase with a larger `maxWords`, an editor note or a breadcrumb (by their
 * first words) — and, in the workspace, a template line (by its key, see `recurringLines`).
 */
const LONG_LINE_WORDS = Math.max(CTA_MAX_WORDS, HEADLINE_MAX_WORDS, HEADER_MAX_WORDS + INLINE_HEADLINE_MAX_WORDS, UI_MAX_WORDS, COPYRIGHT_MAX_WORDS, PLACEHOLDER_MAX_WORDS);
/** Contained phrases a long line may still hold (their first word, their `maxWords`). */
const CONTAINED_LONG = CONTAINED_KEYS.filter((c) => c.maxWords > LONG_LINE_WORDS).map((c) => ({ first: c.key.trim().split(' ')[0]!, maxWords: c.maxWords }));
const CONTAINED_LONG_MAX_WORDS = Math.max(0, ...CONTAINED_LONG.map((c) => c.maxWords));
/** The first words a long line is judged by (editor-note openers and desks, breadcrumb starts). */
const PREFIX_WORDS = Math.max(5, ...BREADCRUMB_KEYS.map(keyWordCount));

// ---- a first look at each line, by the flags of its words ----

/*
 * Most lines of a draft are story prose. `analyse` rejects them before any string is built: each word of
 * the key (an id of `WORDS`) has flags saying what it can start or be, computed once per word, and a line
 * none of whose words can start anything `analyseFull` looks for is decided without it (`mayMatch`).
 */
/** The word's flags are computed (so a computed word is never 0). */
const F_SEEN = 1;
/** The first word of a catalogue header. */
const F_HEADER_FIRST = 2;
/** An ad label word (clitics stripped). */
const F_AD = 4;
const F_NOTE_OPENER = 8;
/** An editor-desk word (clitics stripped). */
const F_NOTE_DESK = 16;
/** A related-links word (clitics stripped). */
const F_RELATED = 32;
const F_BREADCRUMB_FIRST = 64;
const F_CONTAINED_FIRST = 128;
/** «هنا» (a template slot «… هنا»). */
const F_HERE = 256;
// With its clitics stripped, the first word of a cue of these types (reporting verbs have no flag: a line
// whose only cues report is a story sentence):
/** A channel of the site, a social network or a messaging app. */
const F_CHANNEL = 512;
/** A strong invitation or the reader addressed. */
const F_STRONG = 1024;
/** The reader addressed. */
const F_READER = 2048;
const F_WEAK = 4096;
const F_MASDAR = 8192;
const F_PITCH = 16384;
/** The first word of a contained phrase a long line may hold (`CONTAINED_LONG`). */
const F_CONTAINED_LONG = 32768;

/** The first words of the cue phrases of these types. */
function cueFirstWords(types: readonly CueType[]): Set<string> {
  return new Set([...CUES].filter(([, cues]) => cues.some((c) => types.includes(c.type))).map(([k]) => k.split(' ')[0]!));
}
const CUE_FIRST_BY_FLAG: readonly [number, Set<string>][] = [
  [F_CHANNEL, cueFirstWords(['channel', 'social', 'messaging'])],
  [F_STRONG, cueFirstWords(['strong', 'reader'])],
  [F_READER, cueFirstWords(['reader'])],
  [F_WEAK, cueFirstWords(['weak'])],
  [F_MASDAR, cueFirstWords(['masdar'])],
  [F_PITCH, cueFirstWords(['pitch'])],
];
const BREADCRUMB_FIRST_WORDS = new Set(BREADCRUMB_KEYS.map((k) => k.split(' ')[0]!));
/**
 * Phrases by their first word: their second words, or 'any' when the first word is a phrase by itself.
 * A line holds one of the phrases only where it holds its first two words.
 */
function secondWords(keys: readonly string[]): Map<string, Set<string> | 'any'> {
  const out = new Map<string, Set<string> | 'any'>();
  for (const key of keys) {
    const [first, second] = key.split(' ') as [string, string | undefined];
    const seconds = out.get(first) ?? new Set<string>();
    if (seconds === 'any' || second === undefined) out.set(first, 'any');
    else out.set(first, seconds.add(second));
  }
  return out;
}
const CONTAINED_SECOND = secondWords(CONTAINED_KEYS.map((c) => c.key.trim()));
/** Headers and breadcrumbs: a line opening with one. */
const OPENER_SECOND = secondWords([...HEADER_MAP.keys(), ...BREADCRUMB_KEYS].filter(Boolean));

/** Whether words `k`, `k + 1` of a line (ids; the line's words end before `end`) are the first words of one of `phrases`. */
function startsPhrase(phrases: Map<string, Set<string> | 'any'>, ids: Int32Array, k: number, end: number): boolean {
  const second = phrases.get(WORDS.word(ids[k]!));
  return second === 'any' || (second !== undefined && k + 1 < end && second.has(WORDS.word(ids[k + 1]!)));
}

function computeFlags(w: string): number {
  let f = F_SEEN;
  if (HEADER_FIRST_WORDS.has(w)) f |= F_HEADER_FIRST;
  if (inSet(w, AD_SET)) f |= F_AD;
  if (NOTE_OPENER_SET.has(w)) f |= F_NOTE_OPENER;
  if (inSet(w, NOTE_DESK_SET)) f |= F_NOTE_DESK;
  if (inSet(w, RELATED_SET)) f |= F_RELATED;
  if (BREADCRUMB_FIRST_WORDS.has(w)) f |= F_BREADCRUMB_FIRST;
  if (CONTAINED_FIRST_WORDS.has(w)) f |= F_CONTAINED_FIRST;
  if (w === 'هنا') f |= F_HERE;
  if (CONTAINED_LONG.some((c) => c.first === w)) f |= F_CONTAINED_LONG;
  // The readings `cueHits` tries (whether the cue takes a noun or a verb aside).
  if (mayStartCue(w)) for (const r of cueReadings(w)) for (const [flag, set] of CUE_FIRST_BY_FLAG) if (set.has(r.stem)) f |= flag;
  return f;
}

/** Flags by word id of `WORDS` (0 = not computed yet), for `flagsGeneration` of `WORDS`. */
let FLAGS = new Uint16Array(4096);
let flagsGeneration = -1;

function wordFlags(id: number): number {
  if (id >= FLAGS.length) {
    const b = new Uint16Array(Math.max(FLAGS.length * 2, id + 1));
    b.set(FLAGS);
    FLAGS = b;
  }
  let f = FLAGS[id]!;
  if (f === 0) FLAGS[id] = f = computeFlags(WORDS.word(id));
  return f;
}

/**
 * The document's key runs, with `FLAGS` forgotten when `WORDS` was cleared since they were computed (the
 * parse of a document is where `WORDS` forgets its words when it holds too many).
 */
function startWords(doc: ArticleDocument): DocumentWords {
  if (flagsGeneration !== WORDS.generation) {
    FLAGS.fill(0);
    flagsGeneration = WORDS.generation;
  }
  return documentWords(doc, true);
}

/** A white-space code unit as `String.prototype.trim` sees it. */
function isTrimSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** The first code unit of `text[start, end)` after white space, or -1. */
function firstUnit(text: string, start: number, end: number): number {
  while (start < end && isTrimSpace(text.charCodeAt(start))) start++;
  return start < end ? text.charCodeAt(start) : -1;
}

/** The last code unit of `text[start, end)` before white space, or -1. */
function lastUnit(text: string, start: number, end: number): number {
  while (end > start && isTrimSpace(text.charCodeAt(end - 1))) end--;
  return end > start ? text.charCodeAt(end - 1) : -1;
}

/** `/[©]|\(c\)/i` in `text[start, end)`. */
function hasCopyrightSign(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xa9) return true;
    if (c === 0x28 && i + 2 < end && (text.charCodeAt(i + 1) | 0x20) === 0x63 && text.charCodeAt(i + 2) === 0x29) return true;
  }
  return false;
}

const UI_FIRST = new Set(UI_FIRST_WORDS.map(phraseKey));
/** Whether a key starting with this word may match one of `UI_PATTERNS`. */
function mayStartUi(first: string): boolean {
  const c = first.charCodeAt(0);
  return (c >= 48 && c <= 57) || UI_FIRST.has(first);
}

/** «.» «،» «:» «؛» «,» «;»: a line ending with one is not headline-like. */
const CLAUSE_END = new Set([0x2e, 0x60c, 0x3a, 0x61b, 0x2c, 0x3b]);

/**
 * Whether `analyseFull` may find something in a line of 1 to `LONG_LINE_WORDS` words (not a table row,
 * not allowed) — a match or a weak cue. Each test stands for the checks of `analyseFull` that need it; a
 * line passing none of them is a line of the story.
 */
function mayMatch(doc: ArticleDocument, line: Line, team: TeamLists, ids: Int32Array, from: number, count: number): boolean {
  const end = from + count;
  const first = wordFlags(ids[from]!);
  // Headers and breadcrumbs, by their first two words.
  if (first & (F_HEADER_FIRST | F_BREADCRUMB_FIRST) && startsPhrase(OPENER_SECOND, ids, from, end)) return true;
  let any = 0;
  let channels = 0;
  for (let k = 0; k < count; k++) {
    const f = wordFlags(ids[from + k]!);
    any |= f;
    if (f & F_CHANNEL) channels++;
    // An editor note opens with «ملاحظة/تنبيه» among its first four words.
    if (k < 4 && f & F_NOTE_OPENER) return true;
    // A contained phrase, by its first two words.
    if (f & F_CONTAINED_FIRST && startsPhrase(CONTAINED_SECOND, ids, from + k, end)) return true;
  }
  // Ad labels (≤ 3 words), related-links headers (≤ 4 words), «… هنا» slots (≤ 8 words).
  if ((count <= 3 && any & F_AD) || (count <= 4 && any & F_RELATED) || (count <= 8 && any & F_HERE)) return true;
  // A call to action: a channel with a strong invitation (or the reader addressed), a weak one or a
  // masdar opening the line, a weak one with a pitch; the reader addressed with a masdar. A share bar:
  // two networks or more, or a short line. A weak cue on a line of ≤ 15 words: a strong invitation, a weak
  // one or a masdar opening the line, a channel on a line of ≤ 6 words.
  if (any & F_CHANNEL && (any & F_STRONG || first & (F_WEAK | F_MASDAR) || (any & F_WEAK && any & F_PITCH) || channels >= 2 || count <= 6)) return true;
  if (any & F_READER && any & F_MASDAR) return true;
  if (count <= 15 && (any & F_STRONG || first & (F_WEAK | F_MASDAR))) return true;
  // Team phrases, by their first word.
  if (team.phraseFirstIds.size) for (let k = from; k < end; k++) if (team.phraseFirstIds.has(ids[k]!)) return true;
  // A bracketed placeholder «[…]» «{{…}}», a © line.
  if (count <= PLACEHOLDER_MAX_WORDS) {
    const c = firstUnit(doc.text, line.start, line.end);
    if (c === 0x5b || c === 0x7b) return true;
  }
  if (count <= COPYRIGHT_MAX_WORDS && hasCopyrightSign(doc.masked, line.start, line.end)) return true;
  // Interface shapes, on the key of a short line that starts like one.
  if (count <= UI_MAX_WORDS && mayStartUi(WORDS.word(ids[from]!)) && UI_PATTERNS.some((re) => re.test(lineKeyAt(doc, line.index)))) return true;
  return false;
}

/**
 * A line of more than `LONG_LINE_WORDS` words, judged without building its key: undefined when it may
 * hold a team phrase, an allowed key or a long contained phrase (then the full analysis decides). Its
 * words are runs [from, from + count) of `dw`.
 */
function analyseLong(doc: ArticleDocument, dw: DocumentWords, from: number, line: Line, team: TeamLists, table: boolean, count: number): LineInfo | undefined {
  if (team.allowCounts.has(count)) return undefined;
  // A team phrase or a long contained phrase: the line holds its first word.
  const mayContain = count <= CONTAINED_LONG_MAX_WORDS;
  const ids = dw.wordIds();
  if (mayContain || team.phraseFirstIds.size) {
    for (let k = from; k < from + count; k++) {
      const id = ids[k]!;
      if ((mayContain && wordFlags(id) & F_CONTAINED_LONG) || team.phraseFirstIds.has(id)) return undefined;
    }
  }
  const info = new LineInfo(doc, line, count);
  // A line with key words has masked text (the folded text is folded from it): opaque only as a table row.
  if (table) {
    info.opaque = true;
    return info;
  }
  let opener = false;
  let desk = false;
  for (let k = 0; k < 5; k++) {
    const f = wordFlags(ids[from + k]!);
    if (k < 4 && f & F_NOTE_OPENER) opener = true;
    if (f & F_NOTE_DESK) desk = true;
  }
  if (opener && desk && /[:：\-–—]/.test(doc.masked.slice(line.start, line.end).trim())) {
    return withMatch(info, { kind: 'editor-note', evidence: [originalWords(doc, line, 0, 3)] });
  }
  if (wordFlags(ids[from]!) & F_BREADCRUMB_FIRST) {
    const first: string[] = [];
    for (let k = 0; k < PREFIX_WORDS; k++) first.push(dw.word(from + k));
    const prefix = first.join(' ') + ' ';
    if (BREADCRUMB_KEYS.some((b) => prefix.startsWith(b + ' ')) && doc.masked.slice(line.start, line.end).trim().split(BREADCRUMB_SEPARATORS).length >= 3) {
      return withMatch(info, { kind: 'ui-line', evidence: [doc.text.slice(line.start, line.end).trim()] });
    }
  }
  return info;
}

/** A line without key words: blank, a section break, decoration, or masked text. */
function analyseEmpty(doc: ArticleDocument, line: Line, table: boolean): LineInfo {
  const info = new LineInfo(doc, line, 0);
  if (firstUnit(doc.text, line.start, line.end) < 0) {
    info.blank = true;
    return info;
  }
  const raw = doc.text.slice(line.start, line.end);
  const masked = doc.masked.slice(line.start, line.end).trim();
  info.sectionBreak = SECTION_BREAK.test(raw);
  info.decoration = !info.sectionBreak && masked !== '' && DECORATION.test(masked);
  info.opaque = !info.sectionBreak && (table || masked === '');
  return info;
}

function analyse(doc: ArticleDocument, dw: DocumentWords, line: Line, team: TeamLists, table: boolean): LineInfo {
  const { foldAt } = doc.folded;
  const count = dw.select(foldAt[line.start]!, foldAt[line.end]!);
  const from = dw.from;
  if (count === 0) return analyseEmpty(doc, line, table);
  if (count > LONG_LINE_WORDS) return analyseLong(doc, dw, from, line, team, table, count) ?? analyseFull(doc, line, team, table, count);
  const info = new LineInfo(doc, line, count);
  if (table) {
    info.opaque = true;
    return info;
  }
  if (isAllowed(team, info)) return info;
  info.headlineLike = count <= HEADLINE_MAX_WORDS && !CLAUSE_END.has(lastUnit(doc.masked, line.start, line.end));
  if (!mayMatch(doc, line, team, dw.wordIds(), from, count)) return info;
  return analyseFull(doc, line, team, table, count);
}

/** Every check of a line of `count` ≥ 1 words (its key is built). */
function analyseFull(doc: ArticleDocument, line: Line, team: TeamLists, table: boolean, count: number): LineInfo {
  const words = lineWordsAt(doc, line.index);
  const key = lineKeyAt(doc, line.index);
  const raw = doc.text.slice(line.start, line.end);
  const masked = doc.masked.slice(line.start, line.end).trim();
  const heading = () => isHeading(doc, line);
  const info = new LineInfo(doc, line, count);
  // A line with key words is not blank, nor a section break or decoration; it has masked text.
  info.opaque = table;
  if (info.opaque || isAllowed(team, info)) return info;
  const foldedLine = doc.foldedOf(line);
  info.headlineLike = words.length <= HEADLINE_MAX_WORDS && !/[.،:؛,;]$/.test(masked);
  const original = (wi: number, n: number) => originalWords(doc, line, wi, n);

  // Team phrases: the line contains (or is) one.
  const padded = ` ${key} `;
  for (const p of team.phrases) {
    if (padded.includes(` ${p} `)) return withMatch(info, { kind: 'team-phrase', evidence: [p], generic: key === p });
  }

  // 1. Headers: the whole line, or header + separator + a short headline.
  for (let n = HEADER_FIRST_WORDS.has(words[0]!) ? Math.min(HEADER_MAX_WORDS, words.length) : 0; n >= 1; n--) {
    const h = HEADER_MAP.get(words.slice(0, n).join(' '));
    if (!h) continue;
    if (n === words.length) return withMatch(info, { kind: h.kind, evidence: [original(0, n)], opens: h.opensBlock, generic: true });
    const afterHeader = foldedLine.slice(wordEnd(doc, line, n - 1));
    // «للمزيد: headline» — but «فيديو.. headline» or a heading is a title, and ad/UI labels stand alone.
    if (INLINE_KINDS.has(h.kind) && !heading() && SEPARATOR_AFTER_HEADER.test(afterHeader) && words.length - n <= INLINE_HEADLINE_MAX_WORDS) {
      return withMatch(info, { kind: h.kind, evidence: [original(0, n)] });
    }
  }

  // 1b. General shapes: ad labels, related-links headers, editor notes, template slots.
  const trimmedRaw = raw.trim();
  if (words.length <= 3 && words.some((w) => inSet(w, AD_SET))) return withMatch(info, { kind: 'ad-marker', evidence: [trimmedRaw], generic: true });
  if (/^(?:\[[^\]]*\]|\{\{.*\}\})$/.test(trimmedRaw) && words.length <= PLACEHOLDER_MAX_WORDS) {
    const note = words.some((w) => inSet(w, CHECK_SET));
    return withMatch(info, { kind: note ? 'editor-note' : 'placeholder', evidence: [trimmedRaw], generic: true });
  }
  if (words.slice(0, 4).some((w) => NOTE_OPENER_SET.has(w)) && words.slice(0, 5).some((w) => inSet(w, NOTE_DESK_SET)) && /[:：\-–—]/.test(masked)) {
    return withMatch(info, { kind: 'editor-note', evidence: [original(0, Math.min(3, words.length))] });
  }
  if (words.length <= 4 && words.some((w) => inSet(w, RELATED_SET))) {
    return withMatch(info, { kind: 'related-links', evidence: [trimmedRaw], opens: true, needsHeadline: true, generic: true });
  }

  // 2. Interface shapes, breadcrumbs, the © sign.
  if (UI_PATTERNS.some((re) => re.test(key))) return withMatch(info, { kind: 'ui-line', evidence: [raw.trim()], generic: true });
  if (BREADCRUMB_KEYS.some((b) => key.startsWith(b + ' ')) && masked.split(BREADCRUMB_SEPARATORS).length >= 3) {
    return withMatch(info, { kind: 'ui-line', evidence: [raw.trim()] });
  }
  if (/[©]|\(c\)/i.test(masked) && words.length <= COPYRIGHT_MAX_WORDS) return withMatch(info, { kind: 'copyright-footer', evidence: ['©'], generic: words.length <= GENERIC_MAX_WORDS });

  // 3. Contained catalogue phrases (a reporting sentence is a story about them, not the thing itself).
  const mayContain = words.length <= CONTAINED_MAX_WORDS && words.some((w) => CONTAINED_FIRST_WORDS.has(w));
  const contained = mayContain ? CONTAINED_KEYS.find((c) => words.length <= c.maxWords && padded.includes(c.key)) : undefined;
  if (!contained && words.length > CTA_MAX_WORDS) return info; // a story paragraph: nothing more to look for
  const hits = cueHits(words);
  const reports = hits.some((h) => h.cue.type === 'report');
  if (contained && !reports) return withMatch(info, { kind: contained.kind, evidence: [contained.phrase], generic: words.length <= GENERIC_MAX_WORDS || padded === contained.key });
  if (reports || words.length > CTA_MAX_WORDS) return info;
  if (words.length <= 8 && words.includes('هنا') && words.some((w) => inSet(w, SLOT_SET))) return withMatch(info, { kind: 'placeholder', evidence: [trimmedRaw] });
  if (hits.length === 0) return info; // no cue: neither a call to action, a share bar nor a weak cue

  // 4. Calls to action: an invitation to the reader and a channel of the site.
  const has = (t: CueType) => hits.filter((h) => h.cue.type === t);
  const strong = [...has('strong'), ...has('reader')];
  // An imperative opens its line without «و»: «وشارك في المؤتمر …» is a story sentence.
  const weakAtStart = has('weak').filter((h) => h.word === 0 && h.conj === '');
  const weakBare = has('weak').filter((h) => h.conj === '');
  const masdar = has('masdar');
  // «للاشتراك»، «لمتابعة»، «بالضغط»: the purpose/means form a promo opens with (not «وتلقى …»).
  const masdarLead = masdar.filter((h) => h.word === 0 && h.prep !== '');
  const channels = [...has('messaging'), ...has('channel'), ...has('social')];
  const pitch = has('pitch');
  const ev = (list: CueHit[]) => list.map((h) => original(h.word, h.n));
  let cta = false;
  if (channels.length && strong.length && (channels.length + masdar.length + pitch.length > 0)) cta = true;
  else if (channels.length && weakAtStart.length && (masdar.length || pitch.length || words.length <= 12)) cta = true;
  else if (channels.length && masdarLead.length && words.length <= 15) cta = true;
  else if (channels.length && weakBare.length && pitch.length) cta = true;
  else if (strong.some((h) => h.cue.type === 'reader') && (channels.length || masdar.length)) cta = true;
  // A share bar: two or more network names and at most one other word.
  const platformWords = new Set(hits.filter((h) => h.cue.type === 'social' || h.cue.type === 'messaging').flatMap((h) => range(h.word, h.n)));
  if (platformWords.size >= 2 && words.length - platformWords.size <= 1 && !cta) {
    return withMatch(info, { kind: 'social-bar', evidence: ev(has('social').concat(has('messaging'))) });
  }
  if (cta) {
    const app = has('messaging')[0];
    const kind = app ? 'messaging-promo' : pickKind(channels);
    const evidence = dedupe(ev([...strong, ...weakAtStart, ...masdar, ...channels, ...pitch].sort((a, b) => a.word - b.word)));
    return withMatch(info, { kind, evidence, label: app?.cue.label });
  }
  if (words.length <= 15 && (strong.length || weakAtStart.length || masdarLead.length || (channels.length && words.length <= 6))) {
    info.weakCue = dedupe(ev([...strong, ...weakAtStart, ...masdarLead, ...channels]));
  }
  return info;
}

/** The kind a call to action is about: newsletter, comments, app, social, else a plain «click here». */
function pickKind(channels: CueHit[]): BoilerplateKind {
  for (const k of ['newsletter-promo', 'comment-prompt', 'app-prompt', 'call-to-action', 'social-bar'] as const) if (channels.some((h) => h.cue.kind === k)) return k;
  return 'call-to-action';
}

function range(start: number, n: number): number[] {
  return Array.from({ length: n }, (_, i) => start + i);
}

function dedupe(list: string[]): string[] {
  return [...new Set(list)];
}

/** End offset (in the line's folded text) of word `index` of a line of ≥ `index + 1` words. */
function wordEnd(doc: ArticleDocument, line: Line, index: number): number {
  const base = doc.folded.foldAt[line.start]!;
  const dw = documentWords(doc);
  const count = dw.select(base, doc.folded.foldAt[line.end]!);
  return index < count ? dw.ends[dw.from + index]! - base : doc.folded.foldAt[line.end]! - base;
}

/** The original text of words [wi, wi + n) of a line ('' when the line has fewer). */
function originalWords(doc: ArticleDocument, line: Line, wi: number, n: number): string {
  const dw = documentWords(doc);
  const count = dw.select(doc.folded.foldAt[line.start]!, doc.folded.foldAt[line.end]!);
  if (n < 1 || wi < 0 || wi + n > count) return '';
  const span = doc.fromFolded(dw.starts[dw.from + wi]!, dw.ends[dw.from + wi + n - 1]!);
  let end = span.end;
  while (end < line.end && /[\p{M}\u0640]/u.test(doc.text[end]!)) end++; // the tanween of «مجاناً»
  return doc.text.slice(span.start, end);
}

// ---- the workspace index ----


/** The keys of the lines and their words (each key split at its spaces), built line by line when asked, once per document. */
const keyCache = new WeakMap<ArticleDocument, { keys: (string | undefined)[]; words: (string[] | undefined)[] }>();

function keyDataOf(doc: ArticleDocument) {
  let data = keyCache.get(doc);
  if (!data) {
    data = { keys: new Array<string | undefined>(doc.lines.length), words: new Array<string[] | undefined>(doc.lines.length) };
    keyCache.set(doc, data);
  }
  return data;
}

/** The words of the key of line `i`. */
function lineWordsAt(doc: ArticleDocument, i: number): string[] {
  const data = keyDataOf(doc);
  let words = data.words[i];
  if (!words) {
    const key = lineKeyAt(doc, i);
    words = data.words[i] = key ? key.split(' ') : [];
  }
  return words;
}

/**
 * The key of line `i`: its folded text with punctuation as single spaces — what `phraseKey` gives,
 * computed from the document's folded text (already folded).
 */
function lineKeyAt(doc: ArticleDocument, i: number): string {
  const data = keyDataOf(doc);
  let key = data.keys[i];
  if (key === undefined) {
    const l = doc.lines[i]!;
    const dw = documentWords(doc);
    const n = dw.select(doc.folded.foldAt[l.start]!, doc.folded.foldAt[l.end]!);
    key = data.keys[i] = dw.keyOf(dw.from, dw.from + n);
  }
  return key;
}

/** The key of every line. */
function lineKeysOf(doc: ArticleDocument): string[] {
  return doc.lines.map((_, i) => lineKeyAt(doc, i));
}

/** Keys of the lines distinctive enough for the workspace index (undefined for the others). */
function lineKeys(doc: ArticleDocument): (string | undefined)[] {
  const frontEnd = doc.frontMatter?.span.end ?? -1;
  const keys = lineKeysOf(doc);
  return doc.lines.map((l, i) => (l.start >= frontEnd && distinctive(keys[i]!) ? keys[i]!.slice(0, INDEX_KEY_MAX) : undefined));
}

function distinctive(key: string): boolean {
  if (key.length < TEMPLATE_MIN_LETTERS + TEMPLATE_MIN_WORDS - 1) return false;
  // The words of the key (split at its single spaces); words of ASCII digits only do not count.
  let words = 0;
  let letters = 0;
  let len = 0;
  let digits = true;
  for (let i = 0; i <= key.length; i++) {
    const c = i < key.length ? key.charCodeAt(i) : 32;
    if (c !== 32) {
      len++;
      if (c < 48 || c > 57) digits = false;
      continue;
    }
    if (!(digits && len > 0)) {
      letters += len;
      if (len >= 2) words++;
    }
    len = 0;
    digits = true;
  }
  return words >= TEMPLATE_MIN_WORDS && letters >= TEMPLATE_MIN_LETTERS;
}

/** Distinctive lines of an article (normalised key), for "this line is in N articles". */
export const boilerplateIndexer: Indexer = {
  id: BOILERPLATE_INDEXER_ID,
  *extract(doc: ArticleDocument) {
    for (const k of lineKeys(doc)) if (k) yield ['line', k];
  },
};

/**
 * Lines of this document that recur in ≥ 3 articles (this one included) as template text. Republished
 * versions of one story share long paragraphs: an article that also shares two other long lines with
 * this document is a version of the same story, not a template, and does not count.
 */
function recurringLines(doc: ArticleDocument, ctx: RuleContext): Map<number, { n: number; uris: string[] }> {
  const out = new Map<number, { n: number; uris: string[] }>();
  const ws = ctx.workspace;
  if (!ws || ws.size === 0) return out;
  const keys = lineKeys(doc);
  const counts = keys.map((k) => (k ? ws.count(BOILERPLATE_INDEXER_ID, 'line', k, ctx.uri) : 0));
  if (!counts.some((c) => c + 1 >= TEMPLATE_MIN_ARTICLES)) return out;
  const holders = new Map<number, string[]>();
  /** uri → this document's lines it also holds (and how many of them are long). */
  const shared = new Map<string, { lines: number[]; long: number }>();
  counts.forEach((c, i) => {
    if (c === 0) return;
    const uris = ws.examples(BOILERPLATE_INDEXER_ID, 'line', keys[i]!, 50, ctx.uri);
    holders.set(i, uris);
    const long = keys[i]!.split(' ').length >= VERSION_LONG_WORDS ? 1 : 0;
    for (const u of uris) {
      const s = shared.get(u) ?? { lines: [], long: 0 };
      s.lines.push(i);
      s.long += long;
      shared.set(u, s);
    }
  });
  // Another version of the same story: it shares two more lines with this one, at least one of them long.
  const isVersion = (u: string, i: number) => {
    const s = shared.get(u)!;
    const ownLong = keys[i]!.split(' ').length >= VERSION_LONG_WORDS ? 1 : 0;
    return s.lines.length - 1 >= 2 && s.long - ownLong >= 1;
  };
  counts.forEach((c, i) => {
    if (c + 1 < TEMPLATE_MIN_ARTICLES || keys[i]!.split(' ').length > TEMPLATE_MAX_WORDS) return;
    const uris = holders.get(i)!.filter((u) => !isVersion(u, i));
    const versions = holders.get(i)!.length - uris.length;
    if (c + 1 - versions >= TEMPLATE_MIN_ARTICLES) out.set(i, { n: c + 1, uris });
  });
  return out;
}

// ---- blocks, findings, fixes ----

interface Block {
  first: number;
  last: number;
}

export const boilerplate: Rule = {
  id: ID,
  description: {
    en: 'Text pasted from a news site that is not the story: promos, "read also" blocks, share bars, footers, interface lines, template leftovers.',
    ar: 'نص منسوخ من موقع الأخبار ليس من الخبر: ترويج، كتل «اقرأ أيضاً»، أشرطة المشاركة، التذييل، عناصر الواجهة، بقايا القوالب.',
  },
  defaultSeverity: 'warning',
  check(doc: ArticleDocument, ctx: RuleContext): Finding[] {
    const dw = startWords(doc);
    const team = teamLists(ctx);
    const frontEnd = doc.frontMatter?.span.end ?? -1;
    let firstContent = -1;
    const tables = tableRows(doc);
    const infos = doc.lines.map((l, i) => {
      if (l.start < frontEnd) {
        const front = new LineInfo(undefined, l, 0);
        front.blank = true;
        return front;
      }
      const info = analyse(doc, dw, l, team, tables.has(i));
      if (firstContent < 0 && !info.blank) firstContent = i;
      return info;
    });
    const recurring = recurringLines(doc, ctx);
    for (const [i, r] of recurring) {
      const info = infos[i]!;
      if (isAllowed(team, info) || info.opaque) continue;
      if (info.match) info.match.articles = r.n;
      else if (!readsAsProse(doc, info)) info.match = { kind: 'template-line', evidence: [], articles: r.n, uris: r.uris };
    }
    infos.forEach((info) => {
      if (info.match) info.role = 'match';
    });

    // A bare related-links header takes the headline-like lines after it.
    const nextContent = (i: number, dir: 1 | -1): number => {
      let j = i + dir;
      while (j >= 0 && j < infos.length && infos[j]!.blank) j += dir;
      return j >= 0 && j < infos.length ? j : -1;
    };
    // Never a heading or a sentence of the story; across a blank line only a headline of the same shape
    // (a plain line after a plain line — a list after a blank line is a new list), never a nested item.
    infos.forEach((info, i) => {
      if (!info.match?.opens || info.role !== 'match') return;
      let j = i;
      /** The indentation of the first headline that is a list item: a deeper item is nested content. */
      let baseIndent = -1;
      for (let k = 0; k < HEADLINES_MAX; k++) {
        const nx = nextContent(j, 1);
        if (nx < 0) break;
        const cand = infos[nx]!;
        if (cand.role || !cand.headlineLike || isAllowed(team, cand) || isHeading(doc, cand.line) || sentenceLike(cand)) break;
        const indent = listIndent(doc, cand.line);
        if (indent >= 0 && baseIndent >= 0 && indent > baseIndent) break;
        if (nx !== j + 1) {
          const prevIndent = listIndent(doc, infos[j]!.line);
          if (prevIndent >= 0 || (j !== i && indent >= 0)) break;
        }
        if (baseIndent < 0) baseIndent = indent;
        cand.role = 'headline';
        j = nx;
      }
      if (j === i && info.match.needsHeadline && !info.match.articles) {
        info.match = undefined; // a short line like «المزيد من الضحايا» before a paragraph is a subheading
        info.role = undefined;
      }
    });
    // Decoration and short call-to-action lines next to a flagged line join it (never the title or a
    // heading); a section break joins between two lines of a block or right against one.
    const isTitle = (i: number) => i === firstContent || isHeading(doc, infos[i]!.line);
    let grew = true;
    while (grew) {
      grew = false;
      infos.forEach((info, i) => {
        if (!info.role) return;
        for (const dir of [1, -1] as const) {
          const nx = nextContent(i, dir);
          if (nx < 0) continue;
          const other = infos[nx]!;
          if (other.role || isAllowed(team, other) || isTitle(nx)) continue;
          if (other.sectionBreak) {
            // Between two lines of a block, or right against one (no blank line between: the bar a site
            // prints above its app prompt). A rule standing apart between story paragraphs stays.
            const beyond = nextContent(nx, dir);
            if (nx !== i + dir && (beyond < 0 || !infos[beyond]!.role)) continue;
          } else if (!(other.decoration || other.weakCue)) continue;
          other.role = 'joined';
          grew = true;
        }
      });
    }
    // An allowed block (a multi-line entry of boilerplate.allow): the same lines in a row, nothing else
    // between them but blank lines and lines of the block, are no longer flagged.
    if (team.allowBlocks.length) {
      const seq = infos.flatMap((x, i) => (x.role && x.key ? [i] : []));
      for (const b of team.allowBlocks) {
        for (let s = 0; s + b.length <= seq.length; s++) {
          if (!b.every((k, n) => infos[seq[s + n]!]!.role && infos[seq[s + n]!]!.key === k)) continue;
          const first = seq[s]!;
          const last = seq[s + b.length - 1]!;
          let whole = true;
          for (let i = first; i <= last && whole; i++) if (!infos[i]!.blank && !infos[i]!.role) whole = false;
          if (!whole) continue;
          for (let i = first; i <= last; i++) infos[i]!.role = undefined;
        }
      }
    }
    // Flagged lines separated only by blank lines form one block.
    const blocks: Block[] = [];
    infos.forEach((info, i) => {
      if (!info.role) return;
      const prev = blocks[blocks.length - 1];
      if (prev && nextContent(prev.last, 1) === i) prev.last = i;
      else blocks.push({ first: i, last: i });
    });
    // A block needs a real match (a lone separator or weak cue never gets here, but a block of only
    // decoration would if a match was allowed away).
    const real = blocks.filter((b) => infos.slice(b.first, b.last + 1).some((x) => x.role === 'match'));
    const removals = real.map((b) => removalEdit(doc, b.first, b.last));
    return real.map((b, bi) => blockFinding(doc, infos, b, removals, bi));
  },
};

/**
 * Lines of Markdown tables: a delimiter row («|---|---|») and the lines with a «|» around it, up to a
 * line without one. Data, never boilerplate («| 2023 | 3% |» is not a gallery counter).
 */
function tableRows(doc: ArticleDocument): Set<number> {
  const rows = new Set<number>();
  const t = doc.text;
  const bars = new Set<number>();
  for (let k = t.indexOf('|'); k >= 0; k = t.indexOf('|', doc.lines[doc.lineAt(k)]!.end)) bars.add(doc.lineAt(k));
  if (bars.size === 0) return rows;
  const hasBar = (i: number) => bars.has(i);
  for (const i of [...bars].sort((a, b) => a - b)) {
    if (rows.has(i)) continue;
    const l = doc.lines[i]!;
    const raw = t.slice(l.start, l.end);
    if (!raw.includes('-') || !TABLE_DELIMITER.test(raw)) continue;
    rows.add(i);
    for (let j = i - 1; j >= 0 && !rows.has(j) && hasBar(j); j--) rows.add(j);
    for (let j = i + 1; j < doc.lines.length && hasBar(j); j++) rows.add(j);
  }
  return rows;
}

/**
 * Whether a recurring line reads as story prose rather than a template: a sentence (it ends with «.»
 * «؟» «!») of ≥ 10 words or with a reporting verb («وكانت الحكومة قد أعلنت في مارس …»). Background
 * repeated across a series of stories is the writer's choice; recurrence alone does not make it boilerplate.
 */
function readsAsProse(doc: ArticleDocument, info: LineInfo): boolean {
  const masked = doc.masked.slice(info.line.start, info.line.end).trim();
  if (!SENTENCE_END.test(masked)) return false;
  return info.wordCount >= PROSE_MIN_WORDS || cueHits(info.words).some((h) => h.cue.type === 'report');
}

/** The indentation of a list item's marker («- », «* », «1. »), or -1 for a line that is not a list item. */
function listIndent(doc: ArticleDocument, line: Line): number {
  const m = LIST_ITEM.exec(doc.text.slice(line.start, Math.min(line.end, line.start + 40)));
  return m ? m[1]!.replace(/\t/g, '    ').length : -1;
}
const LIST_ITEM = /^([ \t]*)(?:[-*+•]|\d{1,3}[.)])[ \t]/;

/**
 * A line of the story rather than a headline: a reporting verb after «و/ف» («وقال الوزير …») or before
 * «إن/أن» («قال الوزير إن …»). A headline reports in the present without a conjunction («البلدية تعلن خطة»).
 */
function sentenceLike(info: LineInfo): boolean {
  const words = info.words;
  return cueHits(words).some((h) => h.cue.type === 'report' && (h.conj !== '' || words[h.word + h.n] === 'ان'));
}

/** Whether a line is a heading or the front-matter title (Markdown), by the paragraph it starts. */
function isHeading(doc: ArticleDocument, line: Line): boolean {
  // The paragraph starts at the line's first character that is not masked («## » is).
  const at = doc.masked.slice(line.start, line.end).search(/\S/);
  const p = doc.paragraphAt(line.start) ?? (at >= 0 ? doc.paragraphAt(line.start + at) : undefined);
  return p !== undefined && p.kind !== 'text';
}

function blockFinding(doc: ArticleDocument, infos: LineInfo[], b: Block, removals: TextEdit[], bi: number): Finding {
  const lines = infos.slice(b.first, b.last + 1);
  const primary = lines.find((x) => x.role === 'match')!;
  const m = primary.match!;
  const blockLabel = lines.find((x) => x.match?.label)?.match?.label;
  /** A kind's name (or short name) for a matched line, with its app and article count filled in. */
  const nameOf = (x: Match, which: 'name' | 'short' | 'why', lang: 'ar' | 'en') =>
    KINDS[x.kind][which][lang]
      .replace('{app}', (x.label ?? blockLabel)?.[lang] ?? (lang === 'ar' ? 'تطبيق مراسلة' : 'Messaging-app'))
      .replace(/\{articles\}/g, lang === 'ar' ? arCount(x.articles ?? 0, ARTICLES_AR) : enCount(x.articles ?? 0, 'article', 'articles'));
  // The kinds present, in the order of their first line: the first by its name, the others by their short name.
  // A «click here» line beside a promo is the promo's own button: it is named only when alone.
  let kinds: Match[] = [];
  for (const x of lines) if (x.role === 'match' && !kinds.some((k) => k.kind === x.match!.kind)) kinds.push(x.match!);
  if (kinds.length > 1) kinds = kinds.filter((k) => k.kind !== 'call-to-action');
  const message = {
    ar: [nameOf(kinds[0]!, 'name', 'ar'), ...kinds.slice(1).map((k) => `و${nameOf(k, 'short', 'ar')}`)].join('، '),
    en: [nameOf(kinds[0]!, 'name', 'en'), ...kinds.slice(1).map((k) => nameOf(k, 'short', 'en'))].join(' + '),
  };
  const firstLine = lines.find((x) => !x.blank)!;
  const lastLine = [...lines].reverse().find((x) => !x.blank)!;
  const span = trimmed(doc, firstLine.line.start, lastLine.line.end);

  const rows = { ar: [] as string[], en: [] as string[] };
  for (const x of lines) {
    if (x.blank || !x.role) continue;
    const no = x.line.index + 1;
    // The draft's lines and words, shown as text in the Markdown explanation.
    const text = markdownText(excerpt(doc.text.slice(x.line.start, x.line.end).trim()));
    if (x.role === 'match') {
      const xm = x.match!;
      const ev = xm.evidence.length ? xm.evidence.map((e) => `«${markdownText(e)}»`) : [];
      const rec = xm.articles && xm.kind !== 'template-line' ? xm.articles : 0;
      rows.ar.push(`- السطر ${no}: «${text}» — ${nameOf(xm, 'name', 'ar')}${ev.length ? `؛ طابق: ${ev.join('، ')}` : ''}${rec ? `؛ ويتكرر في ${arCount(rec, ARTICLES_AR)} في مساحة العمل` : ''}`);
      rows.en.push(`- line ${no}: «${text}» — ${nameOf(xm, 'name', 'en')}${ev.length ? `; matched: ${ev.join(', ')}` : ''}${rec ? `; also in ${enCount(rec, 'article', 'articles')} of the workspace` : ''}`);
    } else if (x.role === 'headline') {
      rows.ar.push(`- السطر ${no}: «${text}» — عنوان خبر آخر بعد «اقرأ أيضاً»`);
      rows.en.push(`- line ${no}: «${text}» — headline of another story after the "read also" header`);
    } else {
      const why = x.sectionBreak
        ? { ar: 'فاصل بين سطرين دخيلين', en: 'separator between boilerplate lines' }
        : x.decoration
          ? { ar: 'فاصل زخرفي', en: 'decorative separator' }
          : { ar: `دعوة مجاورة (${x.weakCue!.map((e) => `«${markdownText(e)}»`).join('، ')})`, en: `adjacent call to action (${x.weakCue!.map((e) => `«${markdownText(e)}»`).join(', ')})` };
      rows.ar.push(`- السطر ${no}: «${text}» — ${why.ar}`);
      rows.en.push(`- line ${no}: «${text}» — ${why.en}`);
    }
  }
  // Recurrence alone is not certainty: a block with a template line is never removed by fix-all.
  const template = lines.some((x) => x.role === 'match' && x.match!.kind === 'template-line');
  const why = { ar: kinds.map((k) => nameOf(k, 'why', 'ar')).join(' '), en: kinds.map((k) => nameOf(k, 'why', 'en')).join(' ') };
  // "Not boilerplate" allows the block's lines (as the rule reads them: the masked text), so the whole block
  // goes. A short matched line (a header, a label, a stock phrase: «اقرأ أيضاً:») is never allowed by itself —
  // that would disable it for the team everywhere: a block holding one is allowed as a unit (its lines
  // joined with "\n", one entry), or, when that entry is too long for the team file, by its other lines only.
  const keyed = lines.filter((x) => x.role && x.key);
  const textOf = (x: LineInfo) => doc.masked.slice(x.line.start, x.line.end).trim().replace(/\s{2,}/g, ' ');
  const generic = (x: LineInfo) => x.role === 'match' && x.match!.generic === true;
  let allow = dedupe(keyed.map(textOf));
  let unit = false;
  if (keyed.length > 1 && keyed.some(generic)) {
    const joined = keyed.map(textOf).join('\n');
    if (joined.length <= ALLOW_ENTRY_MAX) {
      allow = [joined];
      unit = true;
    } else allow = dedupe(keyed.filter((x) => !generic(x)).map(textOf));
  }
  const more = unit ? keyed.length - 1 : allow.length - 1;
  const explanation = {
    ar: `**${message.ar}**\n\n${why.ar}\n\n${rows.ar.join('\n')}\n\n${template ? 'لا يُحذف السطر المتكرر بالإصلاح الجماعي: التكرار وحده لا يكفي للجزم بأنه دخيل. ' : ''}إن ${more ? 'كانت الأسطر' : 'كان السطر'} من الخبر فاختر «ليس نصاً دخيلاً» ${unit ? 'لتُضاف الكتلة (مدخلاً واحداً)' : more ? 'لتُضاف' : 'ليُضاف'} إلى \`boilerplate.allow\` في \u200e.mudaqqiq.json.`,
    en: `**${message.en}**\n\n${why.en}\n\n${rows.en.join('\n')}\n\n${template ? 'Fix-all never removes a repeated line: recurrence alone is not certainty. ' : ''}If ${more ? 'these lines belong' : 'the line belongs'} to the story, choose "Not boilerplate" to add ${unit ? 'the block (as one entry)' : more ? 'them' : 'it'} to \`boilerplate.allow\` in .mudaqqiq.json.`,
  };
  const fixes: Fix[] = [
    { title: { ar: 'احذف هذه الكتلة', en: 'Remove this block' }, edits: [removals[bi]!], preferred: !template, fixAll: !template },
  ];
  if (removals.length > 1) {
    fixes.push({ title: { ar: 'احذف كل النصوص الدخيلة في المستند', en: 'Remove all boilerplate in the document' }, edits: removals, preferred: false, fixAll: false });
  }
  if (allow.length) {
    const shown = excerpt(unit ? textOf(keyed[0]!) : allow[0]!, 40);
    const title = unit
      ? { ar: `ليس نصاً دخيلاً: أضف الكتلة «${shown}» و${arMoreLines(more)} إلى boilerplate.allow`, en: `Not boilerplate: add the block «${shown}» and ${more} more line${more > 1 ? 's' : ''} to boilerplate.allow` }
      : more
        ? { ar: `ليس نصاً دخيلاً: أضف «${shown}» و${arMoreLines(more)} إلى boilerplate.allow`, en: `Not boilerplate: add «${shown}» and ${more} more line${more > 1 ? 's' : ''} to boilerplate.allow` }
        : { ar: `ليس نصاً دخيلاً: أضف «${shown}» إلى boilerplate.allow`, en: `Not boilerplate: add «${shown}» to boilerplate.allow` };
    fixes.push({
      title,
      edits: [],
      preferred: false,
      fixAll: false,
      configChange: { kind: 'add-to-list', key: 'boilerplate.allow', value: allow.length > 1 ? allow : allow[0]! },
    });
  }
  const related: RelatedLocation[] = [];
  for (const uri of (m.uris ?? []).slice(0, RELATED_MAX)) related.push({ uri, message: { ar: 'السطر نفسه في مقال آخر', en: 'The same line in another article' } });
  return { rule: ID, span, message, explanation, fixes, ...(related.length ? { related } : {}) };
}

/** «سطراً آخر»، «سطرين آخرين»، «3 أسطر أخرى»، «11 سطراً آخر». */
function arMoreLines(n: number): string {
  return arCount(n, { one: 'سطراً آخر', two: 'سطرين آخرين', few: 'أسطر أخرى', many: 'سطراً آخر', hundreds: 'سطر آخر' });
}

const RELATED_MAX = 5;
/** A © line or a line with a contained phrase of at most this many words is a stock phrase by itself. */
const GENERIC_MAX_WORDS = 5;
/** The longest entry the team file's schema takes. */
const ALLOW_ENTRY_MAX = 500;

function excerpt(s: string, max = 80): string {
  return s.length <= max ? s : s.slice(0, max - 1) + '…';
}

/** The span without the whitespace at its ends. */
function trimmed(doc: ArticleDocument, start: number, end: number): { start: number; end: number } {
  const t = doc.text;
  while (start < end && /\s/.test(t[start]!)) start++;
  while (end > start && /\s/.test(t[end - 1]!)) end--;
  return { start, end };
}

const isBlankLine = (doc: ArticleDocument, i: number) => doc.text.slice(doc.lines[i]!.start, doc.lines[i]!.end).trim() === '';

/**
 * The edit that removes lines [first, last] and the blank line they leave, nothing else: up to the next
 * non-blank line; at the end of the text, from just after the last line before the block (so the text
 * keeps its final line break). Shared with rule duplicate-paragraph.
 */
export function removalEdit(doc: ArticleDocument, first: number, last: number): TextEdit {
  const lines = doc.lines;
  let next = last + 1;
  while (next < lines.length && isBlankLine(doc, next)) next++;
  if (next < lines.length) return { start: lines[first]!.start, end: lines[next]!.start, newText: '' };
  let prev = first - 1;
  while (prev >= 0 && isBlankLine(doc, prev)) prev--;
  const start = prev >= 0 ? lines[prev + 1]!.start : 0;
  return { start, end: doc.text.length, newText: '' };
}
