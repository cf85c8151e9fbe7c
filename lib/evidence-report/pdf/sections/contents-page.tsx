// The table of contents: each entry links to its section and shows the page it starts on.
import { getReactPdf } from '../load-react-pdf';
import { COLOURS, styles } from '../styles';
import type { TocRegistry } from '../toc';

export function ContentsList({ toc }: { toc: TocRegistry }) {
  const { Link, Text, View } = getReactPdf();
  return (
    <View>
      <Text style={styles.h1}>Contents</Text>
      {toc.entries.map((entry) => (
        <View key={entry.id} style={{ flexDirection: 'row', paddingLeft: entry.level === 1 ? 0 : 14, marginTop: entry.level === 1 ? 4 : 1 }} wrap={false}>
          <Link src={`#${entry.id}`} style={{ flex: 1, color: COLOURS.text, textDecoration: 'none', fontWeight: entry.level === 1 ? 'bold' : 'normal' }}>
            {entry.title}
          </Link>
          <Text style={{ width: 40, textAlign: 'right' }} render={() => String(toc.pageFor(entry.id) ?? '')} />
        </View>
      ))}
    </View>
  );
}
