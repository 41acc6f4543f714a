/** Every string of a plain data tree (a document's model) cleaned for export, the tree's shape kept. */
import { cleanExportText } from './normalize';

export function cleanStrings<T>(value: T): T {
  if (typeof value === 'string') return cleanExportText(value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => cleanStrings(item)) as T;
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([key, item]) => [key, cleanStrings(item)]),
    ) as T;
  }
  return value;
}
