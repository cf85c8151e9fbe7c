// Vector charts drawn row by row: the label and the value are ordinary (selectable) text, the bars,
// interval whiskers and axis are SVG shapes. A withheld figure draws no bar; its row says why.
// Geometry comes from chart-scale.ts; these components only draw.
import type { ReactNode } from 'react';
import { formatNumber } from '@/lib/utils/format';
import { createLinearScale, type TLinearScale } from '../chart-scale';
import { getReactPdf } from '../load-react-pdf';
import { COLOURS, CONTENT_WIDTH, STAR_COLOURS, styles } from '../styles';

const LABEL_WIDTH = 165;
const PLOT_WIDTH = 200;
const VALUE_WIDTH = CONTENT_WIDTH - LABEL_WIDTH - PLOT_WIDTH - 8;
const ROW_HEIGHT = 10;

export type TInterval = { low: number; high: number } | null;

/**
 * A titled chart with its definition in the caption. Rows never split; a chart longer than the rest
 * of the page continues on the next (a certificate of fifteen courses has thirty NPS rows), and its
 * title is never left alone at the foot of a page.
 */
export function ChartBlock({ title, caption, children }: { title: string; caption: string; children: ReactNode }) {
  const { Text, View } = getReactPdf();
  return (
    <View style={{ marginTop: 6, marginBottom: 8 }}>
      <Text style={styles.h3} minPresenceAhead={80}>
        {title}
      </Text>
      {children}
      <Text style={[styles.small, styles.muted, { marginTop: 3 }]}>{caption}</Text>
    </View>
  );
}

function Axis({ scale, ticks, formatTick }: { scale: TLinearScale; ticks: readonly number[]; formatTick: (value: number) => string }) {
  const { Line, Svg, Text, View } = getReactPdf();
  return (
    <View style={{ flexDirection: 'row', marginTop: 1 }}>
      <View style={{ width: LABEL_WIDTH }} />
      <View style={{ width: PLOT_WIDTH }}>
        <Svg width={PLOT_WIDTH} height={3}>
          <Line x1={0} y1={0.5} x2={PLOT_WIDTH} y2={0.5} stroke={COLOURS.muted} strokeWidth={0.5} />
          {ticks.map((tick) => (
            <Line key={tick} x1={scale.toX(tick)} y1={0} x2={scale.toX(tick)} y2={3} stroke={COLOURS.muted} strokeWidth={0.5} />
          ))}
        </Svg>
        <View style={{ position: 'relative', height: 9 }}>
          {ticks.map((tick) => (
            <Text key={tick} style={{ position: 'absolute', left: scale.toX(tick) - 20, width: 40, textAlign: 'center', fontSize: 6, color: COLOURS.muted }}>
              {formatTick(tick)}
            </Text>
          ))}
        </View>
      </View>
    </View>
  );
}

export function Legend({ items }: { items: readonly { label: string; colour: string }[] }) {
  const { Rect, Svg, Text, View } = getReactPdf();
  return (
    <View style={{ flexDirection: 'row', flexWrap: 'wrap', marginBottom: 3 }}>
      {items.map((item) => (
        <View key={item.label} style={{ flexDirection: 'row', alignItems: 'center', marginRight: 10 }}>
          <Svg width={7} height={7}>
            <Rect x={0} y={0} width={7} height={7} fill={item.colour} stroke={COLOURS.muted} strokeWidth={0.3} />
          </Svg>
          <Text style={{ fontSize: 6.5, marginLeft: 3 }}>{item.label}</Text>
        </View>
      ))}
    </View>
  );
}

function Row({ label, valueText, plotHeight, children }: { label: string; valueText: string; plotHeight: number; children: ReactNode }) {
  const { Svg, Text, View } = getReactPdf();
  return (
    <View style={{ flexDirection: 'row', alignItems: 'center', minHeight: ROW_HEIGHT + 2 }} wrap={false}>
      <Text style={{ width: LABEL_WIDTH, fontSize: 6.8, paddingRight: 4 }}>{label}</Text>
      <Svg width={PLOT_WIDTH} height={plotHeight}>
        {children}
      </Svg>
      <Text style={{ width: VALUE_WIDTH, fontSize: 6.8, paddingLeft: 6 }}>{valueText}</Text>
    </View>
  );
}

export type TBarRow = { key: string; label: string; value: number | null; interval?: TInterval; valueText: string };

