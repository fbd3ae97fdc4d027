/**
 * Rule `unattributed-quote`: a direct quotation that no one said. Flags a quotation (a top-level span in
 * « », “ ”, "…", ‹ ›, „ “ from the engine) with no attribution cue next to it:
 *   - a reporting verb in any form news uses (قال، وقالت، يقول، أكد، أضاف …, see lexicon/attribution.ts)
 *     before the quotation, or right after it («…»، قال الوزير);
 *   - a participle or قوله that carries a speaker on (…، مضيفاً أن "…"), before the quotation only: after
 *     a quotation it continues a speaker who must already have been given;
 *   - a source phrase (بحسب، وفقاً لـ، نقلاً عن، على حد تعبيره، في بيان، لصحيفة …) before or after it;
 *   - a pointing-back phrase then any verb after it («…»، هكذا لخصت ريم الوضع), or a speaker after a dash
 *     («…» - ريم، بائعة);
 *   - a speaker label: a colon after a title, a name, a body or a noun of speech (الوزير: "…"; not
 *     «وفي المقابل: "…"»);
 *   - the sentence before, when it ends with such a label or a cue and a colon, holds an attributed
 *     quotation, or is reported speech of a named person (وقال الصحفي محمد علي إن …. "…") with the
 *     quotation standing alone as the next sentence.
 * "Next to" is the quotation's own sentence(s) (joined across an abbreviation's dot: «وقال د. …») and the
 * sentence just before (also across a paragraph break) or just after (same paragraph). A verb with no named subject (وأكد أن "…") counts only when the
 * draft has named someone before it; a speaker merely mentioned earlier with no cue at the quote does not.
 *
 * Not quotations, never flagged: one or two quoted words (scare quotes, coined terms, names); quoted Latin
 * text; a title or name introduced by a naming noun or phrase (مسلسل "…"، حملة "…"، صحيفة "…"، ما يسمى
 * "…"), or followed by الذي/التي or «نسخة منه»; a short quoted name after a preposition (على "تويتر");
 * the team's titles and terms in `quotes.terms`. A quote continued from the previous paragraph is judged
 * with its first part.
 */
import { markdownText } from '../core/markdown';
import { phraseKey } from '../core/config';
import { findContaining, type ArticleDocument, type Sentence, type Token } from '../core/document';
import { foldString } from '../core/normalize';
import type { Quote } from '../core/quotes';
import type { Rule, RuleContext } from '../core/rule';
import type { Finding, Fix } from '../core/types';
import {
  AFTER_NAME_WORDS,
  CARRYING_PARTICIPLES,
  EXTRA_VERB_FORMS,
  IMPERSONAL_REPORTING,
  LABEL_VERBS,
  NAME_PREPOSITIONS,
  NAMING_NOUNS,
  NAMING_PHRASES,
  PAST_SUFFIXES,
  POINTING_BACK,
  POINTING_BACK_OPENERS,
  PRESENT_PREFIXES,
  PRESENT_SUFFIXES,
  REPORTING_VERBS,
  SOURCE_PHRASES,
  SPEAKER_NOUNS,
  SPEECH_NOUNS,
} from '../lexicon/attribution';
import { STOP_WORDS } from '../lexicon/common-words';
import { ARABIC_GIVEN_NAMES, FOREIGN_GIVEN_NAMES, NAMES } from '../lexicon/names';
import { TITLES } from '../lexicon/titles';

const ID = 'unattributed-quote';

/** Quotations shorter than this many words are scare quotes, terms or names, not quotations. */
export const MIN_QUOTE_WORDS = 3;
/**
 * A quoted text right after a preposition (في "…"، على "…"، إلى "…"، بـ"…") up to this many words is a
 * name or a phrase woven into the writer's own sentence, not a quotation standing on its own.
 */
const MAX_WOVEN_AFTER_PREPOSITION = 12;
/** How far after a quotation its speaker may stand («"…"، قال وزير الخارجية»): words. */
const MAX_WORDS_TO_SPEAKER_AFTER = 4;
/** A speaker label's title, name or noun stands among this many words before its colon (رئيس شركة … ديفيد: "…"). */
const MAX_LABEL_SPEAKER_WORDS = 8;
/** A colon opening a paragraph's quotation (وقال الوزير: ¶ "…") follows a label of at most this many words. */
const MAX_LABEL_WORDS = 6;
/**
 * A quoted phrase inside a sentence — words before it in its sentence and words after it — of at most
 * this many words is a partial quotation, a name or a term woven into the writer's own sentence
 * (ووجه إليه تهمة "…" في …), not a quotation standing for someone's words.
 */
const MAX_EMBEDDED_PHRASE_WORDS = 6;
/** A plain-text paragraph with no sentence-final punctuation and at most this many words is a headline or subheading. */
const MAX_HEADLINE_WORDS = 20;
/**
 * …unless it is mostly a quotation of at least this many words: a body quotation whose final period was
 * forgotten. Quotations in the corpus's unmarked subheadings run to 9 words («"…" : نتنياهو يقدم "…"»).
 */
const MIN_BODY_QUOTE_WORDS = 10;
/** «"…" - ريم، بائعة»: a speaker after a dash is at most this many words, up to the end of the sentence. */
const MAX_DASH_SPEAKER_WORDS = 4;
/** The reporting verb of a sentence of reported speech before a quotation is among its first words («ثم قال …»). */
const MAX_PRIOR_VERB_POSITION = 3;
/** Arabic words a draft must hold before a subjectless verb for its speaker to count as named. */
const MIN_WORDS_BEFORE_PRONOUN_SUBJECT = 3;

// ---- lexicon, folded once at load ----

