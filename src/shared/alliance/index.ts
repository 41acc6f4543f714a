/** The rupture early-warning rules (R1–R7 of "Seeing the alliance move"): engine, thresholds, sources. */
export { evaluateWarnings } from './evaluateWarnings';
export { decidedWarnings, warningStatuses, type DecidedWarning, type WarningStatus } from './decidedWarnings';
export { caseWarnings, warningInputOf } from './caseWarnings';
export { warningSchema } from './warningSchema';
export type { AllianceEntry, AttendanceRecord, WarningInput } from './input';
export { repairSuggestions } from './repairSuggestions';
export { ruleSources } from './ruleSources';
export { sourceIds, sources, type Source, type SourceId } from './sources';
export { defaultWarningThresholds, warningThresholdsSchema, type WarningThresholds } from './thresholds';
export { withdrawalIndicators } from './withdrawalIndicators';
export { caregivingRoles } from './rules/splitAlliance';
export * from './warning';
