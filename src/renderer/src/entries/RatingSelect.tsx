import { useId } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  label: string;
  /** The id of the element's meaning, read with the select. */
  describedBy: string;
  value: number | undefined;
  onChange: (value: number | undefined) => void;
  invalid?: boolean;
}

const scale = Array.from({ length: 11 }, (_, index) => index);

/** 0 to 10 as a select, one line for an element; "not rated" is not a 0. */
export function RatingSelect({ label, describedBy, value, onChange, invalid }: Props) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="inline-field rating-select">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value === undefined ? '' : String(value)}
        aria-describedby={describedBy}
        aria-invalid={invalid === true || undefined}
        onChange={(event) => onChange(event.target.value === '' ? undefined : Number(event.target.value))}
      >
        <option value="">{t('entries.ratings.notRated')}</option>
        {scale.map((rating) => (
          <option key={rating} value={rating}>
            {rating}
          </option>
        ))}
      </select>
    </div>
  );
}
