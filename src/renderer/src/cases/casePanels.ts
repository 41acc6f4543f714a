/** The inline forms of the case screen; one is open at a time. */
export type CasePanel = 'details' | 'phase' | 'attendance' | 'close' | 'archive' | 'parties' | 'goals';

/** The forms that open inside the Details tab rather than under the header. */
export const detailsTabPanels: readonly CasePanel[] = ['parties', 'goals'];
