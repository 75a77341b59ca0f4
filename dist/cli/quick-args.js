"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.quickArgs = quickArgs;
/** The commands whose plain command lines `quickArgs` reads. */
const QUICK = new Set(['check', 'fix', 'explain']);
/**
 * The parsed arguments of a plain command line, as yargs would give them
 * for what `run` reads (`_`, `paths` and each flag under its long name), or
 * undefined for anything else, which goes to yargs: loading yargs costs
 * more than a whole warm run's cache lookup.
 *
 * Plain means: `check`, `fix` or `explain`; words not starting with `-`
 * (the paths); the long form of flags the command takes, each at most once:
 * a boolean as `--name` or `--no-name`, a string (one that requires a value) or
 * choice as `--name VALUE` with a VALUE not starting with `-` (and among the
 * choices). Short aliases, `--name=value`, repeated or unknown flags, `--`,
 * help and version all fall back, as does anything yargs would reject.
 */
function quickArgs(argv, flagsOf) {
    const [command, ...rest] = argv;
    if (!QUICK.has(command))
        return undefined;
    const flags = new Map(flagsOf(command));
    const args = { _: [command], paths: [] };
    for (let i = 0; i < rest.length; i++) {
        const word = rest[i];
        if (!word.startsWith('-')) {
            args.paths.push(word);
            continue;
        }
        if (!word.startsWith('--') || word.includes('='))
            return undefined;
        let name = word.slice(2);
        let spec = flags.get(name);
        let value;
        if (spec?.type === 'boolean')
            value = true;
        else if (!spec && name.startsWith('no-') && flags.get(name.slice(3))?.type === 'boolean') {
            name = name.slice(3);
            spec = flags.get(name);
            value = false;
        }
        else if (spec && !spec.array && (spec.type === 'string' ? spec.requiresArg : spec.type === undefined && spec.choices)) {
            const next = rest[i + 1];
            if (next === undefined || next.startsWith('-') || (spec.choices && !spec.choices.includes(next)))
                return undefined;
            value = next;
            i++;
        }
        else
            return undefined;
        if (!spec || spec.array || name in args)
            return undefined;
        args[name] = value;
    }
    return args;
}
//# sourceMappingURL=quick-args.js.map