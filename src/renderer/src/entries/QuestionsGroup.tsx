import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuestionForm } from './entryForm';

interface Props {
  questions: QuestionForm[];
  onChange: (questions: QuestionForm[]) => void;
}

/** What the practitioner wants to take to supervision, one question per box. */
export function QuestionsGroup({ questions, onChange }: Props) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const addButton = useRef<HTMLButtonElement>(null);
  // A question just added takes the caret, so the user can type at once.
  const pendingFocus = useRef<string | undefined>(undefined);

  function add(): void {
    const key = crypto.randomUUID();
    pendingFocus.current = key;
    onChange([...questions, { key, text: '' }]);
  }

  return (
    <div className="questions">
      <p className="help">{t('entries.questions.help')}</p>
      {questions.map((question, index) => (
        <div className="question" key={question.key}>
          <label htmlFor={`${id}-${question.key}`}>{t('entries.questions.label', { number: index + 1 })}</label>
          <div className="question-row">
            <textarea
              id={`${id}-${question.key}`}
              className="text-input"
              rows={2}
              spellCheck
              lang={i18n.language}
              value={question.text}
              ref={(element) => {
                if (element !== null && pendingFocus.current === question.key) {
                  pendingFocus.current = undefined;
                  element.focus();
                }
              }}
              onChange={(event) =>
                onChange(
                  questions.map((candidate) =>
                    candidate.key === question.key ? { ...candidate, text: event.target.value } : candidate,
                  ),
                )
              }
            />
            <button
              type="button"
              className="link-button"
              aria-label={t('entries.questions.removeNamed', { number: index + 1 })}
              onClick={() => {
                onChange(questions.filter((candidate) => candidate.key !== question.key));
                requestAnimationFrame(() => addButton.current?.focus());
              }}
            >
              {t('entries.questions.remove')}
            </button>
          </div>
        </div>
      ))}
      <button ref={addButton} type="button" className="add-button" onClick={add}>
        {t('entries.questions.add')}
      </button>
    </div>
  );
}
