/**
 * Spanish and English function words, folded. They are in nearly every reflection, so indexing
 * them costs memory and time and finds nothing. A query made only of them is still searched, so
 * "para" can find "parar" as a prefix.
 */
const spanish =
  'al ante con de del el en es esa ese eso esta este esto fue ha la las le les lo los mas me mi muy no nos ' +
  'para pero por que se si sin su sus te tu un una uno ya yo como era son han';
const english =
  'an and are as at be but by for from had has have he her his in is it its my of on or she that the their ' +
  'them they this to was we were with you';

export const stopWords: ReadonlySet<string> = new Set(`${spanish} ${english}`.split(' '));
