/**
 * The controlled lists of court reports. Ids are stable English kebab-case (they are stored in
 * vaults); labels live in the locales and in the document texts.
 */

/** The sections of every court report, in the order the court reads them. */
export const reportSectionKinds = [
  'identification',
  'referral',
  'intervention',
  'goals',
  'strengths',
  'concerns',
  'caregiver-view',
  'recommendations',
] as const;
export type ReportSectionKind = (typeof reportSectionKinds)[number];

/**
 * Where a version is in the review loop. Only a `draft` can be edited; the others are frozen,
 * and changing one creates the next version.
 */
export const reportStatuses = ['draft', 'shared', 'final', 'submitted'] as const;
export type ReportStatus = (typeof reportStatuses)[number];

/** The statuses whose text can no longer change. */
export const frozenStatuses: readonly ReportStatus[] = ['shared', 'final', 'submitted'];

/** The kind of hearing decides the usual review window (3 working days before a first one, 5 before a review). */
export const hearingKinds = ['first', 'review', 'other'] as const;
export type HearingKind = (typeof hearingKinds)[number];

/** How the review copy reached the caregiver. */
export const sharingMethods = ['in-person', 'post', 'email'] as const;
export type SharingMethod = (typeof sharingMethods)[number];

/** What the caregiver said about a section. */
export const commentStances = ['agrees', 'disagrees', 'correction'] as const;
export type CommentStance = (typeof commentStances)[number];

/** What the practitioner did about a comment. */
export const commentOutcomes = ['changed', 'not-changed', 'no-change-needed'] as const;
export type CommentOutcome = (typeof commentOutcomes)[number];

/** What a disclosure flag was decided: keep the statement in what the other person reads, or leave it out. */
export const disclosureDecisions = ['pending', 'share', 'withhold'] as const;
export type DisclosureDecision = (typeof disclosureDecisions)[number];

/** The checks listed before a version becomes final. */
export const reportCheckIds = [
  'review-window',
  'caregiver-view',
  'private-text',
  'disclosures',
  'comments-answered',
  'facts-checked',
] as const;
export type ReportCheckId = (typeof reportCheckIds)[number];

/** The two documents: the caregiver's review copy and the final report for the court. */
export const reportDocumentKinds = ['review', 'final'] as const;
export type ReportDocumentKind = (typeof reportDocumentKinds)[number];

export const reportDocumentFormats = ['docx', 'md'] as const;
export type ReportDocumentFormat = (typeof reportDocumentFormats)[number];

/** Usual review windows, in working days, by hearing kind: the default a new report takes. */
export const defaultReviewWorkingDays: Record<HearingKind, number> = { first: 3, review: 5, other: 3 };
