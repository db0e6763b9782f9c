/** The languages people read the system in: Simplified Chinese first, English too. */
export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
