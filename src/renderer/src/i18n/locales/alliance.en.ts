/**
 * English text for the alliance warnings (R1–R7): each rule's name, what triggered it in plain
 * words, and what it is not. The engine (`src/shared/alliance`) returns ids and numbers only; the
 * screens that show the warnings put them into these sentences.
 */
export const allianceEn = {
  title: 'Alliance warnings',
  levels: {
    watch: 'Watch',
    'possible-rupture': 'Possible rupture',
    'not-repaired': 'Not yet repaired',
    'perception-gap': 'Perception gap',
    'split-alliance': 'Split alliance',
    'engagement-risk': 'Engagement at risk',
    prompt: 'To note',
  },
  caregiver: 'the caregiver',
  whose: {
    practitioner: 'your rating',
    caregiver: 'the caregiver’s rating',
    caregiverNamed: '{{name}}’s rating',
  },
  rules: {
    'alliance-fall': {
      name: 'The alliance fell',
      explanation_one:
        '{{element}} in {{whose}} fell to {{value}} on {{date}}: {{deviations}} standard deviations below this case’s own average of {{mean}} over {{count}} earlier session.',
      explanation_other:
        '{{element}} in {{whose}} fell to {{value}} on {{date}}: {{deviations}} standard deviations below this case’s own average of {{mean}} over {{count}} earlier sessions.',
      notThis:
        'This is not a score of the family or a finding about them. A low session is common and often comes back by itself; it is a cue to ask how the session was for them.',
    },
    'unrepaired-fall': {
      name: 'Rupture not yet repaired',
      explanation_one:
        '{{element}} in {{whose}} fell to {{value}} on {{date}}, below this case’s average of {{mean}}, and has not come back in the {{count}} rated session since.',
      explanation_other:
        '{{element}} in {{whose}} fell to {{value}} on {{date}}, below this case’s average of {{mean}}, and has not come back in the {{count}} rated sessions since.',
      notThis:
        'It does not mean the work has failed or that the family is not cooperating. Ruptures that are talked about and repaired often leave the alliance stronger.',
    },
    'perception-gap': {
      name: 'Perception gap',
      lower_one:
        'On {{date}}, {{caregiver}} rated {{element}} {{caregiverValue}} and you rated it {{practitionerValue}}: {{count}} point lower than you.',
      lower_other:
        'On {{date}}, {{caregiver}} rated {{element}} {{caregiverValue}} and you rated it {{practitionerValue}}: {{count}} points lower than you.',
      higher_one:
        'On {{date}}, {{caregiver}} rated {{element}} {{caregiverValue}} and you rated it {{practitionerValue}}: {{count}} point higher than you.',
      higher_other:
        'On {{date}}, {{caregiver}} rated {{element}} {{caregiverValue}} and you rated it {{practitionerValue}}: {{count}} points higher than you.',
      notThis:
        'Neither rating is the right one. Professionals and families often see the same session differently; the gap is something to talk about together.',
    },
    'split-alliance': {
      name: 'Split alliance',
      explanation_one:
        'In the latest sessions, {{first}} rated {{element}} {{firstValue}} and {{second}} rated it {{secondValue}}: {{count}} point apart.',
      explanation_other:
        'In the latest sessions, {{first}} rated {{element}} {{firstValue}} and {{second}} rated it {{secondValue}}: {{count}} points apart.',
      notThis:
        'It does not say which caregiver is right or more cooperative. It suggests the adults may want different things from the work.',
    },
    'engagement-risk': {
      name: 'Engagement at risk',
      absences_one: '{{count}} of the last {{window}} planned sessions was missed or cancelled by the family.',
      absences_other: '{{count}} of the last {{window}} planned sessions were missed or cancelled by the family.',
      afterLowRating:
        'After a low rating ({{element}} {{value}} in {{whose}}, on {{date}}), the family missed the session of {{absenceDate}}.',
      notThis:
        'It is not evidence of non-compliance and not something to report to the court. Absences have many reasons; it is a cue to get in touch.',
    },
    'unrecorded-repair': {
      name: 'What was tried?',
      explanation: 'On {{date}} you recorded a rupture ({{ruptures}}) but no strategy and no repair step.',
      notThis:
        'It is not a mistake on your part. Noting what you tried, even if it did not work, is what supervision can help you with.',
    },
    'repeated-withdrawal': {
      name: 'Repeated withdrawal',
      explanation_one: '“{{indicator}}” was noted in {{count}} session in a row, since {{date}}.',
      explanation_other: '“{{indicator}}” was noted in {{count}} sessions in a row, since {{date}}.',
      notThis:
        'It is not a judgement of the person. Quiet withdrawal (short answers, absences, going along with everything) is easy to miss one session at a time.',
    },
  },
  why: {
    title: 'Why am I seeing this?',
    source: 'Where this comes from',
    suggestions: 'Strategies to consider',
    steps: 'Repair steps (Aspland et al., 2008)',
  },
  boundary:
    'Warnings are for you and your supervisor. They are not a score of the family, and they never appear in a court report unless you write them there yourself.',
  panel: {
    loading: 'Reading the warnings…',
    none: 'No warning for this case now.',
    activeCount_one: '{{count}} warning to look at.',
    activeCount_other: '{{count}} warnings to look at.',
    decidedTitle_one: '{{count}} warning already decided',
    decidedTitle_other: '{{count}} warnings already decided',
    sessions: 'Sessions:',
    status: {
      dismissed: 'Dismissed on {{date}}',
      'taken-to-supervision': 'Taken to supervision on {{date}}',
    },
    noteRequired: 'Write why you are dismissing it: the note is kept with the case.',
    dismissConfirm: 'Dismiss with this note',
    reopen: 'Show it as active again',
  },
  settings: {
    title: 'Alliance warnings',
    explain:
      'The numbers each warning rule compares against. The defaults come from the studies each rule cites; change them only after talking it over in supervision.',
    range: 'From {{least}} to {{most}}; {{fallback}} by default.',
    fields: {
      watchDeviations: 'A fall is “watch” at this many standard deviations below the case’s average',
      ruptureDeviations: 'A fall is “possible rupture” at this many standard deviations',
      earlierSessions: 'Earlier rated sessions needed before a fall counts',
      deviationFloor: 'Smallest standard deviation used, in points',
      repairSessions: 'Sessions without a return before a rupture counts as not repaired',
      perceptionGap: 'Points between the caregiver’s rating and yours for a perception gap',
      splitGap: 'Points between two caregivers’ ratings for a split alliance',
      recentSessions: 'How many of the latest sessions count as “now”',
      absences: 'Sessions missed or cancelled by the family…',
      absenceWindow: '…among this many of the latest planned sessions',
      lowRating: 'A rating at or below this is low',
      indicatorSessions: 'Sessions in a row with the same withdrawal sign',
    },
    problems: {
      range: 'Enter a number in the range shown (whole where the range is whole).',
      watch: 'It must be more than the deviations for “watch”.',
      absences: 'The absences cannot be more than the sessions they are counted among.',
    },
    save: 'Save thresholds',
    restore: 'Restore the defaults',
    saved: 'Thresholds saved.',
  },
  actions: {
    dismiss: 'Dismiss',
    dismissNote: 'Why you are dismissing it (kept with the case)',
    supervision: 'Taken to supervision',
  },
} as const;
