/** The calendar day of `moment` on this computer's clock (`YYYY-MM-DD`): what "today" means to the practitioner. */
export function localDay(moment: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${String(moment.getFullYear()).padStart(4, '0')}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;
}
