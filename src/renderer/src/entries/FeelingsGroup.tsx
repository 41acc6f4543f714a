import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import {
  feelingsByTone,
  feelingTones,
  feelingVisibilities,
  type FeelingVisibility,
} from '../../../shared/domain/taxonomy';
import { CheckboxList } from '../ui/form/CheckboxList';
import type { EntryForm } from './entryForm';
import { RadioChoice } from '../ui/form/RadioChoice';

interface Props {
  form: EntryForm;
  onChange: (patch: Partial<EntryForm>) => void;
}

/** How the practitioner felt: strain and the good moments too, private unless shared with supervision. */
export function FeelingsGroup({ form, onChange }: Props) {
  const { t, i18n } = useTranslation();
  const noteId = useId();
  return (
    <div className="feelings">
      <p className="help">{t('entries.feelings.help')}</p>
      {feelingTones.map((tone) => (
        <CheckboxList
          key={tone}
          legend={t(`taxonomy.feelingTones.${tone}`)}
          options={feelingsByTone[tone].map((feeling) => ({
            value: feeling,
            label: t(`taxonomy.feelings.${feeling}`),
          }))}
          values={form.feelings.filter((feeling) => (feelingsByTone[tone] as readonly string[]).includes(feeling))}
          onChange={(chosen) =>
            onChange({
              feelings: [
                ...form.feelings.filter((feeling) => !(feelingsByTone[tone] as readonly string[]).includes(feeling)),
                ...chosen,
              ],
            })
          }
        />
      ))}
      <div className="inline-field">
        <label htmlFor={noteId}>{t('entries.feelings.note')}</label>
        <textarea
          id={noteId}
          className="text-input"
          rows={3}
          spellCheck
          lang={i18n.language}
          value={form.feelingNote}
          onChange={(event) => onChange({ feelingNote: event.target.value })}
        />
      </div>
      <RadioChoice<FeelingVisibility>
        legend={t('entries.feelings.visibility')}
        compact
        hintOfChoice
        options={feelingVisibilities.map((visibility) => ({
          value: visibility,
          label: t(`taxonomy.sectionVisibilities.${visibility}`),
          hint: t(`taxonomy.feelingVisibilityHints.${visibility}`),
        }))}
        value={form.feelingsVisibility}
        onChange={(feelingsVisibility) => onChange({ feelingsVisibility })}
      />
    </div>
  );
}
