/** Where a file stood when the journal last wrote it: the order in which its states follow each other. */
import { z } from 'zod';

/** Its generation, and for a record log its length in bytes (records are only ever added). */
export const filePositionSchema = z.strictObject({
  generation: z.number().int().nonnegative(),
  length: z.number().int().nonnegative().optional(),
});
export type FilePosition = z.infer<typeof filePositionSchema>;

/** True when `left` is an earlier state of a file than `right`. */
export function isBehind(left: FilePosition, right: FilePosition): boolean {
  return (
    left.generation < right.generation ||
    (left.generation === right.generation && (left.length ?? 0) < (right.length ?? 0))
  );
}
