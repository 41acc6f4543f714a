/** Cases, reflections, supervisions, drafts and search. */
import type { Handlers } from '../ipc/router';
import type { Services } from '../services';

export function journalHandlers({
  journal,
  search,
  supervision,
}: Pick<Services, 'journal' | 'search' | 'supervision'>) {
  return {
    listCases: () => journal.listCases(),
    getCase: ({ caseId }) => journal.getCase(caseId),
    getCaseOverview: ({ caseId }) => journal.getCaseOverview(caseId),
    getEntryExcerpts: ({ caseId, entryIds }) => journal.getEntryExcerpts(caseId, entryIds),
    createCase: (request) => journal.createCase(request),
    updateCase: (request) => journal.updateCase(request),
    changeCasePhase: (request) => journal.changeCasePhase(request),
    setCaseStatus: (request) => journal.setCaseStatus(request),
    recordAttendance: (request) => journal.recordAttendance(request),
    listCaseWarnings: ({ caseId }) => journal.listCaseWarnings(caseId),
    listOpenWarnings: () => journal.listOpenWarnings(),
    decideWarning: (request) => journal.decideWarning(request),
    readReturnedBrief: (request) => supervision.readReturnedBrief(request),
    recordSupervision: (request) => journal.recordSupervision(request),
    recordSupervisionMeeting: (request) => journal.recordSupervisionMeeting(request),
    listSupervisionMeetings: ({ caseId }) => journal.listSupervisionMeetings(caseId),
    updateAgreedAction: (request) => journal.updateAgreedAction(request),
    listOpenActions: () => journal.listOpenActions(),
    getBriefPseudonyms: ({ caseId, exportId }) => supervision.briefPseudonyms(caseId, exportId),
    setGoalScale: (request) => journal.setGoalScale(request),
    rateGoals: (request) => journal.rateGoals(request),
    getGoalAttainment: ({ caseId }) => journal.getGoalAttainment(caseId),
    saveEntry: (request) => journal.saveEntry(request),
    listDrafts: () => journal.listDrafts(),
    saveDraft: (request) => journal.saveDraft(request),
    discardDraft: ({ draftId }) => journal.discardDraft(draftId),
    searchJournal: (request) => search.search(request),
  } satisfies Partial<Handlers>;
}
