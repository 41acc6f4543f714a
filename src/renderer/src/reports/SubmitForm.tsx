import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CourtReport } from '../../../shared/domain/report/report';
import { getApi } from '../api/client';
import { DateField } from '../ui/form/DateField';
import { FormActions } from '../ui/form/FormActions';
import { FormField } from '../ui/form/FormField';
import { InlinePanel } from '../cases/InlinePanel';
import { todayDate } from '../cases/dates';
import { DamagedFileNotice } from '../components/DamagedFileNotice';
import { useSubmit } from '../vault/useSubmit';
import type { ReportPanelProps } from './panelProps';

/** The final version went to court: when, and to which court. Nothing about it changes after this. */
export function SubmitForm({ report, version, onCancel, onDone }: ReportPanelProps) {
  const { t } = useTranslation();
  const [date, setDate] = useState(todayDate());
  const [court, setCourt] = useState(report.court ?? '');
  const [tried, setTried] = useState(false);
  const saving = useSubmit((updated: CourtReport) =>
    onDone(updated, t('reports.submit.done', { number: version.number })),
  );
  const courtMissing = tried && court.trim() === '';

  function submit(event: FormEvent): void {
    event.preventDefault();
    setTried(true);
    if (court.trim() === '' || date === '') return;
    void saving.submit(() =>
      getApi().submitReport({ caseId: report.caseId, reportId: report.id, date, court: court.trim() }),
    );
  }

  return (
    <InlinePanel title={t('reports.submit.title')}>
      <p className="help">{t('reports.submit.help')}</p>
      <form onSubmit={submit} noValidate>
        <DateField label={t('reports.submit.date')} value={date} onChange={setDate} inputClassName="cases-date" />
        <FormField
          label={t('reports.submit.court')}
          error={courtMissing ? t('reports.submit.courtMissing') : undefined}
        >
          {(control) => (
            <input
              {...control}
              className="text-input"
              value={court}
              onChange={(event) => setCourt(event.target.value)}
            />
          )}
        </FormField>
        <FormActions submitLabel={t('reports.submit.submit')} busy={saving.busy} onCancel={onCancel} />
      </form>
      {saving.error && <DamagedFileNotice error={saving.error} onRestored={saving.clearError} />}
    </InlinePanel>
  );
}
