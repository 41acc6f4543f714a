import { useTranslation } from 'react-i18next';
import type { AllianceElement } from '../../../shared/domain/ratings';
import { formatGap, ratingGaps } from './ratingGap';

interface Props {
  practitioner: Partial<Record<AllianceElement, number>>;
  caregiver: Partial<Record<AllianceElement, number>>;
}

/** The caregiver's rating minus mine, element by element, once both are given. */
export function RatingGap({ practitioner, caregiver }: Props) {
  const { t, i18n } = useTranslation();
  const gaps = ratingGaps(practitioner, caregiver);
  if (gaps.length === 0) return null;
  return (
    <p className="rating-gap" data-testid="rating-gap">
      {t('entries.ratings.gap', {
        gaps: gaps
          .map(({ element, gap }) =>
            t('entries.ratings.gapOf', {
              element: t(`entries.ratings.elements.${element}`),
              gap: formatGap(gap, i18n.language),
            }),
          )
          .join(t('entries.separator')),
      })}
    </p>
  );
}
