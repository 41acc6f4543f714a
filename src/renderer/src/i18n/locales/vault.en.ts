/** English text for creating, unlocking, locking and recovering the encrypted journal. */
export const vaultEn = {
  create: {
    title: 'Create your encrypted journal',
    intro:
      'Alianza keeps your case journal encrypted on this computer. Choose a passphrase: you will type it each time you open Alianza.',
    forgetTitle: 'If you forget the passphrase',
    forgetBody:
      'Nobody can open the journal without the passphrase or the recovery key, not even Alianza’s makers. On the next screen you will get a recovery key: print it or save it somewhere safe, away from this computer.',
    passphrase: 'Passphrase',
    passphraseHelp: 'At least {{minimum}} characters. Several unrelated words are easy to remember and hard to guess.',
    confirm: 'Type the passphrase again',
    mismatch: 'The two passphrases are not the same.',
    submit: 'Create journal',
    working: 'Creating the journal… this takes a moment.',
    restoreTitle: 'Moving to this computer?',
    restoreHelp:
      'If you have a backup of your journal (an .alzb file made in Alianza or with “alianza backup”), restore it here instead of creating a new journal. You will open it with its passphrase.',
    restore: 'Restore a backup…',
    restored_one: 'Restored {{count}} encrypted file. Open the journal with its passphrase.',
    restored_other: 'Restored {{count}} encrypted files. Open the journal with its passphrase.',
  },
  strength: {
    label: 'Strength: {{level}}',
    levels: {
      '0': 'too short',
      '1': 'weak',
      '2': 'fair',
      '3': 'good',
      '4': 'strong',
    },
    hints: {
      tooShort: 'Use at least {{minimum}} characters.',
      addWords: 'Add another word or two.',
      repeated: 'Avoid repeated characters.',
      common: 'Avoid common words and passwords.',
    },
  },
  kit: {
    title: 'Your recovery kit',
    intro: 'This recovery key opens your journal if you forget your passphrase. Alianza will not show it again.',
    keyLabel: 'Recovery key',
    instructions:
      'Print this page or write the key down, and keep it somewhere safe and away from this computer, as you would keep a case file.',
    print: 'Print recovery kit',
    copy: 'Copy the recovery key',
    copyHelp:
      'A copied key stays on the clipboard, where other programs can read it: paste it where you keep it safe, then copy something else.',
    replaced:
      'This is a new recovery key: the previous one no longer opens your journal. Destroy the old kit or the paper you wrote it on.',
    acknowledge: 'I have printed or written down the recovery key and put it somewhere safe.',
    continue: 'Continue to my journal',
    printedOn: 'Journal folder: {{directory}}',
  },
  unlock: {
    title: 'Open your journal',
    intro: 'Your journal is locked. Type your passphrase to open it.',
    passphrase: 'Passphrase',
    submit: 'Unlock',
    working: 'Unlocking…',
    forgot: 'Forgot your passphrase?',
    headerRestored:
      'The journal header was put back from its copy; the damaged one was kept aside. Type your passphrase to open the journal.',
  },
  recover: {
    title: 'Open with the recovery key',
    intro: 'Type the recovery key from your recovery kit, then choose a new passphrase.',
    recoveryKey: 'Recovery key',
    newPassphrase: 'New passphrase',
    confirm: 'Type the new passphrase again',
    submit: 'Open and set new passphrase',
    working: 'Checking the recovery key…',
    back: 'Back to passphrase',
  },
  lock: {
    button: 'Lock',
    locked: 'Locked',
    unlocked: 'Unlocked',
    absent: 'No journal yet',
    lockedNotice: 'Alianza locked your journal. Type your passphrase to continue.',
  },
  settings: {
    title: 'Security',
    autoLock: 'Lock automatically after',
    autoLockHelp:
      'Alianza also locks when the computer goes to sleep, and on Windows and macOS when the screen is locked. On Linux, lock Alianza yourself before you step away.',
    minutes_one: '{{count}} minute without activity',
    minutes_other: '{{count}} minutes without activity',
    never: 'Never',
    changeTitle: 'Change passphrase',
    current: 'Current passphrase',
    next: 'New passphrase',
    confirm: 'Type the new passphrase again',
    change: 'Change passphrase',
    changed: 'Your passphrase was changed. Your recovery key still works.',
    rotate: 'Also re-encrypt everything with a new key',
    rotateHelp:
      'Alianza makes a new encryption key and re-encrypts every file of your journal with it, its backups too, all or nothing. Afterwards the old passphrase, the old recovery key and any old copy of the journal header open nothing. You get a new recovery key to print or write down. It takes about as long as a backup; if the computer stops half-way, the journal opens with either the old or the new passphrase. Choose this if you think your passphrase, your recovery key or a copy of the journal folder was seen by someone else.',
    rotateSubmit: 'Change passphrase and re-encrypt',
    rotating: 'Re-encrypting every file…',
    recoveryTitle: 'New recovery key',
    recoveryHelp:
      'Makes a new recovery key and shows it once; the previous one stops working. Do it if your recovery kit was lost or someone may have seen it.',
    recoveryPassphrase: 'Your passphrase',
    recoverySubmit: 'Make a new recovery key',
    recoveryWorking: 'Making a new recovery key…',
    location: 'Journal folder',
  },
} as const;
