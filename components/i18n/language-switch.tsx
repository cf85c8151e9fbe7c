'use client';

// Chooses the interface language. Signed in, the choice is saved on the user (User.locale); before
// sign-in, only in a cookie. Either way the page is rendered again in the new language.
import { useLocale, useTranslations } from 'use-intl';
import { FormError } from '@/components/forms/form-error';
import { useActionSubmit } from '@/components/forms/use-action-submit';
import { Button } from '@/components/ui/button';
import type { TActionResult } from '@/lib/auth/action';
import { LOCALE_NAMES, LOCALES, type TLocale } from '@/lib/i18n/locales';

export function LanguageSwitch({ action }: { action: (input: { locale: TLocale }) => Promise<TActionResult<{ locale: TLocale }>> }) {
  const t = useTranslations('common');
  const current = useLocale();
  const { submit, isPending, formError } = useActionSubmit(action);
  return (
    <div className="flex flex-col gap-2">
      {/* Each language is offered in its own words, with lang set, so a screen reader pronounces it right. */}
      <fieldset className="flex flex-wrap gap-2">
        <legend className="sr-only">{t('language')}</legend>
        {LOCALES.map((locale) => (
          <Button
            key={locale}
            type="button"
            variant={locale === current ? 'primary' : 'secondary'}
            aria-pressed={locale === current}
            disabled={isPending}
            lang={locale}
            onClick={() => submit({ locale })}
            data-testid={`language-${locale}`}
          >
            {LOCALE_NAMES[locale]}
          </Button>
        ))}
      </fieldset>
      <FormError message={formError} />
    </div>
  );
}