function verbForms(): Set<string> {
  const out = new Set<string>();
  for (const [past, present] of REPORTING_VERBS) {
    const p = foldString(past);
    for (const s of PAST_SUFFIXES) out.add(p + s);
    // Weak final letter: دعا → دعت، دعوا؛ نفى → نفت، نفوا.
    if (/[اي]$/.test(p)) for (const s of ['ت', 'وا', 'تا']) out.add(p.slice(0, -1) + s);
    const stem = foldString(present).slice(1);
    for (const pre of PRESENT_PREFIXES) for (const s of PRESENT_SUFFIXES) out.add(foldString(pre) + stem + s);
  }
  for (const w of [...IMPERSONAL_REPORTING, ...EXTRA_VERB_FORMS]) out.add(foldString(w));
  return out;
}

const VERBS = verbForms();
const PARTICIPLES = new Set(CARRYING_PARTICIPLES.map(foldString));
/** Phrases indexed by their first folded word. */
function phraseIndex(list: readonly string[]): Map<string, string[][]> {
  const m = new Map<string, string[][]>();
  for (const p of list) {
    const words = foldString(p).split(/\s+/).filter(Boolean);
    const head = words[0]!;
    if (!m.has(head)) m.set(head, []);
    m.get(head)!.push(words);
  }
  for (const v of m.values()) v.sort((a, b) => b.length - a.length);
  return m;
}
const SOURCES = phraseIndex(SOURCE_PHRASES);
const NAMING_NOUN_SET = new Set(NAMING_NOUNS.map(foldString));
const NAMING_PHRASE_LIST = NAMING_PHRASES.map((p) => foldString(p).split(/\s+/));
/** Words of the pointing-back phrases; a verb after any of them in the sentence's first words names the speaker. */
const POINTING_BACK_WORDS = new Set(POINTING_BACK.flatMap((p) => foldString(p).split(/\s+/)).filter((w) => w !== 'ما'));
const AFTER_NAME = new Set(AFTER_NAME_WORDS.map(foldString));
const PREPOSITIONS = new Set(NAME_PREPOSITIONS.map(foldString));
/** Words that name a person: titles, given names, people of the names lexicon. */
const PERSON_WORDS = new Set(
  [...TITLES, ...ARABIC_GIVEN_NAMES, ...FOREIGN_GIVEN_NAMES, ...NAMES.filter((n) => n.kind === 'person').flatMap((n) => [n.canonical, ...n.variants])]
    .filter((w) => !/\s/.test(w))
    .map(foldString),
);
/** Words that name a speaker: persons, and bodies and people named by what they are. */
const SPEAKER_WORDS = new Set([...PERSON_WORDS, ...SPEAKER_NOUNS.map(foldString)]);
/** Nouns of speech, bare and with a possessive pronoun (بيان، بيانه، تغريدتها). */
const SPEECH_WORDS = new Set(
  SPEECH_NOUNS.flatMap((w) => {
    const base = w.endsWith('ة') ? w.slice(0, -1) + 'ت' : w;
    return [w, base + 'ه', base + 'ها', base + 'هم'];
  }).map(foldString),
);
const LABEL_VERB_SET = new Set(LABEL_VERBS.map(foldString));
const STOP_WORD_SET = new Set(STOP_WORDS.map(foldString));
/** إن/أن opening reported speech (قال إن …، أكد أنه …، أوضح بأن …). */
const COMPLEMENTIZERS = new Set(['ان', 'انه', 'انها', 'انهم', 'انهما', 'بان', 'بانه', 'بانها', 'بانهم'].map(foldString));
const PERSONAL_PRONOUNS = new Set(['هو', 'هي', 'هم', 'هما', 'هن'].map(foldString));
/** Pointing-back phrases after which any word is the speaker's verb, as folded word lists. */
const OPENERS = POINTING_BACK_OPENERS.map((p) => foldString(p).split(/\s+/));
/** Words after a verb that show it has no noun subject of its own (وأكد أن …، وقال: …). */
const PRONOUN_SUBJECT_NEXT = new Set(['ان', 'انه', 'انها', 'انهم', 'بان', 'بانه', 'بانها', 'في', 'على', 'خلال', 'عبر', 'ل', 'له', 'لها', 'الي'].map(foldString));

/** Object pronouns attached to a verb (وصفه، هددهم، تعتبرهما، أبلغني). */
const OBJECT_PRONOUNS = ['هما', 'هم', 'هن', 'ها', 'ني', 'نا', 'كم', 'ه', 'ك'];
function withoutObjectPronoun(folded: string): string {
  for (const p of OBJECT_PRONOUNS) {
    if (folded.endsWith(p)) return folded.length - p.length >= 3 ? folded.slice(0, -p.length) : folded;
  }
  return folded;
}

/** The word without a leading و/ف conjunction (the forms the lexicon is matched against). */
function conjForms(folded: string): string[] {
  if ((folded.startsWith('و') || folded.startsWith('ف')) && folded.length > 3) return [folded, folded.slice(1)];
  return [folded];
}

export type CueKind = 'verb' | 'participle' | 'source';
export interface Cue {
  kind: CueKind;
  /** First and last token of the cue. */
  first: number;
  last: number;
}

/** What a folded word can be, whatever its neighbours: the head of source phrases, a verb, a participle. */
interface WordClass {
  /** Source phrases starting with this word (with its conjunction stripped), longest first. */
  phrases?: string[][];
  kind?: 'verb' | 'participle';
  /** عبر: the preposition "via" or the verb عبّر, told apart by its neighbours. */
  ambiguousVerb?: boolean;
}
const NO_CLASS: WordClass = {};
/** Memo of word classes: words repeat a lot, so a document costs one map look-up per token. */
const classes = new Map<string, WordClass>();

