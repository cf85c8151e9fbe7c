import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { IntlProvider } from '@/components/i18n/intl-provider';
import { getLocale, getT } from '@/lib/i18n/server';
import './globals.css';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT('common');
  return { title: { default: 'CertQA', template: '%s · CertQA' }, description: t('appDescription') };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  return (
    <html lang={locale}>
      <body>
        <IntlProvider locale={locale}>{children}</IntlProvider>
      </body>
    </html>
  );
}
