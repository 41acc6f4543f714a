import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Party } from '../../../shared/domain/party';
import { allianceElements, type AllianceElement } from '../../../shared/domain/ratings';
import type { EntryForm, FormProblem, RatingForm } from './entryForm';
import { partyLabel } from './partyLabel';
import { RatingGap } from './RatingGap';
import { RatingScale } from './RatingScale';
import { RatingSelect } from './RatingSelect';
import { SelectField } from '../ui/form/SelectField';

interface Props {
  form: EntryForm;
  parties: readonly Party[];
  problems: readonly FormProblem[];
  onChange: (patch: Partial<EntryForm>) => void;
  /** Ids for the first scale of each side, so a problem can send the focus there. */
  ids: { practitioner: string; caregiver: string };
}

/** Roles who may give the caregiver's view of the alliance. */
const caregiverRoles = new Set(['caregiver', 'parent', 'relative', 'other']);

/**
 * Bordin's bond, goals and tasks, 0 to 10: the practitioner's view and, when known, the
 * caregiver's, with the gap between them. Each view is one row of selects; the rows of 0–10
 * buttons are there for whoever prefers them.
 */
export function RatingsGroup({ form, parties, problems, onChange, ids }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [buttons, setButtons] = useState(false);
  const hintId = (element: AllianceElement) => `${id}-${element}-hint`;
  const caregivers = parties.filter((party) => caregiverRoles.has(party.role));

  const caregiverChoice = (
    <SelectField
      className="inline-field rating-which"
      label={t('entries.ratings.whichCaregiver')}
      value={form.caregiver.partyId ?? ''}
      onChange={(value) => {
        const { partyId: _partyId, ...rest } = form.caregiver;
        onChange({ caregiver: value === '' ? rest : { ...rest, partyId: value } });
      }}
    >
      <option value="">{buttons ? t('entries.fields.notSaid') : t('entries.ratings.whichCaregiverNotSaid')}</option>
      {caregivers.map((party) => (
        <option key={party.id} value={party.id}>
          {partyLabel(party, t)}
        </option>
      ))}
    </SelectField>
  );

  function missing(who: 'practitioner' | 'caregiver'): AllianceElement[] {
    const problem = problems.find((candidate) => candidate.kind === 'partial-rating' && candidate.who === who);
    return problem?.kind === 'partial-rating' ? problem.missing : [];
  }

  function scales(who: 'practitioner' | 'caregiver', rating: RatingForm) {
    const gaps = missing(who);
    return (
      <>
        {gaps.length > 0 && (
          <p className="field-problem" id={ids[who]} tabIndex={-1} data-form-problem>
            {t('entries.problems.partialRating', {
              missing: gaps.map((element) => t(`entries.ratings.elements.${element}`)).join(', '),
            })}
          </p>
        )}
        {buttons
          ? allianceElements.map((element) => (
              <RatingScale
                key={element}
                legend={t(`entries.ratings.elements.${element}`)}
                hint={t(`entries.ratings.hints.${element}`)}
                value={rating[element]}
                invalid={gaps.includes(element)}
                onChange={(value) => onChange({ [who]: { ...form[who], [element]: value } })}
              />
            ))
          : allianceElements.map((element) => (
              <RatingSelect
                key={element}
                label={t(`entries.ratings.elements.${element}`)}
                describedBy={hintId(element)}
                value={rating[element]}
                invalid={gaps.includes(element)}
                onChange={(value) => onChange({ [who]: { ...form[who], [element]: value } })}
              />
            ))}
      </>
    );
  }

  const practitionerScales = scales('practitioner', form.practitioner);
  const caregiverScales = scales('caregiver', form.caregiver);
  return (
    <div className={buttons ? 'ratings' : 'ratings ratings-compact'}>
      <p className="help">{buttons ? t('entries.ratings.help') : t('entries.ratings.helpCompact')}</p>
      <p className="visually-hidden">
        {allianceElements.map((element) => (
          <span key={element} id={hintId(element)}>
            {t('entries.ratings.hintOf', {
              element: t(`entries.ratings.elements.${element}`),
              hint: t(`entries.ratings.hints.${element}`),
            })}
          </span>
        ))}
      </p>
      <div className="rating-columns">
        {!buttons &&
          // The elements' names over their columns, for the eye: each select carries its own label.
          allianceElements.map((element) => (
            <span key={element} aria-hidden="true" title={t(`entries.ratings.hints.${element}`)}>
              {t(`entries.ratings.elements.${element}`)}
            </span>
          ))}
        <button type="button" className="link-button" aria-pressed={buttons} onClick={() => setButtons(!buttons)}>
          {t('entries.ratings.asButtons')}
        </button>
      </div>
      <fieldset className="ratings-side" data-testid="practitioner-rating">
        <legend>{t('entries.ratings.practitioner')}</legend>
        {practitionerScales}
      </fieldset>
      <fieldset className="ratings-side" data-testid="caregiver-rating">
        <legend>{t('entries.ratings.caregiver')}</legend>
        <p className={buttons ? 'help' : 'visually-hidden'} id={`${id}-caregiver-help`}>
          {t('entries.ratings.caregiverHelp')}
        </p>
        {buttons && caregiverChoice}
        {caregiverScales}
        {!buttons && caregiverChoice}
      </fieldset>
      <RatingGap practitioner={form.practitioner} caregiver={form.caregiver} />
    </div>
  );
}
