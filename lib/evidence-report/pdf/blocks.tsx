// The report's building blocks: headings that register in the contents, paragraphs, key–value
// lists, tables and hashes. Every text is a React string child, so markup, quotes and formula-like
// prefixes in names and comments are laid out as the characters they are and never interpreted.
// Components use no hooks: the renderer runs them with its own React.
import type { Style } from '@react-pdf/types';
import type { ReactNode } from 'react';
import { getReactPdf } from './load-react-pdf';
import { COLOURS, styles } from './styles';
import type { TocRegistry } from './toc';

export function Heading({ toc, id, level, children }: { toc: TocRegistry; id: string; level: 1 | 2; children: string }) {
  const { Text, View } = getReactPdf();
  return (
    // minPresenceAhead keeps a heading from ending a page alone, without the text it introduces.
    <View id={id} minPresenceAhead={60} wrap={false}>
      <Text
        style={level === 1 ? styles.h1 : styles.h2}
        render={({ pageNumber }) => {
          toc.recordPage(id, pageNumber);
          return children;
        }}
      />
    </View>
  );
}

export function SubHeading({ children }: { children: string }) {
  const { Text } = getReactPdf();
  return (
    <Text style={styles.h3} minPresenceAhead={40}>
      {children}
    </Text>
  );
}

export function Paragraph({ children, style }: { children: ReactNode; style?: Style }) {
  const { Text } = getReactPdf();
  return <Text style={style ? [styles.paragraph, style] : styles.paragraph}>{children}</Text>;
}

export function Notice({ children }: { children: ReactNode }) {
  const { Text } = getReactPdf();
  return <Text style={styles.notice}>{children}</Text>;
}

/** A SHA-256 (or other token) on one line in the monospaced font, so it copies out unbroken. */
export function HashText({ label, value, size = 6.8 }: { label?: string; value: string; size?: number }) {
  const { Text } = getReactPdf();
  return (
    <Text style={[styles.mono, { fontSize: size }]}>
      {label ? `${label} ` : ''}
      {value}
    </Text>
  );
}

export function KeyValues({ rows, labelWidth = 150 }: { rows: readonly [string, string][]; labelWidth?: number }) {
  const { Text, View } = getReactPdf();
  return (
    <View style={{ marginBottom: 6 }}>
      {rows.map(([label, value]) => (
        <View key={label} style={{ flexDirection: 'row', paddingVertical: 1 }} wrap={false}>
          <Text style={{ width: labelWidth, color: COLOURS.muted }}>{label}</Text>
          <Text style={{ flex: 1 }}>{value}</Text>
        </View>
      ))}
    </View>
  );
}

export type TColumn = {
  header: string;
  /** Width in points; one column without a width takes the rest. */
  width?: number;
  align?: 'left' | 'right' | 'center';
  isMono?: boolean;
};

export type TTableRow = { key: string; cells: readonly string[]; below?: ReactNode };

/** A table whose rows never split across pages; `below` is shown under a row, full width. */
export function DataTable({ columns, rows, emptyText }: { columns: readonly TColumn[]; rows: readonly TTableRow[]; emptyText?: string }) {
  const { Text, View } = getReactPdf();
  const cellStyle = (column: TColumn): Style[] => [
    styles.cell,
    column.width === undefined ? { flex: 1 } : { width: column.width },
    { textAlign: column.align ?? 'left' },
    column.isMono ? styles.mono : {},
  ];
  return (
    <View style={{ marginBottom: 8 }}>
      <View style={styles.tableHeader} wrap={false} minPresenceAhead={24}>
        {columns.map((column) => (
          <Text key={column.header} style={cellStyle({ ...column, isMono: false })}>
            {column.header}
          </Text>
        ))}
      </View>
      {rows.length === 0 ? <Text style={[styles.cell, styles.muted]}>{emptyText ?? 'None.'}</Text> : null}
      {rows.map((row) => (
        <View key={row.key} style={{ borderBottomWidth: 0.5, borderBottomColor: COLOURS.rule }} wrap={false}>
          <View style={{ flexDirection: 'row' }}>
            {columns.map((column, index) => (
              <Text key={column.header} style={cellStyle(column)}>
                {row.cells[index] ?? ''}
              </Text>
            ))}
          </View>
          {row.below ? <View style={{ paddingHorizontal: 3, paddingBottom: 3 }}>{row.below}</View> : null}
        </View>
      ))}
    </View>
  );
}
