/** SARIF 2.1.0 output for CI (GitHub code scanning and similar). */
import type { ArticleDocument } from '../core/document';
import type { Rule } from '../core/rule';
import type { Finding } from '../core/types';

const LEVEL = { error: 'error', warning: 'warning', information: 'note', hint: 'note' } as const;

export function toSarif(results: { name: string; doc: ArticleDocument; findings: Finding[] }[], version: string, rules: readonly Rule[]): object {
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'mudaqqiq',
            version,
            informationUri: 'https://github.com/mudaqqiq/mudaqqiq',
            rules: rules.map((r) => ({
              id: r.id,
              shortDescription: { text: r.description.en },
              fullDescription: { text: `${r.description.en} — ${r.description.ar}` },
              defaultConfiguration: { level: r.defaultSeverity === 'off' ? 'none' : LEVEL[r.defaultSeverity], enabled: r.defaultSeverity !== 'off' },
            })),
          },
        },
        results: results.flatMap((r) =>
          r.findings.map((f) => {
            const s = r.doc.positionAt(f.span.start);
            const e = r.doc.positionAt(f.span.end);
            return {
              ruleId: f.rule,
              level: LEVEL[f.severity ?? 'warning'],
              message: { text: f.message.en, arguments: [], markdown: `${f.message.en} — ${f.message.ar}` },
              locations: [
                {
                  physicalLocation: {
                    artifactLocation: { uri: r.name.split('\\').join('/') },
                    // SARIF columns count UTF-16 code units by default, like ours.
                    region: { startLine: s.line + 1, startColumn: s.character + 1, endLine: e.line + 1, endColumn: e.character + 1, charOffset: f.span.start, charLength: f.span.end - f.span.start },
                  },
                },
              ],
            };
          }),
        ),
        columnKind: 'utf16CodeUnits',
      },
    ],
  };
}
