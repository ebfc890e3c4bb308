// The batch section's English messages: the source for the other languages of this section.
export const batchEn = {} as const;
