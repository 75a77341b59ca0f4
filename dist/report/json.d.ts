import { RunReport } from './summary';
/** The JSON report: one object, version 1, paths relative to the working directory. */
export declare function renderJson(report: RunReport): string;
