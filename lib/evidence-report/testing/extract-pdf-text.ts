// Test helper: the text of each page of a PDF as a reader would copy it out, via pdf.js (legacy
// build, which runs in Node), with the page size. Lines end with "\n".
import { join } from 'node:path';

export type TPdfPage = { text: string; width: number; height: number };

export async function extractPdfPages(pdf: Uint8Array): Promise<TPdfPage[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const document = await pdfjs.getDocument({
    data: new Uint8Array(pdf),
    // Fonts are embedded; the standard-font data is only a fallback pdf.js asks for.
    standardFontDataUrl: `${join(process.cwd(), 'node_modules/pdfjs-dist/standard_fonts')}/`,
    isEvalSupported: false,
  }).promise;
  const pages: TPdfPage[] = [];
  for (let number = 1; number <= document.numPages; number += 1) {
    const page = await document.getPage(number);
    const content = await page.getTextContent();
    const text = content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join('');
    const [, , width, height] = page.view as [number, number, number, number];
    pages.push({ text, width, height });
  }
  await document.destroy();
  return pages;
}

/** Runs of whitespace (line breaks included) as one space, for finding text that may wrap. */
export function normalizeSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
