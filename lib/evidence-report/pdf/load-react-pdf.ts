// The PDF renderer (@react-pdf/renderer: React primitives laid out by Yoga, written by pdfkit; no
// browser). It is loaded with a dynamic import() on purpose: the package and its parts are
// ESM-only with "import"-only exports (@react-pdf/hyphenate/en-us), and the CLI runs under tsx as
// CommonJS, where a static import would become require() and fail. The components therefore take
// the primitives from getReactPdf() once loadReactPdf() has resolved.
//
// Fonts: DejaVu Sans and Sans Mono from the dejavu-fonts-ttf package, embedded (as subsets) in every
// PDF, so text is selectable and reads the same on any machine; the PDF standard fonts would be
// neither embedded nor able to show "≥", "–" or most names.
import { join } from 'node:path';

export type TReactPdf = typeof import('@react-pdf/renderer');

export const FONT_SANS = 'DejaVu Sans';
export const FONT_MONO = 'DejaVu Sans Mono';

/** Longer than a SHA-256 (64) and than any name a table cell holds; shorter than a page line. */
const LONGEST_UNBROKEN_WORD = 90;

let loading: Promise<TReactPdf> | null = null;
let loaded: TReactPdf | null = null;

function getFontDir(): string {
  return join(/*turbopackIgnore: true*/ process.cwd(), 'node_modules', 'dejavu-fonts-ttf', 'ttf');
}

function registerFonts(reactPdf: TReactPdf): void {
  const dir = getFontDir();
  reactPdf.Font.register({
    family: FONT_SANS,
    fonts: [
      { src: join(dir, 'DejaVuSans.ttf') },
      { src: join(dir, 'DejaVuSans-Bold.ttf'), fontWeight: 'bold' },
      { src: join(dir, 'DejaVuSans-Oblique.ttf'), fontStyle: 'italic' },
    ],
  });
  reactPdf.Font.register({ family: FONT_MONO, src: join(dir, 'DejaVuSansMono.ttf') });
  // No automatic hyphenation: a hyphen inserted into a hash, a figure or a learner's comment would
  // change the text a reader copies out, so hashes are laid out where they fit on one line. Only a
  // token longer than any line (a long URL) is cut into pieces, so it wraps instead of running off
  // the page.
  reactPdf.Font.registerHyphenationCallback((word) => (word.length <= LONGEST_UNBROKEN_WORD ? [word] : (word.match(/.{1,40}/gsu) ?? [word])));
}

export function loadReactPdf(): Promise<TReactPdf> {
  loading ??= import('@react-pdf/renderer').then((module) => {
    registerFonts(module);
    loaded = module;
    return module;
  });
  return loading;
}

/** The primitives, for the document's components (which render only after loadReactPdf()). */
export function getReactPdf(): TReactPdf {
  if (!loaded) throw new Error('The PDF renderer is not loaded yet: await loadReactPdf() before rendering.');
  return loaded;
}
