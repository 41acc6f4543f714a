import { useController, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { DateField } from '../ui/form/DateField';
import type { ReportFieldProblem } from './reportFormSchemas';

interface Props<Values extends FieldValues> {
  control: Control<Values, unknown, unknown>;
  name: FieldPath<Values>;
  label: string;
}

/** A report form's date (today unless changed), saying when it is missing or not a date. */
export function ReportDateField<Values extends FieldValues>({ control, name, label }: Props<Values>) {
  const { t } = useTranslation();
  const { field, fieldState } = useController({ control, name });
  const problem = fieldState.error?.message as ReportFieldProblem | undefined;
  return (
    <DateField
      label={label}
      error={problem === 'date-missing' || problem === 'date-invalid' ? t(`cases.problems.${problem}`) : undefined}
      value={field.value as string}
      onChange={field.onChange}
      inputClassName="cases-date"
    />
  );
}
