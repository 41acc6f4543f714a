import { useTranslation } from 'react-i18next';
import { customIntervalLimits, type SessionPlan } from '../../../shared/domain/attendance';
import { sessionFrequencies, type SessionFrequency } from '../../../shared/domain/taxonomy';
import { FormField } from '../cases/FormField';
import { NumberField } from '../cases/NumberField';

/** The plan as typed: no frequency yet, or one, with the days of a custom plan as written. */
export interface SessionPlanDraft {
  frequency: SessionFrequency | '';
  everyDays: string;
}

export function sessionPlanDraft(plan: SessionPlan | undefined): SessionPlanDraft {
  return { frequency: plan?.frequency ?? '', everyDays: plan?.everyDays === undefined ? '' : String(plan.everyDays) };
}

/** The plan to save (`null` clears it), or undefined while a custom plan's days are not a whole number in range. */
export function sessionPlanOf(draft: SessionPlanDraft): SessionPlan | null | undefined {
  if (draft.frequency === '') return null;
  if (draft.frequency !== 'custom') return { frequency: draft.frequency };
  const days = Number(draft.everyDays.trim());
  const inRange = Number.isInteger(days) && days >= customIntervalLimits.least && days <= customIntervalLimits.most;
  return draft.everyDays.trim() !== '' && inRange ? { frequency: 'custom', everyDays: days } : undefined;
}

interface Props {
  value: SessionPlanDraft;
  onChange: (value: SessionPlanDraft) => void;
  /** Shown once the practitioner tried to save a custom plan without valid days. */
  showProblem: boolean;
}

/** How often the case plans to meet: what the attendance counts and the engagement warning read. */
export function SessionPlanFields({ value, onChange, showProblem }: Props) {
  const { t } = useTranslation();
  const problem = showProblem && value.frequency === 'custom' && sessionPlanOf(value) === undefined;
  return (
    <div className="cases-row">
      <FormField label={t('cases.attendance.plan')} help={t('cases.attendance.planHelp')}>
        {(control) => (
          <select
            {...control}
            className="cases-select"
            value={value.frequency}
            onChange={(event) => onChange({ ...value, frequency: event.target.value as SessionFrequency | '' })}
          >
            <option value="">{t('cases.attendance.noPlan')}</option>
            {sessionFrequencies.map((frequency) => (
              <option key={frequency} value={frequency}>
                {t(`taxonomy.sessionFrequencies.${frequency}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      {value.frequency === 'custom' && (
        <NumberField
          label={t('cases.attendance.everyDays')}
          error={problem ? t('cases.attendance.everyDaysProblem', customIntervalLimits) : undefined}
          inputMode="numeric"
          min={customIntervalLimits.least}
          max={customIntervalLimits.most}
          value={value.everyDays}
          onChange={(everyDays) => onChange({ ...value, everyDays })}
        />
      )}
    </div>
  );
}
