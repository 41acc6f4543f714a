import { useMemo, useState, type FormEvent } from 'react';
import { useController } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { factsCheckedCheck } from '../../../shared/domain/report/checks';
import { pendingDisclosureCount } from '../../../shared/domain/report/disclosure';
import { sharingMethods } from '../../../shared/domain/report/reportTaxonomy';
import { useContractMutation } from '../api/useContractMutation';
import { InlinePanel } from '../ui/InlinePanel';
import { todayDate } from '../cases/dates';
import { DamagedFileNotice } from '../components/DamagedFileNotice';
import { partyLabel } from '../entries/partyLabel';
import { RadioChoice } from '../ui/form/RadioChoice';
import { SelectField } from '../ui/form/SelectField';
import { useContractForm } from '../ui/form/useContractForm';
import { FormActions } from '../ui/form/FormActions';
import { caregiversOf } from './caregivers';
import { CheckDetails } from './CheckDetails';
import type { ReportPanelProps } from './panelProps';
import { ReportDateField } from './ReportDateField';
import { reportProblemOf, sharingSchema, type SharingValues } from './reportFormSchemas';
import { UnsavedNotice } from './UnsavedNotice';

/** Which caregiver received the review copy, when and how; the version is frozen from then on. */
export function ShareForm({ journalCase, report, version, unsaved, onCancel, onDone }: ReportPanelProps) {
  const { t } = useTranslation();
  const caregivers = caregiversOf(journalCase.parties);
  // Main refuses to share while a flagged statement is undecided: say so before the form is sent.
  const pending = pendingDisclosureCount(version.sections);
  // Facts not checked yet do not stop sharing, but the practitioner sees which ones go out as they are.
  const facts = factsCheckedCheck(version);
  const schema = useMemo(() => sharingSchema(report), [report]);
  // The form starts from these once; later reads of the case do not reset what was chosen.
  const [defaultValues] = useState<SharingValues>(() => ({
    sharedWith: { partyId: caregivers[0]?.id ?? '', date: todayDate(), method: 'in-person' },
  }));
  const saving = useContractMutation('shareReviewCopy', {
    onSuccess: (updated) => onDone(updated, t('reports.share.done')),
  });
  const { form, formRef, onSubmit, busy, serverError } = useContractForm({
    schema,
    defaultValues,
    mutation: saving,
    problemOf: reportProblemOf,
  });
  const partyId = useController({ control: form.control, name: 'sharedWith.partyId' });
  const method = useController({ control: form.control, name: 'sharedWith.method' });

  function submit(event: FormEvent): void {
    if (unsaved || pending > 0) event.preventDefault();
    else onSubmit(event);
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
        <form ref={formRef} onSubmit={submit} noValidate>
          <SelectField
            label={t('reports.share.caregiver')}
            className="cases-field"
            value={partyId.field.value}
            onChange={partyId.field.onChange}
          >
            {caregivers.map((party) => (
              <option key={party.id} value={party.id}>
                {partyLabel(party, t)}
              </option>
            ))}
          </SelectField>
          <ReportDateField control={form.control} name="sharedWith.date" label={t('reports.share.date')} />
          <RadioChoice
            legend={t('reports.share.method')}
            options={sharingMethods.map((value) => ({ value, label: t(`reports.share.methods.${value}`) }))}
            value={method.field.value}
            onChange={method.field.onChange}
          />
          {pending > 0 && (
            <p className="reports-window reports-window-warning" role="alert" data-testid="share-pending">
              {t('reports.share.pending', { count: pending })}
            </p>
          )}
          {!facts.passed && (
            <div className="reports-window reports-window-warning" data-testid="share-facts">
              <p>{t('reports.share.factsToCheck', { count: facts.details.length })}</p>
              <CheckDetails details={facts.details} version={version} />
            </div>
          )}
          <UnsavedNotice unsaved={unsaved} />
          <FormActions
            submitLabel={t('reports.share.submit')}
            busyLabel={t('reports.working')}
            busy={busy}
            disabled={unsaved || pending > 0}
            onCancel={onCancel}
          />
        </form>
      )}
      {serverError && <DamagedFileNotice error={serverError} onRestored={saving.reset} />}
    </InlinePanel>
  );
}
