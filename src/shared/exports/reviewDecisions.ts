/**
 * A brief review's decisions applied to a case's export log: each is kept until changed, so the
 * next brief of the case starts from what the practitioner already settled.
 */
import { fold } from '../text/normalize';
import type { CaseExports } from './exportLog';
import type { ReviewDecisionRequest } from './requests';

export function applyReviewDecision(record: CaseExports, request: ReviewDecisionRequest): CaseExports {
  switch (request.action) {
    case 'name-word': {
      const word = request.word.trim();
      const known = record.nameWords.some((each) => fold(each) === fold(word));
      return {
        ...record,
        nameWords: known ? record.nameWords : [...record.nameWords, word],
        // A name is no longer safe.
        safeWords: record.safeWords.filter((each) => fold(each) !== fold(word)),
      };
    }
    case 'other-person': {
      const word = request.word.trim();
      if (record.others.some((other) => other.words.some((each) => fold(each) === fold(word)))) return record;
      const ordinal = Math.max(0, ...record.others.map((other) => other.ordinal)) + 1;
      return {
        ...record,
        others: [...record.others, { words: [word], ordinal }],
        safeWords: record.safeWords.filter((each) => fold(each) !== fold(word)),
      };
    }
    case 'pseudonym': {
      const rest = record.customPseudonyms.filter(
        (custom) => custom.partyId !== request.partyId || custom.language !== request.language,
      );
      const label = request.label?.trim();
      return {
        ...record,
        customPseudonyms:
          label === undefined || label === ''
            ? rest
            : [...rest, { partyId: request.partyId, language: request.language, label }],
      };
    }
    case 'place': {
      const rest = record.places.filter((place) => fold(place.text) !== fold(request.text));
      return {
        ...record,
        places: request.decision === null ? rest : [...rest, { text: request.text.trim(), decision: request.decision }],
      };
    }
  }
}

/** The decisions as the preview and the review answer them. */
export function reviewDecisionsOf(record: CaseExports) {
  return {
    nameWords: record.nameWords,
    customPseudonyms: record.customPseudonyms,
    others: record.others,
    places: record.places,
  };
}
