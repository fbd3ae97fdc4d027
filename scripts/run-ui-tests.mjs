// User-level check of the PACKAGED extension: installs mudaqqiq-<version>.vsix into a fresh code-server,
// opens sample drafts in the workbench through headless Chromium and checks what a writer sees:
//   0. showcase: the README quick-start draft shows every main rule at once (Problems panel + the
//      boilerplate hover) -> overview.png, hover-boilerplate.png;
//   1. the Problems panel lists the findings of the draft;
//   2. hovering a squiggle shows the explanation;
//   3. the quick-fix menu (Ctrl+.) offers the fix, and choosing it changes the text.
// Screenshots go to docs/images/ (overview.png, hover-boilerplate.png, problems.png, hover.png, quickfix.png)
// for the README.
//
//   npm run test:ui          package the VSIX, then run this
//   MUDAQQIQ_HEADED=1 ...    watch it (needs a display)
import fs from 'node:fs';
import path from 'node:path';
import {
  LaunchError,
  codeServerCli,
  copyFixtureWorkspace,
  launchChromium,
  makeTempDir,
  repoRoot,
  runMain,
  sleep,
  startCodeServer,
} from './code-server.mjs';

const { version, publisher, name } = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
const vsix = path.join(repoRoot, `mudaqqiq-${version}.vsix`);
const extensionId = `${publisher}.${name}`;
const imagesDir = path.join(repoRoot, 'docs', 'images');

// The sample draft (test/fixtures/workspace) and what the server must say about it, in English (the
// workbench runs in the default locale). Messages come from server/src/rules/punctuation-spacing.ts.
// The showcase: the README quick-start sample (test/fixtures/samples/draft.news.md), copied into the
// workspace at run time only (the test/vscode suite shares test/fixtures/workspace). One finding of each
// main rule; messages from server/src/rules/ and server/src/lexicon/boilerplate.ts.
const SHOWCASE_SOURCE = path.join(repoRoot, 'test', 'fixtures', 'samples', 'draft.news.md');
const SHOWCASE = 'drafts/showcase.news.md';
const SHOWCASE_PROBLEMS = [
  ['boilerplate', 'Telegram subscription promo'],
  ['name-spelling', '"ترامب": this article also writes "ترمب"'],
  ['punctuation-spacing', 'Space before "،"'],
  ['unattributed-quote', 'Quotation with no speaker or source: who said this?'],
  ['punctuation-spacing', 'Two full stops ".."'],
];
// The boilerplate block is the first lines of the body («تابعونا على تطبيق تلغرام …»).
const SHOWCASE_HOVER = { phrase: 'تابعونا على تطبيق تلغرام', at: 'تابعونا على '.length };
const EXPECTED_BOILERPLATE_HOVER = "The site's invitation to subscribe to its messaging-app channel";

const DRAFT = 'drafts/majlis.news.md';
const RULE = 'punctuation-spacing';
const EXPECTED_PROBLEMS = [
  'Space before "،"',
  'Latin "," in Arabic text: use "،"',
  'Two full stops ".."',
  'No space after "،"',
  'Latin "?" in Arabic text: use "؟"',
];
// The finding the hover and the quick fix are checked on: the space in «البلدي ،».
const TARGET = { phrase: 'البلدي ،', at: 'البلدي '.length - 1, fixed: 'البلدي،' };
const EXPECTED_HOVER = 'In Arabic typography the mark "،" sits against the word before it';
const EXPECTED_FIX = 'Remove the space before "،"';
const EXPECTED_OTHER_ACTIONS = [`Fix all ${RULE} problems in the document (5)`, `Ignore ${RULE} on this line`];

const checks = [];
function check(ok, what, detail = '') {
  checks.push({ ok, what });
  console.log(`${ok ? '  ✓' : '  ✗'} ${what}${!ok && detail ? `\n      ${detail.replace(/\n/g, '\n      ')}` : ''}`);
  return ok;
}

