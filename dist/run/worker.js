"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const worker_threads_1 = require("worker_threads");
const analyze_group_1 = require("./analyze-group");
const session_1 = require("../analyze/session");
const serialize_1 = require("./serialize");
const memory_1 = require("./memory");
const pipeline_1 = require("./pipeline");
// Each worker analyzes whole groups: a group's trees never cross threads. A worker lives for one
// run, and its groups share what the run shares (library parses, what exists on disk).
const session = new session_1.AnalysisSession();
worker_threads_1.parentPort?.on('message', async (job) => {
    try {
        const r = await (0, analyze_group_1.analyzeGroup)(job.files, job.opts, job.roots, new Set(job.all), session);
        worker_threads_1.parentPort.postMessage({ id: job.id, files: r.files.map((f) => (0, serialize_1.storeFile)(f, true)), read: [...r.read], strays: r.strays, work: r.work.toJSON() });
        (0, memory_1.collectIfAbove)(pipeline_1.GROUP_HEAP_MB);
    }
    catch (e) {
        worker_threads_1.parentPort.postMessage({ id: job.id, crash: e?.stack ?? String(e) });
    }
});
//# sourceMappingURL=worker.js.map