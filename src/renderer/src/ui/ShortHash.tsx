import { useTranslation } from 'react-i18next';
import { CopyButton } from './CopyButton';
import './ui.css';

/** Hex characters shown: enough to tell files apart at a glance and to compare by eye. */
export const shortHashLength = 10;

interface Props {
  /** The whole hash, in hex. */
  value: string;
  /** What the hash is, as the column or field names it ("SHA-256"). */
  name: string;
}

/**
 * A hash shown short (its first characters) with a Copy button: the whole hash is in the
 * tooltip, in the text screen readers read, and on the clipboard.
 */
export function ShortHash({ value, name }: Props) {
  const { t } = useTranslation();
  const short = value.length > shortHashLength ? `${value.slice(0, shortHashLength)}…` : value;
  return (
    <span className="short-hash">
      <code className="short-hash-value" title={value} aria-hidden="true">
        {short}
      </code>
      <span className="visually-hidden">{t('ui.hash.whole', { name, value })}</span>
      <CopyButton value={value} label={t('ui.hash.copy', { name })} />
    </span>
  );
}
