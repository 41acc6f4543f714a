/** English UI text. Spanish (`es.ts`) must have exactly the same keys: the type checks it. */
import type { TranslationsOf } from './shape';

export const en = {
  app: {
    name: 'Alianza',
    tagline: 'Reflexive case journals, kept encrypted on this computer.',
    loading: 'Opening Alianza…',
    startFailed: 'Alianza could not start: {{message}}',
  },
  navigation: {
    label: 'Main navigation',
    cases: 'Cases',
    noCases: 'No cases yet.',
    home: 'Home',
    settings: 'Settings',
    search: 'Search',
    newCase: 'New case',
  },
  screenFailure: {
    title: 'This screen stopped working',
    body: 'Something went wrong while showing it. Your journal is safe: nothing was changed. The rest of Alianza still works.',
    back: 'Back to Home',
  },
  shellFailure: {
    title: 'Alianza stopped working',
    body: 'Something went wrong while showing the window. Your journal is safe: nothing was changed, and it stays locked or open as it was. Reload the window to go on.',
    reload: 'Reload the window',
  },
  home: {
    title: 'Welcome to Alianza',
    body: 'Write a reflection after each session, notice the tensions in the alliance with the family, and prepare supervision briefs and court reports that show only what they should.',
    privacyTitle: 'Your journal stays here',
    privacyBody: 'Everything you write is kept on this computer. Nothing leaves it unless you export it on purpose.',
    warnings: {
      title: 'Alliance warnings to look at',
      loading: 'Reading the alliance warnings of your open cases…',
      none: 'No open case has an alliance warning waiting. Warnings you dismissed or took to supervision are kept on each case’s Alliance tab.',
      count_one: '{{count}} warning in {{cases}}, newest first.',
      count_other: '{{count}} warnings in {{cases}}, newest first.',
      cases_one: '{{count}} case',
      cases_other: '{{count}} cases',
      levelAndRule: '{{level}}: {{rule}}',
      latest: 'Latest session behind it: {{date}}',
      boundary:
        'A warning is a cue for reflection and supervision, never a score of the family. Open one to see its reasons on the case’s Alliance tab.',
    },
    actions: {
      title: 'Agreed in supervision',
      loading: 'Reading the actions agreed in supervision…',
      none: 'No action agreed in supervision is open.',
      count_one: '{{count}} open action, soonest due first.',
      count_other: '{{count}} open actions, soonest due first.',
      due: 'by {{date}}',
      overdue: 'overdue since {{date}}',
      noDue: 'no date agreed',
      agreed: 'agreed with {{supervisor}} on {{date}}',
    },
    hearings: {
      title: 'Upcoming hearings',
      loading: 'Reading the court reports of your cases…',
      none: 'No court report is waiting for a hearing. Create one from a case’s “Court reports” tab.',
      noDate: 'Hearing date not set',
      steps: {
        setHearingDate: 'Set the hearing date to see by when the caregiver should have the review copy.',
        shareBy: 'Share the review copy with the caregiver by {{date}}.',
        shareLate_zero:
          'Not shared yet: shared today, the caregiver would have no working day before the hearing, fewer than the {{required}} you set.',
        shareLate_one:
          'Not shared yet: shared today, the caregiver would have {{count}} working day, fewer than the {{required}} you set.',
        shareLate_other:
          'Not shared yet: shared today, the caregiver would have {{count}} working days, fewer than the {{required}} you set.',
        shared: 'Review copy shared on {{date}}: record the caregiver’s comments, then finalize.',
        sharedLate_zero:
          'Review copy shared on {{date}}: no working day before the hearing, fewer than the {{required}} you set.',
        sharedLate_one:
          'Review copy shared on {{date}}: {{count}} working day before the hearing, fewer than the {{required}} you set.',
        sharedLate_other:
          'Review copy shared on {{date}}: {{count}} working days before the hearing, fewer than the {{required}} you set.',
        final: 'Final: export it for the court and mark it submitted.',
      },
    },
  },
  settings: {
    title: 'Settings',
    languageLabel: 'Language',
    languageHelp: 'The language of menus, buttons and messages.',
    languageSystem: 'Same as the system ({{language}})',
    saved: 'Saved.',
    aboutTitle: 'About this copy of Alianza',
    version: 'Version',
    runtime: 'Runs in',
    runtimeElectron: 'Desktop app (Electron {{version}})',
    runtimeBrowserHarness: 'Test browser harness',
    dataDirectory: 'Data folder',
    systemLocale: 'System language',
    holidays: {
      title: 'Public holidays',
      help: 'Working days before a hearing skip the public holidays of this country, and of the region where it has its own. Observances are not days off. Until you choose, Spanish uses Chile.',
      country: 'Country',
      none: 'None: count weekends only',
      region: 'Region',
      wholeCountry: 'The whole country (no regional holidays)',
    },
  },
  progress: {
    tasks: {
      import: 'Importing cases…',
      backup: 'Backing up the journal…',
      restore: 'Restoring the backup…',
      verify: 'Checking every file…',
      'search-index': 'Preparing search…',
      export: 'Exporting…',
      rotate: 'Re-encrypting the journal with a new key…',
    },
    units: {
      files_one: '{{done}} of {{count}} file',
      files_other: '{{done}} of {{count}} files',
      cases_one: '{{done}} of {{count}} case',
      cases_other: '{{done}} of {{count}} cases',
      steps_one: 'step {{done}} of {{count}}',
      steps_other: 'step {{done}} of {{count}}',
    },
  },
  care: {
    title: 'Backup and checks',
    intro:
      'A backup is one file holding the whole journal, still encrypted: keep it on another disk. Checking decrypts every file and tells you if one is damaged or missing.',
    backup: 'Back up the journal…',
    backedUp_one: 'Backed up {{count}} encrypted file to {{file}}.',
    backedUp_other: 'Backed up {{count}} encrypted files to {{file}}.',
    verify: 'Check every file',
    verified_one:
      'Checked {{count}} file: every file decrypted and passed its check, and the case list matches the files.',
    verified_other:
      'Checked {{count}} files: every file decrypted and passed its check, and the case list matches the files.',
    problems_one: 'Checked {{checked}} files; {{count}} problem:',
    problems_other: 'Checked {{checked}} files; {{count}} problems:',
    problemKinds: {
      current: 'Damaged',
      backup: 'Damaged backup',
      unknown: 'Not an Alianza file',
      missing: 'Missing',
      orphaned: 'Belongs to no case',
    },
    oldIndex:
      'The case list was written by an earlier version, so a deleted export log or court-report file could not be noticed. The next change to the journal records them.',
    importTitle: 'Import cases',
    importHelp:
      'Adds the cases of an Alianza JSON file (from “alianza export-json” or another computer). All or nothing: a file with a mistake changes nothing.',
    import: 'Import cases…',
    imported_one: 'Imported {{count}} case with {{entries}} reflections and {{reports}} court reports.',
    imported_other: 'Imported {{count}} cases with {{entries}} reflections and {{reports}} court reports.',
  },
  ui: {
    copy: {
      button: 'Copy',
      copied: 'Copied',
      failed: 'Could not copy here: the whole text is selected below, press Ctrl+C (⌘C on a Mac).',
    },
    hash: {
      whole: '{{name}}: {{value}}',
      copy: 'Copy the whole {{name}}',
    },
  },
  languages: {
    en: 'English',
    es: 'Español',
  },
  status: {
    label: 'Status',
    noVault: 'No journal opened',
    version: 'Version {{version}}',
  },
  rolledBack: {
    explain_one:
      'Alianza opened this journal read-only: one of its files is older than the journal’s own record of it, as when an earlier copy of the folder is put back (from a backup drive, a synced folder or another computer). Saving on top of it would make that older state the journal’s, so nothing is saved for now. The file:',
    explain_other:
      'Alianza opened this journal read-only: {{count}} of its files are older than the journal’s own record of them, as when an earlier copy of the folder is put back (from a backup drive, a synced folder or another computer). Saving on top of them would make that older state the journal’s, so nothing is saved for now. The files:',
    choices:
      'You can go on reading and exporting. To get the newer state back, lock the journal, put the newer copy of its folder back in place (or restore a backup archive into a new folder and open that one), then unlock again. If you put these copies back on purpose, keep the state found.',
    keep: 'Keep the state found and go on writing',
  },
  damaged: {
    explain:
      'Alianza keeps the last five versions of every file. You can put back the newest version that is intact; the damaged file is kept aside, not deleted.',
    restore: 'Restore the newest intact version',
  },
  errors: {
    'forbidden-sender': 'This request did not come from Alianza and was refused.',
    'unknown-channel': 'Alianza did not recognise this request.',
    'invalid-request': 'Alianza could not accept this request: {{detail}}',
    'invalid-response': 'Alianza produced an answer it could not check. Nothing was changed.',
    internal: 'Something went wrong inside Alianza. Nothing was changed.',
    'io-failure': 'Alianza could not read or write a file. Your previous data is intact.',
    'disk-full': 'The disk is full. Nothing was overwritten; free some space and try again.',
    'read-only':
      'The journal is open read-only because its folder could not be written to (the disk may be full). You can read and back up, but nothing can be saved. Free some space, then lock and unlock the journal.',
    'write-unconfirmed':
      'The change was saved, but the disk did not confirm that it is stored safely. Nothing was undone. Check the disk and make a backup soon.',
    'wrong-passphrase': 'That passphrase does not open this journal. Check it and try again, or use your recovery key.',
    'wrong-recovery-key': 'That recovery key is well written but does not belong to this journal.',
    'invalid-recovery-key': 'That recovery key has a typo. Check each group of characters and try again.',
    'weak-passphrase':
      'The passphrase must have at least {{minimum}} characters and be hard to guess: several unrelated words work well.',
    integrity: 'A journal file is damaged or was changed outside Alianza. No data was read from it.',
    'missing-file': 'A journal file is missing. Nothing was written in its place.',
    'vault-in-use': 'This journal is already open in another Alianza window or in the command line.',
    'vault-not-found': 'There is no Alianza journal in this folder.',
    'vault-exists': 'This folder already holds an Alianza journal. Nothing was overwritten.',
    'unsupported-parameters': 'This journal uses security settings that Alianza refuses, so it was not opened.',
    'unsupported-format':
      'This file was written in a format this version of Alianza cannot read, perhaps by a newer version of Alianza: update Alianza to open it. The file was left as it is.',
    locked: 'The journal is locked. Unlock it to continue.',
    unavailable: 'This is not available here. Nothing was written.',
    'report-frozen':
      'This version was shared, finalized or submitted, so its text is kept as it was. Start a new version to change it.',
    'report-step': 'The report is not at the step this needs. Nothing was changed.',
    'report-checks-failed':
      'Some checks before the final version did not pass. Give a reason to go on, or fix them first.',
    'report-private-text':
      'This would put private or supervision-only journal text into the report: {{detail}} This check cannot be overridden. Remove that text from the report, or, if it truly belongs in the report, make the journal section reportable.',
    'report-not-found': 'This court report is not in the journal.',
    'deidentification-incomplete':
      'The brief was not saved: read again as it would be written, it still holds something that identifies the family ({{detail}}). Check the pseudonyms you wrote and the warnings, then export again.',
  },
} as const;

/** Every key path with string leaves, so the Spanish file must match in shape. */
export type Translations = TranslationsOf<typeof en>;
