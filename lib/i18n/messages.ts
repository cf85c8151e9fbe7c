// The interface texts of both languages, one JSON file per namespace and language. The English
// files define the keys (and, through AppConfig below, the types of t('…') calls); a unit test
// holds the German files to the same keys.
import deAccount from '@/messages/de/account.json';
import deAdmin from '@/messages/de/admin.json';
import deAuth from '@/messages/de/auth.json';
import deCertificates from '@/messages/de/certificates.json';
import deCharts from '@/messages/de/charts.json';
import deChecklist from '@/messages/de/checklist.json';
import deCommon from '@/messages/de/common.json';
import deDashboard from '@/messages/de/dashboard.json';
import deDue from '@/messages/de/due.json';
import deEnums from '@/messages/de/enums.json';
import deEvidenceReport from '@/messages/de/evidenceReport.json';
import deExports from '@/messages/de/exports.json';
import deImports from '@/messages/de/imports.json';
import deLoops from '@/messages/de/loops.json';
import deNav from '@/messages/de/nav.json';
import deNotifications from '@/messages/de/notifications.json';
import deProcedures from '@/messages/de/procedures.json';
import deSetup from '@/messages/de/setup.json';
import deStates from '@/messages/de/states.json';
import enAccount from '@/messages/en/account.json';
import enAdmin from '@/messages/en/admin.json';
import enAuth from '@/messages/en/auth.json';
import enCertificates from '@/messages/en/certificates.json';
import enCharts from '@/messages/en/charts.json';
import enChecklist from '@/messages/en/checklist.json';
import enCommon from '@/messages/en/common.json';
import enDashboard from '@/messages/en/dashboard.json';
import enDue from '@/messages/en/due.json';
import enEnums from '@/messages/en/enums.json';
import enEvidenceReport from '@/messages/en/evidenceReport.json';
import enExports from '@/messages/en/exports.json';
import enImports from '@/messages/en/imports.json';
import enLoops from '@/messages/en/loops.json';
import enNav from '@/messages/en/nav.json';
import enNotifications from '@/messages/en/notifications.json';
import enProcedures from '@/messages/en/procedures.json';
import enSetup from '@/messages/en/setup.json';
import enStates from '@/messages/en/states.json';
import type { TLocale } from './locales';

const en = {
  account: enAccount,
  admin: enAdmin,
  auth: enAuth,
  certificates: enCertificates,
  charts: enCharts,
  checklist: enChecklist,
  common: enCommon,
  dashboard: enDashboard,
  due: enDue,
  enums: enEnums,
  evidenceReport: enEvidenceReport,
  exports: enExports,
  imports: enImports,
  loops: enLoops,
  nav: enNav,
  notifications: enNotifications,
  procedures: enProcedures,
  setup: enSetup,
  states: enStates,
};

export type TMessages = typeof en;

const de: TMessages = {
  account: deAccount,
  admin: deAdmin,
  auth: deAuth,
  certificates: deCertificates,
  charts: deCharts,
  checklist: deChecklist,
  common: deCommon,
  dashboard: deDashboard,
  due: deDue,
  enums: deEnums,
  evidenceReport: deEvidenceReport,
  exports: deExports,
  imports: deImports,
  loops: deLoops,
  nav: deNav,
  notifications: deNotifications,
  procedures: deProcedures,
  setup: deSetup,
  states: deStates,
};

export const MESSAGES: Readonly<Record<TLocale, TMessages>> = { en, de };
