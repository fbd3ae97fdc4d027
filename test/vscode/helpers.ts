// Helpers for the extension-host suite. Public `vscode` API only: what any extension could observe.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'mudaqqiq.mudaqqiq';
export const SOURCE = 'mudaqqiq';
/** How long the server may take to answer a change (it is usually a few hundred ms). */
export const WAIT_MS = 20_000;

/** Whether the workbench runs in Arabic (the server then speaks Arabic). */
export const arabicUi = vscode.env.language.toLowerCase().startsWith('ar');

/** Picks the text of a bilingual message the way the server does for this workbench's language. */
export function localized(text: { ar: string; en: string }): string {
  return arabicUi ? text.ar : text.en;
}

export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the suite needs the fixture workspace open (test/fixtures/workspace)');
  return folder.uri;
}

export function workspaceFile(relative: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), ...relative.split('/'));
}

export async function activateExtension(): Promise<vscode.Extension<unknown>> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not installed`);
  await ext.activate();
  return ext;
}

/** Opens a file of the fixture workspace in an editor. */
export async function openFixture(relative: string): Promise<vscode.TextEditor> {
  await activateExtension();
  const doc = await vscode.workspace.openTextDocument(workspaceFile(relative));
  return vscode.window.showTextDocument(doc);
}

let scratchCount = 0;
/**
 * Writes `text` to a new file `scratch/<n>-<name>` of the workspace and opens it: tests that edit text get
 * their own file, so they never disturb each other or the shared fixtures. Removed by `closeScratchFiles`.
 */
export async function openScratch(name: string, text: string): Promise<vscode.TextEditor> {
  await activateExtension();
  const uri = workspaceFile(`scratch/${++scratchCount}-${name}`);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  const doc = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(doc);
}

export async function closeScratchFiles(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  await vscode.workspace.fs.delete(workspaceFile('scratch'), { recursive: true, useTrash: false }).then(undefined, () => undefined);
}

/** Mudaqqiq's diagnostics on a document (optionally of one rule), in document order. */
export function diagnosticsOf(uri: vscode.Uri, rule?: string): vscode.Diagnostic[] {
  return vscode.languages
    .getDiagnostics(uri)
    .filter((d) => d.source === SOURCE && (!rule || codeOf(d) === rule))
    .sort((a, b) => a.range.start.compareTo(b.range.start));
}

export function codeOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' ? String(d.code.value) : String(d.code);
}

/**
 * Waits until Mudaqqiq's diagnostics on `uri` (only those of `rule` if given) satisfy `ok` — checked now, on
 * every onDidChangeDiagnostics and every 250 ms — or fails after `timeoutMs` showing what was there.
 * Returns the diagnostics.
 */
export async function waitForDiagnostics(
  uri: vscode.Uri,
  ok: (diagnostics: vscode.Diagnostic[]) => boolean,
  what: string,
  { rule, timeoutMs = WAIT_MS }: { rule?: string; timeoutMs?: number } = {},
): Promise<vscode.Diagnostic[]> {
  const current = () => diagnosticsOf(uri, rule);
  if (ok(current())) return current();
  return new Promise((resolve, reject) => {
    const finish = (error?: Error) => {
      listener.dispose();
      clearInterval(poll);
      clearTimeout(timer);
      if (error) reject(error);
      else resolve(current());
    };
    const check = () => {
      if (ok(current())) finish();
    };
    const listener = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) check();
    });
    const poll = setInterval(check, 250);
    const timer = setTimeout(
      () => finish(new Error(`timed out after ${timeoutMs} ms waiting for ${what}${rule ? ` of ${rule}` : ''} on ${vscode.workspace.asRelativePath(uri)}; diagnostics now:\n${listDiagnostics(diagnosticsOf(uri))}`)),
      timeoutMs,
    );
  });
}

/** Waits for exactly `count` Mudaqqiq diagnostics (of `rule` if given). */
export function waitForCount(uri: vscode.Uri, count: number, rule?: string): Promise<vscode.Diagnostic[]> {
  return waitForDiagnostics(uri, (d) => d.length === count, `${count} diagnostic(s)`, { rule });
}

/**
 * Asserts that nothing arrives: waits `ms` and checks the count is still `count` (for "this file is not
 * checked" cases, where there is no event to wait for).
 */
export async function assertStaysAt(uri: vscode.Uri, count: number, { rule, ms = 3000 }: { rule?: string; ms?: number } = {}): Promise<void> {
  await sleep(ms);
  const found = diagnosticsOf(uri, rule);
  assert.equal(found.length, count, `expected ${count} diagnostic(s)${rule ? ` of ${rule}` : ''}, got:\n${listDiagnostics(found)}`);
}

export function listDiagnostics(diagnostics: readonly vscode.Diagnostic[]): string {
  if (!diagnostics.length) return '  (none)';
  return diagnostics
    .map((d) => `  ${rangeText(d.range)} [${codeOf(d)}] ${vscode.DiagnosticSeverity[d.severity]}: ${d.message}`)
    .join('\n');
}

export function rangeText(r: vscode.Range): string {
  return `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;
}

