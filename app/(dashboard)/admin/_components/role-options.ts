import type { TSelectOption } from '@/components/ui/select-field';

/** Roles as the forms offer them, with what each may do in a few words. */
export const ROLE_OPTIONS: TSelectOption[] = [
  { value: 'QUALITY_MANAGER', label: 'Quality manager (platform)' },
  { value: 'CONTENT_PARTNER', label: 'Content partner' },
  { value: 'AUDITOR', label: 'Auditor (read-only, by grant)' },
  { value: 'ADMIN', label: 'Administrator' },
];
