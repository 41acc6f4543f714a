/**
 * HTML entities that spell an identifier ("&#74;acinta", "maria&#64;gmail.com") are written out
 * before anything is matched, as every reader of the brief would see them. Entities for `<`, `>`,
 * `&` and Markdown's own marks stay, so escaped markup stays escaped.
 */
import { decodeHTML } from 'entities';

const entity = /&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});?/g;
const spelled = /^[\p{L}\p{M}\p{N}@.\-+ \u00A0()/:,']$/u;

export function decodeVisibleEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(entity, (found) => {
    const decoded = decodeHTML(found);
    return [...decoded].length === 1 && spelled.test(decoded) ? decoded : found;
  });
}