function classify(folded: string): WordClass {
  let c = classes.get(folded);
  if (c) return c;
  const phrases: string[][] = [];
  let kind: WordClass['kind'];
  let ambiguousVerb = false;
  for (const f of conjForms(folded)) {
    phrases.push(...(SOURCES.get(f) ?? []));
    const stem = withoutObjectPronoun(f);
    // A weak final letter written ا before a pronoun: يراها → يرى.
    if (!kind && (VERBS.has(f) || VERBS.has(stem) || (stem !== f && stem.endsWith('ا') && VERBS.has(stem.slice(0, -1) + 'ي')))) kind = 'verb';
    if (!kind && PARTICIPLES.has(f)) kind = 'participle';
    if (f === 'عبر') ambiguousVerb = true;
  }
  phrases.sort((a, b) => b.length - a.length);
  c = phrases.length || kind || ambiguousVerb ? { phrases: phrases.length ? phrases : undefined, kind, ambiguousVerb } : NO_CLASS;
  if (classes.size > 200000) classes.clear();
  classes.set(folded, c);
  return c;
}

/** The attribution cue starting at token i, if any (one memoised word look-up, plus a phrase match). */
export function cueAt(doc: ArticleDocument, i: number): Cue | undefined {
  if (doc.tokenArabic[i] !== 1) return undefined;
  const c = classify(doc.tokenFolded(i));
  if (c === NO_CLASS) return undefined;
  const len = c.phrases ? matchPhrase(doc, i, c.phrases) : 0;
  if (len > 0) return { kind: 'source', first: i, last: i + len - 1 };
  if (c.kind) return { kind: c.kind, first: i, last: i };
  // عبّر عن: the bare form is also the preposition عبر ("via"); a verb before عن or opening its sentence.
  if (c.ambiguousVerb && (doc.token(i + 1)?.folded === 'عن' || doc.token(i - 1)?.sentence !== doc.tokenSentences[i])) return { kind: 'verb', first: i, last: i };
  return undefined;
}

/** Cues of every token of a document (the rule itself reads only the tokens around quotations). */
export function findCues(doc: ArticleDocument): (Cue | undefined)[] {
  return Array.from({ length: doc.tokenCount }, (_, i) => cueAt(doc, i));
}

/** Length (in tokens) of the longest phrase matching at token i within its sentence, or 0. */
function matchPhrase(doc: ArticleDocument, i: number, phrases: string[][]): number {
  const sentences = doc.tokenSentences;
  for (const words of phrases) {
    let ok = true;
    for (let k = 1; k < words.length && ok; k++) ok = i + k < doc.tokenCount && sentences[i + k] === sentences[i] && doc.tokenFolded(i + k) === words[k];
    if (ok) return words.length;
  }
  return 0;
}

/** The tokens of a quotation's inner text as a range of token indexes [from, to) (`doc.tokensIn` without the array). */
interface InnerRange {
  from: number;
  to: number;
}
function innerRange(doc: ArticleDocument, q: Quote): InnerRange {
  const from = doc.firstTokenEndingAfter(q.inner.start);
  let to = from;
  while (to < doc.tokenCount && doc.tokenStarts[to]! < q.inner.end) to++;
  return { from, to };
}

/**
 * Naming phrases indexed by their last word: the word right before a quotation is matched against the
 * few phrases it can end, not against every phrase.
 */
const NAMING_PHRASES_BY_LAST = new Map<string, string[][]>();
for (const words of NAMING_PHRASE_LIST) {
  const last = words[words.length - 1]!;
  if (!NAMING_PHRASES_BY_LAST.has(last)) NAMING_PHRASES_BY_LAST.set(last, []);
  NAMING_PHRASES_BY_LAST.get(last)!.push(words);
}

/** Whether a naming phrase whose last word is `last` ends at token `before` (its earlier words as written or with a conjunction). */
function phraseEndsAt(doc: ArticleDocument, before: number, last: string): boolean {
  for (const words of NAMING_PHRASES_BY_LAST.get(last) ?? []) {
    const startIdx = before - words.length + 1;
    if (startIdx < 0) continue;
    let ok = true;
    for (let k = 0; k < words.length - 1 && ok; k++) {
      const f = doc.tokenFolded(startIdx + k);
      const w = words[k]!;
      ok = f === w || conjForms(f).includes(w);
    }
    if (ok) return true;
  }
  return false;
}

/** Whether a naming phrase (ما يسمى، المعروف، تحت اسم …) ends with token `before`, the word right before a quotation. */
function endsNamingPhrase(doc: ArticleDocument, before: number): boolean {
  const prev = doc.token(before)!;
  // The forms the last word of a phrase may take: the word, without its conjunction, or any clitic
  // reading's stem (a form listed twice only tests its phrases twice).
  for (const last of conjForms(prev.folded)) if (phraseEndsAt(doc, before, last)) return true;
  for (const r of doc.readings(prev)) if (phraseEndsAt(doc, before, r.stem)) return true;
  return false;
}

/** Why a quoted span is not a quotation, or undefined when it is one. */
export function notAQuotation(doc: ArticleDocument, q: Quote, terms: ReadonlySet<string>, innerTokens: Token[]): string | undefined {
  const from = innerTokens.length ? innerTokens[0]!.index : 0;
  return whyNotQuotation(doc, q, terms, { from, to: from + innerTokens.length });
}

