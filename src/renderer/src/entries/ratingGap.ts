import { allianceElements, type AllianceElement } from '../../../shared/domain/ratings';

type PartialRating = Partial<Record<AllianceElement, number>>;

export interface ElementGap {
  element: AllianceElement;
  /** The caregiver's rating minus the practitioner's: positive when the caregiver sees more. */
  gap: number;
}

/**
 * How far the two views of the alliance are apart, element by element, where both rated it.
 * Practitioners tend to rate lower than caregivers do: the gap is what supervision looks at.
 */
export function ratingGaps(
  practitioner: PartialRating | undefined,
  caregiver: PartialRating | undefined,
): ElementGap[] {
  return allianceElements.flatMap((element) => {
    const mine = practitioner?.[element];
    const theirs = caregiver?.[element];
    return mine === undefined || theirs === undefined ? [] : [{ element, gap: theirs - mine }];
  });
}

const formatters = new Map<string, Intl.NumberFormat>();

/** "+2", "−1", "0" in the reader's language. */
export function formatGap(gap: number, language: string): string {
  let formatter = formatters.get(language);
  if (formatter === undefined) {
    formatter = new Intl.NumberFormat(language, { signDisplay: 'exceptZero' });
    formatters.set(language, formatter);
  }
  return formatter.format(gap);
}
