// Runs the extension-host suite (dist/test/vscode/index.js) in the desktop (Electron) VS Code through
// @vscode/test-electron, which downloads VS Code into .vscode-test/ — so this needs internet access to
// update.code.visualstudio.com (and a display: run under `xvfb-run -a` on a headless Linux machine).
// Where that is not available, `npm run test:web` runs the same suite in code-server instead.
// Same fixture workspace, same two passes (default locale, then `--locale ar`) and same result file.
//
//   VSCODE_TEST_VERSION=1.100.3 npm run test:vscode   pin the VS Code version (default: stable)
import fs from 'node:fs';
import path from 'node:path';
import { LaunchError, addStubLanguagePack, copyFixtureWorkspace, makeTempDir, printSuiteResult, repoRoot, runMain } from './code-server.mjs';

const suite = path.join(repoRoot, 'dist', 'test', 'vscode', 'index.js');
const PASSES = (process.env.MUDAQQIQ_LOCALES ?? 'en,ar').split(',').map((l) => l.trim()).filter(Boolean);

runMain(async () => {
  if (!fs.existsSync(suite)) throw new LaunchError(`${path.relative(repoRoot, suite)} is missing; run \`node esbuild.mjs\` first`);
  let runTests;
  try {
    ({ runTests } = await import('@vscode/test-electron'));
  } catch (err) {
    throw new LaunchError(`@vscode/test-electron is not installed (run npm ci): ${err.message}`);
  }
  let failedPasses = 0;
  for (const locale of PASSES) {
    const label = locale === 'en' ? 'default locale' : `locale ${locale}`;
    console.log(`\n=== extension-host tests in VS Code (Electron), ${label} ===`);
    const workspace = copyFixtureWorkspace();
    const resultFile = path.join(makeTempDir('result'), 'result.json');
    const userDataDir = makeTempDir('user');
    // Without a language pack `--locale ar` is ignored (see addStubLanguagePack).
    if (locale !== 'en') addStubLanguagePack(userDataDir, locale);
    try {
      await runTests({
        version: process.env.VSCODE_TEST_VERSION ?? 'stable',
        extensionDevelopmentPath: repoRoot,
        extensionTestsPath: suite,
        extensionTestsEnv: { MUDAQQIQ_TEST_RESULT: resultFile, MUDAQQIQ_EXPECT_LANGUAGE: locale },
        launchArgs: [
          workspace,
          '--disable-extensions', // other installed extensions stay out; the one under development loads
          '--user-data-dir', userDataDir,
          '--extensions-dir', makeTempDir('ext'),
          ...(locale === 'en' ? [] : ['--locale', locale]),
        ],
      });
    } catch (err) {
      // runTests rejects when VS Code exits non-zero, which the suite does on any failed test; the result
      // file says which. Without a result file the failure happened before the suite ran (download, launch).
      if (!fs.existsSync(resultFile)) throw new LaunchError(`VS Code did not run the suite: ${err?.message ?? err}`);
    }
    if (!fs.existsSync(resultFile)) throw new LaunchError('VS Code exited without writing the suite result');
    const ok = printSuiteResult(JSON.parse(fs.readFileSync(resultFile, 'utf8')));
    console.log(`--- ${label}: ${ok ? 'passed' : 'FAILED'}`);
    if (!ok) failedPasses++;
  }
  return failedPasses ? 1 : 0;
});
