import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { pendingDisclosureCount } from '../../../shared/domain/report/disclosure';
import type { CourtReport } from '../../../shared/domain/report/report';
import { sharingMethods, type SharingMethod } from '../../../shared/domain/report/reportTaxonomy';
import { getApi } from '../api/client';
import { DateField } from '../ui/form/DateField';
import { InlinePanel } from '../cases/InlinePanel';
import { todayDate } from '../cases/dates';
import { DamagedFileNotice } from '../components/DamagedFileNotice';
import { partyLabel } from '../entries/partyLabel';
import { RadioChoice } from '../ui/form/RadioChoice';
import { SelectField } from '../ui/form/SelectField';
import { useSubmit } from '../vault/useSubmit';
import { caregiversOf } from './caregivers';
import type { ReportPanelProps } from './panelProps';
import { SubmitOrCancel } from './SubmitOrCancel';
import { UnsavedNotice } from './UnsavedNotice';

/** Which caregiver received the review copy, when and how; the version is frozen from then on. */
export function ShareForm({ journalCase, report, version, unsaved, onCancel, onDone }: ReportPanelProps) {
  const { t } = useTranslation();
  const caregivers = caregiversOf(journalCase.parties);
  const [partyId, setPartyId] = useState(caregivers[0]?.id ?? '');
  const [date, setDate] = useState(todayDate());
  const [method, setMethod] = useState<SharingMethod>('in-person');
  // Main refuses to share while a flagged statement is undecided: say so before the form is sent.
  const pending = pendingDisclosureCount(version.sections);
  const saving = useSubmit((updated: CourtReport) => onDone(updated, t('reports.share.done')));

  function submit(event: FormEvent): void {
    event.preventDefault();
    if (unsaved || pending > 0 || partyId === '' || date === '') return;
    void saving.submit(() =>
      getApi().shareReviewCopy({ caseId: report.caseId, reportId: report.id, sharedWith: { partyId, date, method } }),
    );
  }

  return (
    <InlinePanel title={t('reports.share.title')}>
      <p className="help">{t('reports.share.help')}</p>
      {caregivers.length === 0 ? (
        <>
          <p className="cases-note">{t('reports.share.noCaregiver')}</p>
          <button type="button" onClick={onCancel}>
            {t('reports.cancel')}
          </button>
        </>
      ) : (
        <form onSubmit={submit} noValidate>
          <SelectField
            label={t('reports.share.caregiver')}
            className="cases-field"
            value={partyId}
            onChange={setPartyId}
          >
            {caregivers.map((party) => (
              <option key={party.id} value={party.id}>
                {partyLabel(party, t)}
              </option>
            ))}
          </SelectField>
          <DateField label={t('reports.share.date')} value={date} onChange={setDate} inputClassName="cases-date" />
          <RadioChoice
            legend={t('reports.share.method')}
            options={sharingMethods.map((value) => ({ value, label: t(`reports.share.methods.${value}`) }))}
            value={method}
            onChange={setMethod}
          />
          {pending > 0 && (
            <p className="reports-window reports-window-warning" role="alert" data-testid="share-pending">
              {t('reports.share.pending', { count: pending })}
            </p>
          )}
          <UnsavedNotice unsaved={unsaved} />
          <SubmitOrCancel
            label={t('reports.share.submit')}
            busyLabel={t('reports.working')}
            busy={saving.busy}
            disabled={unsaved || pending > 0}
            onCancel={onCancel}
          />
        </form>
      )}
      {saving.error && <DamagedFileNotice error={saving.error} onRestored={saving.clearError} />}
    </InlinePanel>
  );
}
