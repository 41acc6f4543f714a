import { useTranslation } from 'react-i18next';
import { allianceElements } from '../../../shared/domain/ratings';

/**
 * The head of an alliance table: the row's own columns (`leading`), then bond, goals and tasks
 * under each side, then the ruptures.
 */
export function AllianceTableHead({ leading }: { leading: readonly string[] }) {
  const { t } = useTranslation();
  return (
    <thead>
      <tr>
        {leading.map((label) => (
          <th scope="col" rowSpan={2} key={label}>
            {label}
          </th>
        ))}
        <th scope="colgroup" colSpan={3}>
          {t('entries.charts.alliance.practitioner')}
        </th>
        <th scope="colgroup" colSpan={3}>
          {t('entries.charts.alliance.caregiver')}
        </th>
        <th scope="col" rowSpan={2}>
          {t('entries.charts.alliance.rupturesLane')}
        </th>
      </tr>
      <tr>
        {[0, 1].flatMap((side) =>
          allianceElements.map((element) => (
            <th scope="col" key={`${side}-${element}`}>
              {t(`entries.ratings.elements.${element}`)}
            </th>
          )),
        )}
      </tr>
    </thead>
  );
}