/**
 * The range of `needle` in the document, narrowed to [from, to) inside the needle (default: all of it).
 * Expected ranges are written as "this piece of this phrase", so they stay exact and readable in Arabic.
 */
export function rangeOf(doc: vscode.TextDocument, needle: string, from = 0, to = needle.length): vscode.Range {
  const text = doc.getText();
  const at = text.indexOf(needle);
  assert.ok(at >= 0, `«${needle}» is not in ${vscode.workspace.asRelativePath(doc.uri)}`);
  assert.equal(text.indexOf(needle, at + 1), -1, `«${needle}» occurs more than once; use a longer phrase`);
  return new vscode.Range(doc.positionAt(at + from), doc.positionAt(at + to));
}

export async function hoverText(uri: vscode.Uri, position: vscode.Position): Promise<string> {
  const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position)) ?? [];
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n');
}

export async function codeActions(uri: vscode.Uri, range: vscode.Range): Promise<vscode.CodeAction[]> {
  const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
    'vscode.executeCodeActionProvider',
    uri,
    range,
  );
  return (actions ?? []).filter((a): a is vscode.CodeAction => !('command' in a && typeof a.command === 'string'));
}

/** Applies a code action the way the editor does: its edit, then its command. */
export async function applyCodeAction(action: vscode.CodeAction): Promise<void> {
  if (action.edit) assert.ok(await vscode.workspace.applyEdit(action.edit), `applying «${action.title}» failed`);
  if (action.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
}

/** Sets a `mudaqqiq.*` setting in the workspace (.vscode/settings.json of the temp workspace). */
export async function setSetting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('mudaqqiq').update(key, value, vscode.ConfigurationTarget.Workspace);
}

export async function writeWorkspaceFile(relative: string, text: string): Promise<vscode.Uri> {
  const uri = workspaceFile(relative);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  return uri;
}

export async function deleteWorkspaceFile(relative: string): Promise<void> {
  await vscode.workspace.fs.delete(workspaceFile(relative), { useTrash: false }).then(undefined, () => undefined);
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Opens a copy of a fixture as a scratch draft, for tests that change the text (the fixture stays as it is). */
export async function openFixtureCopy(relative: string): Promise<vscode.TextEditor> {
  const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceFile(relative)));
  return openScratch(relative.split('/').pop()!, text);
}

/** The team file of the workspace root. */
export const TEAM_FILE = '.mudaqqiq.json';

export async function readWorkspaceFile(relative: string): Promise<string | undefined> {
  return vscode.workspace.fs.readFile(workspaceFile(relative)).then(
    (bytes) => new TextDecoder().decode(bytes),
    () => undefined,
  );
}

/**
 * Applies a code action whose workspace edit writes the team file (it creates the file when missing), saves
 * the team file if the edit left it unsaved, and returns what is then on disk.
 */
export async function applyTeamFileAction(action: vscode.CodeAction): Promise<string | undefined> {
  assert.ok(action.edit?.has(workspaceFile(TEAM_FILE)), `«${action.title}» does not edit ${TEAM_FILE}`);
  await applyCodeAction(action);
  const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === workspaceFile(TEAM_FILE).toString());
  if (doc?.isDirty) assert.ok(await doc.save(), `saving ${TEAM_FILE} failed`);
  return readWorkspaceFile(TEAM_FILE);
}

/**
 * Puts the team file back to "no team file": its buffer, if VS Code still holds one (the server reads an
 * open buffer before the disk), is emptied to `{}` and saved, then the file is deleted.
 */
export async function resetTeamFile(): Promise<void> {
  const uri = workspaceFile(TEAM_FILE);
  const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (doc && !doc.isClosed) {
    const edit = new vscode.WorkspaceEdit();
    edit.replace(uri, new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length)), '{}\n');
    await vscode.workspace.applyEdit(edit);
    await doc.save();
  }
  await deleteWorkspaceFile(TEAM_FILE);
}

/** The code action titled `title` (in the workbench's language), or a failure listing what was offered. */
export function findAction(actions: vscode.CodeAction[], title: { ar: string; en: string }): vscode.CodeAction {
  const action = actions.find((a) => a.title === localized(title));
  assert.ok(action, `no code action «${localized(title)}»; offered: ${actions.map((a) => a.title).join(' | ') || '(none)'}`);
  return action;
}
