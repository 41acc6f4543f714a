import { useTranslation } from 'react-i18next';
import { tensionTypesByGroup, type TensionGroup } from '../../../shared/domain/taxonomy';

/** The tension types of some groups as <optgroup>s, for a select. */
export function TensionTypeOptions({ groups }: { groups: readonly TensionGroup[] }) {
  const { t } = useTranslation();
  return groups.map((group) => (
    <optgroup key={group} label={t(`taxonomy.tensionGroups.${group}`)}>
      {tensionTypesByGroup[group].map((type) => (
        <option key={type} value={type}>
          {t(`taxonomy.tensionTypes.${type}`)}
        </option>
      ))}
    </optgroup>
  ));
}
