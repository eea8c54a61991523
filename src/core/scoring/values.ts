/** The scoring's fixed vocabularies as plain values, free of the schemas (see model/values.ts). */

export const AXES = ['attractiveness', 'position'] as const;

export const TIERS = ['A', 'B', 'C'] as const;

/** Portfolio quadrants, named by the strategy they call for. */
export const QUADRANTS = ['invest', 'develop', 'maintain', 'reduce'] as const;
