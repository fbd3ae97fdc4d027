/**
 * Quotation spans. Marks: « » (Arabic), “ ” (English), „ “ / „ ” (German-style, used by some keyboards),
 * ‹ ›, and the ASCII " whose direction is read from its neighbours. Quotes nest (a stack per paragraph).
 * A quote left open at the end of a paragraph whose next paragraph opens with the same mark is the
 * journalistic multi-paragraph quote (no closing mark until the last paragraph): it is recorded with
 * `continues`, not as an unbalanced mark.
 */
import type { Span } from './types';

export interface Quote extends Span {
  /** Inside the marks. */
  inner: Span;
  open: string;
  /** The closing mark, or '' when the quote runs on into the next paragraph. */
  close: string;
  /** 0 for a top-level quote, 1 for a quote inside a quote, … */
  depth: number;
  paragraph: number;
  /** Open at the end of its paragraph and carried on by the next paragraph's opening mark. */
  continues: boolean;
  /** The next paragraph's part of a quote that `continues`. */
  continuation: boolean;
}

export interface LonelyMark {
  offset: number;
  mark: string;
  role: 'open' | 'close';
  paragraph: number;
}

/** Open quotes kept per paragraph, and how many of the innermost ones a closing mark may close. */
const MAX_DEPTH = 32;
const MAX_SEARCH = 8;

/** Closers a given opener accepts. */
const CLOSERS: Record<string, string> = { '«': '»', '“': '”', '„': '“”', '‹': '›', '"': '"', '”': '”' };

/** The marks as strings, so that reading one allocates nothing. */
const MARKS: Record<number, string> = { 0x22: '"', 0xab: '«', 0xbb: '»', 0x201c: '“', 0x201d: '”', 0x201e: '„', 0x2039: '‹', 0x203a: '›' };

