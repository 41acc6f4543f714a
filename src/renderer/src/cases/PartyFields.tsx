import { useTranslation } from 'react-i18next';
import { partyRoles, type PartyRole } from '../../../shared/domain/taxonomy';
import type { PartyDraft } from './caseDrafts';
import type { Problem } from './caseProblems';
import { FormField } from '../ui/form/FormField';

interface Props {
  party: PartyDraft;
  number: number;
  problem: Problem | undefined;
  autoFocus: boolean;
  removable: boolean;
  onChange: (party: PartyDraft) => void;
  onRemove: () => void;
}

/** One person or body around the child: name, role, relationship and the other names they go by. */
export function PartyFields({ party, number, problem, autoFocus, removable, onChange, onRemove }: Props) {
  const { t } = useTranslation();
  const legend = t('cases.parties.person', { number });
  return (
    <fieldset className="cases-item">
      <legend>{legend}</legend>
      <div className="cases-row">
        <FormField
          label={t('cases.parties.name')}
          error={problem === undefined ? undefined : t(`cases.problems.${problem}`)}
        >
          {(control) => (
            <input
              {...control}
              className="text-input"
              value={party.name}
              autoComplete="off"
              autoFocus={autoFocus}
              onChange={(event) => onChange({ ...party, name: event.target.value })}
            />
          )}
        </FormField>
        <FormField label={t('cases.parties.role')}>
          {(control) => (
            <select
              {...control}
              className="cases-select"
              value={party.role}
              onChange={(event) => onChange({ ...party, role: event.target.value as PartyRole })}
            >
              {partyRoles.map((role) => (
                <option key={role} value={role}>
                  {t(`taxonomy.partyRoles.${role}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
      </div>
      <FormField label={t('cases.parties.relationship')} help={t('cases.parties.relationshipHelp')}>
        {(control) => (
          <input
            {...control}
            className="text-input"
            value={party.relationship}
            autoComplete="off"
            onChange={(event) => onChange({ ...party, relationship: event.target.value })}
          />
        )}
      </FormField>
      <FormField label={t('cases.parties.otherNames')} help={t('cases.parties.otherNamesHelp')}>
        {(control) => (
          <textarea
            {...control}
            className="text-input"
            rows={2}
            value={party.otherNames}
            autoComplete="off"
            onChange={(event) => onChange({ ...party, otherNames: event.target.value })}
          />
        )}
      </FormField>
      {removable ? (
        <button
          type="button"
          className="cases-remove"
          onClick={onRemove}
          aria-label={t('cases.parties.removeLabel', { legend })}
        >
          {t('cases.parties.remove')}
        </button>
      ) : (
        <p className="help">{t('cases.parties.inUse')}</p>
      )}
    </fieldset>
  );
}
