/**
 * Masks everything in a draft that is not prose, by replacing it with spaces (newlines kept), so that the
 * masked string has the same length and offsets as the original. Rules read the masked string only.
 *
 * Markdown: YAML front matter (only the values of `title` and `subtitle` stay), fenced and indented code,
 * inline code, HTML comments and tags, link targets and reference definitions, images, autolinks, bare URLs
 * and e-mail addresses, and the syntax marks themselves (#, >, list markers, emphasis stars, rules).
 * Plain text: URLs, e-mail addresses and suppression-comment lines.
 */
import type { Span } from './types';

export type DocFormat = 'markdown' | 'plaintext';

export interface FrontMatterField {
  key: string;
  /** The value's range in the original text (quotes around a YAML scalar excluded). */
  span: Span;
  value: string;
}

export interface MaskResult {
  masked: string;
  /** HTML comments (Markdown) or suppression lines (plain text): range and inner text. */
  comments: { span: Span; body: string }[];
  frontMatter?: { span: Span; fields: FrontMatterField[] };
  /** Line start offsets that begin a block in Markdown (heading, list item, block quote, title field). */
  blockStarts: Set<number>;
  /** Lines that are headings (start offsets). */
  headingLines: Set<number>;
  /** The lines of the text (computed once, shared with the document). */
  lines: LineInfo[];
}

/** Front matter keys whose values are prose and get checked. */
const CHECKED_FRONT_MATTER = new Set(['title', 'subtitle']);

