// The statistics section's English messages: the source for the other languages of this section.
export const statisticsEn = {} as const;
