import { ChildProcess, spawn } from 'child_process';
import * as path from 'path';
import { pathToFileURL } from 'url';
import {
  createProtocolConnection,
  Diagnostic,
  ProtocolConnection,
  PublishDiagnosticsNotification,
  PublishDiagnosticsParams,
  ShowMessageNotification,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';

const BIN = path.join(__dirname, '..', '..', 'bin', 'pypto-direction.js');

/** A real LSP client over the stdio of a `pypto-direction server` child process. */
export class LspClient {
  readonly child: ChildProcess;
  readonly connection: ProtocolConnection;
  readonly published: PublishDiagnosticsParams[] = [];
  readonly stderr: string[] = [];
  /** Messages the server asked the editor to show (window/showMessage). */
  readonly shown: Array<{ type: number; message: string }> = [];
  private readonly listeners = new Set<() => void>();
  readonly exited: Promise<number | null>;

  /** `args`: flags after `server --stdio`. */
  constructor(env: Record<string, string>, args: string[] = []) {
    this.child = spawn(process.execPath, [BIN, 'server', '--stdio', ...args], { env: { ...process.env, ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
    this.exited = new Promise((resolve) => this.child.on('exit', (code) => resolve(code)));
    this.child.stderr!.on('data', (d) => this.stderr.push(String(d)));
    this.connection = createProtocolConnection(new StreamMessageReader(this.child.stdout!), new StreamMessageWriter(this.child.stdin!));
    this.connection.onNotification(PublishDiagnosticsNotification.type, (p) => {
      this.published.push(p);
      for (const l of this.listeners) l();
    });
    this.connection.onNotification(ShowMessageNotification.type, (p) => void this.shown.push(p));
    this.connection.listen();
  }

  /** Index of the next publication: waits can start from here. */
  mark(): number {
    return this.published.length;
  }

  /**
   * The first diagnostics published for `file` at index `since` or later that
   * satisfy `ok`; rejects after `ms` with what was published instead.
   */
  diagnostics(file: string, since: number, ok: (d: Diagnostic[]) => boolean = () => true, ms = 20000): Promise<Diagnostic[]> {
    const uri = uriOf(file);
    return new Promise((resolve, reject) => {
      const check = () => {
        const hit = this.published.slice(since).find((p) => p.uri === uri && ok(p.diagnostics));
        if (!hit) return false;
        done();
        resolve(hit.diagnostics);
        return true;
      };
      const timer = setTimeout(() => {
        done();
        const seen = this.published.slice(since).filter((p) => p.uri === uri).map((p) => p.diagnostics.map((d) => `${d.code}@${d.range.start.line}`));
        reject(new Error(`no matching diagnostics for ${file} within ${ms} ms; seen ${JSON.stringify(seen)}; stderr ${this.stderr.join('')}`));
      }, ms);
      const done = () => {
        clearTimeout(timer);
        this.listeners.delete(listener);
      };
      const listener = () => void check();
      this.listeners.add(listener);
      check();
    });
  }

  /** Resolves to the exit code, or rejects if the process is still alive after `ms`. */
  exitCode(ms = 5000): Promise<number | null> {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`server still running ${ms} ms after exit`)), ms)));
    return Promise.race([this.exited, late]).finally(() => clearTimeout(timer));
  }

  kill(): void {
    this.connection.dispose();
    if (this.child.exitCode === null) this.child.kill('SIGKILL');
  }
}

/** The `file:` URI of a path. */
export function uriOf(file: string): string {
  return pathToFileURL(file).href;
}
