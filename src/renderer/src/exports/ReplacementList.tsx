import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { groupReplacements, type Replacement } from './replacementGroups';

/** What de-identification changed, grouped by kind: the original beside what the brief says instead. */
export function ReplacementList({ replacements }: { replacements: readonly Replacement[] }) {
  const { t } = useTranslation();
  const titleId = useId();
  const groups = groupReplacements(replacements);
  return (
    <section className="brief-card brief-replacements" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('exports.replacements.title')}</h2>
      <p className="help">{t('exports.replacements.help')}</p>
      {groups.length === 0 && <p>{t('exports.replacements.none')}</p>}
      {groups.map((group) => (
        <section
          key={group.kind}
          className="brief-replacement-group"
          aria-label={t(`exports.replacements.kinds.${group.kind}`)}
        >
          <h3>
            {t(`exports.replacements.kinds.${group.kind}`)}{' '}
            <span className="brief-count">{t('exports.replacements.times', { count: group.total })}</span>
          </h3>
          <ul>
            {group.items.map((item) => (
              <li key={`${item.original}\u0000${item.replacement}`}>
                <del>{item.original}</del> <span aria-hidden="true">→</span> <ins>{item.replacement}</ins>{' '}
                <span className="brief-count">{t('exports.replacements.times', { count: item.count })}</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
