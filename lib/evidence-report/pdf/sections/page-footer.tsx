// Every page's frame: the content, then the footer naming what the report is, when and by whom it
// was generated, the SHA-256 of its manifest of inputs (the hash `certqa evidence verify`
// recomputes), and the page number. It is the pages' `layout` (react-pdf's page chrome, which
// reserves its space on each page), so content never runs under it.
import type { ReactNode } from 'react';
import { formatTimestamp } from '../../format-figures';
import { getReactPdf } from '../load-react-pdf';
import { COLOURS, styles } from '../styles';

export type TReportMeta = { inputsSha256: string; generatedAt: Date; generatedBy: string };

type TPageLayoutProps = { children: ReactNode; pageNumber?: number; totalPages?: number };

/** Draws one output page's frame; react-pdf calls it once per page (a render function, not a component). */
function renderPageFrame({ children, pageNumber, totalPages }: TPageLayoutProps, subjectLabel: string, meta: TReportMeta): ReactNode {
  const { Text, View } = getReactPdf();
  return (
    <View style={{ flexGrow: 1 }}>
      <View style={{ flexGrow: 1 }}>{children}</View>
      <View style={{ borderTopWidth: 0.5, borderTopColor: COLOURS.rule, paddingTop: 4, marginTop: 8 }}>
        <View style={{ flexDirection: 'row' }}>
          <Text style={[styles.small, styles.muted, { flex: 1 }]}>
            CertQA evidence report · {subjectLabel} · generated {formatTimestamp(meta.generatedAt)} by {meta.generatedBy}
          </Text>
          <Text style={[styles.small, { width: 70, textAlign: 'right' }]}>
            Page {pageNumber ?? '?'} of {totalPages ?? '?'}
          </Text>
        </View>
        <Text style={[styles.mono, { fontSize: 6.5, color: COLOURS.muted }]}>Manifest (inputs) SHA-256: {meta.inputsSha256}</Text>
      </View>
    </View>
  );
}

export function createReportPageLayout(subjectLabel: string, meta: TReportMeta) {
  return (props: TPageLayoutProps) => renderPageFrame(props, subjectLabel, meta);
}
