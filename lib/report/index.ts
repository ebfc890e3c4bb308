/** Reports: export, redaction, formats, validation and import (docs/report-format.md). */
export { buildReport, ExportError, type ExporterInfo, type ReportSource } from './build';
export {
  EXPORT_FORMATS,
  prepareExport,
  previewExport,
  renderReport,
  sealExport,
  type ExportFile,
  type ExportFormat,
  type ExportRequest,
  type PreparedExport,
} from './export';
export { redactReport, isRedacting, type ImageCodec, type RedactionOptions } from './redact';
export { fillBoxes, RedactionError, type Box, type RgbaImage } from './redact-image';
export { suggestBoxes } from './redact-words';
export { toCsv } from './csv';
export { toUwaziCsv, toUwaziZip } from './uwazi';
export { toStixBundle, TLP_MARKINGS, type Tlp } from './stix';
export { toMispEvent } from './misp';
export { validateReportBytes, validateReportText, type Validation } from './validate';
export { LIMITS } from './limits';
export {
  REPORT_FORMAT,
  REPORT_MEDIA_TYPE,
  REPORT_VERSION,
  type TekshurReport,
  type ReportFlag,
  type ReportAttachment,
} from './schema';
export {
  readReportFile,
  readReportFiles,
  type ImportFile,
  type ReadReport,
  type ReadOk,
} from './import/read';
export { planImport, commitImport, dedupeKey, type ImportPlan, type FilePreview } from './import/plan';
export type { ImportTarget, ImportWrite, ExistingFlag, FlagUpdate } from './import/target';
export { MemoryImportTarget } from './import/memory-target';
