// Bundles the extension client, the language server, the CLI, the scripts (bench, eval) and the tests.
// `--production` minifies and drops source maps (for the VSIX); `--watch` rebuilds on change.
import * as esbuild from 'esbuild';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

function testFiles(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) {
      if (p !== join('test', 'vscode') && name !== 'fixtures') out.push(...testFiles(p));
    } else if (name.endsWith('.test.ts')) out.push(p);
  }
  return out;
}

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
};

const builds = [
  { ...common, entryPoints: { client: 'client/src/extension.ts' }, outdir: 'dist', external: ['vscode'] },
  { ...common, entryPoints: { server: 'server/src/server.ts', cli: 'server/src/cli.ts' }, outdir: 'dist' },
];
if (!production) {
  builds.push(
    { ...common, entryPoints: { bench: 'scripts/bench.ts', eval: 'scripts/eval.ts', digest: 'scripts/digest.ts' }, outdir: 'dist' },
    // The differential test bundles two engines with esbuild at run time.
    { ...common, entryPoints: { differential: 'scripts/differential.ts' }, outdir: 'dist', external: ['esbuild'] },
    // Unit, LSP and CLI tests: one bundle per test file, run by mocha from out/test.
    { ...common, entryPoints: testFiles('test'), outdir: 'out', outbase: '.', external: ['mocha'] },
    // The extension-host suite (runs inside VS Code / code-server).
    { ...common, entryPoints: { 'test/vscode/index': 'test/vscode/index.ts' }, outdir: 'dist', external: ['vscode', 'mocha'] },
  );
}

const existing = builds.filter((b) => {
  const entries = Array.isArray(b.entryPoints) ? b.entryPoints : Object.values(b.entryPoints);
  b.entryPoints = Array.isArray(b.entryPoints) ? entries.filter(exists) : Object.fromEntries(Object.entries(b.entryPoints).filter(([, v]) => exists(v)));
  return (Array.isArray(b.entryPoints) ? b.entryPoints.length : Object.keys(b.entryPoints).length) > 0;
});

function exists(p) {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

if (watch) {
  for (const b of existing) await (await esbuild.context(b)).watch();
} else {
  await Promise.all(existing.map((b) => esbuild.build(b)));
}
