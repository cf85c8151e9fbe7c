import type { Metadata } from 'next';
import Link from 'next/link';
import { Badge, type TBadgeTone } from '@/components/ui/badge';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { Table, Td, Th } from '@/components/ui/table';
import { orNotFound } from '@/lib/auth/or-not-found';
import { requireActor } from '@/lib/auth/session';
import { getProcedure } from '@/lib/procedures/queries';
import { formatDate, formatEnum } from '@/lib/utils/format';

export const metadata: Metadata = { title: 'Procedure' };

const STATUS_TONE: Record<string, TBadgeTone> = {
  OPEN: 'warning',
  IN_PROGRESS: 'info',
  SUBMITTED: 'info',
  FULFILLED: 'good',
  NOT_FULFILLED: 'bad',
  EXTENDED: 'warning',
};

const RATING_TONE: Record<string, TBadgeTone> = {
  EXCEPTIONAL: 'good',
  EXCEEDS: 'good',
  MEETS: 'neutral',
  DOES_NOT_MEET: 'bad',
  NOT_RELEVANT: 'neutral',
  CONDITION: 'warning',
};

export default async function ProcedurePage({ params }: { params: Promise<{ procedureId: string }> }) {
  const actor = await requireActor();
  const { procedureId } = await params;
  const procedure = await orNotFound(getProcedure(actor, procedureId));
  return (
    <div className="flex flex-col gap-4">
      <div>
        <p className="text-sm text-slate-600">
          <Link href="/procedures" className="hover:underline">
            Procedures
          </Link>
        </p>
        <h1 className="text-2xl font-semibold">
          {procedure.agency.name} {procedure.projectNumber}: {procedure.type}
        </h1>
        <p className="mt-1 text-sm text-slate-600">
          {procedure.platform.name} · {procedure.modeOfStudy ?? ''} · decision: {procedure.decision ?? 'pending'} · certified {formatDate(procedure.certificationFrom)} – {formatDate(procedure.certificationUntil)}
        </p>
      </div>

      <Card>
        <CardHeader title="Timeline" />
        <CardBody>
          <ol className="flex flex-col gap-2 border-l-2 border-slate-200 pl-4" data-testid="timeline">
            {procedure.timeline.map((event) => (
              <li key={`${event.date.toISOString()}-${event.label}`} className="text-sm">
                <span className="inline-block w-28 font-medium tabular-nums">{formatDate(event.date)}</span> {event.label}{' '}
                {event.isFuture ? <Badge tone="info">upcoming</Badge> : null}
              </li>
            ))}
          </ol>
        </CardBody>
      </Card>

      <Card>
        <CardHeader title="Certificates covered" description={`${procedure.certificates.length} in your scope`} />
        <CardBody>
          <ul className="flex flex-col gap-1 text-sm">
            {procedure.certificates.map(({ certificate }) => (
              <li key={certificate.id}>
                <Link href={`/certificates/${certificate.slug}`} className="text-blue-700 hover:underline">
                  {certificate.name}
                </Link>{' '}
                <span className="text-slate-500">({certificate.contentPartnerOrganisation.name})</span>
              </li>
            ))}
          </ul>
        </CardBody>
      </Card>

      <Card>
        <CardHeader
          title="Conditions"
          description={`Proof due ${formatDate(procedure.proofOfConditionsDueOn)} unless a condition sets its own date.`}
        />
        <CardBody className="flex flex-col gap-3">
          {procedure.conditions.map((condition) => (
            <article key={condition.id} className="rounded-md border border-slate-200 p-3" data-testid="condition">
              <div className="flex flex-wrap items-center gap-2">
                <h3 className="font-semibold">Condition {condition.number}</h3>
                <Badge tone={STATUS_TONE[condition.status] ?? 'neutral'}>{formatEnum(condition.status)}</Badge>
                <span className="text-xs text-slate-600">
                  Chapter {condition.chapter} · {condition.criterion}
                  {condition.isAsteriskCriterion ? ' (asterisk criterion)' : ''}
                </span>
              </div>
              <p className="mt-1 text-sm">{condition.text}</p>
              <p className="mt-1 text-xs text-slate-600">Due {formatDate(condition.dueOn ?? procedure.proofOfConditionsDueOn)}</p>
              {condition.decisions.length > 0 ? (
                <ul className="mt-2 text-sm">
                  {condition.decisions.map((decision) => (
                    <li key={decision.id}>
                      Committee decision on {formatDate(decision.decidedOn)}: <strong>{formatEnum(decision.decision)}</strong>
                      {decision.meeting ? ` (${decision.meeting})` : ''}
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="mt-2 text-sm text-slate-600">No committee decision recorded yet.</p>
              )}
            </article>
          ))}
        </CardBody>
      </Card>

      <Card>
        <CardHeader title="Recommendations" description="Tracked for the re-certification." />
        <Table>
          <thead>
            <tr>
              <Th className="w-12">#</Th>
              <Th className="w-20">Chapter</Th>
              <Th>Recommendation</Th>
              <Th>Status</Th>
            </tr>
          </thead>
          <tbody>
            {procedure.recommendations.map((recommendation) => (
              <tr key={recommendation.id}>
                <Td>{recommendation.position}</Td>
                <Td>{recommendation.chapter}</Td>
                <Td>{recommendation.text}</Td>
                <Td>{formatEnum(recommendation.status)}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      </Card>

      <Card>
        <CardHeader title="Quality profile" description="Criterion by criterion, as rated by the agency. * marks asterisk (minimum-standard) criteria." />
        <Table data-testid="quality-profile">
          <thead>
            <tr>
              <Th className="w-20">Criterion</Th>
              <Th>Title</Th>
              <Th>Rating</Th>
            </tr>
          </thead>
          <tbody>
            {procedure.qualityProfile.map((row) => (
              <tr key={row.id}>
                <Td className="tabular-nums">
                  {row.criterionCode}
                  {row.isAsterisk ? '*' : ''}
                </Td>
                <Td>{row.criterionTitle}</Td>
                <Td>
                  <Badge tone={RATING_TONE[row.rating] ?? 'neutral'}>{row.rating === 'CONDITION' ? 'Condition' : formatEnum(row.rating)}</Badge>
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      </Card>
    </div>
  );
}
