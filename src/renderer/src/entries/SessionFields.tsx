import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { phases, sessionModalities, type Phase, type SessionModality } from '../../../shared/domain/taxonomy';
import type { EntryForm } from './entryForm';
import { SelectField } from '../ui/form/SelectField';
import { OpeningDateWarning } from './OpeningDateWarning';

interface Props {
  form: EntryForm;
  onChange: (patch: Partial<EntryForm>) => void;
  dateInvalid: boolean;
  dateId: string;
}

/** When the session was, its phase and how it took place: the only fields a reflection needs. */
export function SessionFields({ form, onChange, dateInvalid, dateId }: Props) {
  const { t } = useTranslation();
  const errorId = useId();
  return (
    <div className="session-fields">
      <div className="inline-field">
        <label htmlFor={dateId}>{t('entries.fields.sessionDate')}</label>
        <input
          id={dateId}
          type="date"
          className="text-input"
          required
          value={form.sessionDate}
          aria-invalid={dateInvalid || undefined}
          aria-describedby={dateInvalid ? errorId : undefined}
          onChange={(event) => onChange({ sessionDate: event.target.value })}
        />
        {dateInvalid && (
          <p className="field-problem" id={errorId}>
            {t('entries.problems.sessionDate')}
          </p>
        )}
      </div>
      <OpeningDateWarning sessionDate={form.sessionDate} />
      <SelectField
        label={t('entries.fields.phase')}
        value={form.phase}
        onChange={(value) => onChange({ phase: value as Phase })}
      >
        {phases.map((phase) => (
          <option key={phase} value={phase}>
            {t(`taxonomy.phases.${phase}`)}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t('entries.fields.modality')}
        value={form.modality ?? ''}
        onChange={(value) => onChange({ modality: value === '' ? undefined : (value as SessionModality) })}
      >
        <option value="">{t('entries.fields.notSaid')}</option>
        {sessionModalities.map((modality) => (
          <option key={modality} value={modality}>
            {t(`taxonomy.sessionModalities.${modality}`)}
          </option>
        ))}
      </SelectField>
    </div>
  );
}
