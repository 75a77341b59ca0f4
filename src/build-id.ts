import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';

/** The file `npm run compile` writes next to the compiled modules. */
export const BUILD_ID_FILE = 'build-id.json';

let cached: string | undefined;

/**
 * Identifies the code that produced a cached result: the package version plus
 * a hash of the compiled sources. The version alone is not enough: installs
 * from a git URL (pre-commit) keep the version while the analysis changes, and
 * a cached result from older code must never be replayed.
 */
export function buildId(): string {
  if (cached !== undefined) return cached;
  const version: string = require('../package.json').version;
  try {
    const stored = JSON.parse(fs.readFileSync(path.join(__dirname, BUILD_ID_FILE), 'utf8')) as { id?: unknown };
    if (typeof stored.id === 'string' && stored.id) return (cached = `${version}+${stored.id}`);
  } catch {
    // not a compiled build (tests run the sources): hash them now
  }
  return (cached = `${version}+${hashSources(__dirname)}`);
}

/** sha256 (hex, 16 chars) over every source file under `dir`, by relative path, in a fixed order. */
export function hashSources(dir: string): string {
  const hash = createHash('sha256');
  const walk = (rel: string): void => {
    const entries = fs.readdirSync(path.join(dir, rel), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const child = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(child);
      else if (/\.(ts|js)$/.test(e.name) && !e.name.endsWith('.d.ts')) hash.update(child).update('\0').update(fs.readFileSync(path.join(dir, child))).update('\0');
    }
  };
  walk('');
  return hash.digest('hex').slice(0, 16);
}
