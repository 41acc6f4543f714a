import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Case, CaseWithEntries } from '../../../shared/domain/case';
import type { Entry } from '../../../shared/domain/entry';
import { queryKeyOf } from '../api/queryKeys';
import { ChangePhaseForm } from '../cases/ChangePhaseForm';
import { phaseToOffer } from './phaseFollow';

interface Props {
  journalCase: CaseWithEntries;
  /** The reflection just saved. */
  entry: Entry;
}

type Step = 'offer' | 'form' | 'declined' | 'moved';

/**
 * After a reflection in a later phase than the case's is saved: offer to move the case to that
 * phase, through the case's own form (when, who decided, why). Not a dialog: the saved reflection
 * stays readable, and declining leaves the case as it is.
 */
export function PhaseFollowPrompt({ journalCase, entry }: Props) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [step, setStep] = useState<Step>('offer');
  const [confirmation, setConfirmation] = useState('');
  const after = useRef<HTMLParagraphElement>(null);
  const offered = phaseToOffer(journalCase, entry.phase);
  const phase = t(`taxonomy.phases.${entry.phase}`);

  useEffect(() => {
    // The offer is gone: what became of it takes the focus, so the keyboard is not left on nothing.
    if (step === 'declined' || step === 'moved') after.current?.focus();
  }, [step]);

  function moved(updated: Case, text: string): void {
    client.setQueryData<CaseWithEntries>(queryKeyOf('getCase', { caseId: journalCase.id }), (current) =>
      current === undefined ? current : { ...current, ...updated },
    );
    setConfirmation(text);
    setStep('moved');
  }

  if (step === 'declined' || step === 'moved')
    return (
      <p className="phase-follow-done" role="status" tabIndex={-1} ref={after}>
        {step === 'moved'
          ? confirmation
          : t('entries.phaseFollow.declined', { phase: t(`taxonomy.phases.${journalCase.phase}`) })}
      </p>
    );
  if (offered === undefined) return null;
  return (
    <div className="phase-follow" data-testid="phase-follow">
      <p>{t('entries.phaseFollow.question', { phase, current: t(`taxonomy.phases.${journalCase.phase}`) })}</p>
      {step === 'offer' ? (
        <div className="actions">
          <button type="button" className="primary" onClick={() => setStep('form')}>
            {t('entries.phaseFollow.change', { phase })}
          </button>
          <button type="button" onClick={() => setStep('declined')}>
            {t('entries.phaseFollow.decline')}
          </button>
        </div>
      ) : (
        <ChangePhaseForm
          journalCase={journalCase}
          proposed={{ phase: offered, date: entry.sessionDate }}
          onSaved={moved}
          onCancel={() => setStep('declined')}
          onRestored={() => setStep('offer')}
          onDirtyChange={() => undefined}
        />
      )}
    </div>
  );
}
