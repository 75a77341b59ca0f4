import * as path from 'path';
import { fileURLToPath } from 'url';
import {
  CodeActionKind,
  createConnection,
  DidChangeWatchedFilesNotification,
  InitializeResult,
  MessageType,
  ShowMessageNotification,
  TextDocuments,
  TextDocumentSyncKind,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ToolError } from '../errors';
import type { FileResult } from '../run/pipeline';
import { describeError } from '../report/summary';
import { codeActions, FIX_ALL_KIND } from './actions';
import { diagnosticsOf } from './diagnostics';
import { hoverAt } from './hover';
import { Scheduler } from './scheduler';
import { SettingsOf, Workspace } from './workspace';

/** Options of `pypto-direction server`. */
export interface ServerOptions {
  /** A folder's settings: its config file and the server's flags, resolved by the CLI's resolver. */
  settingsOf: SettingsOf;
  /** Debounce after a change, in ms. */
  debounceMs?: number;
}

/** What the last finished analysis said about an open document, at the version it read. */
interface Analyzed {
  version: number;
  result?: FileResult;
  /** The scope's folder (or the lone file's directory), for relative paths. */
  base: string;
}

const pathOf = (uri: string) => (uri.startsWith('file:') ? fileURLToPath(uri) : undefined);

/**
 * Runs the language server on stdin/stdout until the client sends `exit`
 * (or closes the stream); the process then exits (code 0 after `shutdown`,
 * else 1). The returned promise never settles: the server owns the process.
 */
export function startServer(options: ServerOptions): Promise<never> {
  // raw streams (not message readers): the library then also exits when the client closes stdin
  const connection = createConnection(process.stdin, process.stdout);
  // stdout carries the protocol: anything logged goes to the client's log instead
  console.log = console.info = console.warn = (...args: unknown[]) => connection.console.log(args.map(String).join(' '));
  // a bug in one request must not take the editor's server down
  process.on('unhandledRejection', (e) => connection.console.error(`pypto-direction: ${(e as Error)?.stack ?? String(e)}`));
  const documents = new TextDocuments(TextDocument);
  const workspace = new Workspace(options.settingsOf);
  const analyzed = new Map<string, Analyzed>();
  const shown = new Set<string>();
  const debounce = options.debounceMs ?? 200;
  let watchFolders = false;

  const openIn = (key: string) => documents.all().filter((d) => pathOf(d.uri) && workspace.scopeOf(pathOf(d.uri)!).key === key);

  const scheduler = new Scheduler(
    async (key, signal) => {
      const docs = openIn(key);
      if (!docs.length) return;
      const versions = new Map(docs.map((d) => [d.uri, d.version]));
      const overlay = new Map(documents.all().flatMap((d) => (pathOf(d.uri) ? [[path.resolve(pathOf(d.uri)!), Buffer.from(d.getText(), 'utf8')] as const] : [])));
      const scope = workspace.scopeOf(pathOf(docs[0].uri)!);
      let out;
      try {
        out = await workspace.analyze(scope, docs.map((d) => pathOf(d.uri)!), overlay, signal);
      } catch (e) {
        if (!(e instanceof ToolError)) throw e;
        // a bad pyproject.toml: say so once, publish nothing for the scope
        const message = `pypto-direction: ${describeError(e, scope.key)}`;
        // a notification, not showErrorMessage (a request a client may not answer)
        if (!shown.has(message)) void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Error, message });
        shown.add(message);
        return;
      }
      if (signal.aborted) return; // superseded while running: a newer run publishes
      const base = scope.folder ? scope.key : path.dirname(scope.key);
      for (const doc of docs) {
        const current = documents.get(doc.uri);
        if (!current || current.version !== versions.get(doc.uri)) continue;
        const result = out.files.get(path.resolve(pathOf(doc.uri)!));
        analyzed.set(doc.uri, { version: versions.get(doc.uri)!, result, base });
        connection.sendDiagnostics({ uri: doc.uri, version: current.version, diagnostics: result ? diagnosticsOf(result, current, out.severity) : [] });
      }
    },
    (key, e) => connection.console.error(`pypto-direction: analysis of ${key} failed: ${(e as Error)?.stack ?? String(e)}`),
  );
  const schedule = (uri: string, delay: number) => {
    const file = pathOf(uri);
    if (file) scheduler.schedule(workspace.scopeOf(file).key, delay);
  };
  const scheduleAll = () => new Set(documents.all().flatMap((d) => (pathOf(d.uri) ? [workspace.scopeOf(pathOf(d.uri)!).key] : []))).forEach((k) => scheduler.schedule(k, debounce));

  connection.onInitialize((params): InitializeResult => {
    const folders = params.workspaceFolders?.map((f) => pathOf(f.uri)) ?? [params.rootUri ? pathOf(params.rootUri) : (params.rootPath ?? undefined)];
    workspace.setFolders(folders.filter((f): f is string => !!f));
    watchFolders = !!params.capabilities.workspace?.workspaceFolders;
    const watch = !!params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    connection.onInitialized(() => {
      if (watch) void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*.py' }, { globPattern: '**/pyproject.toml' }] });
      if (watchFolders) {
        connection.workspace.onDidChangeWorkspaceFolders((e) => {
          workspace.changeFolders(e.added.flatMap((f) => pathOf(f.uri) ?? []), e.removed.flatMap((f) => pathOf(f.uri) ?? []));
          scheduleAll();
        });
      }
    });
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        hoverProvider: true,
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'pypto-direction', version: require('../../package.json').version },
    };
  });

  const opened = new Set<string>();
  documents.onDidOpen((e) => opened.add(e.document.uri));
  documents.onDidChangeContent((e) => schedule(e.document.uri, opened.delete(e.document.uri) ? 0 : debounce));
  documents.onDidSave((e) => schedule(e.document.uri, 0));
  documents.onDidClose((e) => {
    analyzed.delete(e.document.uri);
    connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
    schedule(e.document.uri, debounce); // its unsaved text no longer counts for its importers
  });
  connection.onDidChangeWatchedFiles(() => scheduleAll());

  /** The analysis of a document if it is for the text the editor has now. */
  const current = (uri: string) => {
    const doc = documents.get(uri);
    const state = analyzed.get(uri);
    return doc && state?.result && state.version === doc.version ? { doc, state, result: state.result } : undefined;
  };
  connection.onCodeAction(async (params) => {
    const hit = current(params.textDocument.uri);
    return hit ? codeActions(hit.doc, hit.result, params.range, params.context.diagnostics, params.context.only) : [];
  });
  connection.onHover((params) => {
    const hit = current(params.textDocument.uri);
    return hit ? hoverAt(hit.doc, hit.result, params.position, hit.state.base) : undefined;
  });
  connection.onShutdown(() => scheduler.stop());

  documents.listen(connection);
  connection.listen();
  return new Promise<never>(() => {});
}
