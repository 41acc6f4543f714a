import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { thresholdLimits, thresholdNames, type ThresholdName } from '../../../shared/alliance/thresholdLimits';
import { warningThresholdsSchema, type WarningThresholds } from '../../../shared/alliance/thresholds';
import { useContractMutation } from '../api/useContractMutation';
import { useContractQuery } from '../api/useContractQuery';
import { NumberField } from '../ui/form/NumberField';
import { ErrorMessage } from '../components/ErrorMessage';

type Typed = Record<ThresholdName, string>;
type Problem = 'range' | 'watch' | 'absences';

const asTyped = (thresholds: WarningThresholds): Typed =>
  Object.fromEntries(thresholdNames.map((name) => [name, String(thresholds[name])])) as Typed;

/** The field a value typed there breaks, if any: out of range, not whole, or against another field. */
function problems(typed: Typed): Map<ThresholdName, Problem> {
  const found = new Map<ThresholdName, Problem>();
  const values = Object.fromEntries(thresholdNames.map((name) => [name, Number(typed[name].trim())]));
  for (const name of thresholdNames) {
    const { least, most, whole } = thresholdLimits[name];
    const value = values[name] ?? Number.NaN;
    const fits = typed[name].trim() !== '' && value >= least && value <= most && (!whole || Number.isInteger(value));
    if (!fits) found.set(name, 'range');
  }
  if (found.size === 0 && !warningThresholdsSchema.safeParse(values).success) {
    if ((values.ruptureDeviations ?? 0) <= (values.watchDeviations ?? 0)) found.set('ruptureDeviations', 'watch');
    else found.set('absences', 'absences');
  }
  return found;
}

/**
 * Settings → Alliance warnings: the numbers each rule compares against, with the literature's
 * defaults. Saved in the settings file; "Restore the defaults" puts them all back.
 */
export function AllianceThresholdsForm() {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const stored = useContractQuery('getAllianceThresholds', undefined);
  const [typed, setTyped] = useState<Typed | undefined>();
  const [attempted, setAttempted] = useState(false);
  const [saved, setSaved] = useState('');
  const saving = useContractMutation('setAllianceThresholds', {
    onSuccess: (thresholds) => {
      setTyped(asTyped(thresholds));
      setAttempted(false);
      setSaved(t('alliance.settings.saved'));
    },
  });
  // What the practitioner typed, else what is stored.
  const shown = typed ?? (stored.data === undefined ? undefined : asTyped(stored.data));
  const found = shown === undefined ? new Map<ThresholdName, Problem>() : problems(shown);
  const number = (value: number) => new Intl.NumberFormat(i18n.language).format(value);

  function onSubmit(event: FormEvent): void {
    event.preventDefault();
    setSaved('');
    setAttempted(true);
    if (shown === undefined || found.size > 0) return;
    saving.mutate(Object.fromEntries(thresholdNames.map((name) => [name, Number(shown[name])])) as WarningThresholds);
  }

  return (
    <section aria-labelledby={titleId} className="alliance-thresholds">
      <h2 id={titleId}>{t('alliance.settings.title')}</h2>
      <p>{t('alliance.settings.explain')}</p>
      {stored.error && <ErrorMessage error={stored.error.shape} />}
      {shown !== undefined && (
        <form onSubmit={onSubmit} noValidate>
          <div className="thresholds-grid">
            {thresholdNames.map((name) => {
              const limit = thresholdLimits[name];
              const problem = attempted ? found.get(name) : undefined;
              return (
                <NumberField
                  key={name}
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
                  value={shown[name]}
                  onChange={(value) => setTyped({ ...shown, [name]: value })}
                />
              );
            })}
          </div>
          {saving.error && <ErrorMessage error={saving.error.shape} />}
          <div className="actions">
            <button type="submit" className="primary" disabled={saving.isPending}>
              {t('alliance.settings.save')}
            </button>
            <button type="button" disabled={saving.isPending} onClick={() => saving.mutate({} as WarningThresholds)}>
              {t('alliance.settings.restore')}
            </button>
          </div>
          <p role="status">{saved}</p>
        </form>
      )}
    </section>
  );
}
