// The kinds of file accepted as evidence: documents, images and tables that a reviewer opens to
// read, nothing that runs. The media type is always decided from the content (sniff-media-type.ts);
// the extensions here only make a download's name agree with what the file really is.

export const EVIDENCE_MEDIA_TYPES = {
  'application/pdf': { label: 'PDF document', extensions: ['pdf'] },
  'image/png': { label: 'PNG image', extensions: ['png'] },
  'image/jpeg': { label: 'JPEG image', extensions: ['jpg', 'jpeg'] },
  'image/gif': { label: 'GIF image', extensions: ['gif'] },
  'image/webp': { label: 'WebP image', extensions: ['webp'] },
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': { label: 'Word document (DOCX)', extensions: ['docx'] },
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { label: 'Excel workbook (XLSX)', extensions: ['xlsx'] },
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': { label: 'PowerPoint presentation (PPTX)', extensions: ['pptx'] },
  'application/vnd.oasis.opendocument.text': { label: 'OpenDocument text (ODT)', extensions: ['odt'] },
  'application/vnd.oasis.opendocument.spreadsheet': { label: 'OpenDocument spreadsheet (ODS)', extensions: ['ods'] },
  'application/vnd.oasis.opendocument.presentation': { label: 'OpenDocument presentation (ODP)', extensions: ['odp'] },
  'application/msword': { label: 'Word 97–2003 document (DOC)', extensions: ['doc'] },
  'application/vnd.ms-excel': { label: 'Excel 97–2003 workbook (XLS)', extensions: ['xls'] },
  'application/vnd.ms-powerpoint': { label: 'PowerPoint 97–2003 presentation (PPT)', extensions: ['ppt'] },
  'text/csv': { label: 'CSV table', extensions: ['csv', 'txt'] },
  'text/plain': { label: 'plain text', extensions: ['txt', 'text', 'md', 'csv'] },
} as const satisfies Record<string, { label: string; extensions: readonly string[] }>;

export type TEvidenceMediaType = keyof typeof EVIDENCE_MEDIA_TYPES;

export function isEvidenceMediaType(value: string): value is TEvidenceMediaType {
  return Object.hasOwn(EVIDENCE_MEDIA_TYPES, value);
}

export function getMediaTypeLabel(mediaType: string | null): string {
  return mediaType && isEvidenceMediaType(mediaType) ? EVIDENCE_MEDIA_TYPES[mediaType].label : (mediaType ?? '—');
}

/** The Content-Type header of a download: text is always served as UTF-8, as it was checked to be. */
export function toContentType(mediaType: TEvidenceMediaType): string {
  return mediaType.startsWith('text/') ? `${mediaType}; charset=utf-8` : mediaType;
}

/** For the file picker's `accept` attribute: a convenience for the uploader, never a check. */
export const EVIDENCE_ACCEPT_ATTRIBUTE = [
  ...new Set(Object.values(EVIDENCE_MEDIA_TYPES).flatMap((type) => type.extensions.map((extension) => `.${extension}`))),
].join(',');
