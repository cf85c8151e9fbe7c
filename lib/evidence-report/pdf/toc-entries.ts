// The report's sections in order, with the ids their headings and contents links share.
import type { TEvidenceReportData } from '../report-data';
import type { TTocEntry } from './toc';

export const sectionId = {
  procedure: (index: number) => `procedure-${index}`,
  condition: (index: number, number: number) => `procedure-${index}-condition-${number}`,
  recommendations: (index: number) => `procedure-${index}-recommendations`,
  qualityProfile: (index: number) => `procedure-${index}-quality-profile`,
  certificate: (slug: string) => `certificate-${slug}`,
  provenance: () => 'provenance',
  manifest: () => 'manifest',
  definitions: () => 'definitions',
};

export function buildTocEntries(data: TEvidenceReportData): TTocEntry[] {
  const entries: TTocEntry[] = [];
  data.procedures.forEach((procedure, index) => {
    const label = `${procedure.agencyName} ${procedure.projectNumber}`;
    entries.push({ id: sectionId.procedure(index), title: `Procedure ${label}: conditions and checklist`, level: 1 });
    for (const condition of procedure.conditions)
      entries.push({ id: sectionId.condition(index, condition.number), title: `Condition ${condition.number}`, level: 2 });
    entries.push({ id: sectionId.recommendations(index), title: `Recommendations (${label})`, level: 2 });
    entries.push({ id: sectionId.qualityProfile(index), title: `Quality profile (${label})`, level: 2 });
  });
  for (const certificate of data.certificates)
    entries.push({ id: sectionId.certificate(certificate.slug), title: `Certificate: ${certificate.name}`, level: 1 });
  entries.push({ id: sectionId.provenance(), title: 'Data provenance: the imports behind the figures', level: 1 });
  entries.push({ id: sectionId.manifest(), title: 'Manifest of inputs', level: 1 });
  entries.push({ id: sectionId.definitions(), title: 'Metric definitions', level: 1 });
  return entries;
}
