import { useTranslation } from 'react-i18next';
import type { SectionComparison } from '../../../shared/reports/requests';
import { WordDiff } from './WordDiff';

/** One section of a comparison: added, removed and changed statements, and how many stayed the same. */
export function SectionComparisonView({ section }: { section: SectionComparison }) {
  const { t } = useTranslation();
  const changes = section.added.length + section.removed.length + section.changed.length;
  return (
    <section className="reports-compare-section" data-section={section.kind}>
      <h4>{t(`reports.sections.${section.kind}`)}</h4>
      {changes === 0 && section.unchanged === 0 && <p className="help">{t('reports.compare.sectionSame')}</p>}
      {section.added.map((statement) => (
        <div key={`added-${statement.id}`} className="reports-compare-item" data-change="added">
          <p className="reports-compare-kind">{t('reports.compare.added')}</p>
          <p className="reports-diff">
            <ins>{statement.text}</ins>
          </p>
        </div>
      ))}
      {section.removed.map((statement) => (
        <div key={`removed-${statement.id}`} className="reports-compare-item" data-change="removed">
          <p className="reports-compare-kind">{t('reports.compare.removed')}</p>
          <p className="reports-diff">
            <del>{statement.text}</del>
          </p>
        </div>
      ))}
      {section.changed.map((change) => (
        <div key={`changed-${change.after.id}`} className="reports-compare-item" data-change="changed">
          <p className="reports-compare-kind">{t('reports.compare.changed')}</p>
          {change.text.length > 0 ? (
            <WordDiff changes={change.text} />
          ) : (
            <p className="reports-diff">{change.after.text}</p>
          )}
          {change.fields.length > 0 && (
            <p className="help">
              {t('reports.compare.fields', {
                fields: change.fields.map((field) => t(`reports.compare.fieldNames.${field}`)).join(', '),
              })}
            </p>
          )}
        </div>
      ))}
      {section.unchanged > 0 && <p className="help">{t('reports.compare.unchanged', { count: section.unchanged })}</p>}
    </section>
  );
}
