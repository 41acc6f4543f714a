/** Where the user is in the app. Kept in memory only: nothing decrypted goes into a URL. */
export type Route =
  | { screen: 'home' }
  | { screen: 'settings' }
  | { screen: 'search' }
  | { screen: 'new-case' }
  /** Every case in a full-width, sortable table. */
  | { screen: 'cases' }
  /**
   * `tab`: open on the court reports (coming back from one), on the alliance warnings (from the
   * home queue) or on the supervisions: at one record (`supervisionPart`, from search), or with the
   * supervision form open and the brief of that export record ticked (`recordBrief`, from the export log).
   */
  | {
      screen: 'case';
      caseId: string;
      tab?: 'reports' | 'alliance' | 'supervision';
      supervisionPart?: string;
      recordBrief?: string;
    }
  /** Recording one supervision for the cases it touched (from Home). */
  | { screen: 'supervision' }
  /** Preparing a supervision brief of a case. */
  | { screen: 'brief'; caseId: string }
  /** One court report of a case: its versions, the review loop, the checks and the documents. */
  | { screen: 'report'; caseId: string; reportId: string }
  /**
   * Writing a new reflection (no entryId) or revising one. `supervisionOf`: a new reflection that
   * records a supervision session about the brief with that export record id.
   */
  | { screen: 'entry'; caseId: string; entryId?: string; draftId?: string; supervisionOf?: string };
