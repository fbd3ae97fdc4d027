// Shared helper for the launchers that run the extension in a real VS Code without downloading one:
// code-server (VS Code's own workbench + Node extension host, installed from npm by install-code-server.sh)
// driven by a headless Chromium through playwright-core. See docs/testing.md.
//
// Everything started here (code-server's process group, Chromium, temp folders) is registered for cleanup,
// and cleanup runs on normal exit, on an exception and on SIGINT/SIGTERM/SIGHUP.
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const CODE_SERVER_VERSION = process.env.CODE_SERVER_VERSION ?? '4.100.3';
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const codeServerDir = path.join(repoRoot, '.vscode-test', `code-server-${CODE_SERVER_VERSION}`);
const codeServerPackage = path.join(codeServerDir, 'package');

/** An error whose message is the whole story: printed without a stack trace. */
export class LaunchError extends Error {}

// ========================================
// Cleanup: LIFO list of async steps, run exactly once.

const cleanups = [];
let cleaningUp = null;

/** Registers a cleanup step; returns a function that runs it early (and unregisters it). */
export function onCleanup(step) {
  const entry = { step, done: false };
  cleanups.push(entry);
  return async () => {
    if (entry.done) return;
    entry.done = true;
    await step();
  };
}

export function cleanup() {
  cleaningUp ??= (async () => {
    while (cleanups.length) {
      const entry = cleanups.pop();
      if (entry.done) continue;
      entry.done = true;
      try {
        await entry.step();
      } catch (err) {
        console.error(`cleanup: ${err?.message ?? err}`);
      }
    }
  })();
  return cleaningUp;
}

let interrupted = false;
/** Whether a signal asked us to stop (loops waiting for results should give up quietly). */
export const isInterrupted = () => interrupted;

for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]]) {
  process.on(signal, () => {
    if (interrupted) return;
    interrupted = true;
    console.error(`\n${signal}: stopping code-server and Chromium`);
    cleanup().finally(() => process.exit(code));
  });
}
// Last resort if the process exits without running cleanup (e.g. process.exit elsewhere): kill what is left.
const processGroups = new Set();
process.on('exit', () => {
  for (const pid of processGroups) {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {}
  }
});

/**
 * Runs `main` and exits with its return value (a number) or 1 on an error, after cleaning up.
 * LaunchError messages are printed as they are; other errors with their stack.
 */
export async function runMain(main) {
  let code = 1;
  try {
    code = (await main()) ?? 0;
  } catch (err) {
    console.error(err instanceof LaunchError ? `\nERROR: ${err.message}` : err);
    code = 1;
  } finally {
    await cleanup();
  }
  process.exit(code);
}

// ========================================
// Temp folders

export function makeTempDir(prefix) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `mudaqqiq-${prefix}-`));
  if (!process.env.MUDAQQIQ_KEEP_TMP) onCleanup(() => fs.promises.rm(dir, { recursive: true, force: true }));
  return dir;
}

/** Copies test/fixtures/workspace to a fresh temp folder (the tests edit files and settings in it). */
export function copyFixtureWorkspace() {
  const source = path.join(repoRoot, 'test', 'fixtures', 'workspace');
  if (!fs.existsSync(source)) throw new LaunchError(`fixture workspace missing: ${source}`);
  const dir = path.join(makeTempDir('ws'), 'workspace');
  fs.cpSync(source, dir, { recursive: true });
  return dir;
}

// ========================================
// code-server

/** Installs code-server into .vscode-test/ unless already there; returns the package folder. */
export function ensureCodeServer() {
  if (!fs.existsSync(path.join(codeServerDir, '.installed'))) {
    console.log(`code-server ${CODE_SERVER_VERSION} is not installed yet; installing (2-3 minutes)`);
    const result = spawnSync('bash', [path.join(repoRoot, 'scripts', 'install-code-server.sh')], {
      stdio: 'inherit',
      env: { ...process.env, CODE_SERVER_VERSION },
    });
    if (result.status !== 0) {
      throw new LaunchError(`installing code-server failed (scripts/install-code-server.sh exited ${result.status ?? result.signal})`);
    }
  }
  return codeServerPackage;
}

