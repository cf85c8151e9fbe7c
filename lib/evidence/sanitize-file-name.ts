// The uploader's file name, made safe to show and to offer in a download: no folders, no `..`, no
// control or direction-changing characters, nothing Windows refuses, a bounded length. It is a
// label only; the file is stored under a random name (evidence-store.ts).
import { EVIDENCE_MEDIA_TYPES, type TEvidenceMediaType } from './media-types';

const MAX_NAME_CHARACTERS = 120;
const FALLBACK_NAME = 'evidence';

/**
 * Control characters (Unicode Cc) and invisible format characters (Cf): zero-width spaces and the
 * direction overrides, with which "invoice<U+202E>fdp.exe" is displayed as "invoiceexe.pdf".
 */
const INVISIBLE_OR_CONTROL = /[\p{Cc}\p{Cf}]/gu;
/** Characters that separate folders or that Windows does not allow in names. */
const RESERVED_CHARACTERS = /[<>:"|?*]/g;
const WINDOWS_DEVICE_NAMES = /^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i;

function splitExtension(name: string): { base: string; extension: string } {
  const dot = name.lastIndexOf('.');
  if (dot <= 0 || dot === name.length - 1) return { base: name, extension: '' };
  return { base: name.slice(0, dot), extension: name.slice(dot) };
}

/** Cuts to a number of characters (code points, so no emoji is split), keeping the extension. */
function limitLength(name: string): string {
  const characters = Array.from(name);
  if (characters.length <= MAX_NAME_CHARACTERS) return name;
  const { base, extension } = splitExtension(name);
  const keptExtension = Array.from(extension).length <= 16 ? extension : '';
  return Array.from(base)
    .slice(0, MAX_NAME_CHARACTERS - Array.from(keptExtension).length)
    .join('')
    .trimEnd()
    .concat(keptExtension);
}

/**
 * Browsers send a file's name without its folder. A name with folder parts (`../../etc/passwd`,
 * `C:\temp\x`) was written by hand to reach a path, so uploads refuse it rather than guess.
 */
export function hasFolderParts(raw: string): boolean {
  return /[/\\]/.test(raw) || /^\s*\.\.?\s*$/.test(raw);
}

export function sanitizeFileName(raw: string): string {
  const lastSegment = raw.normalize('NFC').replace(INVISIBLE_OR_CONTROL, '').split(/[/\\]/).pop() ?? '';
  const cleaned = lastSegment
    .replace(RESERVED_CHARACTERS, '_')
    .replace(/\s+/g, ' ')
    // Leading dots make hidden files and `..`; trailing dots and spaces are dropped by Windows.
    .replace(/^[.\s]+/, '')
    .replace(/[.\s]+$/, '');
  if (cleaned === '') return FALLBACK_NAME;
  const safe = WINDOWS_DEVICE_NAMES.test(cleaned) ? `_${cleaned}` : cleaned;
  return limitLength(safe);
}

/**
 * The display name with an extension that matches what the file is, so that opening a download
 * never runs it as something else: a text file called "run.bat" is offered as "run.bat.txt".
 */
export function alignFileNameWithMediaType(name: string, mediaType: TEvidenceMediaType): string {
  const { extensions } = EVIDENCE_MEDIA_TYPES[mediaType];
  const extension = splitExtension(name).extension.slice(1).toLowerCase();
  if ((extensions as readonly string[]).includes(extension)) return name;
  const suffix = `.${extensions[0]}`;
  return `${Array.from(name)
    .slice(0, MAX_NAME_CHARACTERS - suffix.length)
    .join('')
    .trimEnd()}${suffix}`;
}
