import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const CLI = resolve(__dirname, '../../../dist/cli.js');

function run(args: string[], opts: { cwd: string; input?: string | Buffer }) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: opts.cwd, input: opts.input, encoding: 'utf8', env: { ...process.env, LANG: 'C' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('CLI mudaqqiq check', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'mudaqqiq-cli-'));
    writeFileSync(join(dir, 'a.txt'), 'وقال الوزير ، إن الاجتماع انتهى..\n');
    writeFileSync(join(dir, 'clean.news.md'), '# عنوان\n\nوصل الوفد إلى العاصمة صباح اليوم.\n');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('prints path:line:col severity rule message and exits 1 on warnings', () => {
    const r = run(['check', 'a.txt', 'clean.news.md'], { cwd: dir });
    assert.equal(r.code, 1);
    assert.equal(
      r.out,
      'a.txt:1:12 warning punctuation-spacing Space before "،"\n' +
        'a.txt:1:32 warning punctuation-spacing Two full stops "..": a full stop or an ellipsis "…"?\n' +
        '\n2 problems in 2 files (2 fixable with --fix)\n',
    );
  });

  it('exits 0 on a clean file', () => {
    const r = run(['check', 'clean.news.md'], { cwd: dir });
    assert.equal(r.code, 0);
    assert.equal(r.out, '0 problems in 1 file\n');
  });

  it('prints Arabic messages with --lang ar', () => {
    const r = run(['check', 'a.txt', '--lang', 'ar'], { cwd: dir });
    assert.match(r.out, /^a\.txt:1:12 warning punctuation-spacing مسافة قبل «،»\n/);
  });

  it('reads stdin with "-" and names it with --stdin-filename', () => {
    const r = run(['check', '-', '--stdin-filename', 'draft.md'], { cwd: dir, input: 'قال الوزير ، نعم\n' });
    assert.equal(r.code, 1);
    assert.equal(r.out.split('\n')[0], 'draft.md:1:11 warning punctuation-spacing Space before "،"');
  });

  it('walks folders and expands globs', () => {
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub', 'b.khabar'), 'هل وصل الوفد ؟\n');
    writeFileSync(join(dir, 'sub', 'ignored.json'), '{}');
    const r1 = run(['check', '.'], { cwd: dir });
    assert.match(r1.out, /3 problems in 3 files/);
    const r2 = run(['check', '**/*.khabar'], { cwd: dir });
    assert.equal(r2.out, 'sub/b.khabar:1:13 warning punctuation-spacing Space before "؟"\n\n1 problem in 1 file (1 fixable with --fix)\n');
  });

  it('skips Markdown and text files that are not mostly Arabic, as the editor does', () => {
    writeFileSync(join(dir, 'notes.md'), '# Notes\n\nThe minister said hello , and left.. One Arabic word: مصطفى ، here.\n');
    const r = run(['check', 'notes.md', 'a.txt'], { cwd: dir });
    assert.equal(r.out.split('\n').filter((l) => l.startsWith('notes.md')).length, 0);
    assert.match(r.out, /\n1 file skipped: less than 50 % Arabic \(--min-arabic-share\)\n$/);
    assert.match(run(['check', 'notes.md', '--min-arabic-share', '0'], { cwd: dir }).out, /^notes\.md:3:/);
  });

  it('emits JSON with 1-based positions, offsets and fixes', () => {
    const r = run(['check', 'a.txt', '--format', 'json'], { cwd: dir });
    const j = JSON.parse(r.out);
    assert.equal(j.files[0].file, 'a.txt');
    const f = j.files[0].findings[0];
    assert.deepEqual(f.range, { start: { line: 1, column: 12, offset: 11 }, end: { line: 1, column: 14, offset: 13 } });
    assert.deepEqual(f.messages, { ar: 'مسافة قبل «،»', en: 'Space before "،"' });
    assert.deepEqual(f.fixes, [{ title: 'Remove the space before "،"', preferred: true, edits: [{ start: 11, end: 12, newText: '' }] }]);
  });

  it('emits SARIF 2.1.0', () => {
    const r = run(['check', 'a.txt', '--format=sarif'], { cwd: dir });
    const s = JSON.parse(r.out);
    assert.equal(s.version, '2.1.0');
    assert.equal(s.runs[0].tool.driver.name, 'mudaqqiq');
    assert.ok(s.runs[0].tool.driver.rules.some((x: any) => x.id === 'punctuation-spacing'));
    assert.deepEqual(s.runs[0].results[0].locations[0].physicalLocation.region, { startLine: 1, startColumn: 12, endLine: 1, endColumn: 14, charOffset: 11, charLength: 2 });
    assert.equal(s.runs[0].results[0].level, 'warning');
  });

  it('applies fixes in place with --fix', () => {
    const r = run(['check', 'a.txt', '--fix'], { cwd: dir });
    assert.equal(r.code, 0);
    assert.equal(readFileSync(join(dir, 'a.txt'), 'utf8'), 'وقال الوزير، إن الاجتماع انتهى.\n');
  });

  it('fixes every finding with --fix, not only the first 1,000 of a rule that a report lists (6,000 here)', () => {
    const line = 'وصل الوزير ,ثم غادر ..\n';
    writeFileSync(join(dir, 'many.txt'), line.repeat(3000));
    const r = run(['check', 'many.txt', '--fix'], { cwd: dir });
    assert.equal(r.code, 0);
    assert.equal(r.out, '0 problems in 1 file\n');
    assert.equal(readFileSync(join(dir, 'many.txt'), 'utf8'), 'وصل الوزير، ثم غادر.\n'.repeat(3000));
  });

  it('keeps a UTF-8 byte-order mark when fixing', () => {
    writeFileSync(join(dir, 'bom.txt'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('قال الوزير ، نعم\n')]));
    run(['check', 'bom.txt', '--fix'], { cwd: dir });
    assert.deepEqual([...readFileSync(join(dir, 'bom.txt')).subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    assert.equal(readFileSync(join(dir, 'bom.txt'), 'utf8'), '\uFEFFقال الوزير، نعم\n');
  });

  it('exits 2 when a glob matches nothing', () => {
    const r = run(['check', 'drafts/**/*.khabar'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.equal(r.err, 'mudaqqiq: no file matches "drafts/**/*.khabar"\n');
  });

  it('lists the edits of document-wide fixes only up to a bound in JSON', () => {
    const para = 'قال ترامب إن الاتفاق قريب، وأضاف ترمب أن المحادثات مستمرة مع الشركاء في المنطقة.\n';
    writeFileSync(join(dir, 'many.txt'), para.repeat(80));
    const j = JSON.parse(run(['check', 'many.txt', '--format', 'json'], { cwd: dir }).out);
    const everywhere = j.files[0].findings.flatMap((f: any) => f.fixes).filter((x: any) => x.editsOmitted);
    assert.ok(everywhere.length > 0);
    assert.ok(everywhere.every((x: any) => x.edits.length === 0 && x.editsOmitted > 50));
  });

  it('uses .mudaqqiq.json from the folder and --config', () => {
    writeFileSync(join(dir, '.mudaqqiq.json'), '{"rules": {"punctuation-spacing": "off"}}');
    assert.equal(run(['check', 'a.txt'], { cwd: dir }).code, 0);
    writeFileSync(join(dir, 'other.json'), '{"rules": {"punctuation-spacing": "error"}}');
    const r = run(['check', 'a.txt', '--config', 'other.json'], { cwd: dir });
    assert.equal(r.code, 1);
    assert.match(r.out, /a\.txt:1:12 error punctuation-spacing/);
  });

  it('exits 2 with the file named for a malformed config', () => {
    writeFileSync(join(dir, 'bad.json'), '{"rules": ');
    const r = run(['check', 'a.txt', '--config', 'bad.json'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.match(r.err, /^mudaqqiq: bad\.json:1:\d+: \.mudaqqiq\.json is not valid JSON/);
  });

  it('exits 2 for a missing path, an unknown option and no input', () => {
    const missing = run(['check', 'nope.txt'], { cwd: dir });
    assert.equal(missing.code, 2);
    assert.equal(missing.err, 'mudaqqiq: nope.txt: no such file or folder\n');
    const bad = run(['check', '--colour'], { cwd: dir });
    assert.equal(bad.code, 2);
    assert.match(bad.err, /^mudaqqiq: unknown option "--colour"/);
    assert.equal(run(['check'], { cwd: dir }).code, 2);
    assert.equal(run(['lint', 'a.txt'], { cwd: dir }).code, 2);
  });

  it('skips binary files with a warning and never crashes', () => {
    writeFileSync(join(dir, 'img.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]));
    writeFileSync(join(dir, 'latin1.txt'), Buffer.from([0xe9, 0x74, 0xe9]));
    const r = run(['check', 'img.txt', 'latin1.txt', 'clean.news.md'], { cwd: dir });
    assert.equal(r.code, 0);
    assert.equal(r.err, 'mudaqqiq: warning: img.txt: skipped (binary file: contains NUL bytes)\nmudaqqiq: warning: latin1.txt: skipped (binary file: not valid UTF-8)\n');
    assert.equal(r.out, '0 problems in 1 file\n');
  });

  it('prints help and version', () => {
    const h = run(['--help'], { cwd: dir });
    assert.equal(h.code, 0);
    assert.match(h.out, /^Usage: mudaqqiq check/);
    assert.match(run(['--version'], { cwd: dir }).out, /^\d+\.\d+\.\d+\n$/);
  });
});
