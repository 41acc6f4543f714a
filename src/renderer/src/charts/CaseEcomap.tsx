import { useMemo } from 'react';
import { overviewEcomapSource } from '../../../shared/ecomap';
import type { CaseOverview } from '../../../shared/journal/caseOverview';
import { EcomapChart } from './EcomapChart';

/** The ecomap of the case the case screen has already loaded: no other read. */
export function CaseEcomap({ journalCase }: { journalCase: CaseOverview }) {
  const source = useMemo(() => ({ ...overviewEcomapSource(journalCase), parties: journalCase.parties }), [journalCase]);
  return <EcomapChart source={source} />;
}
