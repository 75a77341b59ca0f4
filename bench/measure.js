'use strict';
/*
 * bench/measure.js -- runs one command and measures its wall time and peak RSS.
 *
 * Wall time is taken in this process (hrtime from spawn to exit). Peak RSS comes from
 * `/usr/bin/time -f %M -o FILE` when that binary works (GNU time: the child's ru_maxrss, which
 * covers worker threads since they share the process), else from polling /proc/<pid>/status
 * VmHWM every few milliseconds (a lower bound: growth in the last interval can be missed),
 * else it is not measured. PYPTO_BENCH_RSS=time|proc|none forces a method. Also small statistics helpers used by run.js.
 */

const { spawn, spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const TIME_BIN = '/usr/bin/time';
const POLL_MS = 5;

/** The pid of the command being measured, so run.js can stop it on SIGINT/SIGTERM. */
let current;

/** 'time' if GNU-style /usr/bin/time -f %M -o works, else 'proc' if /proc is there, else 'none'. */
function detectRssMethod(tmpDir) {
  const forced = process.env.PYPTO_BENCH_RSS; // 'time' | 'proc' | 'none': to test the fallbacks
  if (['time', 'proc', 'none'].includes(forced)) return forced;
  if (fs.existsSync(TIME_BIN)) {
    const out = path.join(tmpDir, 'time-probe.txt');
    const r = spawnSync(TIME_BIN, ['-f', '%M', '-o', out, process.execPath, '-e', '0'], { stdio: 'ignore' });
    try {
      if (r.status === 0 && /^\d+\s*$/m.test(fs.readFileSync(out, 'utf8'))) return 'time';
    } catch {
      /* fall through */
    }
  }
  return fs.existsSync(`/proc/${process.pid}/status`) ? 'proc' : 'none';
}

function describeRssMethod(method) {
  if (method === 'time') return '`/usr/bin/time -f %M` (ru_maxrss of the process, threads included)';
  if (method === 'proc') return `polling /proc/<pid>/status VmHWM every ${POLL_MS} ms (a lower bound)`;
  return 'not measured (neither /usr/bin/time nor /proc available)';
}

function readVmHwmKb(pid) {
  try {
    const m = /^VmHWM:\s+(\d+)\s+kB/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Runs `cmd args` once. `capture`: keep stdout (else it goes to /dev/null); stderr is always kept.
 * Resolves to { ms, code, signal, rssKb, stdout, stderr }.
 */
function runOnce({ cmd, args, cwd, env, capture, method, tmpDir }) {
  return new Promise((resolve, reject) => {
    const rssFile = path.join(tmpDir, `rss-${process.pid}.txt`);
    let file = cmd;
    let argv = args;
    if (method === 'time') {
      fs.rmSync(rssFile, { force: true });
      file = TIME_BIN;
      argv = ['-f', '%M', '-o', rssFile, cmd, ...args];
    }
    const out = [];
    const err = [];
    const start = process.hrtime.bigint();
    let end;
    // own process group, so an interrupt can stop /usr/bin/time and the command under it together
    const child = spawn(file, argv, { cwd, env, detached: true, stdio: ['ignore', capture ? 'pipe' : 'ignore', 'pipe'] });
    current = child.pid;
    if (capture) child.stdout.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => err.push(d));
    let hwm;
    let timer;
    if (method === 'proc') {
      const poll = () => {
        const kb = readVmHwmKb(child.pid);
        if (kb !== undefined) hwm = Math.max(hwm ?? 0, kb);
      };
      poll();
      timer = setInterval(poll, POLL_MS);
    }
    child.on('error', (e) => {
      clearInterval(timer);
      current = undefined;
      reject(e);
    });
    child.on('exit', () => {
      end = process.hrtime.bigint();
      clearInterval(timer);
    });
    child.on('close', (code, signal) => {
      current = undefined;
      let rssKb = method === 'proc' ? hwm : undefined;
      if (method === 'time') {
        // GNU time prepends "Command exited with non-zero status N" / "Command terminated by signal N"
        let text = '';
        try {
          text = fs.readFileSync(rssFile, 'utf8');
        } catch {
          /* no report: leave rssKb undefined */
        }
        const lines = text.trim().split('\n');
        const last = lines[lines.length - 1];
        if (/^\d+$/.test(last)) rssKb = Number(last);
        const sig = /terminated by signal (\d+)/.exec(text);
        if (sig && !signal) signal = `signal ${sig[1]}`;
      }
      resolve({
        ms: Number((end ?? process.hrtime.bigint()) - start) / 1e6,
        code,
        signal,
        rssKb,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
      });
    });
  });
}

/** Sends SIGTERM to the process group of the command being measured, if any (used on interrupt). */
function stopCurrent() {
  if (current !== undefined) {
    try {
      process.kill(-current, 'SIGTERM');
    } catch {
      /* already gone */
    }
  }
}

/**
 * CPU accounting from /proc (Linux only, else undefined): machine-wide busy and total ticks, and
 * this process's own ticks including its reaped children (the measured commands).
 */
function cpuSnapshot() {
  try {
    const f = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
    const [user, nice, system, idle, iowait, irq, softirq, steal] = f;
    // fields after the ")" of /proc/self/stat: utime stime cutime cstime are 12..15 there
    const self = fs.readFileSync('/proc/self/stat', 'utf8');
    const t = self.slice(self.lastIndexOf(')') + 2).split(' ').map(Number);
    return { busy: user + nice + system + irq + softirq + (steal || 0), total: user + nice + system + idle + iowait + irq + softirq + (steal || 0), own: t[11] + t[12] + t[13] + t[14] };
  } catch {
    return undefined;
  }
}

/** Percent of all CPUs used by other processes between two snapshots (undefined if unknown). */
function foreignCpuPercent(a, b) {
  if (!a || !b || b.total <= a.total) return undefined;
  return Math.max(0, (100 * (b.busy - a.busy - (b.own - a.own))) / (b.total - a.total));
}

function median(xs) {
  if (!xs.length) return undefined;
  const s = xs.slice().sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function min(xs) {
  return xs.length ? Math.min(...xs) : undefined;
}

function max(xs) {
  const d = xs.filter((x) => x !== undefined);
  return d.length ? Math.max(...d) : undefined;
}

module.exports = { detectRssMethod, describeRssMethod, runOnce, stopCurrent, cpuSnapshot, foreignCpuPercent, median, min, max };