/** `notAQuotation` on the quotation's inner tokens given as a range of indexes. */
function whyNotQuotation(doc: ArticleDocument, q: Quote, terms: ReadonlySet<string>, inner: InnerRange): string | undefined {
  const words = inner.to - inner.from;
  if (isHeadline(doc, q, words)) return 'headline';
  if (words < MIN_QUOTE_WORDS) return 'short';
  let arabic = false;
  for (let i = inner.from; i < inner.to && !arabic; i++) arabic = doc.tokenArabic[i] === 1;
  if (!arabic) return 'latin';
  // Folding the quoted text is the costly part: skipped when the team lists no terms (the usual case).
  if (terms.size > 0 && terms.has(phraseKey(doc.text.slice(q.inner.start, q.inner.end)))) return 'term';
  const before = doc.firstTokenAt(q.start) - 1;
  const prev = before >= 0 ? doc.token(before) : undefined;
  // The word right before the mark, with nothing but spaces, a tatweel or a clitic between.
  if (prev && prev.paragraph === doc.paragraphAt(q.start)?.index && /^[\s\u00A0\u0640]*$/.test(doc.masked.slice(prev.end, q.start))) {
    for (const r of doc.readings(prev)) {
      if (NAMING_NOUN_SET.has(r.stem) || NAMING_NOUN_SET.has(prev.folded)) return 'named';
    }
    if ((PREPOSITIONS.has(prev.folded) || /^[بلك]$/.test(prev.folded)) && words <= MAX_WOVEN_AFTER_PREPOSITION) return 'phrase';
    if (endsNamingPhrase(doc, before)) return 'named';
  }
  const after = doc.token(doc.firstTokenAt(q.end));
  if (after && /^[\s\u00A0]*$/.test(doc.masked.slice(q.end, after.start)) && AFTER_NAME.has(after.folded)) return 'named';
  // One of a list of quoted names or titles («"…" و"…"»، «"…"، "…"»).
  if (words <= MAX_EMBEDDED_PHRASE_WORDS && (/["”»]\s*[،,]?\s*(?:و|او|أو)?\s*$/.test(doc.masked.slice(Math.max(0, q.start - 6), q.start)) || /^\s*[،,]?\s*(?:و|او|أو)\s*["“«]/.test(doc.masked.slice(q.end, q.end + 6)))) return 'phrase';
  // A short phrase woven into a sentence: words of the same sentence on both sides, no colon introducing it.
  if (words <= MAX_EMBEDDED_PHRASE_WORDS && prev && after && !q.continues) {
    const sentence = doc.sentenceAt(q.start);
    if (sentence && prev.sentence === sentence.index && after.sentence === sentence.index && !/:[\s\u00A0]*$/.test(doc.masked.slice(prev.end, q.start))) return 'phrase';
  }
  return undefined;
}

/**
 * Headlines quote without a verb by convention (الوزير "…"، ترمب: …): the title and headings, the first
 * line of a plain-text draft, and a short paragraph with no sentence-final punctuation (a subheading:
 * real drafts, Markdown ones too, carry subheadings not marked with #). A short paragraph is no headline
 * when it reads as body text whose final period was forgotten: it opens with و/ف (وفي الأسواق، "…"), it
 * ends with a comma or runs on into the next paragraph, or it is mostly a quotation longer than a
 * headline's (MIN_BODY_QUOTE_WORDS).
 */
