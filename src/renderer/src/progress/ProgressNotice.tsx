import { useTranslation } from 'react-i18next';
import type { Progress } from '../../../shared/progress/progress';
import { useProgress } from './useProgress';

/** A bar for each long piece of work main is doing, on every screen, gates included. */
export function ProgressNotice() {
  const running = useProgress();
  if (running.length === 0) return null;
  return (
    <div className="progress-notice" data-testid="progress-notice">
      {running.map((progress) => (
        <ProgressLine key={progress.task} progress={progress} />
      ))}
    </div>
  );
}

function ProgressLine({ progress }: { progress: Progress }) {
  const { t } = useTranslation();
  const label = t(`progress.tasks.${progress.task}`);
  const counted = t(`progress.units.${progress.unit}`, { done: progress.done, count: progress.total });
  return (
    <div className="progress-line" role="status">
      <span className="progress-label">{label}</span>
      <span className="progress-count">{counted}</span>
      <progress value={progress.done} max={Math.max(progress.total, 1)} aria-label={label} aria-valuetext={counted} />
    </div>
  );
}
