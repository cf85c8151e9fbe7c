// The raw export tables an import writes, taken from the importer's own table list, so that a table
// added to the importer is covered by retention without a second list to keep in step.
import { COURSE_USER_IDS_TARGET, TABLE_SPECS } from '@/lib/import/coursera/header-map';

export const RAW_EXPORT_TABLES: readonly string[] = [...new Set([...TABLE_SPECS.map((spec) => spec.target), COURSE_USER_IDS_TARGET])].sort();
