/** A short passage around a word, as the preview shows a replacement or a warning in its place. */
const contextRadius = 32;

export function contextAround(text: string, index: number, length: number): string {
  const from = Math.max(0, index - contextRadius);
  const to = Math.min(text.length, index + length + contextRadius);
  const passage = text.slice(from, to).replace(/\s+/g, ' ').trim();
  return `${from > 0 ? '…' : ''}${passage}${to < text.length ? '…' : ''}`;
}
