import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Party } from '../../../shared/domain/party';
import type { Statement } from '../../../shared/domain/report/report';
import { disclosureDecisions } from '../../../shared/domain/report/reportTaxonomy';
import { CheckboxList } from '../ui/form/CheckboxList';
import { partyLabel } from '../entries/partyLabel';
import { RadioChoice } from '../ui/form/RadioChoice';

interface Props {
  statement: Statement;
  /** The family members a disclosure can be about. */
  family: readonly Party[];
  onChange: (statement: Statement) => void;
}

/**
 * What one family member told about another is held for a decision before the other reads it:
 * the flag, about whom, and share or withhold.
 */
export function DisclosureFields({ statement, family, onChange }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const disclosure = statement.disclosure;

  function setFlag(flagged: boolean): void {
    const { disclosure: _disclosure, ...rest } = statement;
    onChange(flagged ? { ...rest, disclosure: { aboutPartyIds: [], decision: 'pending' } } : rest);
  }

  return (
    <div className="reports-disclosure">
      <div className="checkbox-field">
        <input
          type="checkbox"
          id={id}
          checked={disclosure !== undefined}
          aria-describedby={disclosure === undefined ? undefined : `${id}-help`}
          onChange={(event) => setFlag(event.target.checked)}
        />
        <label htmlFor={id}>{t('reports.statement.disclosure')}</label>
      </div>
      {disclosure !== undefined && (
        <>
          <p className="help" id={`${id}-help`}>
            {t('reports.statement.disclosureHelp')}
          </p>
          <CheckboxList
            legend={t('reports.statement.disclosureAbout')}
            options={family.map((party) => ({ value: party.id, label: partyLabel(party, t) }))}
            values={disclosure.aboutPartyIds}
            onChange={(aboutPartyIds) => onChange({ ...statement, disclosure: { ...disclosure, aboutPartyIds } })}
          />
          <RadioChoice
            legend={t('reports.statement.decision')}
            compact
            options={disclosureDecisions.map((decision) => ({
              value: decision,
              label: t(`reports.statement.decisions.${decision}`),
            }))}
            value={disclosure.decision}
            onChange={(decision) => onChange({ ...statement, disclosure: { ...disclosure, decision } })}
          />
        </>
      )}
    </div>
  );
}
