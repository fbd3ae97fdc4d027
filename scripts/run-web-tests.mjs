// Runs the extension-host suite (dist/test/vscode/index.js) inside a real VS Code: code-server's workbench in
// headless Chromium, with this repo loaded as the extension under development. No VS Code download needed.
// Two passes: the default (English) locale, then `--locale ar` (see the comment at PASSES).
//
//   npm run test:web                      build, then run both passes
//   MUDAQQIQ_TEST_GREP=hover npm run test:web    only tests whose full title matches
//   MUDAQQIQ_LOCALES=en node scripts/run-web-tests.mjs   one pass only (comma-separated; "en" = default)
import fs from 'node:fs';
import path from 'node:path';
import {
  LaunchError,
  copyFixtureWorkspace,
  ensureCodeServer,
  indent,
  isInterrupted,
  launchChromium,
  makeTempDir,
  printSuiteResult,
  repoRoot,
  runMain,
  sleep,
  startCodeServer,
  workbenchUrl,
} from './code-server.mjs';

const TIMEOUT_MS = Number(process.env.MUDAQQIQ_TEST_TIMEOUT_MS ?? 5 * 60_000);
const suite = path.join(repoRoot, 'dist', 'test', 'vscode', 'index.js');

// The Arabic pass: code-server accepts `--locale ar` without any language pack. VS Code has no Arabic
// language pack, so the workbench's own strings stay English, but the extension host reports
// vscode.env.language === 'ar' — which is what the extension reads to choose its Arabic texts.
const PASSES = (process.env.MUDAQQIQ_LOCALES ?? 'en,ar').split(',').map((l) => l.trim()).filter(Boolean);

runMain(async () => {
  if (!fs.existsSync(suite)) throw new LaunchError(`${path.relative(repoRoot, suite)} is missing; run \`node esbuild.mjs\` first`);
  ensureCodeServer(); // first run: installs it (about a minute) before any pass is timed
  const browser = await launchChromium();
  let failedPasses = 0;
  for (const locale of PASSES) {
    const started = Date.now();
    const label = locale === 'en' ? 'default locale' : `locale ${locale}`;
    console.log(`\n=== extension-host tests in code-server, ${label} ===`);
    const ok = await runPass(browser, locale === 'en' ? undefined : locale);
    console.log(`--- ${label}: ${ok ? 'passed' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
    if (!ok) failedPasses++;
  }
  return failedPasses ? 1 : 0;
});

async function runPass(browser, locale) {
  const workspace = copyFixtureWorkspace();
  const resultFile = path.join(makeTempDir('result'), 'result.json');
  const server = await startCodeServer({
    workspace,
    locale,
    // Inherited by the extension host, where test/vscode/index.ts writes the result.
    // MUDAQQIQ_EXPECT_LANGUAGE lets the suite check that the locale really reached the extension host.
    env: { MUDAQQIQ_TEST_RESULT: resultFile, MUDAQQIQ_EXPECT_LANGUAGE: locale ?? 'en' },
  });
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: locale ?? 'en-US' });
  const page = await context.newPage();
  const consoleLines = [];
  page.on('console', (msg) => consoleLines.push(`[${msg.type()}] ${msg.text()}`));
  page.on('pageerror', (err) => consoleLines.push(`[pageerror] ${err.message}`));
  let pageClosed = false;
  page.on('close', () => (pageClosed = true));
  try {
    await page.goto(
      workbenchUrl({ origin: server.origin, port: server.port, folder: workspace, extensionDevelopmentPath: repoRoot, extensionTestsPath: suite }),
      { waitUntil: 'domcontentloaded', timeout: 60_000 },
    );
    const deadline = Date.now() + TIMEOUT_MS;
    while (!fs.existsSync(resultFile)) {
      if (isInterrupted()) return false;
      let problem;
      if (server.hasExited()) problem = 'code-server exited before the suite reported';
      else if (pageClosed) problem = 'the workbench page closed before the suite reported';
      else if (Date.now() > deadline) problem = `no result after ${TIMEOUT_MS / 1000} s`;
      if (problem) {
        console.error(`ERROR: ${problem}.`);
        printDiagnostics(consoleLines, server);
        return false;
      }
      await sleep(500);
    }
    return printSuiteResult(JSON.parse(fs.readFileSync(resultFile, 'utf8')));
  } finally {
    await context.close().catch(() => {});
    await server.stop();
  }
}

function printDiagnostics(consoleLines, server) {
  const interesting = consoleLines.filter((l) => /error|fail|extension host|exthost/i.test(l)).slice(-30);
  if (interesting.length) console.error(`Workbench console (last ${interesting.length} relevant lines):\n${indent(interesting.join('\n'), 2)}`);
  console.error(`code-server log (tail):\n${indent(server.logTail(30), 2)}`);
}
