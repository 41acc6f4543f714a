import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkQueue } from '../../../shared/home/workQueue';
import { loadStateOf } from '../api/loadState';
import { useContractQuery } from '../api/useContractQuery';
import { HearingAgenda } from '../home/HearingAgenda';
import { HomeActions } from '../home/HomeActions';
import { HomeWarnings } from '../home/HomeWarnings';
import { OverdueCases } from '../home/OverdueCases';
import { QueuedDrafts } from '../home/QueuedDrafts';
import { QueueSummary } from '../home/QueueSummary';
import { ReportsToShare } from '../home/ReportsToShare';
import { UnansweredComments } from '../home/UnansweredComments';
import { useNavigation } from '../navigation/NavigationContext';
import { LoadState } from '../ui/LoadState';
import '../home/home.css';

/**
 * Home is the practitioner's work queue: what to do today across every open case, most urgent
 * first, each row going straight to the place to act. All of it comes from one read
 * (`getWorkQueue`). The welcome text shows only while the journal has no case.
 */
export function HomeScreen() {
  const { t } = useTranslation();
  const { navigate } = useNavigation();
  const state = loadStateOf(useContractQuery('getWorkQueue', undefined));
  const loaded = state.kind === 'loaded' ? state.value : undefined;
  const empty = loaded?.caseCount === 0;
  return (
    <section className="screen home-queue" aria-labelledby="home-title">
      <h1 tabIndex={-1} id="home-title">
        {empty ? t('home.title') : t('queue.title')}
      </h1>
      <LoadState state={state} loading={t('queue.loading')}>
        {(queue) => (empty ? <Welcome /> : <Queue queue={queue} onAllCases={() => navigate({ screen: 'cases' })} />)}
      </LoadState>
      <div className="callout">
        <h2>{t('home.privacyTitle')}</h2>
        <p>{t('home.privacyBody')}</p>
      </div>
    </section>
  );
}

function Welcome() {
  const { t } = useTranslation();
  const { navigate } = useNavigation();
  return (
    <div data-testid="home-welcome">
      <p className="lead">{t('app.tagline')}</p>
      <p>{t('home.body')}</p>
      <p>
        <button type="button" className="primary" onClick={() => navigate({ screen: 'new-case' })}>
          {t('queue.welcomeStart')}
        </button>
      </p>
    </div>
  );
}

function Queue({ queue, onAllCases }: { queue: WorkQueue; onAllCases: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const ids = {
    toShare: `${id}-to-share`,
    comments: `${id}-comments`,
    overdue: `${id}-overdue`,
    drafts: `${id}-drafts`,
    hearings: `${id}-hearings`,
    actions: `${id}-actions`,
    warnings: `${id}-warnings`,
  };
  const interval = t('queue.overdue.interval', { count: queue.reflectionIntervalDays });
  return (
    <>
      <p className="home-queue-lead">
        {t('queue.openCases', { count: queue.openCaseCount })}{' '}
        <button type="button" className="link-button" onClick={onAllCases}>
          {t('queue.allCases')}
        </button>
      </p>
      <QueueSummary
        lines={[
          {
            headingId: ids.toShare,
            count: queue.toShare.length,
            text: t('queue.toShare.title', { count: queue.toShare.length }),
          },
          {
            headingId: ids.comments,
            count: queue.comments.length,
            text: t('queue.comments.title', { count: queue.comments.length }),
          },
          {
            headingId: ids.overdue,
            count: queue.overdue.length,
            text: t('queue.overdue.title', { count: queue.overdue.length, interval }),
          },
          {
            headingId: ids.drafts,
            count: queue.drafts.length,
            text: t('queue.drafts.title', { count: queue.drafts.length }),
          },
          {
            headingId: ids.actions,
            count: queue.actions.length,
            text: t('queue.summaryActions', { count: queue.actions.length }),
          },
          {
            headingId: ids.warnings,
            count: queue.warnings.length,
            text: t('queue.summaryWarnings', {
              count: queue.warnings.length,
              cases: t('home.warnings.cases', { count: new Set(queue.warnings.map((warning) => warning.caseId)).size }),
            }),
          },
        ]}
      />
      <ReportsToShare items={queue.toShare} headingId={ids.toShare} />
      <UnansweredComments items={queue.comments} headingId={ids.comments} />
      <OverdueCases items={queue.overdue} interval={queue.reflectionIntervalDays} headingId={ids.overdue} />
      <QueuedDrafts items={queue.drafts} headingId={ids.drafts} />
      <HearingAgenda items={queue.hearings} headingId={ids.hearings} />
      <HomeActions actions={queue.actions} headingId={ids.actions} />
      <HomeWarnings warnings={queue.warnings} headingId={ids.warnings} />
    </>
  );
}