function isHeadline(doc: ArticleDocument, q: Quote, innerWords: number): boolean {
  const p = doc.paragraphs[q.paragraph]!;
  if (p.kind !== 'text') return true;
  // The first line of a plain-text draft is its title, whatever it ends with (titles end in ؟ too).
  if (doc.format === 'plaintext' && p.index === 0) return true;
  const words = p.tokens[1] - p.tokens[0];
  if (words > MAX_HEADLINE_WORDS || q.continues) return false;
  if (/[.!?؟…:،,;؛]["”»’'›)\]\s\u00A0]*$/.test(doc.masked.slice(p.start, p.end))) return false;
  // A paragraph of marks and dashes only has no first word.
  const first = p.tokens[1] > p.tokens[0] ? doc.token(p.tokens[0])! : undefined;
  if (first && first.start < q.start && /^[وف]/.test(first.folded) && conjForms(first.folded).length > 1 && !SPEAKER_WORDS.has(first.folded)) return false;
  return !(innerWords >= MIN_BODY_QUOTE_WORDS && 2 * innerWords >= words);
}

/**
 * Whether a sentence ends with an abbreviation's dot: after a one-letter word (د.), or after a two-letter
 * word next to another abbreviation (بي. بي. سي، تي.آي.) — not after a word such as له or في ending a sentence.
 */
function endsWithAbbreviation(doc: ArticleDocument, s: Sentence): boolean {
  const len = abbreviationLength(doc, s);
  if (len === 1) return true;
  if (len !== 2) return false;
  const last = doc.token(s.tokens[1] - 1)!;
  if (/\.\s*$/.test(doc.masked.slice(Math.max(0, last.start - 3), last.start))) return true;
  const next = doc.sentences[s.index + 1];
  return !!next && next.paragraph === s.paragraph && next.tokens[1] - next.tokens[0] === 1 && abbreviationLength(doc, next) > 0;
}

/** Length of the word before a sentence's final dot when it is at most two letters, else 0. */
function abbreviationLength(doc: ArticleDocument, s: Sentence): number {
  if (s.tokens[1] <= s.tokens[0] || doc.masked[s.end - 1] !== '.') return 0;
  const last = doc.token(s.tokens[1] - 1)!;
  const len = last.end - last.start;
  return last.end === s.end - 1 && len <= 2 ? len : 0;
}

/**
 * The first sentence of the one holding sentence `index` as the writer wrote it: sentence breaks after an
 * abbreviation («وقال تي.آي. لويست: "…"»، «لـ"بي. بي. سي": "…"»، «قال د. سامي: "…"») are not sentence ends.
 */
export function leadSentence(doc: ArticleDocument, index: number): Sentence {
  const s = doc.sentences[index]!;
  let lead = s;
  for (let k = index - 1; k >= 0 && doc.sentences[k]!.paragraph === s.paragraph && endsWithAbbreviation(doc, doc.sentences[k]!); k--) lead = doc.sentences[k]!;
  return lead;
}

/**
 * Whether a token names a speaker (a title, a given name, a body, a noun of speech), also with و/ف or a
 * preposition attached (the article stays part of the word: الرياض is no رياض).
 */
function isSpeakerWord(doc: ArticleDocument, tok: Token, speech: boolean): boolean {
  if (!tok.arabic) return false;
  const has = (w: string) => SPEAKER_WORDS.has(w) || (speech && SPEECH_WORDS.has(w));
  if (has(tok.folded)) return true;
  for (const r of doc.readings(tok)) if (!r.article && has(r.stem)) return true;
  return false;
}

/** What the rule concluded about one quoted span, and why (used by the rule and by its evaluation). */
export interface QuoteJudgement {
  quote: Quote;
  verdict: 'not-quotation' | 'attributed' | 'unattributed';
  /**
   * not-quotation: short | latin | term | named | phrase | headline;
   * attributed: before (a cue before it in its sentence) | label (a colon after a name) | after (a verb or
   * source after it in its sentence, a pointing-back phrase, a speaker after a dash) | introduced (the
   * sentence before ends with a colon after a cue or a speaker) | chained (the sentence before holds an
   * attributed quotation) | prior (the sentence before has a reporting verb with a named speaker, and the
   * quotation is its own sentence) | next (a verb or source in the sentence after);
   * unattributed: none.
   */
  why: string;
  /** Sentence indexes the rule searched for a cue. */
  /** The sentences the rule read for cues, in order: the one before (when it was read), the quotation's, the one after. */
  window: LookedAt[];
}

/** A sentence the rule read for cues, and its place relative to the quotation. */
export interface LookedAt {
  sentence: number;
  role: 'before' | 'quote' | 'after';
}

/** Judges every top-level quoted span of the document (a continued quote is judged with its first part). */
export function judgeQuotes(doc: ArticleDocument, terms: ReadonlySet<string>): QuoteJudgement[] {
  const out: QuoteJudgement[] = [];
  // Cues are read lazily, only around quotations: most of a long draft is never looked at (a map, not an
  // array as long as the draft's tokens, for the few thousand tokens read).
  const cueCache = new Map<number, Cue | null>();
  const cue = (i: number): Cue | undefined => {
    let c = cueCache.get(i);
    if (c === undefined) cueCache.set(i, (c = cueAt(doc, i) ?? null));
    return c ?? undefined;
  };
  // Offsets covered by top-level quotes: cue words inside a quotation are the speaker's words, not a cue.
  const top = doc.quotes.filter((q) => q.depth === 0);
  const insideQuote = (offset: number): boolean => findContaining(top, offset) !== undefined;
  // Sentences holding the start of a quoted span, and those ending in an attributed quotation.
  const quoteSentences = new Set<number>();
  for (const q of top) {
    const s = doc.sentenceAt(q.start);
    if (s) quoteSentences.add(s.index);
  }
  const attributedEnds = new Set<number>();
  /** Per sentence, the index of its first usable cue (its end when none). */
  const firstCue = new Map<number, number>();
  // Index after the third Arabic token: a subjectless verb from there on has a speaker named before it.
  let arabicSeen = 0;
  let namedFrom = doc.tokenCount;
  for (let i = 0; i < doc.tokenCount; i++) {
    if (doc.tokenArabic[i] === 1 && ++arabicSeen >= MIN_WORDS_BEFORE_PRONOUN_SUBJECT) {
      namedFrom = i + 1;
      break;
    }
  }

  // The tests below depend on the document only, not on the quotation: made once per document.
  const usable = (i: number, allowParticiple: boolean): boolean => {
    const c = cue(i);
    if (!c || insideQuote(doc.tokenStarts[i]!)) return false;
    if (c.kind === 'participle' && !allowParticiple) return false;
    if (c.kind === 'source') return true;
    // A verb or participle with no noun subject after it needs a speaker named somewhere before it.
    const next = doc.token(c.last + 1);
    const subjectless = !next || next.sentence !== doc.tokenSentences[i]! || PRONOUN_SUBJECT_NEXT.has(next.folded) || insideQuote(next.start) || /:/.test(doc.masked.slice(doc.tokenEnds[c.last]!, next.start));
    return c.kind === 'verb' && !subjectless ? true : i >= namedFrom;
  };
  // Any usable cue (participles included) from the start of a sentence up to token `to`: the sentence's
  // first cue is found once and memoised, so many quotations in one long sentence cost one scan.
  const anyCue = (sentence: Sentence, to: number): boolean => {
    let first = firstCue.get(sentence.index);
    if (first === undefined) {
      first = sentence.tokens[1];
      for (let i = sentence.tokens[0]; i < sentence.tokens[1]; i++) {
        if (usable(i, true)) {
          first = i;
          break;
        }
      }
      firstCue.set(sentence.index, first);
    }
    return first < to;
  };
  const speakerAfter = (from: number, to: number): boolean => {
    for (let i = from; i < to; i++) {
      if (insideQuote(doc.tokenStarts[i]!)) return false;
      const c = cue(i);
      if (!c || c.kind === 'participle') continue;
      if (c.kind === 'source') return true;
      if (VERBS.has(withoutObjectPronoun(doc.tokenFolded(i))) && usable(i, false)) return true;
    }
    return false;
  };
  // «"…"، هكذا لخصت ريم الوضع»: a pointing-back opener at `from`, then a verb (any word) and its subject.
  const opensPointingBack = (from: number): boolean => {
    const first = doc.token(from);
    if (!first || insideQuote(first.start)) return false;
    const sentence = first.sentence;
    for (const words of OPENERS) {
      let ok = true;
      for (let k = 0; k < words.length && ok; k++) {
        const tok = doc.token(from + k);
        ok = !!tok && tok.sentence === sentence && (tok.folded === words[k] || (k === 0 && conjForms(tok.folded).includes(words[k]!)));
      }
      if (!ok) continue;
      const verb = doc.token(from + words.length);
      const subject = doc.token(from + words.length + 1);
      return !!verb && !!subject && verb.arabic && subject.arabic && subject.sentence === sentence && !insideQuote(subject.start) && !STOP_WORD_SET.has(verb.folded);
    }
    return false;
  };
  // «"…" - ريم، بائعة»: a short speaker after a dash, ending the sentence.
  const dashSpeaker = (qEnd: number, from: number, sentenceEnd: number): boolean => {
    const first = doc.token(from);
    if (!first || from >= sentenceEnd || sentenceEnd - from > MAX_DASH_SPEAKER_WORDS) return false;
    if (!/^[\s\u00A0]*[-–—][\s\u00A0]*$/.test(doc.masked.slice(qEnd, first.start))) return false;
    for (let i = from; i < sentenceEnd; i++) if (insideQuote(doc.tokenStarts[i]!)) return false;
    if (isSpeakerWord(doc, first, false)) return true;
    // Otherwise a word that opens no clause of its own: no و/ف (وهو ما …), no function word, no cue.
    return first.arabic && !/^[وف]/.test(first.folded) && !STOP_WORD_SET.has(first.folded) && !cue(from);
  };
  const pointsBack = (from: number, to: number): boolean => {
    let back = false;
    for (let i = from; i < to; i++) {
      if (insideQuote(doc.tokenStarts[i]!)) return false;
      const c = cue(i);
      if (c?.kind === 'source') return true;
      if (POINTING_BACK_WORDS.has(doc.tokenFolded(i))) back = true;
      if (back && c?.kind === 'verb') return true;
      const f = doc.tokenFolded(i);
      if (c?.kind === 'verb' && !VERBS.has(f) && conjForms(f).some((x) => !VERBS.has(x) && VERBS.has(withoutObjectPronoun(x)))) return true;
    }
    return false;
  };

  // A speaker label before a colon: a title, a name, a body, a noun of speech, a verb continuing a speaker
  // (وزاد:), or a pronoun once a speaker can have been named.
  const labelsSpeaker = (from: number, to: number): boolean => {
    for (let i = from; i < to; i++) {
      const tok = doc.token(i)!;
      if (insideQuote(tok.start)) continue;
      if (isSpeakerWord(doc, tok, true)) return true;
      if (conjForms(tok.folded).some((f) => LABEL_VERB_SET.has(f) || (PERSONAL_PRONOUNS.has(f) && i >= namedFrom))) return true;
    }
    return false;
  };
  // A sentence of reported speech by a named person: it opens with a reporting verb followed by a
  // person's title or name (in the first two words), and goes on with إن/أن (وقال الصحفي محمد علي إن …). Not a body («وأعلنت
  // الوزارة أن …» is most often followed by someone else's words), nor any verb further in the sentence.
  const reportedSpeechOf = (from: number, to: number): boolean => {
    for (let i = from; i < Math.min(to, from + MAX_PRIOR_VERB_POSITION); i++) {
      const c = cue(i);
      if (c?.kind !== 'verb' || insideQuote(doc.tokenStarts[i]!)) continue;
      const next = doc.token(c.last + 1);
      if (!next || c.last + 1 >= to || insideQuote(next.start) || !/^[\s\u00A0]*$/.test(doc.masked.slice(doc.tokenEnds[c.last]!, next.start))) continue;
      // The title or name right after the verb, or a name after one word (وقال الخباز سامي خليل).
      const second = doc.token(c.last + 2);
      if (!PERSON_WORDS.has(next.folded) && !(second && c.last + 2 < to && !insideQuote(second.start) && PERSON_WORDS.has(second.folded))) continue;
      for (let k = c.last + 2; k < to; k++) if (COMPLEMENTIZERS.has(doc.tokenFolded(k)) && !insideQuote(doc.tokenStarts[k]!)) return true;
    }
    return false;
  };

  for (const q of top) {
    if (q.continuation) continue;
    const not = whyNotQuotation(doc, q, terms, innerRange(doc, q));
    if (not) {
      out.push({ quote: q, verdict: 'not-quotation', why: not, window: [] });
      continue;
    }
    const qFirst = doc.firstTokenAt(q.start);
    const qAfter = doc.firstTokenAt(q.end);
    const sFirst = doc.sentenceAt(q.start)?.index ?? doc.token(qFirst)?.sentence;
    const sLast = doc.sentenceAt(q.end - 1)?.index ?? sFirst;
    if (sFirst === undefined || sLast === undefined) continue;

    let why = 'none';
    const s0 = doc.sentences[sFirst]!;
    const lead = leadSentence(doc, sFirst);
    const sL = doc.sentences[sLast]!;
    const prevS = doc.sentences[sFirst - 1];
    const nextS = doc.sentences[sLast + 1];
    // 1. The quotation's sentence before it: any cue; or a colon right after a speaker's name or title
    //    (رئيس الشركة جون سميث: "…").
    if (anyCue(lead, qFirst)) why = 'before';
    else if (qFirst > lead.tokens[0] && /:[\s\u00A0]*$/.test(doc.masked.slice(doc.tokenEnds[qFirst - 1]!, q.start)) && labelsSpeaker(Math.max(lead.tokens[0], qFirst - MAX_LABEL_SPEAKER_WORDS), qFirst)) why = 'label';
    // 2. Right after it («"…"، قال الوزير»، «"…"، بحسب البيان»، «"…" على حد تعبيره»): a verb without a
    //    conjunction or a source phrase among the first words after it. Not a participle (after a quotation
    //    it carries on a speaker who must already have been given), and not وقال/وأضاف, which open a clause
    //    of their own.
    else if (
      speakerAfter(qAfter, Math.min(sL.tokens[1], qAfter + MAX_WORDS_TO_SPEAKER_AFTER)) ||
      pointsBack(qAfter, sL.tokens[1]) ||
      (doc.token(qAfter)?.sentence === sLast && (opensPointingBack(qAfter) || dashSpeaker(q.end, qAfter, sL.tokens[1])))
    )
      why = 'after';
    // 3. The sentence before, when it introduces the quotation: it ends with a colon (also at the end of
    //    the previous paragraph: «وقال الوزير:» ¶ «"…"»), or, in the same paragraph, it holds a quotation
    //    with its speaker and this one goes on with the same speaker («قال: "…". "…"»).
    else if (prevS && doc.paragraphs[prevS.paragraph]!.kind === 'text') {
      const introduces = qFirst === s0.tokens[0] && doc.masked[prevS.end - 1] === ':';
      const chained = prevS.paragraph === s0.paragraph && (attributedEnds.has(prevS.index) || (quoteSentences.has(prevS.index) && anyCue(prevS, prevS.tokens[1])));
      if (introduces && (anyCue(prevS, prevS.tokens[1]) || (prevS.tokens[1] - prevS.tokens[0] <= MAX_LABEL_WORDS && labelsSpeaker(prevS.tokens[0], prevS.tokens[1])))) why = 'introduced';
      else if (chained) why = 'chained';
      // «وقال الصحفي محمد علي إن المشهد معقد. "…"»: the sentence before, in the same paragraph, is reported
      // speech of a named person, and the quotation's sentence is the quotation alone.
      else if (prevS.paragraph === s0.paragraph && qFirst === s0.tokens[0] && qAfter >= sL.tokens[1] && reportedSpeechOf(prevS.tokens[0], prevS.tokens[1])) why = 'prior';
    }
    // 4. The sentence after, in the same paragraph, pointing back at the quotation at its start, with no
    //    quotation before it: a source phrase or a reporting verb with an object pronoun («"…". هذا ما
    //    قاله الوزير»، «"…". بحسب البيان»). «"…". وأضاف أن …» does not: it presumes a speaker never given.
    //    An interview answer («ـ «نعم…».») may be attributed by the next paragraph when it opens pointing back
    //    («هكذا ردت …»), the quotation closing its own paragraph.
    const opener = nextS ? doc.token(nextS.tokens[0]) : undefined;
    const nextParagraphPointsBack = !!nextS && !!opener && nextS.paragraph === sL.paragraph + 1 && sLast === doc.paragraphs[sL.paragraph]!.sentences[1] - 1 && (POINTING_BACK_WORDS.has(opener.folded) || POINTING_BACK_WORDS.has(opener.folded.replace(/^[وف]/, '')));
    const afterInReach = !!nextS && (nextS.paragraph === sL.paragraph || nextParagraphPointsBack);
    if (why === 'none' && nextS && afterInReach && pointsBack(nextS.tokens[0], Math.min(nextS.tokens[1], nextS.tokens[0] + MAX_WORDS_TO_SPEAKER_AFTER))) why = 'next';
    if (why !== 'none') attributedEnds.add(sLast);
    // The sentences read above: the one before only when a step read it (a text paragraph; in another
    // paragraph only when it ends with a colon right before the quotation), the one after only in the same paragraph.
    const window: LookedAt[] = [];
    const ownSentences = [lead.index];
    if (sFirst !== lead.index) ownSentences.push(sFirst);
    if (sLast !== lead.index && sLast !== sFirst) ownSentences.push(sLast);
    if (prevS && !ownSentences.includes(prevS.index) && doc.paragraphs[prevS.paragraph]!.kind === 'text' && (prevS.paragraph === s0.paragraph || (qFirst === s0.tokens[0] && doc.masked[prevS.end - 1] === ':')))
      window.push({ sentence: prevS.index, role: 'before' });
    for (const k of ownSentences) window.push({ sentence: k, role: 'quote' });
    if (nextS && afterInReach) window.push({ sentence: nextS.index, role: 'after' });
    out.push({ quote: q, verdict: why === 'none' ? 'unattributed' : 'attributed', why, window });
  }
  return out;
}

export const unattributedQuote: Rule = {
  id: ID,
  description: {
    en: 'A direct quotation with no speaker or source next to it.',
    ar: 'اقتباس مباشر لا يُنسب إلى قائل أو مصدر بجواره.',
  },
  defaultSeverity: 'warning',
  check(doc: ArticleDocument, ctx: RuleContext): Finding[] {
    if (doc.quotes.length === 0) return [];
    const terms = new Set(ctx.config.team.quotes.terms.map(phraseKey));
    return judgeQuotes(doc, terms)
      .filter((j) => j.verdict === 'unattributed')
      .map((j) => finding(doc, j.quote, j.window));
  },
};

function excerpt(doc: ArticleDocument, sentence: number): string {
  const s = doc.sentences[sentence]!;
  // Seven words are enough: read a bounded slice, a sentence can be as long as the draft.
  const words = doc.text.slice(s.start, Math.min(s.end, s.start + 400)).split(/\s+/);
  if (s.end > s.start + 400 && words.length <= 6) words.push('');
  return words.length > 6 ? words.slice(0, 6).join(' ') + ' …' : words.join(' ');
}

/** Any quotation mark: an excerpt holding one is shown as it is, not inside another pair of marks. */
const QUOTE_MARK = /["«»“”„‹›]/;

function finding(doc: ArticleDocument, q: Quote, window: LookedAt[]): Finding {
  const inner = doc.text.slice(q.inner.start, q.inner.end).trim();
  const roles = {
    before: { ar: 'الجملة السابقة', en: 'the sentence before' },
    quote: { ar: 'جملة الاقتباس', en: "the quotation's sentence" },
    after: { ar: 'الجملة التالية', en: 'the sentence after' },
  };
  const shown = (s: number, open: string, close: string) => {
    // The draft's own words, shown as text in the Markdown hover.
    const e = excerpt(doc, s);
    return markdownText(QUOTE_MARK.test(e) ? e : `${open}${e}${close}`);
  };
  const looked = window.map((w) => `- ${roles[w.role].ar}: ${shown(w.sentence, '«', '»')}`).join('\n');
  const lookedEn = window.map((w) => `- ${roles[w.role].en}: ${shown(w.sentence, '"', '"')}`).join('\n');
  const placeholder: Fix = q.continues
    ? {
        title: { ar: 'أضف اسم القائل قبل الاقتباس: «قال [المصدر]:»', en: 'Add the speaker before the quote: "قال [المصدر]:"' },
        edits: [{ start: q.start, end: q.start, newText: 'قال [المصدر]: ' }],
        preferred: false,
        fixAll: false,
      }
    : {
        title: { ar: 'أضف اسم القائل بعد الاقتباس: «، قال [المصدر]»', en: 'Add the speaker after the quote: "، قال [المصدر]"' },
        edits: [{ start: q.end, end: q.end, newText: '، قال [المصدر]' }],
        preferred: false,
        fixAll: false,
      };
  const notQuote: Fix = {
    title: { ar: 'ليس اقتباساً: أضف النص إلى quotes.terms', en: 'Not a quotation: add the text to quotes.terms' },
    edits: [],
    preferred: false,
    fixAll: false,
    configChange: { kind: 'add-to-list', key: 'quotes.terms', value: inner },
  };
  return {
    rule: ID,
    span: { start: q.start, end: q.end },
    message: {
      ar: 'اقتباس بلا قائل أو مصدر: من قال هذا؟',
      en: 'Quotation with no speaker or source: who said this?',
    },
    explanation: {
      ar:
        'لم يُعثر بجوار هذا الاقتباس على ما ينسبه إلى قائل أو مصدر.\n\n' +
        'ما يُحتسب، وأين:\n' +
        '- في جملة الاقتباس، قبله: فعل قول بأي صيغة (قال، وقالت، يقول، أكد، أضاف، أوضح، أشار …)، أو حال تحمل القائل السابق (قائلاً، مضيفاً، مؤكداً …)، أو عبارة مصدر (بحسب، وفقاً لـ، نقلاً عن، في بيان، في تغريدة، لصحيفة …)، أو اسم القائل أو صفته تليه نقطتان (الوزير: «…»).\n' +
        '- بعده في جملته: فعل قول يليه القائل («…»، قال الوزير)، أو عبارة مصدر («…»، بحسب البيان؛ «…» على حد تعبيره)، أو «هكذا» أو «بهذه الكلمات» يليها فعل («…»، هكذا لخصت ريم الوضع)، أو اسم القائل بعد شَرطة («…» - ريم، بائعة).\n' +
        '- في الجملة السابقة، حين تمهّد للاقتباس فقط: تنتهي بنقطتين بعد فعل قول أو اسم القائل (وقال الوزير:)، أو فيها اقتباس منسوب إلى قائله يتابعه هذا الاقتباس، أو تبدأ بفعل قول يليه اسم القائل أو صفته ثم «إن» أو «أن»، والاقتباس بعدها جملة وحده (وقال الصحفي محمد علي إن … . «…»).\n' +
        '- في أول الجملة التالية من الفقرة نفسها: عبارة تعود إلى الاقتباس (هذا ما قاله الوزير، بحسب البيان).\n\n' +
        'ويُحتسب فعل بلا فاعل ظاهر (وأكد أن «…») إذا ذُكر قائل قبله في المقال؛ أما ذكر شخص في موضع سابق دون شيء مما سبق عند الاقتباس فلا يكفي.\n\n' +
        `ما فحصته القاعدة:\n${looked}\n\n` +
        'إن كان النص عنواناً أو اسماً أو مصطلحاً لا كلام أحد، فاختر «ليس اقتباساً».',
      en:
        'Nothing next to this quotation attributes it to a speaker or a source.\n\n' +
        'What counts, and where:\n' +
        "- in the quotation's sentence, before it: a reporting verb in any form (قال، وقالت، يقول، أكد، أضاف، أوضح، أشار …), a participle carrying an earlier speaker on (قائلاً، مضيفاً، مؤكداً …), a source phrase (بحسب، وفقاً لـ، نقلاً عن، في بيان، في تغريدة، لصحيفة …), or the speaker's name or title followed by a colon (الوزير: «…»).\n" +
        '- after it, in its sentence: a reporting verb followed by the speaker («…»، قال الوزير), a source phrase («…»، بحسب البيان; «…» على حد تعبيره), «هكذا» or «بهذه الكلمات» followed by a verb («…»، هكذا لخصت ريم الوضع), or the speaker after a dash («…» - ريم، بائعة).\n' +
        '- in the sentence before, only when it introduces the quotation: it ends with a colon after a reporting verb or the speaker (وقال الوزير:), it holds an attributed quotation that this one continues, or it opens with a reporting verb, the speaker\'s name or title and إن/أن, and the quotation stands alone as the next sentence (وقال الصحفي محمد علي إن … . «…»).\n' +
        '- at the start of the next sentence of the same paragraph: a phrase pointing back at the quotation (هذا ما قاله الوزير، بحسب البيان).\n\n' +
        'A verb with no written subject (وأكد أن «…») counts when a speaker was named before it in the article; a person merely mentioned earlier, with none of the above at the quotation, does not attribute it.\n\n' +
        `What the rule looked at:\n${lookedEn}\n\n` +
        'If the text is a title, a name or a term rather than anyone\'s words, choose "Not a quotation".',
    },
    fixes: [placeholder, notQuote],
  };
}
