/** Roles as the forms offer them; their labels, with what each may do in a few words, are in messages/…/admin.json. */
export const ROLES = ['QUALITY_MANAGER', 'CONTENT_PARTNER', 'AUDITOR', 'ADMIN'] as const;
