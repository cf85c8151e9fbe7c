// The closing sections: where the figures come from (every import with each file's SHA-256 and
// rows), the manifest of inputs whose hash is printed on every page, and the metric definitions.
import { METRIC_DEFINITIONS, METRIC_IDS } from '@/lib/metrics/definitions/metric-definitions';
import { formatNumber } from '@/lib/utils/format';
import { formatBytes, formatTimestamp } from '../../format-figures';
import type { TManifestInputs } from '../../manifest/manifest-inputs';
import type { TEvidenceReportData } from '../../report-data';
import { DataTable, HashText, Heading, KeyValues, Paragraph, SubHeading } from '../blocks';
import { getReactPdf } from '../load-react-pdf';
import { styles } from '../styles';
import type { TocRegistry } from '../toc';
import { sectionId } from '../toc-entries';

export function ProvenanceSection({ toc, data }: { toc: TocRegistry; data: TEvidenceReportData }) {
  const { View } = getReactPdf();
  return (
    <View break>
      <Heading toc={toc} id={sectionId.provenance()} level={1}>
        Data provenance: the imports behind the figures
      </Heading>
      <Paragraph>
        Each figure was computed from the export that currently holds its course's snapshot. These are all such imports for the certificates above, with the
        SHA-256 of every file as it was imported.
      </Paragraph>
      {data.imports.length === 0 ? <Paragraph style={styles.muted}>No export has been imported for these certificates yet.</Paragraph> : null}
      {data.imports.map((entry) => (
        <View key={entry.id} style={{ marginBottom: 8 }}>
          <SubHeading>{`Import ${entry.sourceName}`}</SubHeading>
          <KeyValues
            rows={[
              ['Import id', entry.id],
              ['Snapshot date (newest timestamp in the data)', formatTimestamp(entry.snapshotAt)],
              ['Imported (finished)', formatTimestamp(entry.finishedAt)],
              ['Rows loaded', formatNumber(entry.rowCount)],
              ['Anonymity', entry.anonymity === 'ISOLATED' ? 'isolated (feedback not joinable to learners)' : 'linked (one learner id in all tables)'],
              ['Partner prefix', entry.partnerPrefix],
            ]}
            labelWidth={190}
          />
          <HashText label="Content SHA-256 (over the sorted file hashes):" value={entry.contentSha256} />
          <DataTable
            columns={[{ header: 'File, and its SHA-256 below' }, { header: 'Rows', width: 50, align: 'right' }, { header: 'Size', width: 56, align: 'right' }]}
            rows={entry.files.map((file) => ({
              key: file.fileName,
              cells: [`${file.fileName}${file.isLoaded ? '' : ' (not loaded)'}`, formatNumber(file.rowCount), formatBytes(file.bytes)],
              below: <HashText value={file.sha256} size={6.3} />,
            }))}
          />
        </View>
      ))}
    </View>
  );
}

export function ManifestSection({ toc, inputs, inputsSha256 }: { toc: TocRegistry; inputs: TManifestInputs; inputsSha256: string }) {
  const { View } = getReactPdf();
  const evidence = inputs.procedures.flatMap((procedure) => procedure.conditions.flatMap((condition) => condition.checklist.flatMap((item) => item.evidence)));
  return (
    <View break>
      <Heading toc={toc} id={sectionId.manifest()} level={1}>
        Manifest of inputs
      </Heading>
      <Paragraph>
        The manifest lists everything this report follows from: the certificates' figures (as the JSON API gives them, without the time they were computed), the
        certificate definitions and ECTS rules, the procedures' recorded state (conditions, decisions, checklist, recommendations, quality profile), the SHA-256
        of every piece of evidence, the control loops' frozen analyses, the released comments and the imports. Its canonical JSON (keys sorted, no spaces;
        inputs.json in the bundle) has this SHA-256, printed in every page's footer:
      </Paragraph>
      <HashText value={inputsSha256} size={8} />
      <SubHeading>Figures per certificate (figures/&lt;slug&gt;.json in the bundle)</SubHeading>
      <DataTable
        columns={[{ header: 'Certificate' }, { header: 'SHA-256 of the figures', width: 262, isMono: true }]}
        rows={inputs.certificates.map((certificate) => ({ key: certificate.slug, cells: [certificate.slug, certificate.figuresSha256] }))}
      />
      <SubHeading>{`Evidence (${evidence.length})`}</SubHeading>
      <DataTable
        columns={[{ header: 'Evidence' }, { header: 'SHA-256', width: 262, isMono: true }]}
        rows={evidence.map((entry) => ({ key: entry.id, cells: [entry.title, entry.sha256] }))}
        emptyText="No evidence recorded in this view."
      />
      <SubHeading>Imports</SubHeading>
      <DataTable
        columns={[{ header: 'Import' }, { header: 'Content SHA-256', width: 262, isMono: true }]}
        rows={inputs.imports.map((entry) => ({ key: entry.id, cells: [entry.sourceName, entry.contentSha256] }))}
        emptyText="No imports."
      />
      <Paragraph style={{ marginTop: 6 }}>
        To check a bundle: sha256sum -c SHA256SUMS (Linux; macOS: shasum -a 256 -c SHA256SUMS) confirms that no file was changed, and sha256sum inputs.json
        gives the hash above. npm run certqa -- evidence verify bundle.zip recomputes the manifest from the database and names every difference.
      </Paragraph>
    </View>
  );
}

export function DefinitionsSection({ toc, definitionsVersion }: { toc: TocRegistry; definitionsVersion: string }) {
  const { View } = getReactPdf();
  return (
    <View break>
      <Heading toc={toc} id={sectionId.definitions()} level={1}>
        Metric definitions
      </Heading>
      <Paragraph style={styles.muted}>{`Version ${definitionsVersion}, the wording of DESIGN.md's metric contract.`}</Paragraph>
      <DataTable
        columns={[{ header: 'Metric', width: 120 }, { header: 'Definition' }]}
        rows={METRIC_IDS.map((id) => ({ key: id, cells: [METRIC_DEFINITIONS[id].label, METRIC_DEFINITIONS[id].definition] }))}
      />
    </View>
  );
}

export function AppendixSections({
  toc,
  data,
  inputs,
  inputsSha256,
}: {
  toc: TocRegistry;
  data: TEvidenceReportData;
  inputs: TManifestInputs;
  inputsSha256: string;
}) {
  return (
    <>
      <ProvenanceSection toc={toc} data={data} />
      <ManifestSection toc={toc} inputs={inputs} inputsSha256={inputsSha256} />
      <DefinitionsSection toc={toc} definitionsVersion={data.definitionsVersion} />
    </>
  );
}
