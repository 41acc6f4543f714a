import { useId, useMemo, useState, type FormEvent } from 'react';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { thresholdLimits, thresholdNames } from '../../../shared/alliance/thresholdLimits';
import type { WarningThresholds } from '../../../shared/alliance/thresholds';
import { useContractMutation } from '../api/useContractMutation';
import { useContractQuery } from '../api/useContractQuery';
import { NumberField } from '../ui/form/NumberField';
import { ErrorMessage } from '../components/ErrorMessage';
import { SubmitButton } from '../ui/form/SubmitButton';
import { useContractForm } from '../ui/form/useContractForm';
import { asTyped, thresholdProblemOf, thresholdsFormSchema, type ThresholdProblem } from './thresholdsForm';

/**
 * Settings → Alliance warnings: the numbers each rule compares against, with the literature's
 * defaults. Saved in the settings file; "Restore the defaults" puts them all back.
 */
export function AllianceThresholdsForm() {
  const { t } = useTranslation();
  const titleId = useId();
  const stored = useContractQuery('getAllianceThresholds', undefined);
  return (
    <section aria-labelledby={titleId} className="alliance-thresholds">
      <h2 id={titleId}>{t('alliance.settings.title')}</h2>
      <p>{t('alliance.settings.explain')}</p>
      {stored.error && <ErrorMessage error={stored.error.shape} />}
      {stored.data !== undefined && <ThresholdsFields stored={stored.data} />}
    </section>
  );
}

/** The numbers, from what is stored; after a save they start again from what main kept. */
function ThresholdsFields({ stored }: { stored: WarningThresholds }) {
  const { t, i18n } = useTranslation();
  const [saved, setSaved] = useState('');
  const defaultValues = useMemo(() => asTyped(stored), [stored]);
  const saving = useContractMutation('setAllianceThresholds', {
    onSuccess: (thresholds) => {
      form.reset(asTyped(thresholds));
      setSaved(t('alliance.settings.saved'));
    },
  });
  const { form, formRef, onSubmit, busy, serverError } = useContractForm({
    schema: thresholdsFormSchema,
    defaultValues,
    mutation: saving,
    problemOf: thresholdProblemOf,
  });
  const { errors } = form.formState;
  const number = (value: number) => new Intl.NumberFormat(i18n.language).format(value);

  function submit(event: FormEvent): void {
    setSaved('');
    onSubmit(event);
  }

  return (
    <form ref={formRef} onSubmit={submit} noValidate>
      <div className="thresholds-grid">
        {thresholdNames.map((name) => {
          const limit = thresholdLimits[name];
          const problem = errors[name]?.message as ThresholdProblem | undefined;
          return (
            <Controller
              key={name}
              control={form.control}
              name={name}
              render={({ field }) => (
                <NumberField
                  label={t(`alliance.settings.fields.${name}`)}
                  help={t('alliance.settings.range', {
                    least: number(limit.least),
                    most: number(limit.most),
                    fallback: number(limit.fallback),
                  })}
                  error={problem === undefined ? undefined : t(`alliance.settings.problems.${problem}`)}
                  min={limit.least}
                  max={limit.most}
                  step={limit.whole ? 1 : 0.5}
                  value={field.value}
                  onChange={field.onChange}
                />
              )}
            />
          );
        })}
      </div>
      {serverError && <ErrorMessage error={serverError} />}
      <div className="actions">
        <SubmitButton label={t('alliance.settings.save')} busyLabel={t('alliance.settings.save')} busy={busy} />
        <button type="button" disabled={busy} onClick={() => saving.mutate({} as WarningThresholds)}>
          {t('alliance.settings.restore')}
        </button>
      </div>
      <p role="status">{saved}</p>
    </form>
  );
}
