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
exports.BUILD_ID_FILE = void 0;
exports.buildId = buildId;
exports.hashSources = hashSources;
const crypto_1 = require("crypto");
const fs = __importStar(require("fs"));
const path = __importStar(require("path"));
/** The file `npm run compile` writes next to the compiled modules. */
exports.BUILD_ID_FILE = 'build-id.json';
let cached;
/**
 * Identifies the code that produced a cached result: the package version plus
 * a hash of the compiled sources. The version alone is not enough: installs
 * from a git URL (pre-commit) keep the version while the analysis changes, and
 * a cached result from older code must never be replayed.
 */
function buildId() {
    if (cached !== undefined)
        return cached;
    const version = require('../package.json').version;
    try {
        const stored = JSON.parse(fs.readFileSync(path.join(__dirname, exports.BUILD_ID_FILE), 'utf8'));
        if (typeof stored.id === 'string' && stored.id)
            return (cached = `${version}+${stored.id}`);
    }
    catch {
        // not a compiled build (tests run the sources): hash them now
    }
    return (cached = `${version}+${hashSources(__dirname)}`);
}
/** sha256 (hex, 16 chars) over every source file under `dir`, by relative path, in a fixed order. */
function hashSources(dir) {
    const hash = (0, crypto_1.createHash)('sha256');
    const walk = (rel) => {
        const entries = fs.readdirSync(path.join(dir, rel), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        for (const e of entries) {
            const child = rel ? `${rel}/${e.name}` : e.name;
            if (e.isDirectory())
                walk(child);
            else if (/\.(ts|js)$/.test(e.name) && !e.name.endsWith('.d.ts'))
                hash.update(child).update('\0').update(fs.readFileSync(path.join(dir, child))).update('\0');
        }
    };
    walk('');
    return hash.digest('hex').slice(0, 16);
}
//# sourceMappingURL=build-id.js.map