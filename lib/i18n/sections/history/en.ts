// The history section's English messages: the source for the other languages of this section.
export const historyEn = {} as const;
