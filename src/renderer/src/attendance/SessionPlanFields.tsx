import { useTranslation } from 'react-i18next';
import { customIntervalLimits, type SessionPlan } from '../../../shared/domain/attendance';
import { sessionFrequencies, type SessionFrequency } from '../../../shared/domain/taxonomy';
import { FormField } from '../ui/form/FormField';
import { NumberField } from '../ui/form/NumberField';

/** The plan as typed: no frequency yet, or one, with the days of a custom plan as written. */
export interface SessionPlanDraft {
  frequency: SessionFrequency | '';
  everyDays: string;
}

export function sessionPlanDraft(plan: SessionPlan | undefined): SessionPlanDraft {
  return { frequency: plan?.frequency ?? '', everyDays: plan?.everyDays === undefined ? '' : String(plan.everyDays) };
}

interface Props {
  value: SessionPlanDraft;
  onChange: (value: SessionPlanDraft) => void;
  /** Whether the plan's schema refused the custom plan's days at the last try to save. */
  showProblem: boolean;
}

/** How often the case plans to meet: what the attendance counts and the engagement warning read. */
export function SessionPlanFields({ value, onChange, showProblem }: Props) {
  const { t } = useTranslation();
  const problem = showProblem && value.frequency === 'custom';
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
