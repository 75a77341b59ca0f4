export { fileLoadedModules, siblingIn } from '../facts/file-loads';
