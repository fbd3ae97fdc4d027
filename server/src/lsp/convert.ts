/**
 * Findings → LSP objects (diagnostics, hovers, code actions). No checking logic here.
 */
import { markdownText } from '../core/markdown';
import {
  CodeAction,
  CodeActionKind,
  Diagnostic,
  DiagnosticSeverity,
  type Range,
  type TextEdit as LspTextEdit,
} from 'vscode-languageserver';
import type { ArticleDocument } from '../core/document';
import type { Bilingual, Finding, Severity, Span, TextEdit } from '../core/types';

export const SOURCE = 'mudaqqiq';
export const FIX_ALL_KIND = 'source.fixAll.mudaqqiq';

export type Lang = 'ar' | 'en';

export function pick(b: Bilingual, lang: Lang): string {
  return lang === 'ar' ? b.ar : b.en;
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toRange(doc: ArticleDocument, span: Span): Range {
  return { start: doc.positionAt(span.start), end: doc.positionAt(span.end) };
}

export function toLspEdit(doc: ArticleDocument, e: TextEdit): LspTextEdit {
  return { range: toRange(doc, e), newText: e.newText };
}

/** Where the rule documentation lives (shown as the diagnostic's code link). */
const DOCS = 'https://github.com/mudaqqiq/mudaqqiq/blob/main/docs/rules/';
/** Rules documented on another rule's page. */
const DOC_PAGE: Record<string, string> = {
  'duplicate-paragraph': 'boilerplate.md#duplicate-paragraph--a-paragraph-repeated-inside-one-article',
  'unbalanced-quote': 'unattributed-quote.md#unbalanced-quote',
  'anonymous-source': 'unattributed-quote.md#anonymous-source-optional-off-by-default',
};

export function toDiagnostic(doc: ArticleDocument, f: Finding, uri: string, lang: Lang, index: number): Diagnostic {
  const d: Diagnostic = {
    range: toRange(doc, f.span),
    severity: SEVERITY[f.severity ?? 'warning'],
    source: SOURCE,
    code: f.rule,
    codeDescription: { href: DOCS + (DOC_PAGE[f.rule] ?? f.rule + '.md') },
    message: pick(f.message, lang),
    data: { index, rule: f.rule, start: f.span.start, end: f.span.end },
  };
  if (f.related?.length) {
    d.relatedInformation = f.related.map((r) => ({
      location: {
        uri: r.uri ?? uri,
        range: r.span && !r.uri ? toRange(doc, r.span) : { start: { line: r.line ?? 0, character: 0 }, end: { line: r.line ?? 0, character: 0 } },
      },
      message: pick(r.message, lang),
    }));
  }
  return d;
}

/** Hover Markdown for the findings under the cursor. */
export function hoverMarkdown(findings: readonly Finding[], lang: Lang): string {
  return findings
    .map((f) => `**${lang === 'ar' ? 'مدقق' : SOURCE}** \`${f.rule}\` — ${escapeMarkdown(pick(f.message, lang))}\n\n${pick(f.explanation, lang)}`)
    .join('\n\n---\n\n');
}

/** A plain-text message (it may quote the draft) made safe inside Markdown. */
export const escapeMarkdown = markdownText;

export function actionTitle(b: Bilingual, lang: Lang): string {
  return pick(b, lang);
}

export function quickFix(title: string, uri: string, version: number, doc: ArticleDocument, edits: readonly TextEdit[], diagnostics: Diagnostic[], preferred: boolean, kind: string = CodeActionKind.QuickFix): CodeAction {
  return {
    title,
    kind,
    diagnostics,
    isPreferred: preferred || undefined,
    edit: { documentChanges: [{ textDocument: { uri, version }, edits: edits.map((e) => toLspEdit(doc, e)) }] },
  };
}
