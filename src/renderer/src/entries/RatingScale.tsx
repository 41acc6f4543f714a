import { useTranslation } from 'react-i18next';
import { RadioChoice } from '../ui/form/RadioChoice';

interface Props {
  legend: string;
  hint: string;
  value: number | undefined;
  onChange: (value: number | undefined) => void;
  invalid?: boolean;
}

const scale = Array.from({ length: 11 }, (_, index) => index);

/** 0 to 10 as a row of buttons, which can be cleared again (an unrated element is not a 0). */
export function RatingScale({ legend, hint, value, onChange, invalid }: Props) {
  const { t } = useTranslation();
  return (
    <div className={invalid ? 'rating-scale rating-missing' : 'rating-scale'}>
      <RadioChoice<number>
        legend={legend}
        compact
        options={scale.map((rating) => ({ value: rating, label: String(rating) }))}
        value={value}
        onChange={onChange}
      />
      <p className="help rating-hint">{hint}</p>
      {value !== undefined && (
        <button
          type="button"
          className="link-button"
          aria-label={t('entries.ratings.clearNamed', { element: legend })}
          onClick={() => onChange(undefined)}
        >
          {t('entries.ratings.clear')}
        </button>
      )}
    </div>
  );
}
