/** A level as people write it: "+2", "+1", "0", "−1", "−2", with a true minus sign. */
export function signedLevel(level: number): string {
  if (level > 0) return `+${level}`;
  if (level < 0) return `−${Math.abs(level)}`;
  return '0';
}
