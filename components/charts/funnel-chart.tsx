'use client';

import { useHasMounted } from './use-has-mounted';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

export type TFunnelChartRow = { label: string; enrolled: number | null; passed: number | null; passedAllSoFar: number | null };

/** The certificate funnel in course order: enrolled, passed, and passed this course and all before it. */
export function FunnelChart({ data }: { data: TFunnelChartRow[] }) {
  const hasMounted = useHasMounted();
  return (
    <div className="h-64 w-full" aria-hidden="true">
      {hasMounted ? (
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="label" tickLine={false} />
            <YAxis allowDecimals={false} width={48} />
            <Tooltip />
            <Legend />
            <Bar dataKey="enrolled" name="Enrolled" fill="#93c5fd" />
            <Bar dataKey="passed" name="Passed" fill="#1d4ed8" />
            <Bar dataKey="passedAllSoFar" name="Passed this and all before" fill="#0f172a" />
          </BarChart>
        </ResponsiveContainer>
      ) : null}
    </div>
  );
}
