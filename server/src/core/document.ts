/**
 * ArticleDocument: a draft parsed once. Every rule reads this; none re-parses the text.
 *
 * - `text` is the original; all spans are UTF-16 offsets into it.
 * - `masked` has the same length, with everything that is not prose replaced by spaces (see mask.ts).
 * - `folded` is the folded form of `masked` with its offset map (see normalize.ts).
 * - paragraphs → sentences → tokens, quote spans, lonely quote marks, suppression regions.
 */
import { cliticReadings, deepestReading, type CliticReading } from './clitics';
import { maskDocument, type DocFormat, type FrontMatterField } from './mask';
import { foldChar, foldWithUnits, toOriginal, type FoldedText } from './normalize';
import { isKeyUnit, rangeHash, WORDS, WORDS_MAX, type KeyRuns } from './keys';
import { isQuoteMark, scanQuotes, type LonelyMark, type Quote } from './quotes';
import { parseSuppressions, type Suppressions } from './suppress';
import type { Span } from './types';

export type { DocFormat } from './mask';

export type ParagraphKind = 'title' | 'heading' | 'text';

export interface Paragraph extends Span {
  index: number;
  kind: ParagraphKind;
  /** Indexes into `sentences`: [first, last + 1). */
  sentences: [number, number];
  /** Indexes into `tokens`: [first, last + 1). */
  tokens: [number, number];
}

export interface Sentence extends Span {
  index: number;
  paragraph: number;
  tokens: [number, number];
}

export interface Token extends Span {
  readonly index: number;
  /** Original text of the word. */
  readonly text: string;
  /** Folded form (see normalize.ts). */
  folded: string;
  /** Offset of the token's first code unit in `folded.text` of the document. */
  foldStart: number;
  arabic: boolean;
  sentence: number;
  paragraph: number;
  /**
   * The id of the folded word in `WORDS` (core/keys.ts), shared by every document: tokens with the same
   * `folded` have the same id, and `WORDS.word(id) === folded`. Read it during a check (see
   * `ArticleDocument.wordIds`).
   */
  readonly word: number;
}

/**
 * A token as a rule reads it: made on request (`ArticleDocument.token`), from the document's arrays. The
 * parser makes no object per token (a 1 MB draft holds about 100,000, and the garbage collector would copy
 * them all, several times per check): rules that read every token read the arrays (`tokenStarts`,
 * `wordIds()` …), and ask for objects only for the few tokens they look at closely.
 */
class WordToken implements Token {
  readonly start: number;
  readonly end: number;
  readonly folded: string;
  constructor(
    private readonly doc: ArticleDocument,
    readonly index: number,
  ) {
    this.start = doc.tokenStarts[index]!;
    this.end = doc.tokenEnds[index]!;
    this.folded = doc.tokenFolded(index);
  }
  get text(): string {
    return this.doc.text.slice(this.start, this.end);
  }
  get foldStart(): number {
    return this.doc.tokenFoldStarts[this.index]!;
  }
  get arabic(): boolean {
    return this.doc.tokenArabic[this.index] === 1;
  }
  get sentence(): number {
    return this.doc.tokenSentences[this.index]!;
  }
  get paragraph(): number {
    return this.doc.sentences[this.sentence]!.paragraph;
  }
  get word(): number {
    return this.doc.wordIds()[this.index]!;
  }
}

export interface Line extends Span {
  index: number;
}

export interface ParseOptions {
  format?: DocFormat;
}

/**
 * Character classes by UTF-16 code unit, as bit flags, filled lazily (a code unit is classified the first
 * time it is seen, by the regexes below): one typed-array read per character instead of several regex
 * tests. Surrogates count as word characters.
 */
