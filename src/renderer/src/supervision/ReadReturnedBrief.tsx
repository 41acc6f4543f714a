import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReturnedBrief } from '../../../shared/journal/supervisionRequests';
import { useContractMutation } from '../api/useContractMutation';
import { DamagedFileNotice } from '../components/DamagedFileNotice';

interface Props {
  caseId: string;
  onRead: (brief: ReturnedBrief) => void;
}

/**
 * Reads the brief the supervisor sent back: the file through main's dialog, or notes pasted with
 * the brief's reference. A file that is not such a brief of this case says why, and nothing is kept.
 */
export function ReadReturnedBrief({ caseId, onRead }: Props) {
  const { t } = useTranslation();
  const pasteId = useId();
  const [pasted, setPasted] = useState('');
  const [refusal, setRefusal] = useState<string | undefined>();
  const reading = useContractMutation('readReturnedBrief', {
    onSuccess: (answer) => {
      if (answer.status === 'cancelled') return;
      if (answer.status === 'refused') setRefusal(t(`supervision.returned.refused.${answer.reason}`));
      else if (answer.brief.caseId !== caseId)
        setRefusal(t('supervision.returned.otherCase', { alias: answer.brief.caseAlias }));
      else onRead(answer.brief);
    },
  });
  function read(request: { pasted?: string }): void {
    setRefusal(undefined);
    reading.mutate(request);
  }

  return (
    <div className="supervision-read">
      <button type="button" disabled={reading.isPending} onClick={() => read({})}>
        {t('supervision.returned.read')}
      </button>
      <label htmlFor={pasteId}>{t('supervision.returned.pasteLabel')}</label>
      <textarea
        id={pasteId}
        className="reports-textarea"
        rows={3}
        value={pasted}
        onChange={(event) => setPasted(event.target.value)}
      />
      <button type="button" disabled={reading.isPending || pasted.trim() === ''} onClick={() => read({ pasted })}>
        {t('supervision.returned.readPasted')}
      </button>
      {refusal !== undefined && (
        <p className="error" role="alert">
          {refusal}
        </p>
      )}
      {reading.error && <DamagedFileNotice error={reading.error.shape} />}
    </div>
  );
}
