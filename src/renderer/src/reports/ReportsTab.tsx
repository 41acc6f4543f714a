import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CourtReport } from '../../../shared/domain/report/report';
import { loadStateOf } from '../api/loadState';
import { useContractQuery } from '../api/useContractQuery';
import { formatCalendarDate } from '../cases/dates';
import { briefLanguageOf } from '../exports/briefChoices';
import { useNavigation } from '../navigation/NavigationContext';
import { LoadState } from '../ui/LoadState';
import { PanelToggle } from '../ui/PanelToggle';
import { blankDetails } from './reportDetails';
import { ReportDetailsForm } from './ReportDetailsForm';
import { newestVersion } from './reportVersions';
import './reports.css';

/** A case's court reports: each one's hearing, where its newest version stands, and a new one. */
export function ReportsTab({ caseId }: { caseId: string }) {
  const { t, i18n } = useTranslation();
  const { navigate } = useNavigation();
  const titleId = useId();
  const state = loadStateOf(useContractQuery('listReports', { caseId }));
  const [creating, setCreating] = useState(false);
  const createButton = useRef<HTMLButtonElement>(null);

  function created(report: CourtReport): void {
    setCreating(false);
    navigate({ screen: 'report', caseId, reportId: report.id });
  }

  return (
    <section className="reports-list" aria-labelledby={titleId}>
      <div className="reports-list-top">
        <h2 id={titleId}>{t('reports.list.title')}</h2>
        <PanelToggle ref={createButton} expanded={creating} onToggle={() => setCreating((open) => !open)}>
          {t('reports.list.create')}
        </PanelToggle>
      </div>
      {creating && (
        <ReportDetailsForm
          title={t('reports.details.newTitle')}
          submitLabel={t('reports.details.create')}
          initial={blankDetails()}
          level={3}
          target={{ kind: 'create', caseId, language: briefLanguageOf(i18n.resolvedLanguage ?? i18n.language) }}
          onSaved={created}
          onCancel={() => {
            setCreating(false);
            createButton.current?.focus();
          }}
        />
      )}
      <LoadState state={state} loading={t('reports.list.loading')}>
        {(reports) =>
          reports.length === 0 ? (
            !creating && <p className="help">{t('reports.list.none')}</p>
          ) : (
            <ul className="reports-items">
              {[...reports]
                .sort((first, second) => second.createdAt.localeCompare(first.createdAt))
                .map((report) => {
                  const newest = newestVersion(report);
                  const date = report.hearing.date;
                  return (
                    <li key={report.id} className="reports-item">
                      <button
                        type="button"
                        className="reports-item-button"
                        onClick={() => navigate({ screen: 'report', caseId, reportId: report.id })}
                      >
                        <span className="reports-item-title">{report.title}</span>
                        <span className="reports-item-line">
                          {t(`reports.hearingKinds.${report.hearing.kind}`)}
                          {' · '}
                          {date === undefined ? t('reports.list.noDate') : formatCalendarDate(date, i18n.language)}
                        </span>
                        <span className="reports-item-line">
                          <span className="reports-status" data-status={newest.status}>
                            {t(`reports.statuses.${newest.status}`)}
                          </span>
                          {' · '}
                          {t('reports.list.versions', { count: report.versions.length })}
                        </span>
                      </button>
                    </li>
                  );
                })}
            </ul>
          )
        }
      </LoadState>
    </section>
  );
}
