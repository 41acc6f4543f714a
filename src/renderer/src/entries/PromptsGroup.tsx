import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { PromptAnswer } from '../../../shared/domain/reflexivity';
import type { Phase, PromptId } from '../../../shared/domain/taxonomy';
import { promptsShown } from './promptsShown';

interface Props {
  phase: Phase;
  answers: PromptAnswer[];
  onChange: (answers: PromptAnswer[]) => void;
}

/** The reflexive questions for the phase: each answered in a few words, or skipped. */
export function PromptsGroup({ phase, answers, onChange }: Props) {
  const { t, i18n } = useTranslation();
  const id = useId();

  function update(promptId: PromptId, patch: Partial<PromptAnswer>): void {
    const current = answers.find((answer) => answer.promptId === promptId) ?? { promptId };
    const next = { ...current, ...patch };
    if (next.skipped !== true) delete next.skipped;
    onChange(
      answers.some((answer) => answer.promptId === promptId)
        ? answers.map((answer) => (answer.promptId === promptId ? next : answer))
        : [...answers, next],
    );
  }

  return (
    <div className="prompts">
      <p className="help">{t('entries.prompts.help')}</p>
      {promptsShown(phase, answers).map((promptId) => {
        const answer = answers.find((candidate) => candidate.promptId === promptId);
        const skipped = answer?.skipped === true;
        const fieldId = `${id}-${promptId}`;
        return (
          <div className="prompt" key={promptId}>
            <label htmlFor={fieldId}>{t(`taxonomy.prompts.${promptId}`)}</label>
            <textarea
              id={fieldId}
              className="text-input prompt-answer"
              rows={2}
              spellCheck
              lang={i18n.language}
              disabled={skipped}
              value={answer?.answer ?? ''}
              onChange={(event) => update(promptId, { answer: event.target.value })}
            />
            <div className="checkbox-option">
              <input
                type="checkbox"
                id={`${fieldId}-skip`}
                checked={skipped}
                onChange={(event) => update(promptId, { skipped: event.target.checked })}
              />
              <label htmlFor={`${fieldId}-skip`}>{t('entries.prompts.skip')}</label>
            </div>
          </div>
        );
      })}
    </div>
  );
}
