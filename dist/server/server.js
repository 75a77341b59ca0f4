"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.startServer = startServer;
const path = __importStar(require("path"));
const url_1 = require("url");
const node_1 = require("vscode-languageserver/node");
const vscode_languageserver_textdocument_1 = require("vscode-languageserver-textdocument");
const errors_1 = require("../errors");
const summary_1 = require("../report/summary");
const actions_1 = require("./actions");
const diagnostics_1 = require("./diagnostics");
const hover_1 = require("./hover");
const scheduler_1 = require("./scheduler");
const workspace_1 = require("./workspace");
const pathOf = (uri) => (uri.startsWith('file:') ? (0, url_1.fileURLToPath)(uri) : undefined);
/**
 * Runs the language server on stdin/stdout until the client sends `exit`
 * (or closes the stream); the process then exits (code 0 after `shutdown`,
 * else 1). The returned promise never settles: the server owns the process.
 */
function startServer(options) {
    // raw streams (not message readers): the library then also exits when the client closes stdin
    const connection = (0, node_1.createConnection)(process.stdin, process.stdout);
    // stdout carries the protocol: anything logged goes to the client's log instead
    console.log = console.info = console.warn = (...args) => connection.console.log(args.map(String).join(' '));
    // a bug in one request must not take the editor's server down
    process.on('unhandledRejection', (e) => connection.console.error(`pypto-direction: ${e?.stack ?? String(e)}`));
    const documents = new node_1.TextDocuments(vscode_languageserver_textdocument_1.TextDocument);
    const workspace = new workspace_1.Workspace(options.settingsOf);
    const analyzed = new Map();
    const shown = new Set();
    const debounce = options.debounceMs ?? 200;
    let watchFolders = false;
    const openIn = (key) => documents.all().filter((d) => pathOf(d.uri) && workspace.scopeOf(pathOf(d.uri)).key === key);
    const scheduler = new scheduler_1.Scheduler(async (key, signal) => {
        const docs = openIn(key);
        if (!docs.length)
            return;
        const versions = new Map(docs.map((d) => [d.uri, d.version]));
        const overlay = new Map(documents.all().flatMap((d) => (pathOf(d.uri) ? [[path.resolve(pathOf(d.uri)), Buffer.from(d.getText(), 'utf8')]] : [])));
        const scope = workspace.scopeOf(pathOf(docs[0].uri));
        let out;
        try {
            out = await workspace.analyze(scope, docs.map((d) => pathOf(d.uri)), overlay, signal);
        }
        catch (e) {
            if (!(e instanceof errors_1.ToolError))
                throw e;
            // a bad pyproject.toml: say so once, publish nothing for the scope
            const message = `pypto-direction: ${(0, summary_1.describeError)(e, scope.key)}`;
            // a notification, not showErrorMessage (a request a client may not answer)
            if (!shown.has(message))
                void connection.sendNotification(node_1.ShowMessageNotification.type, { type: node_1.MessageType.Error, message });
            shown.add(message);
            return;
        }
        if (signal.aborted)
            return; // superseded while running: a newer run publishes
        const base = scope.folder ? scope.key : path.dirname(scope.key);
        for (const doc of docs) {
            const current = documents.get(doc.uri);
            if (!current || current.version !== versions.get(doc.uri))
                continue;
            const result = out.files.get(path.resolve(pathOf(doc.uri)));
            analyzed.set(doc.uri, { version: versions.get(doc.uri), result, base });
            connection.sendDiagnostics({ uri: doc.uri, version: current.version, diagnostics: result ? (0, diagnostics_1.diagnosticsOf)(result, current, out.severity) : [] });
        }
    }, (key, e) => connection.console.error(`pypto-direction: analysis of ${key} failed: ${e?.stack ?? String(e)}`));
    const schedule = (uri, delay) => {
        const file = pathOf(uri);
        if (file)
            scheduler.schedule(workspace.scopeOf(file).key, delay);
    };
    const scheduleAll = () => new Set(documents.all().flatMap((d) => (pathOf(d.uri) ? [workspace.scopeOf(pathOf(d.uri)).key] : []))).forEach((k) => scheduler.schedule(k, debounce));
    connection.onInitialize((params) => {
        const folders = params.workspaceFolders?.map((f) => pathOf(f.uri)) ?? [params.rootUri ? pathOf(params.rootUri) : (params.rootPath ?? undefined)];
        workspace.setFolders(folders.filter((f) => !!f));
        watchFolders = !!params.capabilities.workspace?.workspaceFolders;
        const watch = !!params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration;
        connection.onInitialized(() => {
            if (watch)
                void connection.client.register(node_1.DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*.py' }, { globPattern: '**/pyproject.toml' }] });
            if (watchFolders) {
                connection.workspace.onDidChangeWorkspaceFolders((e) => {
                    workspace.changeFolders(e.added.flatMap((f) => pathOf(f.uri) ?? []), e.removed.flatMap((f) => pathOf(f.uri) ?? []));
                    scheduleAll();
                });
            }
        });
        return {
            capabilities: {
                textDocumentSync: { openClose: true, change: node_1.TextDocumentSyncKind.Incremental, save: { includeText: false } },
                codeActionProvider: { codeActionKinds: [node_1.CodeActionKind.QuickFix, actions_1.FIX_ALL_KIND] },
                hoverProvider: true,
                workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
            },
            serverInfo: { name: 'pypto-direction', version: require('../../package.json').version },
        };
    });
    const opened = new Set();
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
    const current = (uri) => {
        const doc = documents.get(uri);
        const state = analyzed.get(uri);
        return doc && state?.result && state.version === doc.version ? { doc, state, result: state.result } : undefined;
    };
    connection.onCodeAction(async (params) => {
        const hit = current(params.textDocument.uri);
        return hit ? (0, actions_1.codeActions)(hit.doc, hit.result, params.range, params.context.diagnostics, params.context.only) : [];
    });
    connection.onHover((params) => {
        const hit = current(params.textDocument.uri);
        return hit ? (0, hover_1.hoverAt)(hit.doc, hit.result, params.position, hit.state.base) : undefined;
    });
    connection.onShutdown(() => scheduler.stop());
    documents.listen(connection);
    connection.listen();
    return new Promise(() => { });
}
//# sourceMappingURL=server.js.map