/** One bar per row from zero (or the domain's low end) with an optional interval whisker. */
export function BarChart({ rows, ticks, formatTick }: { rows: readonly TBarRow[]; ticks: readonly number[]; formatTick: (value: number) => string }) {
  const { Line, Rect } = getReactPdf();
  const domain: [number, number] = [Math.min(0, ...ticks), Math.max(...ticks)];
  const scale = createLinearScale(domain, PLOT_WIDTH);
  const zero = scale.toX(0);
  return (
    <>
      {rows.map((row) => (
        <Row key={row.key} label={row.label} valueText={row.valueText} plotHeight={ROW_HEIGHT}>
          <Rect x={0} y={1} width={PLOT_WIDTH} height={ROW_HEIGHT - 2} fill={COLOURS.track} />
          {domain[0] < 0 ? <Line x1={zero} y1={0} x2={zero} y2={ROW_HEIGHT} stroke={COLOURS.muted} strokeWidth={0.6} /> : null}
          {row.value === null ? null : (
            <Rect
              x={Math.min(zero, scale.toX(row.value))}
              y={2}
              width={Math.max(0.6, Math.abs(scale.toX(row.value) - zero))}
              height={ROW_HEIGHT - 4}
              fill={COLOURS.accent}
            />
          )}
          {row.value !== null && row.interval ? (
            <>
              <Line
                x1={scale.toX(row.interval.low)}
                y1={ROW_HEIGHT / 2}
                x2={scale.toX(row.interval.high)}
                y2={ROW_HEIGHT / 2}
                stroke={COLOURS.text}
                strokeWidth={0.8}
              />
              <Line x1={scale.toX(row.interval.low)} y1={2.5} x2={scale.toX(row.interval.low)} y2={ROW_HEIGHT - 2.5} stroke={COLOURS.text} strokeWidth={0.8} />
              <Line
                x1={scale.toX(row.interval.high)}
                y1={2.5}
                x2={scale.toX(row.interval.high)}
                y2={ROW_HEIGHT - 2.5}
                stroke={COLOURS.text}
                strokeWidth={0.8}
              />
            </>
          ) : null}
        </Row>
      ))}
      <Axis scale={scale} ticks={ticks} formatTick={formatTick} />
    </>
  );
}

export type TGroupedRow = { key: string; label: string; values: readonly (number | null)[]; valueText: string };

/** Several thin bars per row, one per series (colours from `colours`, explained by a Legend). */
export function GroupedBarChart({
  rows,
  colours,
  ticks,
  formatTick,
}: {
  rows: readonly TGroupedRow[];
  colours: readonly string[];
  ticks: readonly number[];
  formatTick: (value: number) => string;
}) {
  const { Rect } = getReactPdf();
  const scale = createLinearScale([0, Math.max(...ticks)], PLOT_WIDTH);
  const barHeight = 3.2;
  return (
    <>
      {rows.map((row) => {
        const height = row.values.length * barHeight + 2;
        return (
          <Row key={row.key} label={row.label} valueText={row.valueText} plotHeight={height}>
            <Rect x={0} y={0} width={PLOT_WIDTH} height={height} fill={COLOURS.track} />
            {row.values.map((value, index) =>
              value === null ? null : (
                <Rect
                  // biome-ignore lint/suspicious/noArrayIndexKey: the series' position is its identity
                  key={index}
                  x={0}
                  y={1 + index * barHeight}
                  width={Math.max(0.6, scale.toX(value))}
                  height={barHeight - 0.6}
                  fill={colours[index % colours.length] ?? COLOURS.accent}
                />
              ),
            )}
          </Row>
        );
      })}
      <Axis scale={scale} ticks={ticks} formatTick={formatTick} />
    </>
  );
}

export type TShareRow = { key: string; label: string; counts: readonly number[] | null; valueText: string };

/** 100 % bars split by category (the share of 1 to 5 stars); a withheld row draws only the track. */
export function ShareBarChart({ rows }: { rows: readonly TShareRow[] }) {
  const { Rect } = getReactPdf();
  const percent = (value: number) => `${formatNumber(100 * value)} %`;
  const scale = createLinearScale([0, 1], PLOT_WIDTH);
  return (
    <>
      {rows.map((row) => {
        const total = row.counts?.reduce((sum, count) => sum + count, 0) ?? 0;
        let start = 0;
        return (
          <Row key={row.key} label={row.label} valueText={row.valueText} plotHeight={ROW_HEIGHT}>
            <Rect x={0} y={1} width={PLOT_WIDTH} height={ROW_HEIGHT - 2} fill={COLOURS.track} />
            {row.counts && total > 0
              ? row.counts.map((count, index) => {
                  const x = scale.toX(start / total);
                  start += count;
                  return (
                    // biome-ignore lint/suspicious/noArrayIndexKey: the category's position is its identity
                    <Rect key={index} x={x} y={1} width={scale.toX(start / total) - x} height={ROW_HEIGHT - 2} fill={STAR_COLOURS[index] ?? COLOURS.accent} />
                  );
                })
              : null}
          </Row>
        );
      })}
      <Axis scale={scale} ticks={[0, 0.25, 0.5, 0.75, 1]} formatTick={percent} />
    </>
  );
}
