import type { ReactNode } from 'react';
import { useNavigation } from '../navigation/NavigationContext';

interface Props {
  caseId: string;
  reportId: string;
  /** The agenda step, for the styles that mark a report already short of time. */
  step?: string;
  title: ReactNode;
  /** The lines under the title, each a span of its own. */
  lines: readonly { key: string; text: ReactNode; className?: string }[];
}

/** One court report in a list of Home: the whole row opens the report. */
export function ReportRow({ caseId, reportId, step, title, lines }: Props) {
  const { navigate } = useNavigation();
  return (
    <li className="reports-item" data-step={step}>
      <button
        type="button"
        className="reports-item-button"
        onClick={() => navigate({ screen: 'report', caseId, reportId })}
      >
        <span className="reports-item-title">{title}</span>
        {lines.map((line) => (
          <span
            key={line.key}
            className={`reports-item-line${line.className === undefined ? '' : ` ${line.className}`}`}
          >
            {line.text}
          </span>
        ))}
      </button>
    </li>
  );
}
