/**
 * The interchange document as JSON bytes, one case at a time: a journal of a few hundred thousand
 * reflections is more text than one JavaScript string may hold ("Invalid string length"), while
 * a buffer of the same size is fine. The bytes are exactly `JSON.stringify(document, null, 2)`.
 */
import type { InterchangeDocument } from '../../shared/domain/interchangeSchema';

export function interchangeJson(document: InterchangeDocument): Buffer {
  const { cases, ...head } = document;
  const opening = JSON.stringify({ ...head, cases: [] }, null, 2);
  if (cases.length === 0) return Buffer.from(`${opening}\n`, 'utf8');
  // `"cases": []` closes the head; each case goes between the brackets, indented one level deeper.
  const before = opening.slice(0, opening.lastIndexOf('[]') + 1);
  const after = opening.slice(opening.lastIndexOf('[]') + 1);
  const chunks: Buffer[] = [Buffer.from(`${before}\n`, 'utf8')];
  cases.forEach((each, index) => {
    const text = JSON.stringify(each, null, 2).replace(/\n/g, '\n    ');
    chunks.push(Buffer.from(`    ${text}${index < cases.length - 1 ? ',' : ''}\n`, 'utf8'));
  });
  chunks.push(Buffer.from(`  ${after}\n`, 'utf8'));
  return Buffer.concat(chunks);
}
