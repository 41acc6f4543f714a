import { useTranslation } from 'react-i18next';
import type { AllianceTrend } from './allianceTrend';

const arrows: Record<AllianceTrend, string> = { rising: '↗', falling: '↘', steady: '→' };

/** An arrow for the alliance trend, with its meaning in words for screen readers and on hover. */
export function AllianceTrendMark({ trend }: { trend: AllianceTrend }) {
  const { t } = useTranslation();
  const text = t(`cases.list.trend.${trend}`);
  return (
    <span className="case-trend" data-trend={trend} title={text}>
      <span aria-hidden="true">{arrows[trend]}</span>
      <span className="visually-hidden">{text}</span>
    </span>
  );
}
