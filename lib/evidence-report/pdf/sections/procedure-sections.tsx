// A procedure's part of the report: timeline, then each condition with its status, the committee's
// decisions, the checklist and the evidence list (each file with its SHA-256 and dates), then the
// recommendations and the quality-profile grid.
import { CONDITION_STATUS_LABEL } from '@/lib/conditions/workflow';
import type { QualityRating } from '@/lib/db/generated/sqlite/enums';
import { formatDate, formatEnum } from '@/lib/utils/format';
import { formatBytes, formatTimestamp } from '../../format-figures';
import type { TReportChecklistItem, TReportCondition, TReportEvidence, TReportProcedure } from '../../report-data';
import { DataTable, HashText, Heading, Paragraph, SubHeading } from '../blocks';
import { getReactPdf } from '../load-react-pdf';
import { COLOURS, styles } from '../styles';
import type { TocRegistry } from '../toc';
import { sectionId } from '../toc-entries';

const EVIDENCE_KIND_LABEL: Record<TReportEvidence['kind'], string> = {
  FILE: 'file',
  LINK: 'link',
  METRIC_SNAPSHOT: 'frozen figures',
  CONTROL_LOOP: 'control loop',
};

const countOf = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

function EvidenceEntry({ evidence }: { evidence: TReportEvidence }) {
  const { Text, View } = getReactPdf();
  const { revision } = evidence;
  const content =
    evidence.kind === 'FILE'
      ? `${revision.fileName ?? 'file'} (${revision.mediaType ?? 'unknown type'}, ${formatBytes(revision.sizeBytes)})`
      : evidence.kind === 'LINK'
        ? (revision.url ?? '')
        : `${EVIDENCE_KIND_LABEL[evidence.kind]} (JSON in the bundle)`;
  return (
    <View style={{ marginTop: 2, paddingLeft: 6, borderLeftWidth: 1, borderLeftColor: COLOURS.accentLight }} wrap={false}>
      <Text style={styles.small}>
        {EVIDENCE_KIND_LABEL[evidence.kind]}: {evidence.title} — {formatEnum(evidence.state)}
        {evidence.reviewedAt ? ` (reviewed ${formatDate(evidence.reviewedAt)}${evidence.reviewedByName ? ` by ${evidence.reviewedByName}` : ''})` : ''}
      </Text>
      <Text style={[styles.small, styles.muted]}>
        Effective {formatDate(evidence.effectiveOn)}
        {evidence.expiresOn ? `, expires ${formatDate(evidence.expiresOn)}` : ''} · revision {revision.number} of {revision.revisionCount}, uploaded{' '}
        {formatTimestamp(revision.uploadedAt)} by {revision.uploadedByName}
      </Text>
      <Text style={styles.small}>{content}</Text>
      <HashText label="SHA-256" value={revision.sha256} />
      <Text style={[styles.mono, styles.muted]}>in bundle: {evidence.bundlePath}</Text>
    </View>
  );
}

function ChecklistTable({ items }: { items: readonly TReportChecklistItem[] }) {
  return (
    <DataTable
      columns={[
        { header: 'Checklist item' },
        { header: 'Assigned to', width: 110 },
        { header: 'Due', width: 62 },
        { header: 'Status', width: 52 },
        { header: 'Evidence', width: 54 },
      ]}
      rows={items.map((item) => ({
        key: item.id,
        cells: [item.title, item.assigneeName, formatDate(item.effectiveDueOn), formatEnum(item.status), formatEnum(item.evidenceState)],
        below: item.evidence.length > 0 ? item.evidence.map((evidence) => <EvidenceEntry key={evidence.id} evidence={evidence} />) : undefined,
      }))}
      emptyText="No checklist items in this view."
    />
  );
}

