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
import { foldWithMap, toOriginal, type FoldedText } from './normalize';
import { scanQuotes, type LonelyMark, type Quote } from './quotes';
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
}

/** A token whose original text is sliced only when a rule asks for it (most rules read `folded`). */
class WordToken implements Token {
  constructor(
    private readonly source: string,
    readonly start: number,
    readonly end: number,
    readonly index: number,
    readonly folded: string,
    readonly foldStart: number,
    readonly arabic: boolean,
    readonly sentence: number,
    readonly paragraph: number,
  ) {}
  get text(): string {
    return this.source.slice(this.start, this.end);
  }
}

export interface Line extends Span {
  index: number;
}

export interface ParseOptions {
  format?: DocFormat;
}

/**
 * Word characters by UTF-16 code unit: 0 = not part of a word, 1 = letter/mark/digit, 2 = the same in an
 * Arabic block. Filled lazily (a code unit is classified by a Unicode regex the first time it is seen):
 * a table look-up is much faster than a regex on every character. Surrogates count as word characters.
 */
const WORD_TABLE = new Uint8Array(65536).fill(255);
const WORD_RE_ONE = /[\p{L}\p{M}\p{N}\u0640\u200C\u200D]/u;
function wordClass(c: number): number {
  let v = WORD_TABLE[c]!;
  if (v === 255) {
    const isArabicBlock = (c >= 0x0600 && c <= 0x06ff) || (c >= 0x0750 && c <= 0x077f) || (c >= 0x08a0 && c <= 0x08ff) || (c >= 0xfb50 && c <= 0xfeff);
    v = c >= 0xd800 && c <= 0xdfff ? 1 : WORD_RE_ONE.test(String.fromCharCode(c)) ? (isArabicBlock ? 2 : 1) : 0;
    WORD_TABLE[c] = v;
  }
  return v;
}
/** Sentence-final punctuation (Latin and Arabic). '…' and '...' count; '.' between digits does not. */
const SENTENCE_END = /[.!?؟…]/;
const CLOSING_AFTER_END = /[»”’"'›)\]]/;

export class ArticleDocument {
  readonly text: string;
  readonly format: DocFormat;
  readonly masked: string;
  readonly folded: FoldedText;
  readonly lines: Line[];
  readonly paragraphs: Paragraph[] = [];
  readonly sentences: Sentence[] = [];
  readonly tokens: Token[] = [];
  readonly quotes: Quote[];
  readonly lonelyQuoteMarks: LonelyMark[];
  readonly frontMatter?: { span: Span; fields: FrontMatterField[] };
  readonly suppressions: Suppressions;
  private readonly lineStarts: number[];

  private constructor(text: string, format: DocFormat) {
    this.text = text;
    this.format = format;
    const mask = maskDocument(text, format);
    this.masked = mask.masked;
    this.frontMatter = mask.frontMatter;
    this.folded = foldWithMap(this.masked);
    this.lines = mask.lines;
    this.lineStarts = this.lines.map((l) => l.start);
    this.buildParagraphs(mask.blockStarts, mask.headingLines);
    const q = scanQuotes(this.masked, this.paragraphs);
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

  private buildParagraphs(blockStarts: Set<number>, headingLines: Set<number>): void {
    const m = this.masked;
    const frontEnd = this.frontMatter?.span.end ?? -1;
    let cur: { start: number; end: number; kind: ParagraphKind } | null = null;
    const flush = () => {
      if (cur) this.addParagraph(cur.start, cur.end, cur.kind);
      cur = null;
    };
    for (const line of this.lines) {
      let s = line.start;
      let e = line.end;
      while (s < e && isSpace(m.charCodeAt(s))) s++;
      while (e > s && isSpace(m.charCodeAt(e - 1))) e--;
      if (s === e) {
        flush();
        continue;
      }
      const kind: ParagraphKind = line.start < frontEnd ? 'title' : headingLines.has(line.start) ? 'heading' : 'text';
      const own = this.format === 'plaintext' || kind !== 'text' || blockStarts.has(line.start);
      if (own || !cur || cur.kind !== 'text') {
        flush();
        cur = { start: s, end: e, kind };
        if (kind !== 'text' || this.format === 'plaintext') flush();
      } else {
        cur.end = e;
      }
    }
    flush();
  }

  private addParagraph(start: number, end: number, kind: ParagraphKind): void {
    const index = this.paragraphs.length;
    const firstSentence = this.sentences.length;
    const firstToken = this.tokens.length;
    const m = this.masked;
    let sStart = start;
    const endSentence = (sEnd: number) => {
      let a = sStart;
      let b = sEnd;
      while (a < b && isSpace(m.charCodeAt(a))) a++;
      while (b > a && isSpace(m.charCodeAt(b - 1))) b--;
      if (b > a) this.addSentence(a, b, index);
    };
    for (let i = start; i < end; i++) {
      const code = m.charCodeAt(i);
      if (code === 10 || code === 13) {
        endSentence(i);
        sStart = i + 1;
        continue;
      }
      // . ! ? ؟ …
      if (code !== 0x2e && code !== 0x21 && code !== 0x3f && code !== 0x061f && code !== 0x2026) continue;
      const ch = m[i]!;
      if (ch === '.' && /\d/.test(m[i - 1] ?? '') && /\d/.test(m[i + 1] ?? '')) continue;
      let j = i + 1;
      while (j < end && (SENTENCE_END.test(m[j]!) || CLOSING_AFTER_END.test(m[j]!))) j++;
      if (j < end && !/\s/.test(m[j]!)) {
        i = j - 1;
        continue;
      }
      endSentence(j);
      sStart = j;
      i = j - 1;
    }
    endSentence(end);
    this.paragraphs.push({
      start,
      end,
      index,
      kind,
      sentences: [firstSentence, this.sentences.length],
      tokens: [firstToken, this.tokens.length],
    });
  }

  private addSentence(start: number, end: number, paragraph: number): void {
    const index = this.sentences.length;
    const firstToken = this.tokens.length;
    const m = this.masked;
    const foldAt = this.folded.foldAt;
    const ftext = this.folded.text;
    let i = start;
    while (i < end) {
      if (!wordClass(m.charCodeAt(i))) {
        i++;
        continue;
      }
      const s = i;
      let arabic = false;
      while (i < end) {
        const w = wordClass(m.charCodeAt(i));
        if (!w) break;
        if (w === 2) arabic = true;
        i++;
      }
      const foldStart = foldAt[s]!;
      const folded = ftext.slice(foldStart, foldAt[i]!);
      if (!folded) continue;
      this.tokens.push(new WordToken(this.text, s, i, this.tokens.length, folded, foldStart, arabic, index, paragraph));
    }
    this.sentences.push({ start, end, index, paragraph, tokens: [firstToken, this.tokens.length] });
  }

  // ---- queries ----

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
    const t = this.tokens;
    let lo = 0;
    let hi = t.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (t[mid]!.end <= span.start) lo = mid + 1;
      else hi = mid;
    }
    const out: Token[] = [];
    for (let i = lo; i < t.length && t[i]!.start < span.end; i++) out.push(t[i]!);
    return out;
  }

  /** Share of letters in the prose that are Arabic (0..1); used to decide whether to check Markdown/plain text. */
  arabicShare(): number {
    let arabic = 0;
    let letters = 0;
    for (const tok of this.tokens) {
      letters += tok.folded.length;
      if (tok.arabic) arabic += tok.folded.length;
    }
    return letters === 0 ? 0 : arabic / letters;
  }
}

/** Whitespace code units (ASCII, no-break space, Unicode spaces, line/paragraph separators). */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x3000 || c === 0x202f;
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