/** A free TCP port on 127.0.0.1 (asks the OS for one, then releases it). */
export async function freePort() {
  const server = net.createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address();
  server.close();
  await once(server, 'close');
  return port;
}

// User settings for a quiet, deterministic workbench: no welcome page, no update or gallery checks.
const quietUserSettings = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  'telemetry.telemetryLevel': 'off',
  'security.workspace.trust.enabled': false,
  'git.enabled': false,
  'chat.commandCenter.enabled': false,
  'window.commandCenter': false,
  'editor.accessibilitySupport': 'off',
};

function codeServerCommand(pkg) {
  return [process.execPath, path.join(pkg, 'out', 'node', 'entry.js')];
}

/** Runs code-server's CLI once (e.g. --install-extension) with the given user/extension dirs. */
export function codeServerCli(args, { userDataDir, extensionsDir }) {
  const pkg = ensureCodeServer();
  const [node, entry] = codeServerCommand(pkg);
  const configDir = makeTempDir('cs-config');
  const result = spawnSync(
    node,
    [entry, '--config', path.join(configDir, 'config.yaml'), '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir, ...args],
    { encoding: 'utf8', env: { ...process.env, XDG_CONFIG_HOME: configDir, XDG_DATA_HOME: configDir } },
  );
  if (result.status !== 0) {
    throw new LaunchError(`code-server ${args.join(' ')} failed (exit ${result.status ?? result.signal}):\n${result.stdout}${result.stderr}`);
  }
  return result.stdout + result.stderr;
}

/**
 * Starts code-server on a free loopback port with fresh user data (unless given) and waits until it answers.
 * Returns { port, origin, pkg, userDataDir, extensionsDir, logFile, logTail(), exited, stop() }.
 */
export async function startCodeServer({ workspace, userDataDir, extensionsDir, locale, env = {}, settings = {} } = {}) {
  const pkg = ensureCodeServer();
  userDataDir ??= makeTempDir('user');
  extensionsDir ??= makeTempDir('ext');
  if (locale && !locale.toLowerCase().startsWith('en')) addStubLanguagePack(userDataDir, locale);
  const settingsFile = path.join(userDataDir, 'User', 'settings.json');
  fs.mkdirSync(path.dirname(settingsFile), { recursive: true });
  fs.writeFileSync(settingsFile, JSON.stringify({ ...quietUserSettings, ...settings }, null, 2));
  // code-server writes a default config.yaml (with a password) under XDG_CONFIG_HOME; keep it out of $HOME.
  const configDir = makeTempDir('cs-config');
  const logFile = path.join(configDir, 'code-server.log');

  const port = await freePort();
  const [node, entry] = codeServerCommand(pkg);
  const args = [
    entry,
    '--config', path.join(configDir, 'config.yaml'),
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsDir,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--ignore-last-opened',
    ...(locale ? ['--locale', locale] : []),
    ...(workspace ? [workspace] : []),
  ];
  const log = fs.openSync(logFile, 'a');
  // detached: code-server gets its own process group, so stopping it also stops the extension host,
  // the language server and every other child it forked.
  const child = spawn(node, args, {
    detached: true,
    stdio: ['ignore', log, log],
    env: { ...process.env, XDG_CONFIG_HOME: configDir, XDG_DATA_HOME: configDir, ...env },
  });
  fs.closeSync(log);
  processGroups.add(child.pid);
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  let hasExited = false;
  exited.then(() => (hasExited = true));

  const logTail = (lines = 40) => {
    try {
      return fs.readFileSync(logFile, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
    } catch {
      return '(no log)';
    }
  };
  const stop = onCleanup(async () => {
    if (!hasExited) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {}
      const timer = setTimeout(() => {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {}
      }, 5000);
      await exited;
      clearTimeout(timer);
    }
    // Children that ignored SIGTERM (e.g. a language server) go with the group.
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {}
    processGroups.delete(child.pid);
  });

  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (hasExited) {
      const { code, signal } = await exited;
      throw new LaunchError(`code-server exited during start-up (${code ?? signal}). Its log:\n${logTail()}`);
    }
    try {
      const res = await fetch(`${origin}/healthz`, { signal: AbortSignal.timeout(2000) });
      if (res.ok) break;
    } catch {}
    if (Date.now() > deadline) throw new LaunchError(`code-server did not answer on ${origin} within 60 s. Its log:\n${logTail()}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  return { port, origin, pkg, userDataDir, extensionsDir, logFile, logTail, exited, hasExited: () => hasExited, stop };
}

/**
 * Makes `--locale <locale>` take effect without a language pack download. VS Code (code-server's workbench
 * and desktop alike) only switches language when a language pack for it is registered in
 * <user-data-dir>/languagepacks.json — otherwise it silently stays English — and VS Code has no Arabic
 * language pack at all. So this registers a stub pack with no translations: the workbench's own strings
 * stay English, but VS Code runs in that language: vscode.env.language (which the extension passes to its
 * server as the LSP locale) is `ar`.
 */
export function addStubLanguagePack(userDataDir, locale) {
  const translations = path.join(userDataDir, 'stub-language-pack', `${locale}.i18n.json`);
  fs.mkdirSync(path.dirname(translations), { recursive: true });
  fs.writeFileSync(translations, JSON.stringify({ contents: {} }));
  const registry = path.join(userDataDir, 'languagepacks.json');
  const packs = fs.existsSync(registry) ? JSON.parse(fs.readFileSync(registry, 'utf8')) : {};
  packs[locale] ??= {
    hash: `mudaqqiq-stub-${locale}`,
    extensions: [{ extensionIdentifier: { id: `mudaqqiq-test.stub-language-pack-${locale}` }, version: '0.0.0' }],
    translations: { vscode: translations },
    label: locale,
  };
  fs.writeFileSync(registry, JSON.stringify(packs));
}

/** The workbench URL that opens `folder` and, optionally, loads an extension from source and runs tests. */
export function workbenchUrl({ origin, port, folder, extensionDevelopmentPath, extensionTestsPath }) {
  const remote = (p) => `vscode-remote://127.0.0.1:${port}${p}`;
  const payload = [];
  if (extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', remote(extensionDevelopmentPath)]);
  if (extensionTestsPath) payload.push(['extensionTestsPath', remote(extensionTestsPath)]);
  let url = `${origin}/?folder=${encodeURIComponent(folder)}`;
  if (payload.length) url += `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  return url;
}

// ========================================
// Chromium

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Launches headless Chromium through playwright-core; it is closed on cleanup. */
export async function launchChromium({ headless = !process.env.MUDAQQIQ_HEADED } = {}) {
  if (!fs.existsSync(CHROMIUM)) {
    throw new LaunchError(`Chromium not found at ${CHROMIUM}. Install it (apt-get install -y chromium) or set CHROMIUM_PATH.`);
  }
  let chromium;
  try {
    ({ chromium } = await import('playwright-core'));
  } catch (err) {
    throw new LaunchError(`playwright-core is not installed (run npm ci): ${err.message}`);
  }
  let browser;
  try {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless,
      args: chromiumArgs,
      timeout: 60_000,
      // Our own signal handlers close the browser together with code-server.
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
    });
  } catch (err) {
    throw new LaunchError(`Chromium (${CHROMIUM}) could not start: ${err.message}`);
  }
  onCleanup(() => browser.close().catch(() => {}));
  return browser;
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// ========================================
// Suite results (written by test/vscode/index.ts to $MUDAQQIQ_TEST_RESULT)

/** Prints each test of a result file; returns whether the run passed (no failure, at least one test). */
export function printSuiteResult({ passed, failed, tests }) {
  for (const t of tests) {
    const mark = t.state === 'passed' ? '  ✓' : t.state === 'pending' ? '  -' : '  ✗';
    const slow = t.duration >= 1000 ? ` (${(t.duration / 1000).toFixed(1)} s)` : '';
    console.log(`${mark} ${t.title}${slow}`);
    if (t.state === 'failed') console.log(indent(t.error ?? '(no message)', 6));
  }
  console.log(`${passed} passed, ${failed} failed`);
  if (!tests.length) console.log('ERROR: the suite ran no tests');
  return failed === 0 && tests.length > 0;
}

export function indent(text, n) {
  return text.replace(/^/gm, ' '.repeat(n));
}
