import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { newPartyDraft, type PartyDraft } from './caseDrafts';
import type { FormProblems } from './caseProblems';
import { PartyFields } from './PartyFields';

interface Props {
  parties: PartyDraft[];
  onChange: (parties: PartyDraft[]) => void;
  problems: FormProblems;
  /** Parties that reflections name: they can be edited but not removed. */
  locked?: ReadonlySet<string>;
}

/** The list of parties being edited, with adding and removing; focus follows what changed. */
export function PartiesEditor({ parties, onChange, problems, locked }: Props) {
  const { t } = useTranslation();
  const addButton = useRef<HTMLButtonElement>(null);
  const [added, setAdded] = useState<string | undefined>();

  function add(): void {
    const party = newPartyDraft(crypto.randomUUID());
    setAdded(party.id);
    onChange([...parties, party]);
  }

  function remove(id: string): void {
    onChange(parties.filter((party) => party.id !== id));
    addButton.current?.focus();
  }

  return (
    <div className="cases-editor">
      {parties.length === 0 && <p className="cases-empty">{t('cases.parties.noneYet')}</p>}
      {parties.map((party, index) => (
        <PartyFields
          key={party.id}
          party={party}
          number={index + 1}
          problem={problems.get(`party:${party.id}`)}
          autoFocus={party.id === added}
          removable={locked?.has(party.id) !== true}
          onChange={(changed) => onChange(parties.map((other) => (other.id === changed.id ? changed : other)))}
          onRemove={() => remove(party.id)}
        />
      ))}
      <button type="button" ref={addButton} onClick={add}>
        {t('cases.parties.add')}
      </button>
    </div>
  );
}
