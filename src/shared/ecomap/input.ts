/** What the ecomap reads from a case: its parties' roles and, per session, the systemic notes. */
import type { Party } from '../domain/party';
import type { RelationshipNote, Tension } from '../domain/reflexivity';

/** A party as the ecomap needs it: no name, no alias (the app and the brief label them). */
export type EcomapParty = Pick<Party, 'id' | 'role'>;

/**
 * A session: the relationships noted strong or strained (without their note), and the tensions'
 * parties and place in the system (without their type, indicators or note).
 */
export interface EcomapEntry {
  id: string;
  sessionDate: string;
  relationships: readonly Pick<RelationshipNote, 'relationship' | 'quality'>[];
  tensions: readonly Pick<Tension, 'parties' | 'relationship'>[];
}

/** A case, or its overview: anything with parties, entries and the day it was opened. */
export interface EcomapSource {
  openedAt: string;
  closedAt?: string | undefined;
  parties: readonly EcomapParty[];
  entries: readonly EcomapEntry[];
}

/** Sessions from `from` to `to`, both `YYYY-MM-DD` and inclusive; either open-ended when left out. */
export interface EcomapPeriod {
  from?: string | undefined;
  to?: string | undefined;
}
