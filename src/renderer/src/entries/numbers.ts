/** Counts as the reader writes them: "2,000" in English, "2000" or "2.000" in Spanish. */
const formatters = new Map<string, Intl.NumberFormat>();

export function formatCount(count: number, language: string): string {
  let formatter = formatters.get(language);
  if (formatter === undefined) {
    formatter = new Intl.NumberFormat(language);
    formatters.set(language, formatter);
  }
  return formatter.format(count);
}
