/**
 * A warning in the practitioner's words: the engine gives ids and numbers, these sentences put
 * them in context (which element, whose rating, the dates and the size of the change). The app is
 * the practitioner's own: parties are named as written in the case.
 */
import type { TFunction } from 'i18next';
import type { RatingSeries, Warning } from '../../../shared/alliance/warning';
import type { Source } from '../../../shared/alliance/sources';
import { formatCalendarDate } from '../cases/dates';

export interface WarningContext {
  t: TFunction;
  language: string;
  /** A party's name as written in the case, when the warning names one. */
  nameOf: (partyId: string | undefined) => string | undefined;
}

const oneDecimal = (value: number, language: string) =>
  new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(value);

export function warningExplanation(warning: Warning, context: WarningContext): string {
  const { t, language, nameOf } = context;
  const date = (value: string | undefined) => (value === undefined ? '' : formatCalendarDate(value, language));
  const element = (id: 'bond' | 'goals' | 'tasks') => t(`entries.ratings.elements.${id}`);
  const whose = (series: RatingSeries) => {
    if (series.perspective === 'practitioner') return t('alliance.whose.practitioner');
    const name = nameOf(series.caregiverId);
    return name === undefined ? t('alliance.whose.caregiver') : t('alliance.whose.caregiverNamed', { name });
  };
  const first = date(warning.sessions[0]?.date);
  switch (warning.rule) {
    case 'alliance-fall':
    case 'unrepaired-fall': {
      const { details } = warning;
      return t(`alliance.rules.${warning.rule}.explanation`, {
        element: element(details.element),
        whose: whose(details.series),
        value: details.value,
        date: first,
        deviations: oneDecimal(details.deviations, language),
        mean: oneDecimal(details.mean, language),
        count: warning.rule === 'alliance-fall' ? details.earlierSessions : details.sessionsSince,
      });
    }
    case 'perception-gap': {
      const { details } = warning;
      return t(`alliance.rules.perception-gap.${details.gap < 0 ? 'lower' : 'higher'}`, {
        date: first,
        caregiver: nameOf(details.caregiverId) ?? t('alliance.caregiver'),
        element: element(details.element),
        caregiverValue: details.caregiver,
        practitionerValue: details.practitioner,
        count: Math.abs(details.gap),
      });
    }
    case 'split-alliance': {
      const { details } = warning;
      const [one, two] = details.caregivers;
      return t('alliance.rules.split-alliance.explanation', {
        first: nameOf(one.partyId) ?? t('alliance.caregiver'),
        second: nameOf(two.partyId) ?? t('alliance.caregiver'),
        element: element(details.element),
        firstValue: one.value,
        secondValue: two.value,
        count: details.gap,
      });
    }
    case 'engagement-risk': {
      const { details } = warning;
      if (details.trigger === 'absences')
        return t('alliance.rules.engagement-risk.absences', { count: details.absences.length, window: details.window });
      return t('alliance.rules.engagement-risk.afterLowRating', {
        element: element(details.element),
        value: details.value,
        whose: whose(details.series),
        date: first,
        absenceDate: date(details.absence.plannedOn),
      });
    }
    case 'unrecorded-repair':
      return t('alliance.rules.unrecorded-repair.explanation', {
        date: first,
        ruptures: warning.details.ruptures.map((kind) => t(`taxonomy.ruptureKinds.${kind}`)).join(', '),
      });
    case 'repeated-withdrawal':
      return t('alliance.rules.repeated-withdrawal.explanation', {
        indicator: t(`taxonomy.tensionIndicators.${warning.details.indicator}`),
        count: warning.details.sessionsInRow,
        date: first,
      });
  }
}

/** A reference as it is cited: authors (year). Title. Journal, volume, pages. doi */
export function citation(source: Source): string {
  const where = [source.publishedIn, source.volume, source.pages].filter((part) => part !== undefined).join(', ');
  const doi = source.doi === undefined ? '' : ` https://doi.org/${source.doi}`;
  // A title that ends in its own mark ("…or V-shaped?") takes no full stop after it.
  const title = /[.?!]$/u.test(source.title) ? source.title : `${source.title}.`;
  return `${source.authors.join(', ')} (${source.year}). ${title} ${where}.${doi}`;
}
