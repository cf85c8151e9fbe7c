/** The kinds of organisation the forms offer; their labels (what each is for) are in messages/…/admin.json. */
export const ORGANISATION_KINDS = ['PLATFORM', 'CONTENT_PARTNER', 'AGENCY'] as const;
