import { useTranslation } from 'react-i18next';
import type { EntryContent } from '../../../shared/domain/entry';
import type { Party } from '../../../shared/domain/party';
import { allianceElements } from '../../../shared/domain/ratings';
import { formatGap, ratingGaps } from './ratingGap';
import type { StatementBy } from '../../../shared/domain/section';
import { MarkdownPreview } from './MarkdownPreview';
import { partyLabel } from './partyLabel';

interface Props {
  content: EntryContent;
  parties: readonly Party[];
  /** The level of this view's headings: 2 on the entry's page, 3 inside its history. */
  level: 2 | 3;
}

/** A reflection's content as the journal shows it, read-only: texts rendered, lists spelled out. */
export function EntryContentView({ content, parties, level }: Props) {
  const { t, i18n } = useTranslation();
  const Heading = level === 2 ? 'h2' : 'h3';
  const byId = new Map(parties.map((party) => [party.id, party]));
  const name = (id: string) => {
    const party = byId.get(id);
    return party === undefined ? t('entries.view.unknownParty') : partyLabel(party, t);
  };
  const by = (statementBy: StatementBy) => ('partyId' in statementBy ? name(statementBy.partyId) : statementBy.name);
  const { practitioner, caregiver } = content.ratings;
  const sections = content.sections.filter((section) => section.text.trim() !== '');

  return (
    <div className="entry-content">
      <p className="entry-meta">
        {[
          t(`taxonomy.phases.${content.phase}`),
          content.modality === undefined ? undefined : t(`taxonomy.sessionModalities.${content.modality}`),
          content.attendees.length === 0
            ? undefined
            : t('entries.view.attendees', { names: content.attendees.map(name).join(', ') }),
        ]
          .filter((part) => part !== undefined)
          .join(t('entries.separator'))}
      </p>
      {sections.length === 0 && <p className="help">{t('entries.view.noText')}</p>}
      {sections.map((section, index) => (
        <section className="entry-text" key={section.id ?? index}>
          <Heading>{section.title.trim() === '' ? t('entries.sections.untitled') : section.title}</Heading>
          <p className="badges">
            <span className={`badge badge-${section.visibility}`}>
              {t(`taxonomy.sectionVisibilities.${section.visibility}`)}
            </span>
            {section.visibility === 'reportable' && section.statementType !== undefined && (
              <span className="badge">
                {section.statementBy === undefined
                  ? t(`taxonomy.statementTypes.${section.statementType}`)
                  : t('entries.view.statementBy', {
                      type: t(`taxonomy.statementTypes.${section.statementType}`),
                      by: by(section.statementBy),
                    })}
              </span>
            )}
          </p>
          <MarkdownPreview markdown={section.text} />
        </section>
      ))}
      {content.promptAnswers.length > 0 && (
        <>
          <Heading>{t('entries.groups.prompts')}</Heading>
          <dl className="entry-answers">
            {content.promptAnswers.map((answer) => (
              <div key={answer.promptId}>
                <dt>{t(`taxonomy.prompts.${answer.promptId}`)}</dt>
                <dd className="plain-text">{answer.skipped === true ? t('entries.view.skipped') : answer.answer}</dd>
              </div>
            ))}
          </dl>
        </>
      )}
      {content.tensions.length > 0 && (
        <>
          <Heading>{t('entries.groups.tensions')}</Heading>
          <ul className="entry-list">
            {content.tensions.map((tension, index) => (
              <li key={index}>
                <strong>{t(`taxonomy.tensionTypes.${tension.type}`)}</strong>
                {t('entries.separator')}
                {t(`entries.tensions.intensities.${tension.intensity}`)}
                {tension.rupture !== 'none' && (
                  <>
                    {t('entries.separator')}
                    <span className={`badge badge-${tension.rupture}`}>
                      {t(`taxonomy.ruptureKinds.${tension.rupture}`)}
                    </span>
                  </>
                )}
                {tension.indicators.length > 0 && (
                  <p>
                    {t('entries.view.signs', {
                      list: tension.indicators
                        .map((indicator) => t(`taxonomy.tensionIndicators.${indicator}`))
                        .join(', '),
                    })}
                  </p>
                )}
                {tension.parties.length > 0 && (
                  <p>{t('entries.view.who', { list: tension.parties.map(name).join(', ') })}</p>
                )}
                {tension.relationship !== undefined && (
                  <p>{t(`taxonomy.systemicRelationships.${tension.relationship}`)}</p>
                )}
                {tension.repairSteps.length > 0 && (
                  <p>
                    {t('entries.view.repair', {
                      list: tension.repairSteps.map((step) => t(`taxonomy.repairSteps.${step}`)).join(', '),
                    })}
                  </p>
                )}
                {tension.note !== undefined && <p className="plain-text">{tension.note}</p>}
              </li>
            ))}
          </ul>
        </>
      )}
      {content.strategies.length > 0 && (
        <>
          <Heading>{t('entries.groups.strategies')}</Heading>
          <ul className="entry-list">
            {content.strategies.map((use, index) => (
              <li key={index}>
                <strong>{t(`taxonomy.strategies.${use.strategy}`)}</strong>
                {t('entries.separator')}
                {t(`taxonomy.strategyKinds.${use.kind}`)}
                {t('entries.separator')}
                {t('entries.view.outcome', { outcome: t(`taxonomy.strategyOutcomes.${use.outcome}`) })}
                {use.note !== undefined && <p className="plain-text">{use.note}</p>}
              </li>
            ))}
          </ul>
        </>
      )}
      {(practitioner !== undefined || caregiver !== undefined) && (
        <>
          <Heading>{t('entries.groups.ratings')}</Heading>
          <table className="chart-table entry-ratings">
            <thead>
              <tr>
                <td />
                {allianceElements.map((element) => (
                  <th scope="col" key={element}>
                    {t(`entries.ratings.elements.${element}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {practitioner !== undefined && (
                <tr>
                  <th scope="row">{t('entries.ratings.practitioner')}</th>
                  {allianceElements.map((element) => (
                    <td key={element}>{practitioner[element]}</td>
                  ))}
                </tr>
              )}
              {caregiver !== undefined && (
                <tr>
                  <th scope="row">
                    {caregiver.partyId === undefined
                      ? t('entries.ratings.caregiver')
                      : t('entries.view.caregiverNamed', {
                          name: byId.get(caregiver.partyId)?.name ?? t('entries.view.unknownParty'),
                        })}
                  </th>
                  {allianceElements.map((element) => (
                    <td key={element}>{caregiver[element]}</td>
                  ))}
                </tr>
              )}
              {practitioner !== undefined && caregiver !== undefined && (
                <tr className="rating-gap-row">
                  <th scope="row">{t('entries.ratings.gapRow')}</th>
                  {ratingGaps(practitioner, caregiver).map(({ element, gap }) => (
                    <td key={element}>{formatGap(gap, i18n.language)}</td>
                  ))}
                </tr>
              )}
            </tbody>
          </table>
        </>
      )}
      {(content.feelings.length > 0 || content.feelingNote !== undefined) && (
        <>
          <Heading>{t('entries.groups.feelings')}</Heading>
          <p className="badges">
            <span className={`badge badge-${content.feelingsVisibility}`}>
              {t(`taxonomy.sectionVisibilities.${content.feelingsVisibility}`)}
            </span>
          </p>
          {content.feelings.length > 0 && (
            <p>{content.feelings.map((feeling) => t(`taxonomy.feelings.${feeling}`)).join(', ')}</p>
          )}
          {content.feelingNote !== undefined && <p className="plain-text">{content.feelingNote}</p>}
        </>
      )}
      {content.supervisionQuestions.length > 0 && (
        <>
          <Heading>{t('entries.groups.questions')}</Heading>
          <ul className="entry-list">
            {content.supervisionQuestions.map((question, index) => (
              <li key={index} className="plain-text">
                {question}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
