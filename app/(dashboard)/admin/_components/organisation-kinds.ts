import type { TSelectOption } from '@/components/ui/select-field';

/** What each kind of organisation is for, as the forms and lists name it. */
export const ORGANISATION_KIND_OPTIONS: TSelectOption[] = [
  { value: 'PLATFORM', label: 'Platform (e.g. Coursera)' },
  { value: 'CONTENT_PARTNER', label: 'Content partner (e.g. IBM)' },
  { value: 'AGENCY', label: 'Agency (e.g. FIBAA)' },
];
