import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Party } from '../../../shared/domain/party';
import { sectionVisibilities, type SectionVisibility } from '../../../shared/domain/taxonomy';
import type { SectionForm } from './entryForm';
import { MarkdownField } from './MarkdownField';
import { RadioChoice } from '../ui/form/RadioChoice';
import { StatementFields } from './StatementFields';

interface Props {
  section: SectionForm;
  parties: readonly Party[];
  onChange: (section: SectionForm) => void;
  onRemove: () => void;
  /** A section just added opens with its title ready to type. */
  startRenaming?: boolean;
  autoFocus?: boolean;
}

/** One text of the reflection: its title, who may read it, and the text itself. */
export function SectionEditor({ section, parties, onChange, onRemove, startRenaming, autoFocus }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [renaming, setRenaming] = useState(startRenaming === true);
  const [confirmingRemoval, setConfirmingRemoval] = useState(false);
  const title = section.title.trim() === '' ? t('entries.sections.untitled') : section.title;
  const titleId = `${id}-title`;
  const textId = `${id}-text`;

  /** The title is named: the caret goes on to the text of the part. */
  function finishRenaming(): void {
    setRenaming(false);
    requestAnimationFrame(() => document.getElementById(textId)?.focus());
  }

  return (
    <section className="entry-section" aria-labelledby={titleId} data-testid="entry-section">
      <div className="entry-section-head">
        <h2 id={titleId}>{title}</h2>
        <div className="entry-section-actions">
          <button
            type="button"
            className="link-button"
            aria-expanded={renaming}
            aria-label={t('entries.sections.renameNamed', { title })}
            onClick={() => setRenaming(!renaming)}
          >
            {t('entries.sections.rename')}
          </button>
          <button
            type="button"
            className="link-button"
            aria-label={t('entries.sections.removeNamed', { title })}
            onClick={() => (section.text.trim() === '' ? onRemove() : setConfirmingRemoval(true))}
          >
            {t('entries.sections.remove')}
          </button>
        </div>
      </div>
      {renaming && (
        <div className="inline-field rename-field">
          <label htmlFor={`${id}-rename`}>{t('entries.sections.titleLabel')}</label>
          <input
            id={`${id}-rename`}
            className="text-input"
            value={section.title}
            autoFocus
            onChange={(event) => onChange({ ...section, title: event.target.value })}
            onKeyDown={(event) => {
              if (event.key === 'Enter' || event.key === 'Escape') {
                event.preventDefault();
                finishRenaming();
              }
            }}
          />
          <button type="button" onClick={finishRenaming}>
            {t('entries.sections.renameDone')}
          </button>
        </div>
      )}
      {confirmingRemoval && (
        <div className="inline-confirm" role="alert">
          <p>{t('entries.sections.removeQuestion', { title })}</p>
          <div className="actions">
            <button type="button" className="danger" onClick={onRemove}>
              {t('entries.sections.removeConfirm')}
            </button>
            <button type="button" autoFocus onClick={() => setConfirmingRemoval(false)}>
              {t('entries.sections.keep')}
            </button>
          </div>
        </div>
      )}
      <RadioChoice<SectionVisibility>
        className="visibility-choice"
        legend={t('entries.sections.visibility')}
        compact
        hintOfChoice
        options={sectionVisibilities.map((visibility) => ({
          value: visibility,
          label: t(`taxonomy.sectionVisibilities.${visibility}`),
          hint: t(`taxonomy.sectionVisibilityHints.${visibility}`),
        }))}
        value={section.visibility}
        onChange={(visibility) => onChange({ ...section, visibility })}
      />
      {section.visibility === 'reportable' && (
        <StatementFields section={section} parties={parties} onChange={onChange} />
      )}
      <MarkdownField
        id={textId}
        labelledBy={titleId}
        label={title}
        value={section.text}
        autoFocus={autoFocus}
        onChange={(text) => onChange({ ...section, text })}
      />
    </section>
  );
}
