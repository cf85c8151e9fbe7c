// Renders the report to PDF bytes, on the server, without a browser. The contents page's numbers
// come from the same pass when the layout confirms them (see toc.ts); otherwise the document is
// rendered again with the numbers now known, at most twice more.
import type { TManifestInputs } from '../manifest/manifest-inputs';
import type { TEvidenceReportData } from '../report-data';
import { EvidenceReportDocument } from './evidence-report-document';
import { loadReactPdf } from './load-react-pdf';
import type { TReportMeta } from './sections/page-footer';
import { TocRegistry } from './toc';
import { buildTocEntries } from './toc-entries';

const MAX_PASSES = 3;

export async function renderEvidenceReportPdf(data: TEvidenceReportData, inputs: TManifestInputs, meta: TReportMeta): Promise<Buffer> {
  const { renderToBuffer } = await loadReactPdf();
  const toc = new TocRegistry(buildTocEntries(data));
  for (let pass = 0; pass < MAX_PASSES; pass += 1) {
    const pdf = await renderToBuffer(<EvidenceReportDocument data={data} inputs={inputs} meta={meta} toc={toc} />);
    if (toc.isSettled()) return pdf;
  }
  throw new Error('The contents page numbers did not settle after three renderings; the report was not produced.');
}