const SPACE = /[\s\u00A0]/;
function isSpaceOrEdge(ch: string | undefined): boolean {
  return ch === undefined || SPACE.test(ch);
}
/** Punctuation that may stand right after a closing mark. */
const AFTER_CLOSE = /[\s.,;:!?،؛؟…)\]}»”’'\-–—]/;
/** Characters after which an ASCII " opens a quote (besides a space): brackets, « “, colon, commas, dashes, slash, tatweel. */
const OPEN_BEFORE = /[(\[«“:،,؛\-–—/\u0640]/;

/** Whether a code unit is one of the quotation marks read here: " « » “ ” „ ‹ ›. */
export function isQuoteMark(code: number): boolean {
  return code === 0x22 || code === 0xab || code === 0xbb || (code >= 0x201c && code <= 0x201e) || code === 0x2039 || code === 0x203a;
}

/** No marks carried on (shared: `carried` is only read and replaced). */
const NONE: string[] = [];

interface Open {
  mark: string;
  offset: number;
}

/**
 * Quotes and lonely marks of the paragraphs (sorted, non-overlapping) of a masked text. `marks`, when
 * given, lists the offset of every quotation mark (`isQuoteMark`) inside the paragraphs in increasing
 * order, e.g. collected while tokenising: the scan then visits only those offsets instead of every character.
 */
export function scanQuotes(masked: string, paragraphs: readonly Span[], marks?: readonly number[]): { quotes: Quote[]; lonely: LonelyMark[] } {
  const quotes: Quote[] = [];
  let nextMark = 0;
  const lonely: LonelyMark[] = [];
  let carried: string[] = [];
  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p]!;
    if (marks) {
      while (nextMark < marks.length && marks[nextMark]! < para.start) nextMark++;
      if (nextMark >= marks.length || marks[nextMark]! >= para.end) {
        // No mark in the paragraph (most of them): nothing opens, closes or carries on.
        carried = NONE;
        continue;
      }
    }
    const stack: Open[] = [];
    const push = (mark: string, offset: number) => {
      if (stack.length < MAX_DEPTH) stack.push({ mark, offset });
      else lonely.push({ offset, mark, role: 'open', paragraph: p });
    };
    const close = (idx: number, closeOffset: number, mark: string) => {
      // Marks opened inside the quote being closed and never closed are lonely.
      while (stack.length - 1 > idx) {
        const o = stack.pop()!;
        lonely.push({ offset: o.offset, mark: o.mark, role: 'open', paragraph: p });
      }
      const o = stack.pop()!;
      const continuation = carried.length > 0 && o.offset === firstMarkOffset && carried.includes(o.mark);
      quotes.push({
        start: o.offset,
        end: closeOffset + 1,
        inner: { start: o.offset + 1, end: mark === '"' && masked[closeOffset - 1] === '\\' ? closeOffset - 1 : closeOffset },
        open: o.mark,
        close: mark,
        depth: stack.length,
        paragraph: p,
        continues: false,
        continuation,
      });
    };
    let firstMarkOffset = -1;
    for (let i = para.start; i < para.end; i++) {
      if (marks) {
        // Jump to the next listed mark of this paragraph.
        if (nextMark >= marks.length || marks[nextMark]! >= para.end) break;
        i = marks[nextMark++]!;
      }
      const code = masked.charCodeAt(i);
      if (!isQuoteMark(code)) continue;
      const ch = MARKS[code] ?? masked[i]!;
      if (firstMarkOffset < 0) firstMarkOffset = i;
      // A backslash before " is a YAML escape in a front-matter title (title: "… \"كان\" …"): look past it.
      const back = ch === '"' && masked[i - 1] === '\\' && i - 1 >= para.start ? 2 : 1;
      const prev = i - back >= para.start ? masked[i - back] : undefined;
      const next = i + 1 < para.end ? masked[i + 1] : undefined;
      // Index of the innermost open quote this mark can close.
      let closes = -1;
      // Only the innermost MAX_SEARCH open quotes can be closed: real nesting is two or three deep, and the
      // bound keeps a paragraph of thousands of marks linear.
      for (let k = stack.length - 1; k >= 0 && k >= stack.length - MAX_SEARCH; k--) {
        if (CLOSERS[stack[k]!.mark]!.includes(ch)) {
          closes = k;
          break;
        }
      }
      if (ch === '"') {
        // After a space or opening punctuation, after a one-letter clitic (و"…"، ب"…") or a tatweel (بـ"…"، لـ"…").
        const openSide = isSpaceOrEdge(prev) || OPEN_BEFORE.test(prev!) || (/[وفبلك]/.test(prev!) && (i - back === para.start || isSpaceOrEdge(masked[i - back - 1])));
        const canOpen = !isSpaceOrEdge(next) && openSide;
        const canClose = closes >= 0 && (!isSpaceOrEdge(prev) || isSpaceOrEdge(next) || AFTER_CLOSE.test(next!));
        if (canClose && !(canOpen && closes < 0)) close(closes, i, ch);
        else if (canOpen) push(ch, i);
        else if (closes >= 0) close(closes, i, ch);
        // Nothing open and a space on both sides (" Apple "، فيتش:" نتيجة): an opener typed with a stray space.
        else if (openSide && isSpaceOrEdge(next) && next !== undefined) push(ch, i);
        else lonely.push({ offset: i, mark: ch, role: isSpaceOrEdge(next) || AFTER_CLOSE.test(next!) ? 'close' : 'open', paragraph: p });
        continue;
      }
      if (ch === '”' && closes < 0) {
        // Some writers type ” for both marks: an opener when a word follows it.
        if (!isSpaceOrEdge(next) && isSpaceOrEdge(prev)) push(ch, i);
        else lonely.push({ offset: i, mark: ch, role: 'close', paragraph: p });
        continue;
      }
      if (ch === '“' && closes >= 0 && stack[closes]!.mark === '„') {
        close(closes, i, ch);
        continue;
      }
      if (ch === '«' || ch === '“' || ch === '„' || ch === '‹') {
        push(ch, i);
        continue;
      }
      // » › ” closing marks.
      if (closes >= 0) close(closes, i, ch);
      else lonely.push({ offset: i, mark: ch, role: 'close', paragraph: p });
    }
    // Quotes still open at the end of the paragraph.
    const nextPara = paragraphs[p + 1];
    const nextFirst = nextPara ? firstNonSpace(masked, nextPara) : undefined;
    const carriedNow: string[] = [];
    for (let k = stack.length - 1; k >= 0; k--) {
      const o = stack[k]!;
      if (k === 0 && nextFirst === o.mark) {
        quotes.push({
          start: o.offset,
          end: para.end,
          inner: { start: o.offset + 1, end: para.end },
          open: o.mark,
          close: '',
          depth: 0,
          paragraph: p,
          continues: true,
          continuation: carried.length > 0 && o.offset === firstMarkOffset,
        });
        carriedNow.push(o.mark);
      } else {
        lonely.push({ offset: o.offset, mark: o.mark, role: 'open', paragraph: p });
      }
    }
    carried = carriedNow;
  }
  quotes.sort((a, b) => a.start - b.start || b.end - a.end);
  lonely.sort((a, b) => a.offset - b.offset);
  return { quotes, lonely };
}

function firstNonSpace(text: string, span: Span): string | undefined {
  for (let i = span.start; i < span.end; i++) if (!SPACE.test(text[i]!)) return text[i];
  return undefined;
}