runMain(async () => {
  if (!fs.existsSync(vsix)) throw new LaunchError(`${path.basename(vsix)} is missing; run \`npm run package\` first`);
  fs.mkdirSync(imagesDir, { recursive: true });

  // 1. Install the VSIX into a fresh extensions folder, the way a user would.
  const userDataDir = makeTempDir('user');
  const extensionsDir = makeTempDir('ext');
  console.log(`installing ${path.basename(vsix)}`);
  codeServerCli(['--install-extension', vsix, '--force'], { userDataDir, extensionsDir });
  const listed = codeServerCli(['--list-extensions', '--show-versions'], { userDataDir, extensionsDir });
  if (!listed.toLowerCase().includes(`${extensionId}@${version}`.toLowerCase())) {
    throw new LaunchError(`the VSIX did not install: --list-extensions says:\n${listed}`);
  }

  // 2. Start code-server on a copy of the fixture workspace and open it in Chromium.
  const workspace = copyFixtureWorkspace();
  const showcaseFile = path.join(workspace, ...SHOWCASE.split('/'));
  fs.copyFileSync(SHOWCASE_SOURCE, showcaseFile);
  const showcase = fs.readFileSync(showcaseFile, 'utf8');
  const draftFile = path.join(workspace, ...DRAFT.split('/'));
  const original = fs.readFileSync(draftFile, 'utf8');
  const server = await startCodeServer({
    workspace,
    userDataDir,
    extensionsDir,
    settings: {
      'files.autoSave': 'off',
      // Long Arabic lines wrap instead of running off the left edge of the screenshots (overview.png).
      'editor.wordWrap': 'on',
    },
  });
  const browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  try {
    await page.goto(`${server.origin}/?folder=${encodeURIComponent(workspace)}`, { waitUntil: 'domcontentloaded', timeout: 60_000 });
    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    await page.locator('.explorer-folders-view, .explorer-viewlet').first().waitFor({ timeout: 60_000 });

    // 3a. Showcase: the quick-start draft, one finding of each main rule, in the Problems panel.
    const editor = page.locator('.editor-instance .monaco-editor').first();
    await openDraft(page, editor, SHOWCASE, server);
    await page.keyboard.press('Control+Shift+M');
    await page.locator('.markers-panel .monaco-list-row').first().waitFor({ timeout: 15_000 }).catch(() => {});
    await waitFor(async () => (await problemRows(page)).length >= SHOWCASE_PROBLEMS.length, 15_000);
    const overview = await problemRows(page);
    check(
      overview.length === SHOWCASE_PROBLEMS.length,
      `Problems panel lists ${SHOWCASE_PROBLEMS.length} findings for ${path.basename(SHOWCASE)}`,
      `rows:\n${overview.join('\n') || '(none)'}`,
    );
    for (const [rule, message] of SHOWCASE_PROBLEMS) {
      check(
        overview.some((row) => row.includes(message) && row.includes(` mudaqqiq ${rule} `)),
        `Problems panel shows ${rule}: «${message}»`,
        `rows:\n${overview.join('\n')}`,
      );
    }
    await page.screenshot({ path: path.join(imagesDir, 'overview.png') });

    // 3b. Showcase: hovering the boilerplate squiggle explains why the block is not the story.
    const bpHover = await hoverPhrase(page, editor, showcase, SHOWCASE_HOVER, EXPECTED_BOILERPLATE_HOVER);
    check(bpHover.includes(EXPECTED_BOILERPLATE_HOVER), 'hovering the boilerplate squiggle shows its explanation', `hover text:\n${bpHover || '(no hover)'}`);
    await page.screenshot({ path: path.join(imagesDir, 'hover-boilerplate.png') });
    await page.mouse.move(5, 5);
    await page.keyboard.press('Escape');

    // Close the showcase (its findings leave the panel), so the next steps see the sample draft only.
    await page.locator('.tab.active').filter({ hasText: path.basename(SHOWCASE) }).locator('.tab-actions .action-label').click();
    await page.locator('.tab').filter({ hasText: path.basename(SHOWCASE) }).waitFor({ state: 'detached', timeout: 10_000 });
    await waitFor(async () => (await problemRows(page)).length === 0, 10_000);

    // Quick Open (Ctrl+P), type the file name, Enter.
    await openDraft(page, editor, DRAFT, server);

    // 3. Problems panel (Ctrl+Shift+M): one row per finding.
    const rows = page.locator('.markers-panel .monaco-list-row');
    await rows.first().waitFor({ timeout: 15_000 }).catch(() => {});
    await waitFor(async () => (await problemRows(page, RULE)).length >= EXPECTED_PROBLEMS.length, 15_000);
    const problems = await problemRows(page);
    check(
      (await problemRows(page, RULE)).length === EXPECTED_PROBLEMS.length,
      `Problems panel lists ${EXPECTED_PROBLEMS.length} ${RULE} findings`,
      `rows:\n${problems.join('\n') || '(none)'}`,
    );
    for (const message of EXPECTED_PROBLEMS) {
      check(problems.some((row) => row.includes(message)), `Problems panel shows «${message}»`, `rows:\n${problems.join('\n')}`);
    }
    await page.screenshot({ path: path.join(imagesDir, 'problems.png') });

    // 4. Hover: put the cursor on the target finding (Ctrl+G line:column), then move the mouse onto it.
    const offset = original.indexOf(TARGET.phrase) + TARGET.at;
    // +1: just after the space, inside the flagged " ،".
    const hoverText = await hoverPhrase(page, editor, original, { phrase: TARGET.phrase, at: TARGET.at + 1 }, EXPECTED_HOVER);
    check(hoverText.includes(EXPECTED_HOVER), 'hovering the squiggle shows the explanation', `hover text:\n${hoverText || '(no hover)'}`);
    await page.screenshot({ path: path.join(imagesDir, 'hover.png') });
    await page.mouse.move(5, 5);
    await page.keyboard.press('Escape');

    // 5. Quick fix (Ctrl+.) at the cursor: the menu offers the fix; choosing it removes the space.
    await page.keyboard.press('Control+.');
    const menu = page.locator('.action-widget');
    const menuShown = await menu.waitFor({ state: 'visible', timeout: 10_000 }).then(() => true, () => false);
    const items = menuShown ? (await menu.locator('.monaco-list-row').allInnerTexts()).map(clean) : [];
    let offered = true;
    for (const title of [EXPECTED_FIX, ...EXPECTED_OTHER_ACTIONS]) {
      offered = check(items.some((t) => t.includes(title)), `quick-fix menu offers «${title}»`, `menu items:\n${items.join('\n') || '(no menu)'}`) && offered;
    }
    await page.screenshot({ path: path.join(imagesDir, 'quickfix.png') });
    if (offered) {
      // Choose it with the keyboard, as a writer would: arrow down to the entry, Enter.
      for (let i = 0; i < items.length && !(await focusedAction(menu)).includes(EXPECTED_FIX); i++) await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Control+S');
      const expected = original.slice(0, offset) + original.slice(offset + 1);
      const changed = await waitFor(() => fs.readFileSync(draftFile, 'utf8') === expected, 10_000);
      const now = fs.readFileSync(draftFile, 'utf8');
      check(changed, `applying the quick fix turns «${TARGET.phrase}» into «${TARGET.fixed}»`, `file now:\n${now}`);
      const left = EXPECTED_PROBLEMS.length - 1;
      await waitFor(async () => (await problemRows(page, RULE)).length === left, 10_000);
      const rowsAfter = await problemRows(page, RULE);
      check(rowsAfter.length === left, `the Problems panel then lists ${left} ${RULE} findings`, `rows:\n${rowsAfter.join('\n')}`);
    } else {
      await page.keyboard.press('Escape');
    }
  } catch (err) {
    const shot = path.join(repoRoot, '.vscode-test', 'ui-failure.png');
    await page.screenshot({ path: shot }).then(() => console.error(`screenshot of the failure: ${path.relative(repoRoot, shot)}`), () => {});
    throw err;
  } finally {
    await context.close().catch(() => {});
  }

  const failed = checks.filter((c) => !c.ok).length;
  console.log(`${checks.length - failed} checks passed, ${failed} failed; screenshots in ${path.relative(repoRoot, imagesDir)}/`);
  return failed ? 1 : 0;
});

