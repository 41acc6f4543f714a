import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { OpenWarning } from '../../../shared/alliance/openWarnings';
import { formatCalendarDate } from '../cases/dates';
import { useNavigation } from '../navigation/NavigationContext';
import '../reports/reports.css';
import './home.css';

/**
 * The alliance warnings still open (neither dismissed nor taken to supervision) across the open
 * cases, newest first; each opens its case on the Alliance tab, where its reasons are. From
 * Home's work queue (`getWorkQueue`).
 */
export function HomeWarnings({ warnings, headingId }: { warnings: readonly OpenWarning[]; headingId?: string }) {
  const { t, i18n } = useTranslation();
  const { navigate } = useNavigation();
  const ownId = useId();
  const titleId = headingId ?? ownId;

  function title(warning: OpenWarning): string {
    const level = t(`alliance.levels.${warning.level}`);
    const name = t(`alliance.rules.${warning.rule}.name`);
    // Some rules already say their level ("Perception gap", "Rupture not yet repaired"): not said twice.
    return name.toLocaleLowerCase(i18n.language).includes(level.toLocaleLowerCase(i18n.language))
      ? name
      : t('home.warnings.levelAndRule', { level, rule: name });
  }

  return (
    <section className="home-warnings" aria-labelledby={titleId}>
      <h2 id={titleId} tabIndex={-1}>
        {t('home.warnings.title')}
      </h2>
      <p className="help" role="status">
        {warnings.length === 0
          ? t('home.warnings.none')
          : t('home.warnings.count', {
              count: warnings.length,
              cases: t('home.warnings.cases', {
                count: new Set(warnings.map((warning) => warning.caseId)).size,
              }),
            })}
      </p>
      {warnings.length > 0 && (
        <ul className="reports-items">
          {warnings.map((warning) => (
            <li key={`${warning.caseId}/${warning.warningId}`} className="reports-item" data-level={warning.level}>
              <button
                type="button"
                className="reports-item-button"
                onClick={() => navigate({ screen: 'case', caseId: warning.caseId, tab: 'alliance' })}
              >
                <span className="reports-item-title">
                  {warning.caseAlias}
                  {' · '}
                  {title(warning)}
                  {warning.element !== undefined && (
                    <>
                      {' · '}
                      {t(`entries.ratings.elements.${warning.element}`)}
                    </>
                  )}
                </span>
                {warning.latestDate !== undefined && (
                  <span className="reports-item-line">
                    {t('home.warnings.latest', { date: formatCalendarDate(warning.latestDate, i18n.language) })}
                  </span>
                )}
              </button>
            </li>
          ))}
        </ul>
      )}
      <p className="help">{t('home.warnings.boundary')}</p>
    </section>
  );
}
