/**
 * The VS Code client: starts the bundled language server (IPC), wires the UI (status bar, commands,
 * output channel). No checking logic here.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, State, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

let client: LanguageClient | undefined;
let status: vscode.StatusBarItem;
let output: vscode.LogOutputChannel;

const SERVER_FIX_ALL_COMMAND = 'mudaqqiq.server.fixAll';

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  output = vscode.window.createOutputChannel('Mudaqqiq', { log: true });
  status = vscode.window.createStatusBarItem('mudaqqiq.status', vscode.StatusBarAlignment.Right, 100);
  status.name = 'Mudaqqiq';
  status.command = 'mudaqqiq.showOutput';
  context.subscriptions.push(output, status);

  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { language: 'arabic-news' },
      { language: 'markdown' },
      { language: 'plaintext' },
      { language: 'json', pattern: '**/.mudaqqiq.json' },
      { language: 'jsonc', pattern: '**/.mudaqqiq.json' },
    ],
    outputChannel: output,
    synchronize: { configurationSection: 'mudaqqiq' },
  };
  client = new LanguageClient('mudaqqiq', 'Mudaqqiq', serverOptions, clientOptions);
  context.subscriptions.push(
    client.onDidChangeState((e) => updateStatus(e.newState)),
    vscode.languages.onDidChangeDiagnostics(() => updateStatus()),
    vscode.window.onDidChangeActiveTextEditor(() => updateStatus()),
    vscode.commands.registerCommand('mudaqqiq.fixAll', fixAllInActiveDocument),
    vscode.commands.registerCommand('mudaqqiq.restartServer', async () => {
      output.info(vscode.l10n.t('Restarting the Mudaqqiq server…'));
      await client?.restart();
    }),
    vscode.commands.registerCommand('mudaqqiq.showOutput', () => output.show(true)),
  );
  updateStatus(State.Starting);
  await client.start();
}

async function fixAllInActiveDocument(): Promise<{ count: number } | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || !client) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open an article to fix.'));
    return undefined;
  }
  const result = (await client.sendRequest('workspace/executeCommand', {
    command: SERVER_FIX_ALL_COMMAND,
    arguments: [editor.document.uri.toString()],
  })) as { applied: boolean; count: number } | null;
  const count = result?.count ?? 0;
  vscode.window.setStatusBarMessage(count ? vscode.l10n.t('Mudaqqiq: fixes applied: {0}', count) : vscode.l10n.t('Mudaqqiq: nothing to fix'), 4000);
  return { count };
}

let lastState: State = State.Starting;
function updateStatus(state?: State): void {
  if (state !== undefined) lastState = state;
  if (lastState === State.Stopped) {
    status.text = '$(error) ' + vscode.l10n.t('Mudaqqiq: stopped');
    status.tooltip = vscode.l10n.t('The Mudaqqiq server is not running. Click to show its output.');
  } else if (lastState === State.Starting) {
    status.text = '$(sync~spin) ' + vscode.l10n.t('Mudaqqiq');
    status.tooltip = vscode.l10n.t('The Mudaqqiq server is starting.');
  } else {
    const doc = vscode.window.activeTextEditor?.document;
    const count = doc ? vscode.languages.getDiagnostics(doc.uri).filter((d) => d.source === 'mudaqqiq').length : 0;
    status.text = count ? `$(warning) ${vscode.l10n.t('Mudaqqiq')} ${count}` : `$(check) ${vscode.l10n.t('Mudaqqiq')}`;
    status.tooltip = count ? vscode.l10n.t('Problems in this article: {0}. Click to show the output.', count) : vscode.l10n.t('No problems in this article.');
  }
  status.show();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
