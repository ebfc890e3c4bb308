import { decrypt, EncryptionError, isEncrypted, type DecryptOptions } from '../../crypto/envelope';
import { LIMITS } from '../limits';
import { REPORT_MEDIA_TYPE, type TekshurReport } from '../schema';
import { validateReportBytes } from '../validate';

/** One file the person chose to import. */
export interface ImportFile {
  name: string;
  bytes: Uint8Array;
}

export type ReadReport =
  | { ok: true; fileName: string; report: TekshurReport; images: Map<string, Uint8Array>; encrypted: boolean }
  | { ok: false; fileName: string; reason: string; needsPassphrase?: boolean };

export type ReadOk = Extract<ReadReport, { ok: true }>;

export interface ReadOptions extends DecryptOptions {
  passphrase?: string;
}

/** Decrypts if needed and validates; never throws for bad input, it says why it refuses. */
export async function readReportFile(file: ImportFile, options: ReadOptions = {}): Promise<ReadReport> {
  const fileName = file.name;
  const refuse = (reason: string, needsPassphrase?: boolean): ReadReport => ({
    ok: false,
    fileName,
    reason,
    needsPassphrase,
  });
  if (file.bytes.length > LIMITS.fileBytes)
    return refuse(`the file is larger than ${LIMITS.fileBytes / 1024 / 1024} MB`);
  let bytes = file.bytes;
  const encrypted = isEncrypted(bytes);
  if (encrypted) {
    if (!options.passphrase) return refuse('the file is encrypted: its passphrase is needed', true);
    try {
      const opened = await decrypt(bytes, options.passphrase, options);
      if (opened.content !== REPORT_MEDIA_TYPE) {
        return refuse(
          `the encrypted file holds ${opened.content}, not a Tekshur report (only reports can be imported)`,
        );
      }
      bytes = opened.plaintext;
    } catch (e) {
      if (e instanceof EncryptionError) return refuse(e.message, e.message.startsWith('wrong passphrase'));
      throw e;
    }
  }
  const result = await validateReportBytes(bytes);
  if (!result.ok) return refuse(result.reason);
  return { ok: true, fileName, report: result.report, images: result.images, encrypted };
}

/** Several files, one after the other (each may be 200 MB: never all decoded at once). */
export async function readReportFiles(
  files: readonly ImportFile[],
  options: ReadOptions = {},
): Promise<ReadReport[]> {
  const out: ReadReport[] = [];
  for (const file of files) out.push(await readReportFile(file, options));
  return out;
}
