'use client';

import { useHasMounted } from './use-has-mounted';
import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

/** Counts per rating value; bars are labelled with their counts, so colour carries no meaning alone. */
export function RatingDistributionChart({ data, label }: { data: { rating: string; n: number }[]; label: string }) {
  const hasMounted = useHasMounted();
  return (
    <figure>
      <div className="h-48 w-full" aria-hidden="true">
        {hasMounted ? (
          <ResponsiveContainer width="100%" height="100%">
            <BarChart data={data} margin={{ top: 16, right: 8, bottom: 0, left: 0 }}>
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="rating" tickLine={false} />
              <YAxis allowDecimals={false} width={40} />
              <Tooltip />
              <Bar dataKey="n" name="Respondents" fill="#1d4ed8">
                <LabelList dataKey="n" position="top" fontSize={11} />
              </Bar>
            </BarChart>
          </ResponsiveContainer>
        ) : null}
      </div>
      <figcaption className="sr-only">{label}</figcaption>
      <details className="mt-2 text-xs">
        <summary className="cursor-pointer text-slate-600">Data table</summary>
        <table className="mt-1 w-full text-left">
          <thead>
            <tr>
              <th className="pr-2 font-medium">Rating</th>
              <th className="font-medium">Respondents</th>
            </tr>
          </thead>
          <tbody>
            {data.map((row) => (
              <tr key={row.rating}>
                <td className="pr-2">{row.rating}</td>
                <td className="tabular-nums">{row.n}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
