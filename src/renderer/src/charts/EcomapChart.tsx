import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ecomapChart } from '../../../shared/charts';
import type { Party } from '../../../shared/domain/party';
import { buildEcomap, compareEcomaps, type Ecomap, type EcomapSource } from '../../../shared/ecomap';
import { formatSessionDate } from '../entries/dates';
import { EcomapTable } from './EcomapTable';
import { useEcomapLabels } from './ecomapLabels';
import { SvgView } from './SvgView';
import './charts.css';

const views = ['whole', 'compare'] as const;
type View = (typeof views)[number];
const comparedMaps = ['first', 'last'] as const;

interface Props {
  source: EcomapSource & { parties: readonly Pick<Party, 'id' | 'role' | 'name'>[] };
}

/** The child at the centre and each party's line, for the whole case or its first and last three months. */
export function EcomapChart({ source }: Props) {
  const { t, i18n } = useTranslation();
  const [view, setView] = useState<View>('whole');
  const name = useId();
  const whole = useMemo(() => buildEcomap(source), [source]);
  const compared = useMemo(() => (view === 'compare' ? compareEcomaps(source) : undefined), [source, view]);
  const date = (value: string) => formatSessionDate(value, i18n.language);
  return (
    <section className="chart ecomap" data-testid="ecomap" aria-labelledby={`${name}-heading`}>
      <h3 id={`${name}-heading`}>{t('entries.charts.ecomap.heading')}</h3>
      <p className="chart-caption">{t('entries.charts.ecomap.intro')}</p>
      <fieldset className="ecomap-period">
        <legend>{t('entries.charts.ecomap.period')}</legend>
        {views.map((option) => (
          <label key={option}>
            <input
              type="radio"
              name={`${name}-period`}
              value={option}
              checked={view === option}
              onChange={() => setView(option)}
            />{' '}
            {t(`entries.charts.ecomap.periods.${option}`)}
          </label>
        ))}
      </fieldset>
      {compared === undefined ? (
        <EcomapFigure
          map={whole}
          parties={source.parties}
          caption={t('entries.charts.ecomap.whole', { count: whole.sessions })}
        />
      ) : (
        <>
          {compared.overlapping && <p className="chart-caption">{t('entries.charts.ecomap.overlapping')}</p>}
          <div className="ecomap-compare">
            {comparedMaps.map((which) => (
              <EcomapFigure
                key={which}
                map={compared[which]}
                parties={source.parties}
                caption={t(`entries.charts.ecomap.${which}`, {
                  from: date(compared[which].period.from),
                  to: date(compared[which].period.to),
                })}
              />
            ))}
          </div>
        </>
      )}
      <p className="chart-caption">{t('entries.charts.ecomap.notTenuous')}</p>
    </section>
  );
}

function EcomapFigure({
  map,
  parties,
  caption,
}: {
  map: Ecomap;
  parties: readonly Pick<Party, 'id' | 'name'>[];
  caption: string;
}) {
  const { t } = useTranslation();
  const labels = useEcomapLabels(parties);
  const idPrefix = `ecomap-${useId().replace(/[^A-Za-z0-9_-]/g, '')}`;
  const [tableOpen, setTableOpen] = useState(false);
  const tree = useMemo(() => ecomapChart(map, labels, { idPrefix }), [map, labels, idPrefix]);
  return (
    <figure className="chart">
      <figcaption className="chart-caption">{caption}</figcaption>
      <div className="chart-frame">
        <SvgView element={tree} />
      </div>
      <details className="chart-data" onToggle={(event) => setTableOpen(event.currentTarget.open)}>
        <summary>{t('entries.charts.showTable')}</summary>
        {tableOpen && <EcomapTable map={map} name={labels.party} />}
      </details>
    </figure>
  );
}
