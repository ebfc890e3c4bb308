// The settings section's English messages: the source for the other languages of this section.
export const settingsEn = {} as const;
