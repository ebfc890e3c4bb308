/** Why an image was refused or could not be read; stable for callers that translate messages. */
export type OcrErrorCode =
  | 'empty'
  | 'file-too-large'
  | 'not-an-image'
  | 'unsupported-format'
  | 'truncated'
  | 'zero-size'
  | 'animated'
  | 'too-many-pixels'
  | 'corrupt'
  | 'decode-failed'
  | 'bad-crop'
  | 'engine-start-failed'
  | 'engine-failed'
  | 'terminated';

export class OcrError extends Error {
  override readonly name = 'OcrError';
  constructor(
    readonly code: OcrErrorCode,
    message: string,
  ) {
    super(message);
  }
}
