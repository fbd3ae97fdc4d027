// Entry of the extension-host test suite: VS Code (code-server in the browser, or the Electron build through
// @vscode/test-electron) loads this module and awaits run(). esbuild bundles it, with every *.test.ts it
// requires, into dist/test/vscode/index.js; `vscode` and `mocha` stay external (mocha resolves from the repo's
// node_modules, since the extension under test is the repo itself).
//
// The result is also written as JSON to $MUDAQQIQ_TEST_RESULT, because a browser-hosted extension host has no
// exit code the launcher could read: { passed, failed, tests: [{ title, state, duration, error }] }.
import * as fs from 'node:fs';
import Mocha from 'mocha';

interface TestResult {
  title: string;
  state: 'passed' | 'failed' | 'pending';
  /** Milliseconds. */
  duration?: number;
  error?: string;
}

// One line per test file. They are required inside run(), after mocha has put describe/it on globalThis.
function loadTestFiles(): void {
  require('./extension.test');
  require('./punctuation-spacing.test');
  require('./boilerplate.test');
  require('./unattributed-quote.test');
  require('./name-spelling.test');
}

export async function run(): Promise<void> {
  const results: TestResult[] = [];
  const mocha = new Mocha({ ui: 'bdd', timeout: 60_000, color: false, reporter: 'spec' });
  const grep = process.env.MUDAQQIQ_TEST_GREP;
  if (grep) mocha.grep(grep);
  let failures = 0;
  try {
    mocha.suite.emit('pre-require', globalThis, 'bundle', mocha);
    loadTestFiles();
    failures = await new Promise<number>((resolve) => {
      const runner = mocha.run((count) => resolve(count));
      runner.on('pass', (test) => results.push({ title: test.fullTitle(), state: 'passed', duration: test.duration }));
      runner.on('pending', (test) => results.push({ title: test.fullTitle(), state: 'pending' }));
      // Also fires for failing hooks (title '"before all" hook ...'), which otherwise hide the tests they skip.
      runner.on('fail', (test, err: Error) => results.push({ title: test.fullTitle(), state: 'failed', duration: test.duration, error: describeError(err) }));
    });
  } catch (err) {
    // The suite could not even load: report it as one failed test so the launcher prints the reason.
    results.push({ title: 'loading the test suite', state: 'failed', error: describeError(err) });
    failures = Math.max(failures, 1);
  }
  writeResult(results);
  if (failures > 0) throw new Error(`${failures} test(s) failed`);
}

function describeError(err: unknown): string {
  if (!(err instanceof Error)) return String(err);
  const stack = (err.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line)).slice(0, 6).join('\n');
  return `${err.message}${stack ? `\n${stack}` : ''}`;
}

function writeResult(tests: TestResult[]): void {
  const file = process.env.MUDAQQIQ_TEST_RESULT;
  if (!file) return;
  const passed = tests.filter((t) => t.state === 'passed').length;
  const failed = tests.filter((t) => t.state === 'failed').length;
  // Write then rename, so the launcher never reads a half-written file.
  fs.writeFileSync(`${file}.tmp`, JSON.stringify({ passed, failed, tests }, null, 2));
  fs.renameSync(`${file}.tmp`, file);
}