function ConditionBlock({ toc, procedureIndex, condition }: { toc: TocRegistry; procedureIndex: number; condition: TReportCondition }) {
  const { View } = getReactPdf();
  const evidenceCount = condition.items.reduce((sum, item) => sum + item.evidence.length, 0);
  return (
    <View style={{ marginBottom: 6 }}>
      <Heading toc={toc} id={sectionId.condition(procedureIndex, condition.number)} level={2}>
        {`Condition ${condition.number}: ${CONDITION_STATUS_LABEL[condition.status]}`}
      </Heading>
      <Paragraph style={styles.muted}>
        Chapter {condition.chapter} · criterion {condition.criterion}
        {condition.isAsteriskCriterion ? ' (asterisk criterion)' : ''} · due {formatDate(condition.dueOn)}
      </Paragraph>
      <Paragraph>{condition.text}</Paragraph>
      <SubHeading>Committee decisions</SubHeading>
      <DataTable
        columns={[{ header: 'Decision', width: 80 }, { header: 'Decided on', width: 70 }, { header: 'Meeting', width: 140 }, { header: 'Note' }]}
        rows={condition.decisions.map((decision, index) => ({
          key: `${index}`,
          cells: [
            formatEnum(decision.decision),
            formatDate(decision.decidedOn),
            decision.meeting ?? '—',
            [decision.note, decision.extendedUntil ? `extended until ${formatDate(decision.extendedUntil)}` : null].filter(Boolean).join('; ') || '—',
          ],
        }))}
        emptyText="No committee decision recorded yet."
      />
      <SubHeading>{`Checklist (${countOf(condition.items.length, 'item', 'items')}, ${countOf(evidenceCount, 'piece', 'pieces')} of evidence)`}</SubHeading>
      <ChecklistTable items={condition.items} />
    </View>
  );
}

const RATING_COLUMNS: { rating: QualityRating; header: string; width: number }[] = [
  { rating: 'EXCEPTIONAL', header: 'Exceptional', width: 50 },
  { rating: 'EXCEEDS', header: 'Exceeds', width: 40 },
  { rating: 'MEETS', header: 'Meets', width: 34 },
  { rating: 'DOES_NOT_MEET', header: 'Does not meet', width: 44 },
  { rating: 'NOT_RELEVANT', header: 'n.r.', width: 26 },
  { rating: 'CONDITION', header: 'Condition', width: 44 },
];

export function ProcedureSections({ toc, procedure, index }: { toc: TocRegistry; procedure: TReportProcedure; index: number }) {
  const { View } = getReactPdf();
  return (
    <View break>
      <Heading toc={toc} id={sectionId.procedure(index)} level={1}>
        {`Procedure ${procedure.agencyName} ${procedure.projectNumber}: conditions and checklist`}
      </Heading>
      <Paragraph>
        {procedure.type}
        {procedure.modeOfStudy ? ` (${procedure.modeOfStudy})` : ''}. Decision: {procedure.decision ?? 'pending'}.
      </Paragraph>
      <SubHeading>Timeline</SubHeading>
      <DataTable
        columns={[{ header: 'Date', width: 70 }, { header: 'Event' }]}
        rows={procedure.timeline.map((event, position) => ({ key: `${position}`, cells: [formatDate(event.date), event.label] }))}
      />
      {procedure.conditions.map((condition) => (
        <ConditionBlock key={condition.id} toc={toc} procedureIndex={index} condition={condition} />
      ))}
      <Heading toc={toc} id={sectionId.recommendations(index)} level={2}>
        Recommendations
      </Heading>
      <DataTable
        columns={[{ header: '#', width: 18, align: 'right' }, { header: 'Chapter', width: 40 }, { header: 'Recommendation' }, { header: 'Status', width: 58 }]}
        rows={procedure.recommendations.map((entry) => ({
          key: String(entry.position),
          cells: [String(entry.position), entry.chapter, entry.text, formatEnum(entry.status)],
        }))}
      />
      <Heading toc={toc} id={sectionId.qualityProfile(index)} level={2}>
        Quality profile
      </Heading>
      <Paragraph style={styles.muted}>
        One row per criterion; the X is the panel's rating (n.r.: not relevant). An asterisk criterion must at least meet the standard.
      </Paragraph>
      <DataTable
        columns={[
          { header: 'Criterion', width: 44 },
          { header: 'Title' },
          ...RATING_COLUMNS.map((column) => ({ header: column.header, width: column.width, align: 'center' as const })),
        ]}
        rows={procedure.qualityProfile.map((row) => ({
          key: row.criterionCode,
          cells: [
            `${row.criterionCode}${row.isAsterisk ? '*' : ''}`,
            row.note ? `${row.criterionTitle} (${row.note})` : row.criterionTitle,
            ...RATING_COLUMNS.map((column) => (column.rating === row.rating ? 'X' : '')),
          ],
        }))}
      />
    </View>
  );
}
