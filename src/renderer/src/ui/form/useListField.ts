import { useController, type Control, type FieldPath, type FieldValues, type PathValue } from 'react-hook-form';

/**
 * A list of rows held by the form (parties, goals…). A row just added is not a mistake yet: adding
 * one hides the problems until the next try to save (`forgetAttempt` from the form hook).
 */
export function useListField<Values extends FieldValues, Name extends FieldPath<Values>>(
  control: Control<Values, unknown, unknown>,
  name: Name,
  forgetAttempt: () => void,
): [PathValue<Values, Name>, (next: PathValue<Values, Name>) => void] {
  const { field } = useController({ control, name });
  const rows = field.value as PathValue<Values, Name>;
  function change(next: PathValue<Values, Name>): void {
    if (Array.isArray(next) && Array.isArray(rows) && next.length > rows.length) forgetAttempt();
    field.onChange(next);
  }
  return [rows, change];
}
