/** Role-play constants the player needs at run time, kept apart from the schema (and zod). */
export const MOOD_MIN = 0;
export const MOOD_MAX = 4;
export const SPEAKERS = ['customer', 'manager', 'narrator'] as const;
export const OUTCOMES = ['good', 'fair', 'poor'] as const;
