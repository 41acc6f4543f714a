/** Lists that describe the record itself: sessions, who may read a text, statuses. */

export const sessionModalities = [
  'home-visit',
  'office',
  'phone',
  'video',
  'court-hearing',
  'team-meeting',
  'school',
  'other',
] as const;
export type SessionModality = (typeof sessionModalities)[number];

/**
 * Who may read a text: `private` stays in the journal, `supervision` also goes de-identified into
 * supervision briefs, `reportable` may also appear in the caregiver's review copy and the court report.
 */
export const sectionVisibilities = ['private', 'supervision', 'reportable'] as const;
export type SectionVisibility = (typeof sectionVisibilities)[number];

/** Feelings never go to court, so their visibility stops at supervision. */
export const feelingVisibilities = ['private', 'supervision'] as const satisfies readonly SectionVisibility[];
export type FeelingVisibility = (typeof feelingVisibilities)[number];

/** How a reportable statement is labelled in a court report, as child-protection guidance asks. */
export const statementTypes = ['fact', 'observation', 'allegation', 'opinion'] as const;
export type StatementType = (typeof statementTypes)[number];

/** Statement types that must say whose they are. */
export const attributedStatementTypes = ['allegation', 'opinion'] as const satisfies readonly StatementType[];

export const goalStatuses = ['proposed', 'agreed', 'in-progress', 'achieved', 'dropped'] as const;
export type GoalStatus = (typeof goalStatuses)[number];

/**
 * What became of a planned session: held, not attended without notice, cancelled by the family or
 * by the practitioner or programme, or moved to another date.
 */
export const attendanceStatuses = [
  'held',
  'not-attended',
  'cancelled-by-family',
  'cancelled-by-programme',
  'rescheduled',
] as const;
export type AttendanceStatus = (typeof attendanceStatuses)[number];

/** How often a case plans to meet; `custom` gives a number of days. */
export const sessionFrequencies = ['weekly', 'fortnightly', 'monthly', 'custom'] as const;
export type SessionFrequency = (typeof sessionFrequencies)[number];

export const caseStatuses = ['open', 'closed', 'archived'] as const;
export type CaseStatus = (typeof caseStatuses)[number];

/**
 * The sections a new reflection starts with. What happened may be discussed in supervision; the
 * practitioner's own reflection stays private unless they choose otherwise.
 */
export const defaultSections = [
  { key: 'what-happened', visibility: 'supervision' },
  { key: 'my-reflection', visibility: 'private' },
] as const satisfies readonly { key: string; visibility: SectionVisibility }[];

export const defaultSectionKeys = defaultSections.map((section) => section.key);
export type DefaultSectionKey = (typeof defaultSections)[number]['key'];
