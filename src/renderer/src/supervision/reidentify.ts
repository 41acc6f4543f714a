/**
 * A supervisor's words with each pseudonym followed by whom it stands for, "Madre A (María José
 * Pérez)": for the screen only. Longer labels first and whole words only, so "Madre A" is not
 * read inside "Madre AB" and "NNA 1" not inside "NNA 12".
 */
export interface PseudonymName {
  label: string;
  name: string;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function reidentify(text: string, pseudonyms: readonly PseudonymName[]): string {
  const usable = pseudonyms.filter((each) => each.label.trim() !== '');
  if (usable.length === 0) return text;
  const byLabel = new Map(usable.map((each) => [each.label.toLocaleLowerCase(), each.name]));
  const labels = [...byLabel.keys()].sort((first, second) => second.length - first.length).map(escape);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(${labels.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  return text.replace(pattern, (label: string) => `${label} (${byLabel.get(label.toLocaleLowerCase()) ?? ''})`);
}
