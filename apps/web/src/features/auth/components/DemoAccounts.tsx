import { Heading2, Paragraph, SecondaryActionButton, Surface } from '@inspraak/web-ui';
import { useTranslation } from 'react-i18next';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../demo-accounts';

export interface DemoAccountsProps {
  onPick: (email: string, password: string) => void;
}

/** Only rendered in embedded mode: the seeded demo logins, one per role. */
export function DemoAccounts({ onPick }: DemoAccountsProps) {
  const { t } = useTranslation();
  return (
    <Surface>
      <Heading2 className="ins-surface-heading">{t('signIn.demo.heading')}</Heading2>
      <Paragraph>{t('signIn.demo.lead')}</Paragraph>
      <Paragraph>
        {t('signIn.demo.password')}{' '}
        <code className="ins-code" translate="no">
          {DEMO_PASSWORD}
        </code>
      </Paragraph>
      <ul className="ins-demo-accounts__list">
        {DEMO_ACCOUNTS.map((account) => {
          const role = t(`roles.${account.role}`);
          return (
            <li key={account.email} className="ins-demo-accounts__item">
              <span className="ins-demo-accounts__who">
                <span className="ins-demo-accounts__role">{role}</span>
                <span className="ins-code" translate="no">
                  {account.email}
                </span>
              </span>
              <SecondaryActionButton
                type="button"
                onClick={() => onPick(account.email, DEMO_PASSWORD)}
              >
                {t('signIn.demo.use')}
                <span className="ins-visually-hidden">{` ${t('signIn.demo.useFor', { role })}`}</span>
              </SecondaryActionButton>
            </li>
          );
        })}
      </ul>
    </Surface>
  );
}
