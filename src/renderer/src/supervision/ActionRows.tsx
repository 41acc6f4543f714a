import { useTranslation } from 'react-i18next';
import { DateField } from '../ui/form/DateField';
import { FormField } from '../ui/form/FormField';
import type { ActionDraft } from './supervisionFormSchema';

interface Props {
  rows: ActionDraft[];
  onChange: (rows: ActionDraft[]) => void;
  problems: (index: number) => { what: string | undefined; due: string | undefined };
}

/** The actions agreed, one row each (what, and by when if a date was agreed); a new row takes focus. */
export function ActionRows({ rows, onChange, problems }: Props) {
  const { t } = useTranslation();
  const change = (index: number, patch: Partial<ActionDraft>) =>
    onChange(rows.map((row, at) => (at === index ? { ...row, ...patch } : row)));
  return (
    <fieldset className="cases-fieldset">
      <legend>{t('supervision.form.actions')}</legend>
      {rows.map((row, index) => {
        const number = index + 1;
        const problem = problems(index);
        return (
          <div key={row.key} className="supervision-action-row">
            <FormField label={t('supervision.form.actionWhat', { number })} error={problem.what}>
              {(control) => (
                <input
                  {...control}
                  className="text-input"
                  value={row.what}
                  // A row just added is where the practitioner types next.
                  autoFocus={index === rows.length - 1 && row.what === '' && row.due === ''}
                  onChange={(event) => change(index, { what: event.target.value })}
                />
              )}
            </FormField>
            <DateField
              label={t('supervision.form.actionDue')}
              value={row.due}
              onChange={(due) => change(index, { due })}
              error={problem.due}
              inputClassName="cases-date"
            />
            <button type="button" onClick={() => onChange(rows.filter((_, at) => at !== index))}>
              {t('supervision.form.removeAction', { number })}
            </button>
          </div>
        );
      })}
      <button type="button" onClick={() => onChange([...rows, { key: crypto.randomUUID(), what: '', due: '' }])}>
        {t('supervision.form.addAction')}
      </button>
    </fieldset>
  );
}
