/**
 * A minimal JSON-RPC client that spawns `node dist/server.js --stdio`, for LSP tests: requests,
 * notifications, server-to-client requests (answered by handlers) and a wait for published diagnostics.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { resolve } from 'node:path';

type Handler = (params: any) => unknown;

export class LspClient {
  private proc: ChildProcessWithoutNullStreams;
  private buf = Buffer.alloc(0);
  private nextId = 1;
  private pending = new Map<number, { resolve: (v: any) => void; reject: (e: Error) => void }>();
  private handlers = new Map<string, Handler>();
  private listeners: ((msg: any) => void)[] = [];
  readonly notifications: { method: string; params: any }[] = [];
  stderr = '';

  constructor(args: string[] = ['--stdio']) {
    this.proc = spawn(process.execPath, [resolve(__dirname, '../../../dist/server.js'), ...args], { stdio: 'pipe' });
    this.proc.stdout.on('data', (d: Buffer) => this.onData(d));
    this.proc.stderr.on('data', (d: Buffer) => (this.stderr += d.toString()));
    this.onRequest('workspace/configuration', (p) => p.items.map(() => this.settings));
    this.onRequest('client/registerCapability', () => null);
    this.onRequest('window/workDoneProgress/create', () => null);
  }

  /** What `workspace/configuration` answers for the `mudaqqiq` section. */
  settings: Record<string, unknown> = {};

  onRequest(method: string, h: Handler): void {
    this.handlers.set(method, h);
  }

  private onData(d: Buffer): void {
    this.buf = Buffer.concat([this.buf, d]);
    for (;;) {
      const headerEnd = this.buf.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const len = Number(/Content-Length: (\d+)/i.exec(this.buf.subarray(0, headerEnd).toString())![1]);
      if (this.buf.length < headerEnd + 4 + len) return;
      const msg = JSON.parse(this.buf.subarray(headerEnd + 4, headerEnd + 4 + len).toString('utf8'));
      this.buf = this.buf.subarray(headerEnd + 4 + len);
      this.dispatch(msg);
    }
  }

  private dispatch(msg: any): void {
    if (msg.id !== undefined && msg.method === undefined) {
      const p = this.pending.get(msg.id);
      this.pending.delete(msg.id);
      if (msg.error) p?.reject(new Error(msg.error.message));
      else p?.resolve(msg.result);
      return;
    }
    if (msg.id !== undefined) {
      const h = this.handlers.get(msg.method);
      Promise.resolve(h ? h(msg.params) : null).then((result) => this.send({ jsonrpc: '2.0', id: msg.id, result }));
      return;
    }
    this.notifications.push({ method: msg.method, params: msg.params });
    for (const l of [...this.listeners]) l(msg);
  }

  private send(msg: object): void {
    const body = Buffer.from(JSON.stringify(msg), 'utf8');
    this.proc.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.proc.stdin.write(body);
  }

  request<T = any>(method: string, params: unknown): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((res, rej) => {
      this.pending.set(id, { resolve: res, reject: rej });
      this.send({ jsonrpc: '2.0', id, method, params });
    });
  }

  notify(method: string, params: unknown): void {
    this.send({ jsonrpc: '2.0', method, params });
  }

  /** Waits for a notification matching `pred` (including ones already received after `since`). */
  waitFor(method: string, pred: (params: any) => boolean, timeoutMs = 5000, since = 0): Promise<any> {
    const seen = this.notifications.slice(since).find((n) => n.method === method && pred(n.params));
    if (seen) return Promise.resolve(seen.params);
    return new Promise((res, rej) => {
      const timer = setTimeout(() => {
        this.listeners = this.listeners.filter((l) => l !== listener);
        rej(new Error(`timeout waiting for ${method}`));
      }, timeoutMs);
      const listener = (msg: any) => {
        if (msg.method === method && pred(msg.params)) {
          clearTimeout(timer);
          this.listeners = this.listeners.filter((l) => l !== listener);
          res(msg.params);
        }
      };
      this.listeners.push(listener);
    });
  }

  /** Diagnostics published for `uri` at `version`. */
  diagnostics(uri: string, version?: number, timeoutMs = 5000): Promise<any[]> {
    return this.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri && (version === undefined || p.version === version), timeoutMs, 0).then((p) => p.diagnostics);
  }

  async initialize(opts: { rootPath?: string; locale?: string; configuration?: boolean } = {}): Promise<any> {
    const rootUri = opts.rootPath ? 'file://' + opts.rootPath : null;
    const result = await this.request('initialize', {
      processId: process.pid,
      locale: opts.locale ?? 'en',
      rootUri,
      workspaceFolders: opts.rootPath ? [{ uri: rootUri, name: 'ws' }] : null,
      capabilities: {
        workspace: { configuration: opts.configuration ?? true, didChangeWatchedFiles: { dynamicRegistration: true }, workspaceEdit: { documentChanges: true, resourceOperations: ['create'] } },
        textDocument: { publishDiagnostics: { relatedInformation: true, versionSupport: true }, codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source'] } } } },
        window: { workDoneProgress: true },
      },
    });
    this.notify('initialized', {});
    return result;
  }

  async shutdown(): Promise<void> {
    try {
      await Promise.race([this.request('shutdown', null), new Promise((r) => setTimeout(r, 2000))]);
      this.notify('exit', null);
    } finally {
      setTimeout(() => this.proc.kill(), 200).unref();
    }
  }
}

/** Applies LSP text edits (line/character ranges) to a text, as an editor would. */
export function applyLspEdits(text: string, edits: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }[]): string {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const off = (p: { line: number; character: number }) => (p.line >= lineStarts.length ? text.length : lineStarts[p.line]! + p.character);
  const sorted = [...edits].sort((a, b) => off(b.range.start) - off(a.range.start));
  let out = text;
  for (const e of sorted) out = out.slice(0, off(e.range.start)) + e.newText + out.slice(off(e.range.end));
  return out;
}
