import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { PreviewBriefResponse } from '../../../shared/exports/requests';
import { getApi } from '../api/client';
import { DamagedFileNotice } from '../components/DamagedFileNotice';
import { useSubmit } from '../vault/useSubmit';

interface Props {
  caseId: string;
  places: PreviewBriefResponse['places'];
  /** Places generalised in this case, which can be decided again. */
  generalised: readonly string[];
  onChanged: (confirmation: string) => void;
}

/** What the confirmation says was done with a place. */
const decided = { generalise: 'exports.places.generalised', keep: 'exports.places.kept' } as const;
const placeDecisions = Object.keys(decided) as (keyof typeof decided)[];

/** Schools, health centres and communes still in the brief: generalise each, or keep it. */
export function PlaceWarningList({ caseId, places, generalised, onChanged }: Props) {
  const { t } = useTranslation();
  const titleId = useId();
  const decide = useSubmit((confirmation: string) => onChanged(confirmation));
  const choose = (text: string, decision: 'generalise' | 'keep' | null, confirmation: string) =>
    void decide.submit(async () => {
      const result = await getApi().decideBriefReview({ caseId, action: 'place', text, decision });
      return result.ok ? { ok: true, value: confirmation } : result;
    });
  return (
    <section className="brief-card brief-places" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('exports.places.title')}</h2>
      {places.length === 0 ? (
        <p>{t('exports.places.none')}</p>
      ) : (
        <>
          <p className="help">{t('exports.places.help')}</p>
          <ul className="brief-warning-items">
            {places.map((place) => (
              <li key={place.text} className="brief-warning">
                <p className="brief-warning-word">
                  <strong>{place.text}</strong>{' '}
                  <span className="brief-count">{t('exports.replacements.times', { count: place.count })}</span>
                </p>
                <p className="help brief-warning-reason">{t(`exports.places.kinds.${place.kind}`)}</p>
                {place.contexts.slice(0, 2).map((context) => (
                  <blockquote key={context} className="brief-warning-context">
                    {context}
                  </blockquote>
                ))}
                <div className="actions brief-warning-actions">
                  {placeDecisions.map((decision) => (
                    <button
                      key={decision}
                      type="button"
                      disabled={decide.busy}
                      onClick={() =>
                        choose(
                          place.text,
                          decision,
                          t('exports.places.changed', { text: place.text, decision: t(decided[decision]) }),
                        )
                      }
                    >
                      {decision === 'generalise'
                        ? t('exports.places.generalise', { label: place.label })
                        : t('exports.places.keep')}
                    </button>
                  ))}
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
      {generalised.length > 0 && (
        <ul className="brief-generalised">
          {generalised.map((text) => (
            <li key={text}>
              <span>{text}</span>{' '}
              <button
                type="button"
                className="link-button"
                disabled={decide.busy}
                onClick={() => choose(text, null, t('exports.places.undone', { text }))}
              >
                {t('exports.places.undo')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {decide.error && <DamagedFileNotice error={decide.error} onRestored={decide.clearError} />}
    </section>
  );
}
