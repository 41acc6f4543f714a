/**
 * The screens behind navigation, each loaded when first shown: the unlock screen (in the first
 * script) then paints without parsing the case, reflection, brief and court-report code, and
 * each screen brings its own styles. The files come from the app's own origin (CSP `'self'`).
 */
import { lazy } from 'react';

export const CaseScreen = lazy(() => import('../cases/CaseScreen').then((module) => ({ default: module.CaseScreen })));
export const CaseTableScreen = lazy(() =>
  import('../cases/CaseTableScreen').then((module) => ({ default: module.CaseTableScreen })),
);
export const NewCaseScreen = lazy(() =>
  import('../cases/NewCaseScreen').then((module) => ({ default: module.NewCaseScreen })),
);
export const EntryEditorScreen = lazy(() =>
  import('../entries/EntryEditorScreen').then((module) => ({ default: module.EntryEditorScreen })),
);
export const BriefScreen = lazy(() =>
  import('../exports/BriefScreen').then((module) => ({ default: module.BriefScreen })),
);
export const ReportScreen = lazy(() =>
  import('../reports/ReportScreen').then((module) => ({ default: module.ReportScreen })),
);
export const SettingsScreen = lazy(() =>
  import('../screens/SettingsScreen').then((module) => ({ default: module.SettingsScreen })),
);
export const SearchScreen = lazy(() =>
  import('../search/SearchScreen').then((module) => ({ default: module.SearchScreen })),
);
export const SupervisionScreen = lazy(() =>
  import('../supervision/SupervisionScreen').then((module) => ({ default: module.SupervisionScreen })),
);