/** Opens a workspace file with Quick Open and waits until the extension has put a squiggle in it. */
async function openDraft(page, editor, file, server) {
  await openFile(page, path.basename(file));
  await editor.waitFor({ timeout: 30_000 });
  try {
    await editor.locator('[class*="squiggly-"]').first().waitFor({ timeout: 60_000 });
  } catch {
    throw new LaunchError(`no squiggle appeared in ${file} within 60 s: the extension did not check the draft.\ncode-server log:\n${server.logTail(30)}`);
  }
}

/**
 * Puts the cursor at `phrase` + `at` in the editor (Ctrl+G line:column), moves the mouse onto it and
 * returns the text of the hover that contains `expected` (or of every visible hover, if none does).
 */
async function hoverPhrase(page, editor, text, { phrase, at }, expected) {
  const offset = text.indexOf(phrase) + at;
  if (offset < at) throw new LaunchError(`«${phrase}» is not in the draft`);
  const before = text.slice(0, offset).split('\n');
  await editor.click({ position: { x: 200, y: 60 } }); // focus the editor
  await page.keyboard.press('Control+G');
  await page.locator('.quick-input-widget input').waitFor({ timeout: 10_000 });
  await page.keyboard.type(`${before.length}:${before.at(-1).length + 1}`);
  await page.keyboard.press('Enter');
  await sleep(300);
  const cursor = await editor.locator('.cursors-layer .cursor').first().boundingBox();
  if (!cursor) throw new LaunchError('could not locate the editor cursor');
  await page.mouse.move(cursor.x + 2, cursor.y + cursor.height / 2);
  await sleep(100);
  await page.mouse.move(cursor.x + 3, cursor.y + cursor.height / 2);
  const hover = page.locator('.monaco-hover').filter({ hasText: expected.slice(0, 20) }).first();
  const shown = await hover.waitFor({ state: 'visible', timeout: 10_000 }).then(() => true, () => false);
  // The hover fades in: wait until it is fully opaque, so the screenshot taken next shows it sharp.
  if (shown) await waitFor(async () => (await hover.evaluate(opacity).catch(() => 0)) > 0.99, 3_000);
  return shown ? clean(await hover.innerText()) : await visibleText(page, '.monaco-hover');
}

