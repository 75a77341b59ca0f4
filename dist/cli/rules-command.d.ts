/**
 * `pypto-direction rules [ids..]`: the rule registry (id, default, fix
 * safety, summary); with ids, each rule's finding kinds and example.
 */
export declare function renderRules(ids: string[]): string;
