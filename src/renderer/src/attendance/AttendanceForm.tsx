import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { attendanceStatuses, sectionVisibilities } from '../../../shared/domain/taxonomy';
import { useContractMutation } from '../api/useContractMutation';
import { dateProblem, type DateProblem } from '../cases/caseProblems';
import { DateField } from '../ui/form/DateField';
import { formatCalendarDate, todayDate } from '../cases/dates';
import { focusFirstInvalid } from '../ui/form/focusFirstInvalid';
import { FormActions } from '../ui/form/FormActions';
import { FormField } from '../ui/form/FormField';
import { InlinePanel } from '../ui/InlinePanel';
import type { PanelProps } from '../cases/panelProps';
import { DamagedFileNotice } from '../components/DamagedFileNotice';
import { attendanceMarks } from './attendanceMarks';
import { AttendanceList } from './AttendanceList';
import { attendanceDraftOf, attendanceRequest, newAttendanceDraft, type AttendanceDraft } from './attendanceDraft';

/**
 * Records what became of a planned session: not attended, cancelled by whom, rescheduled, or held
 * with nothing written. A reflection already counts as a session held. The recorded sessions are
 * listed below, each one correctable.
 */
export function AttendanceForm({ journalCase, onSaved, onCancel, onRestored, onDirtyChange }: PanelProps) {
  const { t, i18n } = useTranslation();
  const statusName = useId();
  const visibilityName = useId();
  const form = useRef<HTMLFormElement>(null);
  const [draft, setDraft] = useState<AttendanceDraft>(() => newAttendanceDraft(crypto.randomUUID(), todayDate()));
  const [attempted, setAttempted] = useState(false);
  const saving = useContractMutation('recordAttendance', {
    onSuccess: (updated) => onSaved(updated, t('cases.attendance.saved')),
  });
  const records = journalCase.attendance ?? [];
  const editing = records.some((record) => record.id === draft.attendanceId);
  const opening = { date: journalCase.openedAt, problem: 'date-before-opening' as const };
  const plannedProblem = dateProblem(draft.plannedOn, opening);
  const movedProblem =
    draft.status === 'rescheduled' && draft.movedTo !== '' ? dateProblem(draft.movedTo, opening) : undefined;

  useEffect(() => onDirtyChange(draft.note.trim() !== '' || editing), [draft.note, editing, onDirtyChange]);

  const change = (fields: Partial<AttendanceDraft>) => setDraft((previous) => ({ ...previous, ...fields }));
  const problemText = (problem: DateProblem | undefined) =>
    attempted && problem !== undefined
      ? t(`cases.problems.${problem}`, {
          date: formatCalendarDate(journalCase.openedAt, i18n.language),
        })
      : undefined;

  function onSubmit(event: FormEvent): void {
    event.preventDefault();
    if (plannedProblem !== undefined || movedProblem !== undefined) {
      flushSync(() => setAttempted(true));
      focusFirstInvalid(form.current);
      return;
    }
    if (!saving.isPending) saving.mutate(attendanceRequest(journalCase.id, draft));
  }

  return (
    <InlinePanel title={t(editing ? 'cases.attendance.editTitle' : 'cases.attendance.title')}>
      <p>{t('cases.attendance.explain')}</p>
      <form ref={form} onSubmit={onSubmit} noValidate>
        <DateField
          label={t('cases.attendance.plannedOn')}
          error={problemText(plannedProblem)}
          value={draft.plannedOn}
          onChange={(plannedOn) => change({ plannedOn })}
          inputClassName="cases-date"
        />
        <fieldset className="cases-choices">
          <legend>{t('cases.attendance.status')}</legend>
          {attendanceStatuses.map((status) => (
            <label key={status} className="cases-choice">
              <input
                type="radio"
                name={statusName}
                value={status}
                checked={draft.status === status}
                onChange={() => change({ status })}
              />
              <span aria-hidden="true" className="attendance-mark">
                {attendanceMarks[status]}
              </span>{' '}
              {t(`taxonomy.attendanceStatuses.${status}`)}
            </label>
          ))}
        </fieldset>
        {draft.status === 'rescheduled' && (
          <FormField
            label={t('cases.attendance.movedTo')}
            help={t('cases.attendance.movedToHelp')}
            error={problemText(movedProblem)}
          >
            {(control) => (
              <input
                {...control}
                type="date"
                className="text-input cases-date"
                value={draft.movedTo}
                onChange={(event) => change({ movedTo: event.target.value })}
              />
            )}
          </FormField>
        )}
        <FormField label={t('cases.attendance.note')} help={t('cases.attendance.noteHelp')}>
          {(control) => (
            <textarea
              {...control}
              className="text-input"
              rows={2}
              value={draft.note}
              onChange={(event) => change({ note: event.target.value })}
            />
          )}
        </FormField>
        <fieldset className="cases-choices">
          <legend>{t('cases.attendance.noteVisibility')}</legend>
          {sectionVisibilities.map((visibility) => (
            <label key={visibility} className="cases-choice">
              <input
                type="radio"
                name={visibilityName}
                value={visibility}
                checked={draft.noteVisibility === visibility}
                onChange={() => change({ noteVisibility: visibility })}
              />
              {t(`taxonomy.sectionVisibilities.${visibility}`)}
            </label>
          ))}
        </fieldset>
        {saving.error && <DamagedFileNotice error={saving.error.shape} onRestored={onRestored} />}
        <FormActions
          submitLabel={t(editing ? 'cases.attendance.saveChange' : 'cases.attendance.save')}
          busy={saving.isPending}
          onCancel={onCancel}
        />
      </form>
      <h3 className="cases-panel-subheading">{t('cases.attendance.listTitle')}</h3>
      <AttendanceList
        records={records}
        onEdit={(record) => {
          setAttempted(false);
          setDraft(attendanceDraftOf(record));
          form.current?.querySelector<HTMLInputElement>('input')?.focus();
        }}
      />
    </InlinePanel>
  );
}
