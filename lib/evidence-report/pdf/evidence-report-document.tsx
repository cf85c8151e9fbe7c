// The whole report as one react-pdf document: cover, contents, the procedures, the certificates,
// provenance, the manifest and the definitions; every page carries the footer.
import type { TManifestInputs } from '../manifest/manifest-inputs';
import type { TEvidenceReportData } from '../report-data';
import { getReactPdf } from './load-react-pdf';
import { AppendixSections } from './sections/appendix-sections';
import { CertificateSection } from './sections/certificate-section';
import { ContentsList } from './sections/contents-page';
import { CoverContent } from './sections/cover-page';
import { createReportPageLayout, type TReportMeta } from './sections/page-footer';
import { ProcedureSections } from './sections/procedure-sections';
import { styles } from './styles';
import type { TocRegistry } from './toc';

export type TEvidenceReportDocumentProps = { data: TEvidenceReportData; inputs: TManifestInputs; meta: TReportMeta; toc: TocRegistry };

export function EvidenceReportDocument({ data, inputs, meta, toc }: TEvidenceReportDocumentProps) {
  const { Document, Page } = getReactPdf();
  // The layout draws the footer on every page; using it switches react-pdf to its newer pagination,
  // which measures content once instead of re-laying it out at every page break.
  const layout = createReportPageLayout(data.subject.label, meta);
  return (
    <Document
      title={`Evidence report: ${data.subject.label}`}
      author={meta.generatedBy}
      subject={`Manifest (inputs) SHA-256 ${meta.inputsSha256}`}
      creator="CertQA"
      producer="CertQA (react-pdf)"
      language="en"
      creationDate={meta.generatedAt}
      modificationDate={meta.generatedAt}
    >
      <Page size="A4" style={styles.page} layout={layout}>
        <CoverContent data={data} meta={meta} />
      </Page>
      <Page size="A4" style={styles.page} layout={layout}>
        <ContentsList toc={toc} />
      </Page>
      <Page size="A4" style={styles.page} layout={layout} wrap>
        {data.procedures.map((procedure, index) => (
          <ProcedureSections key={procedure.id} toc={toc} procedure={procedure} index={index} />
        ))}
        {data.certificates.map((certificate) => (
          <CertificateSection key={certificate.slug} toc={toc} certificate={certificate} />
        ))}
        <AppendixSections toc={toc} data={data} inputs={inputs} inputsSha256={meta.inputsSha256} />
      </Page>
    </Document>
  );
}
