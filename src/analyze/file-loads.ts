// the scan moved to facts/ (it is a per-file fact); kept here for code that imports it from analyze/
export { fileLoadedModules, siblingIn } from '../facts/file-loads';
