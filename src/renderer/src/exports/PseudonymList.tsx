import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseWithEntries } from '../../../shared/domain/case';
import type { BriefLanguage } from '../../../shared/exports/language';
import type { PreviewBriefResponse } from '../../../shared/exports/requests';
import { getApi } from '../api/client';
import { DamagedFileNotice } from '../components/DamagedFileNotice';
import { FormField } from '../ui/form/FormField';
import { partyLabel } from '../entries/partyLabel';
import { useSubmit } from '../vault/useSubmit';

interface Props {
  journalCase: CaseWithEntries;
  language: BriefLanguage;
  pseudonyms: PreviewBriefResponse['partyPseudonyms'];
  onChanged: (confirmation: string) => void;
}

/** Each person's pseudonym in this brief, each one the practitioner can rewrite or set back. */
export function PseudonymList({ journalCase, language, pseudonyms, onChanged }: Props) {
  const { t } = useTranslation();
  const titleId = useId();
  if (pseudonyms.length === 0) return null;
  return (
    <section className="brief-card brief-pseudonyms" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('exports.pseudonyms.title')}</h2>
      <p className="help">{t('exports.pseudonyms.help')}</p>
      <ul>
        {pseudonyms.map((pseudonym) => {
          const party = journalCase.parties.find((each) => each.id === pseudonym.partyId);
          if (party === undefined) return null;
          return (
            <PseudonymItem
              key={pseudonym.partyId}
              caseId={journalCase.id}
              party={partyLabel(party, t)}
              language={language}
              pseudonym={pseudonym}
              onChanged={onChanged}
            />
          );
        })}
      </ul>
    </section>
  );
}

interface ItemProps {
  caseId: string;
  party: string;
  language: BriefLanguage;
  pseudonym: PreviewBriefResponse['partyPseudonyms'][number];
  onChanged: (confirmation: string) => void;
}

function PseudonymItem({ caseId, party, language, pseudonym, onChanged }: ItemProps) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [label, setLabel] = useState(pseudonym.label);
  const save = useSubmit((chosen: string) => {
    setEditing(false);
    onChanged(t('exports.pseudonyms.saved', { party, pseudonym: chosen }));
  });
  const decide = (chosen: string | null) =>
    void save.submit(async () => {
      const result = await getApi().decideBriefReview({
        caseId,
        action: 'pseudonym',
        partyId: pseudonym.partyId,
        language,
        label: chosen,
      });
      return result.ok ? { ok: true, value: chosen ?? '' } : result;
    });

  function submit(event: FormEvent): void {
    event.preventDefault();
    if (label.trim() !== '') decide(label.trim());
  }

  return (
    <li className="brief-pseudonym">
      <span className="brief-pseudonym-label">{pseudonym.label}</span>{' '}
      {pseudonym.custom && <span className="brief-count">({t('exports.pseudonyms.custom')})</span>}
      {editing ? (
        <form className="brief-name-form" onSubmit={submit}>
          <FormField label={t('exports.pseudonyms.editLabel', { party })}>
            {(control) => (
              <input
                {...control}
                value={label}
                maxLength={60}
                // The form opens in place of its button: the keyboard lands in its one field.
                autoFocus
                onChange={(event) => setLabel(event.target.value)}
              />
            )}
          </FormField>
          <div className="actions">
            <button type="submit" className="primary" disabled={save.busy}>
              {t('exports.pseudonyms.save')}
            </button>
            {pseudonym.custom && (
              <button type="button" disabled={save.busy} onClick={() => decide(null)}>
                {t('exports.pseudonyms.reset')}
              </button>
            )}
            <button type="button" onClick={() => setEditing(false)}>
              {t('exports.pseudonyms.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <button
          type="button"
          className="link-button"
          aria-label={t('exports.pseudonyms.editLabel', { party })}
          onClick={() => {
            setLabel(pseudonym.label);
            setEditing(true);
          }}
        >
          {t('exports.pseudonyms.edit')}
        </button>
      )}
      {save.error && <DamagedFileNotice error={save.error} onRestored={save.clearError} />}
    </li>
  );
}
