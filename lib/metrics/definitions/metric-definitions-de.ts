// The German wording of the metric contract, for the German interface (chart definitions,
// tooltips, tables). It translates METRIC_DEFINITIONS one to one: the same ids and units, and every
// technical identifier (column names, enum values, 'STAR') and number kept verbatim, so a German
// reader can look the same fields up in the export. The English text stays the reference: the CLI,
// the JSON API and the evidence PDF use it, and METRIC_DEFINITIONS_VERSION versions it.
import type { TLocale } from '@/lib/i18n/locales';
import { freezeDefinitions, METRIC_DEFINITIONS, type TMetricDefinition, type TMetricId } from './metric-definitions';

export const METRIC_DEFINITIONS_DE: Readonly<Record<TMetricId, Readonly<TMetricDefinition>>> = freezeDefinitions({
  enrolled: {
    label: 'Eingeschrieben',
    definition:
      'Verschiedene Lernende mit mindestens einer Zeile in course_memberships für den Kurs mit der Rolle LEARNER; ein späteres NOT_ENROLLED zählt weiterhin mit.',
    unit: 'learners',
  },
  completers: {
    label: 'Absolventen',
    definition: 'Eingeschriebene Lernende, die den Kurs bestanden haben, d. h. für ihn eine Zeile in course_grades mit course_passing_state_id 1 oder 2 haben.',
    unit: 'learners',
  },
  completionRate: {
    label: 'Abschlussquote',
    definition: 'Absolventen geteilt durch die eingeschriebenen Lernenden des Kurses, mit Konfidenzintervall (Wilson 95 %).',
    unit: 'fraction',
  },
  paying: {
    label: 'Zahlende Lernende',
    definition:
      'Eingeschriebene Lernende, deren Zeile in users_courses__certificate_payments für den Kurs met_payment_condition true hat; das umfasst Zahlung, finanzielle Unterstützung und Gruppensponsoring (der Leitfaden definiert die Bedingung als ODER-Verknüpfung dieser drei).',
    unit: 'learners',
  },
  payingCompleters: {
    label: 'Zahlende Absolventen',
    definition:
      'Zahlende Lernende (met_payment_condition true), die den Kurs bestanden haben, d. h. für ihn eine Zeile in course_grades mit course_passing_state_id 1 oder 2 haben.',
    unit: 'learners',
  },
  paidCompletionRate: {
    label: 'Abschlussquote der Zahlenden',
    definition:
      'Absolventen unter den zahlenden Lernenden geteilt durch die zahlenden Lernenden (met_payment_condition true), mit Konfidenzintervall (Wilson 95 %).',
    unit: 'fraction',
  },
  wasPaymentCompletionRate: {
    label: 'Abschlussquote der Zahlenden (nur Zahlung)',
    definition:
      'Die Abschlussquote der Zahlenden für die Teilgruppe, deren Zeile der Zertifikatszahlungen was_payment true hat, also ohne finanzielle Unterstützung und Gruppensponsoring: Absolventen unter ihnen geteilt durch ihre Zahl, mit Konfidenzintervall (Wilson 95 %).',
    unit: 'fraction',
  },
  certificateEnrolled: {
    label: 'Im Zertifikat eingeschrieben',
    definition: 'Lernende, die (mit der Rolle LEARNER) in mindestens einem Kurs des Zertifikats eingeschrieben sind.',
    unit: 'learners',
  },
  certificateCompleters: {
    label: 'Zertifikatsabsolventen',
    definition:
      'Lernende, die jeden Kurs des Zertifikats bestanden haben, d. h. für jeden dieser Kurse eine Zeile in course_grades mit course_passing_state_id 1 oder 2 haben.',
    unit: 'learners',
  },
  funnel: {
    label: 'Trichter',
    definition:
      'Für jeden Kurs des Zertifikats in dessen Reihenfolge: die darin eingeschriebenen Lernenden, die Lernenden, die ihn bestanden haben, und die Lernenden, die ihn und jeden vorherigen Kurs bestanden haben.',
    unit: 'learners',
  },
  timeToCompletion: {
    label: 'Zeit bis zum Abschluss',
    definition:
      'Für jeden Absolventen der course_grade_ts des Bestehens abzüglich des Zeitstempels seiner ersten Mitgliedschaft als LEARNER im Kurs. Angegeben in Tagen als Median und Quartile.',
    unit: 'days',
  },
  star: {
    label: 'Sternebewertung',
    definition:
      "Nur Bewertungen mit feedback_system 'STAR' auf der Skala 1–5. Dargestellt als n, Mittelwert, Verteilung über 1–5 Sterne, Anteil der Bewertungen mit 5 Sternen und Monatsmittel.",
    unit: 'stars',
  },
  nps: {
    label: 'Net Promoter Score',
    definition:
      'Für NPS_FIRST_WEEK und NPS_END_OF_COURSE getrennt berechnet, nie miteinander oder mit STAR vermischt; Promotoren vergeben 9 oder 10 (≥ 9), Detraktoren 0 bis 6 (≤ 6) auf der Skala 0–10. NPS = 100·(P − D)/n, von −100 bis 100, mit 95-%-Konfidenzintervall.',
    unit: 'score',
  },
  itemHotSpots: {
    label: 'Hotspots der Lernelemente',
    definition:
      'Je Lernelement, aus feedback_item_ratings mit feedback_system LIKE_OR_DISLIKE: die Zahl der Bewertungen n und der Anteil der Dislikes. In feedback_item_comments gemeldete Lernelemente werden markiert.',
    unit: 'fraction',
  },
  estimatedHours: {
    label: 'Geschätzte Stunden',
    definition:
      'Die geschätzten Stunden jedes Kurses, wie in der Definition des Zertifikats angegeben, je Zertifikat summiert. Wahlweise bottom-up aus den Zeitangaben der Lernelemente abgeleitet.',
    unit: 'hours',
  },
  ectsLedger: {
    label: 'ECTS-Bilanz',
    definition:
      'Exakte Leistungspunkte = Stunden / 25, den angegebenen Leistungspunkten gegenübergestellt, mit impliziten Stunden pro Leistungspunkt = Stunden / angegebene Leistungspunkte. Markiert, wenn der Wert außerhalb der Spanne von 25–30 Stunden pro Leistungspunkt liegt oder die angegebenen Leistungspunkte von der im Verfahren festgelegten Rundungsregel abweichen.',
    unit: 'credits',
  },
  weeklyFeasibility: {
    label: 'Wöchentliche Studierbarkeit',
    definition: 'Geschätzte Stunden geteilt durch die Wochen der vorgesehenen Dauer des Zertifikats, verglichen mit dem Richtwert von 10 Stunden pro Woche.',
    unit: 'hours',
  },
});

const BY_LOCALE: Readonly<Record<TLocale, Readonly<Record<TMetricId, Readonly<TMetricDefinition>>>>> = {
  en: METRIC_DEFINITIONS,
  de: METRIC_DEFINITIONS_DE,
};

/** The metric definitions in the reader's language, for the interface; the PDF and the CLI use METRIC_DEFINITIONS. */
export function getMetricDefinitions(locale: TLocale): Readonly<Record<TMetricId, Readonly<TMetricDefinition>>> {
  return BY_LOCALE[locale];
}
