/**
 * Limits of the Tekshur report format v1 (docs/report-format.md, "Limits"). The JSON Schema file
 * repeats them; tests/unit/report/schema-agreement.test.ts keeps the two in step. Lengths count
 * Unicode code points, as JSON Schema's maxLength does.
 */
export const LIMITS = {
  fileBytes: 200 * 1024 * 1024,
  flags: 50_000,
  textChars: 1024 * 1024,
  noteChars: 100 * 1024,
  imageBytes: 30 * 1024 * 1024,
  /** Base64 of the largest image. */
  imageBase64Chars: Math.ceil((30 * 1024 * 1024) / 3) * 4,
  attachmentsPerFlag: 50,
  attachments: 100_000,
  eventsPerFlag: 10_000,
  tagsPerFlag: 100,
  tagChars: 100,
  shortChars: 200,
  urlChars: 8192,
  evidencePerTactic: 1000,
  quoteChars: 10_000,
  languages: 50,
  wordsPerImage: 50_000,
  detailKeys: 50,
  detailItems: 100,
  /** JSON nesting of a whole report; the deepest legitimate path is about 10. */
  depth: 32,
} as const;
