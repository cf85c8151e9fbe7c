import { Table, Td, Th } from '@/components/ui/table';
import type { TControlLoopDetail } from '@/lib/control-loops/queries';
import { getFormat, getT } from '@/lib/i18n/server';
import { MeasureStatusBadge } from './loop-status-badge';
import { MeasureStatusControl } from './measure-status-control';

/** The loop's measures; a status control appears only on measures the viewer may work. */
export async function MeasuresTable({ measures, editableMeasureIds }: { measures: TControlLoopDetail['measures']; editableMeasureIds: readonly string[] }) {
  const [t, format] = await Promise.all([getT('loops'), getFormat()]);
  if (measures.length === 0) return <p className="px-4 py-3 text-sm text-slate-600">{t('measuresTable.none')}</p>;
  return (
    <Table data-testid="measures">
      <thead>
        <tr>
          <Th>{t('measuresTable.measure')}</Th>
          <Th>{t('measuresTable.owner')}</Th>
          <Th>{t('measuresTable.due')}</Th>
          <Th>{t('measuresTable.expectedEffect')}</Th>
          <Th>{t('measuresTable.status')}</Th>
        </tr>
      </thead>
      <tbody>
        {measures.map((measure) => (
          <tr key={measure.id} data-testid="measure">
            <Td>{measure.title}</Td>
            <Td>
              {measure.ownerOrganisation.name}
              {measure.ownerUser ? <div className="text-xs text-slate-600">{measure.ownerUser.name}</div> : null}
            </Td>
            <Td className="tabular-nums">{format.date(measure.dueOn)}</Td>
            <Td>{measure.expectedEffect}</Td>
            <Td data-field="status">
              <MeasureStatusBadge status={measure.status} />
              {editableMeasureIds.includes(measure.id) ? (
                <div className="mt-1">
                  <MeasureStatusControl measureId={measure.id} title={measure.title} status={measure.status} />
                </div>
              ) : null}
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