/** An element's effective opacity: the product of its own and its ancestors' (runs in the page). */
function opacity(el) {
  let o = 1;
  for (let e = el; e; e = e.parentElement) o *= Number(getComputedStyle(e).opacity);
  return o;
}

async function openFile(page, fileName) {
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ timeout: 15_000 });
  await input.fill(fileName);
  // Wait for the file to be listed (quick open searches with ripgrep), then open it.
  await page.locator('.quick-input-widget .monaco-list-row').filter({ hasText: fileName }).first().waitFor({ timeout: 30_000 });
  await page.keyboard.press('Enter');
  await page.locator('.tab.active').filter({ hasText: fileName }).waitFor({ timeout: 30_000 });
}

/**
 * Texts of the Problems panel rows that are Mudaqqiq findings (not the file rows). A row reads
 * `message mudaqqiq punctuation-spacing [Ln 7, Col 23]`: the brackets around the code are CSS.
 */
async function problemRows(page, rule) {
  const texts = await page.locator('.markers-panel .monaco-list-row').allInnerTexts();
  return texts.map(clean).filter((t) => /(^|\s)mudaqqiq\s/.test(t) && (!rule || t.includes(` mudaqqiq ${rule} `)));
}

async function focusedAction(menu) {
  return clean((await menu.locator('.monaco-list-row.focused').first().innerText().catch(() => '')) ?? '');
}

async function visibleText(page, selector) {
  const texts = await page.locator(`${selector}:visible`).allInnerTexts().catch(() => []);
  return texts.map(clean).join('\n');
}

/** Collapses whitespace (the workbench renders spaces as U+00A0 and splits text over elements). */
function clean(text) {
  return text.replace(/[\s\u00A0]+/g, ' ').trim();
}

async function waitFor(condition, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await condition()) return true;
    await sleep(250);
  }
  return false;
}
