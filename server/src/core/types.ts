/**
 * Engine types. Nothing here imports from `vscode` or the LSP libraries: the engine takes a string and
 * options and returns findings whose ranges are UTF-16 offsets into the ORIGINAL text.
 */

/** Half-open range [start, end) in UTF-16 code units of the original document text. */
export interface Span {
  start: number;
  end: number;
}

export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type SeveritySetting = Severity | 'off';

/** Every user-facing sentence exists in Arabic and English; adapters pick by locale. */
export interface Bilingual {
  ar: string;
  en: string;
}

/** A replacement in the original text. Edits of one fix never overlap. */
export interface TextEdit extends Span {
  newText: string;
}

/**
 * A change to the team configuration (`.mudaqqiq.json`) that a fix asks for. The LSP adapter turns it
 * into a workspace edit on the file (creating it when missing); the CLI ignores it.
 */
export type ConfigChange =
  | { kind: 'add-to-list'; key: 'boilerplate.allow' | 'boilerplate.phrases' | 'quotes.terms'; value: string | string[] }
  | { kind: 'set-name'; canonical: string; variants: string[] };

export interface Fix {
  title: Bilingual;
  /** Edits in this document. May be empty when the fix is only a config change. */
  edits: TextEdit[];
  /** The fix an editor may apply blindly (the "preferred" quick fix). */
  preferred?: boolean;
  /** Whether "fix all of this rule" and source.fixAll may apply this fix. Defaults to `preferred`. */
  fixAll?: boolean;
  configChange?: ConfigChange;
}

/** Another place that explains the finding: in this document (span) or in another file (uri + span or line). */
export interface RelatedLocation {
  span?: Span;
  uri?: string;
  line?: number;
  message: Bilingual;
}

export interface Finding {
  rule: string;
  span: Span;
  message: Bilingual;
  /** Markdown text for the hover: why it was flagged, with the evidence. */
  explanation: Bilingual;
  fixes: Fix[];
  related?: RelatedLocation[];
  /** Set by the engine from the rule default and the configuration. Rules may leave it out. */
  severity?: Severity;
}

export interface RuleMeta {
  id: string;
  description: Bilingual;
  defaultSeverity: SeveritySetting;
}
