/** Each attainment level's name key, so the five names are translated as whole words. */
export const levelNameKeys = {
  '-2': 'muchLess',
  '-1': 'less',
  '0': 'expected',
  '1': 'more',
  '2': 'muchMore',
} as const;

export type LevelNameKey = (typeof levelNameKeys)[keyof typeof levelNameKeys];

export function levelNameKey(level: number): LevelNameKey {
  return levelNameKeys[String(level) as keyof typeof levelNameKeys];
}
