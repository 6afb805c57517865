/** A string matched literally inside a regular expression ("Acme Inc." → "Acme Inc\."). */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
