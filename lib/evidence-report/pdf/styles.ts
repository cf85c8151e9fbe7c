// The report's look: A4 portrait, DejaVu Sans 8.5 pt, one accent colour. Plain style objects (what
// StyleSheet.create returns), so this module does not need the renderer loaded.
import type { Style } from '@react-pdf/types';
import { FONT_MONO, FONT_SANS } from './load-react-pdf';

export const PAGE_MARGIN = 48;
/** A4 is 595.28 pt wide. */
export const CONTENT_WIDTH = 595.28 - 2 * PAGE_MARGIN;

export const COLOURS = {
  text: '#0f172a',
  muted: '#475569',
  rule: '#cbd5e1',
  track: '#e2e8f0',
  accent: '#1d4ed8',
  accentLight: '#93c5fd',
  amber: '#b45309',
  green: '#15803d',
  red: '#b91c1c',
  headerFill: '#f1f5f9',
} as const;

/** Series colours of grouped charts, told apart by lightness too (they print in grey). */
export const SERIES_COLOURS = ['#1e3a8a', '#2563eb', '#60a5fa', '#bfdbfe'] as const;
/** One to five stars, from light to dark. */
export const STAR_COLOURS = ['#fee2e2', '#fde68a', '#bfdbfe', '#60a5fa', '#1d4ed8'] as const;

export const styles = {
  page: {
    fontFamily: FONT_SANS,
    fontSize: 8.5,
    // No lineHeight here: react-pdf resolves an inherited relative line height again on every page a
    // repeated element is laid out on, multiplying it until the layout overflows.
    color: COLOURS.text,
    paddingTop: PAGE_MARGIN,
    paddingBottom: 24,
    paddingHorizontal: PAGE_MARGIN,
  },
  title: { fontSize: 22, fontWeight: 'bold', marginBottom: 6 },
  subtitle: { fontSize: 12, color: COLOURS.muted, marginBottom: 18 },
  h1: { fontSize: 15, fontWeight: 'bold', marginBottom: 8, paddingBottom: 3, borderBottomWidth: 1, borderBottomColor: COLOURS.accent },
  h2: { fontSize: 11.5, fontWeight: 'bold', marginTop: 10, marginBottom: 5 },
  h3: { fontSize: 9.5, fontWeight: 'bold', marginTop: 8, marginBottom: 3 },
  paragraph: { marginBottom: 5 },
  muted: { color: COLOURS.muted },
  small: { fontSize: 7.5 },
  /** 6.3 pt: a SHA-256 (64 characters, 0.6 em each) is 243 pt wide and fits a 262 pt column unbroken. */
  mono: { fontFamily: FONT_MONO, fontSize: 6.3 },
  notice: { borderLeftWidth: 2, borderLeftColor: COLOURS.amber, paddingLeft: 6, marginVertical: 4, color: COLOURS.text },
  tableHeader: { flexDirection: 'row', backgroundColor: COLOURS.headerFill, borderBottomWidth: 0.75, borderBottomColor: COLOURS.rule, fontWeight: 'bold' },
  tableRow: { flexDirection: 'row', borderBottomWidth: 0.5, borderBottomColor: COLOURS.rule },
  cell: { paddingVertical: 2.2, paddingHorizontal: 3, fontSize: 7.2 },
} satisfies Record<string, Style>;
