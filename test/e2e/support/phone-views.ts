/** The phone widths and languages a card layout is checked at: a common phone in both languages, and the narrowest. */
export const PHONE_VIEWS = [
  [390, ''],
  [390, '&lang=en'],
  [320, ''],
] as const;
