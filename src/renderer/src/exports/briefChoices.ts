/** What the practitioner chose on the brief screen, and the request main is sent for it. */
import { phases, type Phase } from '../../../shared/domain/taxonomy';
import { briefParts, type BriefPart } from '../../../shared/exports/brief/briefParts';
import type { BriefLanguage } from '../../../shared/exports/language';
import type { BriefRequest } from '../../../shared/exports/requests';

/** Where the period starts: main's default (since the last brief), the first session, or a date. */
export type PeriodStart = 'last-brief' | 'all' | 'date';

export interface BriefChoices {
  start: PeriodStart;
  /** The first date, used when `start` is `date`. */
  from: string;
  /** The last date; empty means today. */
  to: string;
  phases: Phase[];
  parts: BriefPart[];
  language: BriefLanguage;
}

/** A problem that keeps a choice from being asked for. */
export type ChoiceProblem = 'fromMissing' | 'phasesMissing';

export function defaultChoices(language: BriefLanguage): BriefChoices {
  return { start: 'last-brief', from: '', to: '', phases: [...phases], parts: [...briefParts], language };
}

/** The brief language for a UI language ("es-CL" → es); English otherwise. */
export function briefLanguageOf(language: string | undefined): BriefLanguage {
  return language?.toLowerCase().startsWith('es') ? 'es' : 'en';
}

export function choiceProblems(choices: BriefChoices): ChoiceProblem[] {
  const problems: ChoiceProblem[] = [];
  if (choices.start === 'date' && choices.from === '') problems.push('fromMissing');
  if (choices.phases.length === 0) problems.push('phasesMissing');
  return problems;
}

/** The request for these choices; undefined while a choice is missing. Every phase means "all". */
export function briefRequest(caseId: string, choices: BriefChoices): BriefRequest | undefined {
  if (choiceProblems(choices).length > 0) return undefined;
  const request: BriefRequest = { caseId, language: choices.language, parts: choices.parts };
  if (choices.start === 'all') request.from = null;
  if (choices.start === 'date') request.from = choices.from;
  if (choices.to !== '') request.to = choices.to;
  if (choices.phases.length < phases.length) request.phases = choices.phases;
  return request;
}
