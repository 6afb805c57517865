export function runImport(_args: string[], _root: string): void {
  throw new Error('import: not written yet');
}
