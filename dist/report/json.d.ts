import { RunReport } from './summary';
/** The JSON report: one object, version 1, paths relative to the working directory; the findings are the run's reported set (`select.ts`). */
export declare function renderJson(report: RunReport): string;