const CLASS_TABLE = new Uint16Array(65536);
/** Set once a code unit is classified. */
const C_KNOWN = 1 << 0;
/** Letter, mark, digit, tatweel, ZWNJ/ZWJ. */
const C_WORD = 1 << 1;
/** A word character in an Arabic block. */
const C_ARABIC = 1 << 2;
/** Whitespace as `isSpace` reads it (sentence trimming). */
const C_SPACE = 1 << 3;
/** Whitespace as the regex `\s` reads it (what may follow a sentence end). */
const C_RE_SPACE = 1 << 4;
/** Sentence-final punctuation (Latin and Arabic): . ! ? ؟ … */
const C_END = 1 << 5;
/** Closing marks that may follow a sentence end and belong to the sentence. */
const C_CLOSING = 1 << 6;
/** Line break: \n or \r. */
const C_BREAK = 1 << 7;
/** A quotation mark that `scanQuotes` reads (see quotes.ts). */
const C_QUOTE = 1 << 8;
/**
 * Not a word character, yet folds to a letter or digit (the rial sign ﷼ folds to «ريال»): a key run of the
 * folded text outside every token (see `keyRuns`).
 */
const C_FOLDS_TO_KEY = 1 << 9;

const WORD_RE_ONE = /[\p{L}\p{M}\p{N}\u0640\u200C\u200D]/u;
const SENTENCE_END = /[.!?؟…]/;
const CLOSING_AFTER_END = /[»”’"'›)\]]/;

function charClass(c: number): number {
  const v = CLASS_TABLE[c]!;
  return v !== 0 ? v : classify(c);
}

function classify(c: number): number {
  const ch = String.fromCharCode(c);
  let v = C_KNOWN;
  if ((c >= 0xd800 && c <= 0xdfff) || WORD_RE_ONE.test(ch)) {
    v |= C_WORD;
    if ((c >= 0x0600 && c <= 0x06ff) || (c >= 0x0750 && c <= 0x077f) || (c >= 0x08a0 && c <= 0x08ff) || (c >= 0xfb50 && c <= 0xfeff)) v |= C_ARABIC;
  }
  if (isSpace(c)) v |= C_SPACE;
  if (/\s/.test(ch)) v |= C_RE_SPACE;
  if (SENTENCE_END.test(ch)) v |= C_END;
  if (CLOSING_AFTER_END.test(ch)) v |= C_CLOSING;
  if (c === 10 || c === 13) v |= C_BREAK;
  if (isQuoteMark(c)) v |= C_QUOTE;
  if (!(v & C_WORD)) {
    const f = foldChar(ch);
    for (let k = 0; k < f.length; k++) if (isKeyUnit(f.charCodeAt(k))) v |= C_FOLDS_TO_KEY;
  }
  CLASS_TABLE[c] = v;
  return v;
}

export class ArticleDocument {
  readonly text: string;
  readonly format: DocFormat;
  readonly masked: string;
  readonly folded: FoldedText;
  readonly lines: Line[];
  readonly paragraphs: Paragraph[] = [];
  readonly sentences: Sentence[] = [];
  /** Number of tokens (words). */
  readonly tokenCount: number;
  readonly quotes: Quote[];
  readonly lonelyQuoteMarks: LonelyMark[];
  readonly frontMatter?: { span: Span; fields: FrontMatterField[] };
  readonly suppressions: Suppressions;
  /*
   * The tokens, one entry per token in each array (their length is `tokenCount` once parsed). Read them;
   * never write them.
   */
  /** Per token, its bounds in the original text. */
  tokenStarts: Int32Array;
  tokenEnds: Int32Array;
  /** Sentence index of each token, by token index (what `Token.sentence` reads). */
  tokenSentences: Int32Array;
  /** Per token, the bounds of its word in the folded text. */
  tokenFoldStarts: Int32Array;
  tokenFoldEnds: Int32Array;
  /** Per token, 1 when it holds an Arabic character (`Token.arabic`). */
  tokenArabic: Uint8Array;
  /** Per token, the id of its word in `WORDS`, for `WORDS.generation` `wordsGeneration` (see `wordIds`). */
  private tokenWords: Int32Array;
  private wordsGeneration: number;
  /**
   * Whether the key runs of the folded text (keys.ts: runs of letters and digits) are exactly the tokens'
   * folded words: no token folds to a character that is not a letter or digit (a surrogate pair, a
   * presentation form holding a space) or touches a letter in the folded text (a bidi mark between two
   * words is dropped by the fold), and no character between tokens folds to a letter.
   */
  private tokensAreKeyRuns = true;
  private readonly lineStarts: number[];
  /** The words seen last, while tokenising. */
  private recentWords?: RecentWords;
  /** Token objects made so far (`token`), in the order they were made, and per token its place there + 1 (0: none yet). */
  private tokenObjects: WordToken[] | undefined;
  private tokenObjectAt: Int32Array | undefined;
  /** Every token object, by index, once `tokens` was read. */
  private allTokens: WordToken[] | undefined;
  /** Tokens found so far, while tokenising. */
  private count = 0;

  private constructor(text: string, format: DocFormat) {
    this.text = text;
    this.format = format;
    const mask = maskDocument(text, format);
    this.masked = mask.masked;
    this.frontMatter = mask.frontMatter;
    const fold = foldWithUnits(this.masked);
    this.folded = fold.folded;
    this.lines = mask.lines;
    this.lineStarts = this.lines.map((l) => l.start);
    const quoteMarks: number[] = [];
    this.recentWords = new RecentWords(this.folded.text, fold.units);
    // Ids of an older generation of `WORDS` are never mixed with this document's: it forgets its words
    // (when it has too many) only here, before a check, and a document that outlives a clear numbers its
    // words again when asked (`wordIds`).
    WORDS.limit(WORDS_MAX);
    this.wordsGeneration = WORDS.generation;
    // Room for a token per five code units (news prose has about one per six); grown per paragraph if needed.
    const room = ((text.length / 5) | 0) + 64;
    this.tokenStarts = new Int32Array(room);
    this.tokenEnds = new Int32Array(room);
    this.tokenSentences = new Int32Array(room);
    this.tokenFoldStarts = new Int32Array(room);
    this.tokenFoldEnds = new Int32Array(room);
    this.tokenWords = new Int32Array(room);
    this.tokenArabic = new Uint8Array(room);
    this.buildParagraphs(mask.blockStarts, mask.headingLines, quoteMarks);
    const n = (this.tokenCount = this.count);
    this.tokenStarts = this.tokenStarts.subarray(0, n);
    this.tokenEnds = this.tokenEnds.subarray(0, n);
    this.tokenSentences = this.tokenSentences.subarray(0, n);
    this.tokenFoldStarts = this.tokenFoldStarts.subarray(0, n);
    this.tokenFoldEnds = this.tokenFoldEnds.subarray(0, n);
    this.tokenWords = this.tokenWords.subarray(0, n);
    this.tokenArabic = this.tokenArabic.subarray(0, n);
    this.recentWords = undefined;
    const q = scanQuotes(this.masked, this.paragraphs, quoteMarks);
    this.quotes = q.quotes;
    this.lonelyQuoteMarks = q.lonely;
    this.suppressions = parseSuppressions(mask.comments, this.lines, this.masked);
  }

  static parse(text: string, options: ParseOptions = {}): ArticleDocument {
    return new ArticleDocument(text, options.format ?? 'plaintext');
  }

  /**
   * Guess the format from a file name: Markdown for .md/.markdown and the `arabic-news` files (.news.md,
   * .article.md, .khabar: the language is Markdown-like, with front matter and headings), plain text otherwise.
   */
  static formatFor(fileName: string): DocFormat {
    return /\.(?:md|markdown|mdx|khabar)$/i.test(fileName) ? 'markdown' : 'plaintext';
  }

  /** Files of the `arabic-news` language: checked whatever their content. */
  static isNewsFile(fileName: string): boolean {
    return /\.(?:news\.md|article\.md|khabar)$/i.test(fileName);
  }

  /**
   * Paragraphs from the lines, then sentences and tokens of each paragraph. `quoteMarks` receives the
   * offset of every quotation
   * mark inside a paragraph, in order, for `scanQuotes`.
   */
  private buildParagraphs(blockStarts: Set<number>, headingLines: Set<number>, quoteMarks: number[]): void {
    const m = this.masked;
    const frontEnd = this.frontMatter?.span.end ?? -1;
    let curStart = -1;
    let curEnd = -1;
    let curKind: ParagraphKind = 'text';
    const lines = this.lines;
    for (let li = 0; li < lines.length; li++) {
      const line = lines[li]!;
      let s = line.start;
      let e = line.end;
      while (s < e && charClass(m.charCodeAt(s)) & C_SPACE) s++;
      while (e > s && charClass(m.charCodeAt(e - 1)) & C_SPACE) e--;
      if (s === e) {
        if (curStart >= 0) this.addParagraph(curStart, curEnd, curKind, quoteMarks);
        curStart = -1;
        continue;
      }
      const kind: ParagraphKind = line.start < frontEnd ? 'title' : headingLines.has(line.start) ? 'heading' : 'text';
      const own = this.format === 'plaintext' || kind !== 'text' || blockStarts.has(line.start);
      if (own || curStart < 0 || curKind !== 'text') {
        if (curStart >= 0) this.addParagraph(curStart, curEnd, curKind, quoteMarks);
        curStart = s;
        curEnd = e;
        curKind = kind;
        if (kind !== 'text' || this.format === 'plaintext') {
          this.addParagraph(curStart, curEnd, curKind, quoteMarks);
          curStart = -1;
        }
      } else {
        curEnd = e;
      }
    }
    if (curStart >= 0) this.addParagraph(curStart, curEnd, curKind, quoteMarks);
  }

  /**
   * One paragraph in a single pass over its characters: words become tokens, sentence ends close
   * sentences, quotation marks are collected. A sentence ends at a line break, or after a run of
   * sentence-final punctuation and closing marks followed by whitespace or the paragraph's end ('.'
   * between digits does not end one). Sentences are trimmed of whitespace; empty ones are dropped.
   * Sentence boundaries never fall inside a word (words hold no punctuation or line break), so a token
   * belongs to the sentence being read when it is found.
   */
  private addParagraph(start: number, end: number, kind: ParagraphKind, quoteMarks: number[]): void {
    const index = this.paragraphs.length;
    const firstSentence = this.sentences.length;
    const firstToken = this.count;
    // Tokens are separated by at least one character: the most this paragraph can add.
    this.reserveTokens(firstToken + ((end - start) >> 1) + 1);
    const m = this.masked;
    const tokenStarts = this.tokenStarts;
    const tokenEnds = this.tokenEnds;
    const foldAt = this.folded.foldAt;
    const recent = this.recentWords!;
    const tokenSentences = this.tokenSentences;
    const tokenFoldStarts = this.tokenFoldStarts;
    const tokenFoldEnds = this.tokenFoldEnds;
    const tokenWords = this.tokenWords;
    const tokenArabic = this.tokenArabic;
    let sStart = start;
    let sFirstToken = firstToken;
    let i = start;
    while (i < end) {
      const code = m.charCodeAt(i);
      const cls = charClass(code);
      if (cls & C_WORD) {
        const s = i;
        let arabic = (cls & C_ARABIC) !== 0;
        for (i++; i < end; i++) {
          const w = charClass(m.charCodeAt(i));
          if (!(w & C_WORD)) break;
          if (w & C_ARABIC) arabic = true;
        }
        const foldStart = foldAt[s]!;
        const foldEnd = foldAt[i]!;
        // A word of dropped characters only (tatweel, marks) folds to nothing: not a token.
        if (foldEnd === foldStart) continue;
        const id = recent.id(foldStart, foldEnd);
        // Whether the word is a key run of the folded text (letters and digits only, not touching a letter
        // on either side): decided once per word while it stays in the cache.
        if (!recent.keyRun) this.tokensAreKeyRuns = false;
        const t = this.count++;
        tokenSentences[t] = this.sentences.length;
        tokenFoldStarts[t] = foldStart;
        tokenFoldEnds[t] = foldEnd;
        tokenWords[t] = id;
        if (arabic) tokenArabic[t] = 1;
        tokenStarts[t] = s;
        tokenEnds[t] = i;
        continue;
      }
      if (cls & C_FOLDS_TO_KEY) this.tokensAreKeyRuns = false;
      if (cls & C_QUOTE) quoteMarks.push(i);
      if (cls & C_BREAK) {
        sFirstToken = this.endSentence(sStart, i, index, sFirstToken);
        sStart = ++i;
        continue;
      }
      if (!(cls & C_END) || (code === 0x2e && isDigit(m.charCodeAt(i - 1)) && isDigit(m.charCodeAt(i + 1)))) {
        i++;
        continue;
      }
      // The run of sentence-final punctuation and closing marks (quotation marks among them).
      let j = i + 1;
      for (; j < end; j++) {
        const c = charClass(m.charCodeAt(j));
        if (!(c & (C_END | C_CLOSING))) break;
        if (c & C_QUOTE) quoteMarks.push(j);
      }
      i = j;
      if (j < end && !(charClass(m.charCodeAt(j)) & C_RE_SPACE)) continue;
      sFirstToken = this.endSentence(sStart, j, index, sFirstToken);
      sStart = j;
    }
    this.endSentence(sStart, end, index, sFirstToken);
    this.paragraphs.push({
      start,
      end,
      index,
      kind,
      sentences: [firstSentence, this.sentences.length],
      tokens: [firstToken, this.count],
    });
  }

  /** Grows the token arrays to hold `n` tokens. */
  private reserveTokens(n: number): void {
    const room = this.tokenStarts.length;
    if (n <= room) return;
    const size = Math.max(n, room * 2);
    const grown = <T extends Int32Array | Uint8Array>(a: T): T => {
      const b = (a instanceof Int32Array ? new Int32Array(size) : new Uint8Array(size)) as T;
      b.set(a);
      return b;
    };
    this.tokenStarts = grown(this.tokenStarts);
    this.tokenEnds = grown(this.tokenEnds);
    this.tokenSentences = grown(this.tokenSentences);
    this.tokenFoldStarts = grown(this.tokenFoldStarts);
    this.tokenFoldEnds = grown(this.tokenFoldEnds);
    this.tokenWords = grown(this.tokenWords);
    this.tokenArabic = grown(this.tokenArabic);
  }

  /**
   * Closes the sentence [sStart, sEnd) of paragraph `paragraph`, trimmed of whitespace, unless it is empty.
   * Returns the index of the first token of the next sentence.
   */
  private endSentence(sStart: number, sEnd: number, paragraph: number, firstToken: number): number {
    const m = this.masked;
    let a = sStart;
    let b = sEnd;
    while (a < b && charClass(m.charCodeAt(a)) & C_SPACE) a++;
    while (b > a && charClass(m.charCodeAt(b - 1)) & C_SPACE) b--;
    if (b <= a) return firstToken;
    const last = this.count;
    this.sentences.push({ start: a, end: b, index: this.sentences.length, paragraph, tokens: [firstToken, last] });
    return last;
  }

  // ---- queries ----

  /** Token `i` as an object (made on first request, then kept), or undefined out of range. */
  token(i: number): Token | undefined {
    if (this.allTokens) return this.allTokens[i];
    if (!(i >= 0 && i < this.tokenCount)) return undefined;
    const at = (this.tokenObjectAt ??= new Int32Array(this.tokenCount));
    const objects = (this.tokenObjects ??= []);
    const k = at[i]!;
    if (k > 0) return objects[k - 1];
    const t = new WordToken(this, i);
    at[i] = objects.push(t);
    return t;
  }

  /**
   * Every token as an object, in order. Made on first request: code that reads every token of a long
   * draft should read the arrays instead (`tokenStarts`, `tokenEnds`, `wordIds()`, `tokenArabic` …).
   */
  get tokens(): readonly Token[] {
    if (!this.allTokens) {
      const all: WordToken[] = [];
      for (let i = 0; i < this.tokenCount; i++) all.push((this.token(i) as WordToken | undefined)!);
      this.tokenObjects = undefined;
      this.tokenObjectAt = undefined;
      this.allTokens = all;
    }
    return this.allTokens;
  }

  /** The folded form of token `i`'s word. */
  tokenFolded(i: number): string {
    return WORDS.word(this.wordIds()[i]!);
  }

  /**
   * The id in `WORDS` of each token's word, by token index (see `Token.word`). Numbered while parsing;
   * numbered again if `WORDS` has forgotten its words since (another document's parse may clear it).
   */
  wordIds(): Int32Array {
    if (this.wordsGeneration !== WORDS.generation) {
      const ids = this.tokenWords;
      const text = this.folded.text;
      for (let k = 0; k < ids.length; k++) {
        const s = this.tokenFoldStarts[k]!;
        const e = this.tokenFoldEnds[k]!;
        ids[k] = WORDS.id(text, s, e, rangeHash(text, s, e));
      }
      this.wordsGeneration = WORDS.generation;
    }
    return this.tokenWords;
  }

  /**
   * The key runs of the folded text (keys.ts) when they are exactly the tokens' words, as they usually are
   * (their bounds and word ids, arrays not to be written); else undefined (the runs must be scanned).
   */
  keyRuns(): KeyRuns | undefined {
    if (!this.tokensAreKeyRuns) return undefined;
    return { starts: this.tokenFoldStarts, ends: this.tokenFoldEnds, ids: this.wordIds() };
  }

  /** Clitic readings of a token (memoised per folded word). */
  readings(token: Token): CliticReading[] {
    return cliticReadings(token.folded);
  }

  /** The conjunction/preposition-stripped reading used for name matching (article kept as a flag). */
  nameReading(token: Token): CliticReading {
    return deepestReading(token.folded);
  }

  /** The original-text offset where a token's stem starts once `prefixLength` folded letters are stripped. */
  stemStart(token: Token, prefixLength: number): number {
    return this.folded.origStart[token.foldStart + prefixLength]!;
  }

  /** Maps a range of the folded text back to the original text. */
  fromFolded(start: number, end: number): Span {
    return toOriginal(this.folded, start, end);
  }

  /** Folded text of an original range. */
  foldedOf(span: Span): string {
    return this.folded.text.slice(this.folded.foldAt[span.start]!, this.folded.foldAt[span.end]!);
  }

  /** Index of the line holding `offset`. */
  lineAt(offset: number): number {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Zero-based line and UTF-16 character of an offset (the LSP position). */
  positionAt(offset: number): { line: number; character: number } {
    const line = this.lineAt(offset);
    return { line, character: offset - this.lineStarts[line]! };
  }

  offsetAt(line: number, character: number): number {
    if (line >= this.lines.length) return this.text.length;
    const l = this.lines[Math.max(0, line)]!;
    return Math.min(l.start + character, l.end);
  }

  /** The sentence containing `offset`, or undefined (whitespace between sentences, masked text). */
  sentenceAt(offset: number): Sentence | undefined {
    return findContaining(this.sentences, offset);
  }

  paragraphAt(offset: number): Paragraph | undefined {
    return findContaining(this.paragraphs, offset);
  }

  /** Tokens overlapping a span, in order. */
  tokensIn(span: Span): Token[] {
    const out: Token[] = [];
    for (let i = this.firstTokenEndingAfter(span.start); i < this.tokenCount && this.tokenStarts[i]! < span.end; i++) out.push(this.token(i)!);
    return out;
  }

  /** Index of the first token ending after `offset` (`tokenCount` when none). */
  firstTokenEndingAfter(offset: number): number {
    return firstAbove(this.tokenEnds, this.tokenCount, offset);
  }

  /** Index of the first token starting at or after `offset` (`tokenCount` when none). */
  firstTokenAt(offset: number): number {
    return firstAbove(this.tokenStarts, this.tokenCount, offset - 1);
  }

  /** Share of letters in the prose that are Arabic (0..1); used to decide whether to check Markdown/plain text. */
  arabicShare(): number {
    let arabic = 0;
    let letters = 0;
    for (let i = 0; i < this.tokenCount; i++) {
      const n = this.tokenFoldEnds[i]! - this.tokenFoldStarts[i]!;
      letters += n;
      if (this.tokenArabic[i]) arabic += n;
    }
    return letters === 0 ? 0 : arabic / letters;
  }
}

/**
 * The words seen last while tokenising, in front of `WORDS`: a small direct-mapped cache, keyed by a hash of
 * the word's folded code units, of their ids. News prose repeats a few thousand words (في، من، على، أن،
 * الذي …) in most of its tokens, and this table stays in the processor's cache, where a look-up in `WORDS`
 * (every word of the drafts checked lately) mostly misses it. Gives each token its word's id, and says
 * whether the word is a key run.
 */
class RecentWords {
  /** Per slot: the hash of its word, the folded offset of the occurrence that filled it, its length, its id, 1 when it is a key run. */
  private readonly meta: Int32Array;
  private readonly mask: number;
  /** Whether the last word looked up is a key run. */
  keyRun = true;
  constructor(
    private readonly ftext: string,
    /** The code units of `ftext` (reading a typed array is cheaper than `charCodeAt`). */
    private readonly units: Uint16Array,
  ) {
    // A slot per 16 folded units, 64 to 8,192 of them (a short article needs few).
    let size = 64;
    while (size < 8192 && size * 16 < ftext.length) size *= 2;
    // Length 0 marks an empty slot (no token folds to nothing).
    this.meta = new Int32Array(size * 5);
    this.mask = size - 1;
  }

  /** The id in `WORDS` of the folded range [start, end); sets `keyRun`. */
  id(start: number, end: number): number {
    const f = this.units;
    const len = end - start;
    // The hash keys.ts computes for a run.
    let h = 0x811c9dc5 | 0;
    for (let k = start; k < end; k++) h = Math.imul(h ^ f[k]!, 0x01000193);
    const slot = (h ^ (h >>> 15)) & this.mask;
    const meta = this.meta;
    const x = slot * 5;
    // Compared in the folded code units (an earlier stretch of the same array), not in the string.
    let same = meta[x] === h && meta[x + 2] === len;
    if (same) {
      const at = meta[x + 1]!;
      let k = 0;
      while (k < len && f[at + k] === f[start + k]) k++;
      same = k === len;
    }
    let keyRun: boolean;
    let id: number;
    if (same) {
      id = meta[x + 3]!;
      keyRun = meta[x + 4] === 1;
    } else {
      id = WORDS.idOfUnits(f, this.ftext, start, end, h);
      keyRun = true;
      for (let k = start; k < end; k++) if (!isKeyUnit(f[k]!)) keyRun = false;
      meta[x] = h;
      meta[x + 1] = start;
      meta[x + 2] = len;
      meta[x + 3] = id;
      meta[x + 4] = keyRun ? 1 : 0;
    }
    // The neighbours differ from one occurrence to the next.
    if (keyRun && ((start > 0 && isKeyUnit(f[start - 1]!)) || (end < f.length && isKeyUnit(f[end]!)))) keyRun = false;
    this.keyRun = keyRun;
    return id;
  }
}

/** Whitespace code units (ASCII, no-break space, Unicode spaces, line/paragraph separators). */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x3000 || c === 0x202f;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** The first index of the sorted `a[0, n)` whose value is above `limit` (n when none): a binary search. */
function firstAbove(a: Int32Array, n: number, limit: number): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid]! <= limit) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The item of a sorted, non-overlapping list that contains `offset` (binary search). */
export function findContaining<T extends Span>(items: readonly T[], offset: number): T | undefined {
  let lo = 0;
  let hi = items.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const it = items[mid]!;
    if (offset < it.start) hi = mid - 1;
    else if (offset >= it.end) lo = mid + 1;
    else return it;
  }
  return undefined;
}
