/** The domain model in one import: lists, records, checks and the interchange format. */
export * from './taxonomy';
export * from './primitives';
export * from './party';
export * from './goal';
export * from './section';
export * from './ratings';
export * from './reflexivity';
export * from './entry';
export * from './entryEditing';
export * from './case';
export * from './integrity';
export * from './journal';
export * from './issues';
export * from './interchange';