const URL_RE = /\b(?:https?:\/\/|ftp:\/\/|www\.)[^\s<>"'«»“”()\[\]]*[^\s<>"'«»“”()\[\].,;:!?،؛؟]/giu;
const EMAIL_RE = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu;
const SUPPRESS_LINE_RE = /^\s*(?:<!--\s*)?mudaqqiq-(?:disable|enable|disable-next-line|disable-line)\b.*?(?:-->)?\s*$/;

/** Collects ranges to blank and builds the masked string once (no per-character arrays). */
class Masker {
  private readonly ranges: number[] = [];
  /** Whether the text holds anything a URL or an e-mail address needs ('://' or 'www.', '@'): most drafts hold neither. */
  readonly mayHoldUrlOrEmail: boolean;
  constructor(readonly text: string) {
    this.mayHoldUrlOrEmail = text.includes('://') || text.includes('@') || /www\./i.test(text);
  }
  blank(start: number, end: number): void {
    if (end > start) this.ranges.push(start, end);
  }
  result(): string {
    if (!this.ranges.length) return this.text;
    const pairs: [number, number][] = [];
    for (let i = 0; i < this.ranges.length; i += 2) pairs.push([this.ranges[i]!, this.ranges[i + 1]!]);
    pairs.sort((a, b) => a[0] - b[0]);
    const out: string[] = [];
    let pos = 0;
    for (const [s0, e] of pairs) {
      const s = Math.max(s0, pos);
      if (e <= s) continue;
      out.push(this.text.slice(pos, s));
      // Spaces for everything but line breaks, so lines and offsets stay where they were.
      out.push(this.text.slice(s, e).replace(/[^\r\n]/g, ' '));
      pos = e;
    }
    out.push(this.text.slice(pos));
    return out.join('');
  }
}

export interface LineInfo {
  start: number;
  /** Excludes the line break (\n, \r\n or \r). */
  end: number;
  index: number;
}

export function splitLines(text: string): LineInfo[] {
  const lines: LineInfo[] = [];
  let start = 0;
  if (!text.includes('\r')) {
    // Only \n breaks (the usual case): the native search is much faster than a loop over every character.
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', start)) {
      lines.push({ start, end: i, index: lines.length });
      start = i + 1;
    }
    lines.push({ start, end: text.length, index: lines.length });
    return lines;
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      lines.push({ start, end: i, index: lines.length });
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  lines.push({ start, end: text.length, index: lines.length });
  return lines;
}

function maskUrlsAndEmails(text: string, m: Masker, from: number, to: number): void {
  if (!m.mayHoldUrlOrEmail) return;
  const slice = text.slice(from, to);
  // Cheap guards first: most lines hold neither a URL nor an e-mail address.
  const hasUrl = slice.includes('://') || /www\./i.test(slice);
  const hasAt = slice.includes('@');
  for (const re of hasUrl && hasAt ? [URL_RE, EMAIL_RE] : hasUrl ? [URL_RE] : hasAt ? [EMAIL_RE] : []) {
    re.lastIndex = 0;
    for (let r = re.exec(slice); r; r = re.exec(slice)) m.blank(from + r.index, from + r.index + r[0].length);
  }
}

export function maskDocument(text: string, format: DocFormat): MaskResult {
  const m = new Masker(text);
  const lines = splitLines(text);
  const comments: MaskResult['comments'] = [];
  const blockStarts = new Set<number>();
  const headingLines = new Set<number>();

  if (format === 'plaintext') {
    const mayHoldDirective = text.includes('mudaqqiq-');
    for (const line of lines) {
      const s = mayHoldDirective ? text.slice(line.start, line.end) : '';
      if (mayHoldDirective && SUPPRESS_LINE_RE.test(s)) {
        comments.push({ span: { start: line.start, end: line.end }, body: s.replace(/<!--|-->/g, '').trim() });
        m.blank(line.start, line.end);
      } else {
        maskUrlsAndEmails(text, m, line.start, line.end);
      }
    }
    return { masked: m.result(), comments, blockStarts, headingLines, lines };
  }

  let li = 0;
  let frontMatter: MaskResult['frontMatter'];
  // YAML front matter: '---' on the first line, closed by '---' or '...'.
  if (lines.length > 1 && /^---\s*$/.test(text.slice(lines[0]!.start, lines[0]!.end))) {
    let close = -1;
    for (let k = 1; k < lines.length; k++) {
      if (/^(?:---|\.\.\.)\s*$/.test(text.slice(lines[k]!.start, lines[k]!.end))) {
        close = k;
        break;
      }
    }
    if (close > 0) {
      const fields: FrontMatterField[] = [];
      for (let k = 0; k <= close; k++) {
        const line = lines[k]!;
        const s = text.slice(line.start, line.end);
        const yamlComment = /^\s*#\s*(mudaqqiq-.*)$/.exec(s);
        if (k > 0 && k < close && yamlComment) {
          comments.push({ span: { start: line.start, end: line.end }, body: yamlComment[1]!.trim() });
          m.blank(line.start, line.end);
          continue;
        }
        const kv = /^([A-Za-z_][\w-]*)\s*:\s*(.*?)\s*$/.exec(s);
        if (k > 0 && k < close && kv) {
          const key = kv[1]!;
          let vStart = line.start + s.indexOf(':') + 1;
          while (vStart < line.end && /\s/.test(text[vStart]!)) vStart++;
          let vEnd = vStart + kv[2]!.length;
          const q = text[vStart];
          if ((q === '"' || q === "'") && vEnd - vStart >= 2 && text[vEnd - 1] === q) {
            vStart++;
            vEnd--;
          }
          // A block scalar (`title: >` folded, `title: |` literal): the value is the more-indented lines below.
          if (/^[>|][+-]?\d?$/.test(kv[2]!)) {
            const keyIndent = /^\s*/.exec(s)![0].length;
            let last = k;
            while (last + 1 < close) {
              const next = text.slice(lines[last + 1]!.start, lines[last + 1]!.end);
              if (next.trim() !== '' && /^\s*/.exec(next)![0].length <= keyIndent) break;
              last++;
            }
            const checked = CHECKED_FRONT_MATTER.has(key.toLowerCase());
            m.blank(line.start, line.end);
            const parts: string[] = [];
            for (let b = k + 1; b <= last; b++) {
              const bl = lines[b]!;
              const body = text.slice(bl.start, bl.end);
              const indent = /^\s*/.exec(body)![0].length;
              parts.push(body.trim());
              if (checked && body.trim() !== '') {
                m.blank(bl.start, bl.start + indent);
                blockStarts.add(bl.start);
              } else m.blank(bl.start, bl.end);
            }
            const first = lines[k + 1];
            fields.push({
              key,
              span: first && last > k ? { start: first.start, end: lines[last]!.end } : { start: line.end, end: line.end },
              value: parts.join(kv[2]!.startsWith('>') ? ' ' : '\n').trim(),
            });
            k = last;
            continue;
          }
          fields.push({ key, span: { start: vStart, end: vEnd }, value: text.slice(vStart, vEnd) });
          if (CHECKED_FRONT_MATTER.has(key.toLowerCase())) {
            m.blank(line.start, vStart);
            m.blank(vEnd, line.end);
            blockStarts.add(line.start);
            continue;
          }
        }
        m.blank(line.start, line.end);
      }
      frontMatter = { span: { start: 0, end: lines[close]!.end }, fields };
      li = close + 1;
    }
  }

  let fence: string | null = null;
  let inComment = false;
  let commentStart = 0;
  let prevBlank = true;
  for (; li < lines.length; li++) {
    const line = lines[li]!;
    if (fence === null && !inComment && line.end > line.start && isPlainLineStart(text.charCodeAt(line.start))) {
      // Most lines: prose from the first character, so no block syntax (the tests below all fail).
      const open = maskInline(text, m, line.start, line.end, comments);
      if (open >= 0) {
        inComment = true;
        commentStart = open;
      }
      prevBlank = false;
      continue;
    }
    if (line.end === line.start && fence === null && !inComment) {
      // An empty line: no block syntax and nothing to mask (what the tests below conclude for it).
      prevBlank = true;
      continue;
    }
    const s = text.slice(line.start, line.end);
    if (fence !== null) {
      m.blank(line.start, line.end);
      if (s.trimStart().startsWith(fence) && s.trim().replace(/[`~]/g, '') === '') fence = null;
      continue;
    }
    if (inComment) {
      const close = s.indexOf('-->');
      if (close < 0) {
        m.blank(line.start, line.end);
        continue;
      }
      m.blank(line.start, line.start + close + 3);
      comments.push({ span: { start: commentStart, end: line.start + close + 3 }, body: text.slice(commentStart + 4, line.start + close).trim() });
      inComment = false;
      maskInline(text, m, line.start + close + 3, line.end, comments);
      prevBlank = false;
      continue;
    }
    const blank = s.trim() === '';
    const fenceMatch = /^\s{0,3}(`{3,}|~{3,})/.exec(s);
    if (fenceMatch) {
      fence = fenceMatch[1]!;
      m.blank(line.start, line.end);
      prevBlank = false;
      continue;
    }
    if (!blank && prevBlank && /^(?: {4}|\t)/.test(s) && !/^\s*(?:[-*+]|\d+[.)])\s/.test(s)) {
      // Indented code block (CommonMark): only after a blank line, so wrapped list text is not taken for code.
      m.blank(line.start, line.end);
      continue;
    }
    // Thematic break or setext underline.
    if (/^\s{0,3}(?:[-*_]\s*){3,}$/.test(s) || /^\s{0,3}=+\s*$/.test(s)) {
      m.blank(line.start, line.end);
      prevBlank = true;
      continue;
    }
    // Reference-style link definition.
    if (/^\s{0,3}\[[^\]]+\]:\s*\S+/.test(s)) {
      m.blank(line.start, line.end);
      prevBlank = false;
      continue;
    }
    let contentStart = line.start;
    const block = /^(\s{0,3}(?:>\s?)*)(#{1,6}(?=\s|$)\s*|(?:[-*+]|\d{1,9}[.)])\s+)?/.exec(s)!;
    if (block[0].length > 0) {
      contentStart = line.start + block[0].length;
      m.blank(line.start, contentStart);
      if (block[2] || block[1]!.includes('>')) blockStarts.add(line.start);
      if (block[2]?.startsWith('#')) {
        headingLines.add(line.start);
        // Closing hashes of an ATX heading.
        const closing = /\s#+\s*$/.exec(s);
        if (closing) m.blank(line.start + closing.index, line.end);
      }
    }
    const open = maskInline(text, m, contentStart, line.end, comments);
    if (open >= 0) {
      inComment = true;
      commentStart = open;
    }
    prevBlank = blank;
  }
  return { masked: m.result(), comments, frontMatter, blockStarts, headingLines, lines };
}

/** ASCII characters that may begin Markdown block syntax: code fences, rules, setext lines, reference definitions, quotes, headings, list items. */
const BLOCK_START = new Uint8Array(128);
for (const ch of '`~-*_=[>#+0123456789\t\n\v\f\r ') BLOCK_START[ch.charCodeAt(0)] = 1;

/**
 * Whether a line that begins with code unit `c` can hold no block syntax: `c` is neither whitespace (as
 * the regexes' `\s` reads it: indentation) nor a character that begins a block construct.
 */
function isPlainLineStart(c: number): boolean {
  if (c < 0x80) return BLOCK_START[c] === 0;
  return !(c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff);
}

/**
 * Masks inline Markdown in [from, to) of one line. Returns the offset of an HTML comment opened but not
 * closed on this line, or -1.
 */
function maskInline(text: string, m: Masker, from: number, to: number, comments: MaskResult['comments']): number {
  // Skip to the first character that can start inline syntax (the native search beats a loop in script);
  // most lines hold none.
  const first = to > from ? text.slice(from, to).search(INLINE_START) : -1;
  if (first < 0) {
    if (to > from) maskUrlsAndEmails(text, m, from, to);
    return -1;
  }
  let i = from + first;
  let plainFrom = from;
  const flushPlain = (upTo: number) => {
    if (upTo > plainFrom) maskUrlsAndEmails(text, m, plainFrom, upTo);
  };
  while (i < to) {
    const code = text.charCodeAt(i);
    // Fast skip: only \ ` < ! [ * _ start inline syntax (all below 'a').
    if (code > 96 || (code !== 92 && code !== 96 && code !== 60 && code !== 33 && code !== 91 && code !== 42 && code !== 95)) {
      i++;
      continue;
    }
    const c = text[i]!;
    if (c === '\\' && i + 1 < to && /[!-/:-@[-`{-~]/.test(text[i + 1]!)) {
      m.blank(i, i + 1);
      i += 2;
      continue;
    }
    if (c === '`') {
      let run = 1;
      while (text[i + run] === '`') run++;
      const ticks = '`'.repeat(run);
      const close = text.indexOf(ticks, i + run);
      if (close >= 0 && close < to) {
        flushPlain(i);
        m.blank(i, close + run);
        i = close + run;
        plainFrom = i;
        continue;
      }
      i += run;
      continue;
    }
    if (c === '<') {
      if (text.startsWith('<!--', i)) {
        flushPlain(i);
        const close = text.indexOf('-->', i + 4);
        if (close < 0 || close >= to) {
          m.blank(i, to);
          return i;
        }
        m.blank(i, close + 3);
        comments.push({ span: { start: i, end: close + 3 }, body: text.slice(i + 4, close).trim() });
        i = close + 3;
        plainFrom = i;
        continue;
      }
      const tag = /^<(?:\/?[A-Za-z][\w-]*(?:\s[^<>]*)?\/?|(?:https?|ftp|mailto):[^\s<>]*|[^\s<>@]+@[^\s<>]+)>/.exec(text.slice(i, to));
      if (tag) {
        flushPlain(i);
        m.blank(i, i + tag[0].length);
        i += tag[0].length;
        plainFrom = i;
        continue;
      }
    }
    if (c === '!' && text[i + 1] === '[') {
      const end = linkEnd(text, i + 1, to);
      if (end) {
        flushPlain(i);
        m.blank(i, end.end);
        i = end.end;
        plainFrom = i;
        continue;
      }
    }
    if (c === '[') {
      const end = linkEnd(text, i, to);
      if (end) {
        flushPlain(i);
        m.blank(i, i + 1);
        // The link text stays prose (it may itself hold inline code etc.; rare in drafts, so masked by URL pass).
        maskUrlsAndEmails(text, m, i + 1, end.textEnd);
        m.blank(end.textEnd, end.end);
        i = end.end;
        plainFrom = i;
        continue;
      }
    }
    if (c === '*' || (c === '_' && (text[i + 1] === '_' || i === from || /\s/.test(text[i - 1]!)))) {
      // Emphasis marks. A lone '_' inside a word (snake_case) is left alone.
      let run = 1;
      while (text[i + run] === c) run++;
      m.blank(i, i + run);
      i += run;
      continue;
    }
    i++;
  }
  flushPlain(to);
  return -1;
}

/** The characters that can start inline syntax: \ ` < ! [ * _ (as the fast skip in `maskInline` reads them). */
const INLINE_START = /[\\`<!\[*_]/;

/** For a '[' at `open`: the end of `](target)` or `][ref]` on the same line, with the end of the link text. */
function linkEnd(text: string, open: number, to: number): { textEnd: number; end: number } | null {
  let depth = 0;
  for (let i = open; i < to; i++) {
    const c = text[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '[') depth++;
    else if (c === ']') {
      depth--;
      if (depth === 0) {
        const next = text[i + 1];
        if (next === '(') {
          let parens = 0;
          for (let j = i + 1; j < to; j++) {
            if (text[j] === '(') parens++;
            else if (text[j] === ')' && --parens === 0) return { textEnd: i, end: j + 1 };
          }
          return null;
        }
        if (next === '[') {
          const close = text.indexOf(']', i + 2);
          if (close >= 0 && close < to) return { textEnd: i, end: close + 1 };
        }
        return null;
      }
    }
  }
  return null;
}
