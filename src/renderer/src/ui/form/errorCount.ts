/** How many fields hold an error, however deeply the form nests them (rows of a list count each). */
export function errorCount(errors: unknown): number {
  if (typeof errors !== 'object' || errors === null) return 0;
  if ('message' in errors && 'type' in errors) return 1;
  return Object.entries(errors).reduce((sum, [key, child]) => sum + (key === 'ref' ? 0 : errorCount(child)), 0);
}
