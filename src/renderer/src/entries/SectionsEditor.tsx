import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Party } from '../../../shared/domain/party';
import type { SectionForm } from './entryForm';
import { SectionEditor } from './SectionEditor';

interface Props {
  sections: SectionForm[];
  parties: readonly Party[];
  onChange: (sections: SectionForm[]) => void;
  /** Put the caret in the first text, ready to write. */
  focusFirst?: boolean;
}

/** The texts of a reflection; the user adds, renames and removes them. */
export function SectionsEditor({ sections, parties, onChange, focusFirst }: Props) {
  const { t } = useTranslation();
  const [added, setAdded] = useState<string | undefined>();
  const addButton = useRef<HTMLButtonElement>(null);

  function add(): void {
    const id = crypto.randomUUID();
    setAdded(id);
    // No title to type over: the title field opens empty, with the focus in it.
    onChange([...sections, { id, title: '', visibility: 'private', text: '' }]);
  }

  return (
    <div className="entry-sections">
      {sections.map((section, index) => (
        <SectionEditor
          key={section.id}
          section={section}
          parties={parties}
          startRenaming={section.id === added}
          autoFocus={focusFirst === true && index === 0}
          onChange={(next) => onChange(sections.map((candidate) => (candidate.id === section.id ? next : candidate)))}
          onRemove={() => {
            onChange(sections.filter((candidate) => candidate.id !== section.id));
            // The removed section had focus; keep keyboard users in the list.
            requestAnimationFrame(() => addButton.current?.focus());
          }}
        />
      ))}
      <button ref={addButton} type="button" className="add-button" onClick={add}>
        {t('entries.sections.add')}
      </button>
    </div>
  );
}
