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
exports.runInWorkers = runInWorkers;
const fs = __importStar(require("fs"));
const path = __importStar(require("path"));
const worker_threads_1 = require("worker_threads");
const analyze_group_1 = require("./analyze-group");
const memory_1 = require("./memory");
const pipeline_1 = require("./pipeline");
const serialize_1 = require("./serialize");
const work_1 = require("../work");
/** The compiled worker script (tests run from src/, so look in dist/ too). */
function workerScript() {
    const here = path.join(__dirname, 'worker.js');
    return fs.existsSync(here) ? here : path.join(__dirname, '..', '..', 'dist', 'run', 'worker.js');
}
/**
 * Analyzes groups with a fixed pool of `opts.workers` threads, the main thread
 * being one of them (largest groups first), and returns their results in the
 * groups' order. A crash in a worker is a bug and is rethrown with the
 * worker's stack.
 */
async function runInWorkers(groups, opts, roots, all) {
    const size = Math.min(opts.workers, groups.length);
    const { onProgress, signal, session, ...plain } = opts; // functions, signals and sessions cannot cross threads
    const order = groups.map((_, i) => i).sort((a, b) => groups[b].length - groups[a].length);
    const results = new Array(groups.length);
    const total = groups.reduce((n, g) => n + g.length, 0);
    const allFiles = [...all];
    let done = 0;
    const record = (i, result) => {
        results[i] = result;
        done += groups[i].length;
        onProgress?.(done, total);
    };
    // the main thread takes jobs too: on 2 cores that is one worker, not two plus an idle main thread
    // unref: a worker never keeps the process alive, whatever happens to the run
    const pool = Array.from({ length: size - 1 }, () => {
        const worker = new worker_threads_1.Worker(workerScript());
        worker.unref();
        return worker;
    });
    const local = async () => {
        for (let next = order.shift(); next !== undefined; next = order.shift()) {
            record(next, await (0, analyze_group_1.analyzeGroup)(groups[next], plain, roots, all, session));
            (0, memory_1.collectIfAbove)(pipeline_1.GROUP_HEAP_MB);
            await new Promise((r) => setImmediate(r)); // let worker replies in
        }
    };
    try {
        await Promise.all([
            local(),
            ...pool.map(async (worker) => {
                for (let next = order.shift(); next !== undefined; next = order.shift()) {
                    const job = { id: next, files: groups[next], opts: plain, roots, all: allFiles };
                    const reply = await new Promise((resolve, reject) => {
                        const onError = (e) => settle(() => reject(e));
                        // a worker that dies without replying must fail the run, not leave it waiting forever
                        const onExit = (code) => settle(() => reject(new Error(`worker exited with code ${code} before replying`)));
                        const onMessage = (m) => settle(() => resolve(m));
                        const settle = (then) => {
                            worker.off('error', onError).off('exit', onExit).off('message', onMessage);
                            then();
                        };
                        worker.once('message', onMessage).once('error', onError).once('exit', onExit);
                        worker.postMessage(job);
                    });
                    if (reply.crash)
                        throw new Error(`worker failed: ${reply.crash}`);
                    record(next, { files: reply.files.map(serialize_1.loadFile), read: new Map(reply.read), strays: reply.strays, work: new work_1.WorkCounts().add(reply.work ?? {}) });
                }
            }),
        ]);
    }
    finally {
        await terminateAll(pool, TERMINATE_WAIT_MS);
    }
    return results;
}
/** How long to wait for workers to stop before leaving them (they are unref'd, so they cannot hold the process). */
const TERMINATE_WAIT_MS = 2000;
/** Terminates every worker, waiting at most `ms` for them to stop. */
async function terminateAll(pool, ms) {
    let timer;
    const bound = new Promise((resolve) => {
        timer = setTimeout(resolve, ms);
        timer.unref();
    });
    await Promise.race([Promise.all(pool.map((w) => w.terminate().catch(() => undefined))), bound]);
    clearTimeout(timer);
}
//# sourceMappingURL=workers.js.map