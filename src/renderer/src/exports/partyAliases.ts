/** Adding a word to a party's other names, as "This is a name" does. */
import type { Party } from '../../../shared/domain/party';
import { fold } from '../../../shared/text/normalize';

/** Every party, with `word` added to the aliases of `partyId` unless that party is already called so. */
export function withAlias(parties: readonly Party[], partyId: string, word: string): Party[] {
  const alias = word.trim();
  return parties.map((party) => {
    if (party.id !== partyId) return party;
    const known = [party.name, ...party.aliases].some((name) => fold(name.trim()) === fold(alias));
    return known ? party : { ...party, aliases: [...party.aliases, alias] };
  });
}
