import { USER_MENU_ITEM_CLASS_NAME, UserMenu, UserMenuItem } from '@inspraak/web-ui';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { useToast } from '../../../app/toasts';
import type { CurrentUserFragment } from '../../../gql/graphql';
import { NotificationCentre } from '../../notifications/components/NotificationCentre';
import { useSignOut } from '../hooks/useSignOut';
import { SIGN_IN_PATH } from '../safe-return-path';

export interface AccountMenuProps {
  user: CurrentUserFragment;
}

/** The notification bell and the signed-in user's menu (profile, sign out). */
export function AccountMenu({ user }: AccountMenuProps) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const toast = useToast();
  const { signOut, loading } = useSignOut();

  const onSignOut = async () => {
    try {
      await signOut(() => navigate(SIGN_IN_PATH, { state: { signedOut: true } }));
      toast(t('auth.signedOut'));
    } catch {
      toast(t('auth.signOutFailed'), 'error');
    }
  };

  return (
    <>
      <NotificationCentre />
      <UserMenu
        name={user.name}
        details={`${user.email} · ${t(`roles.${user.role}`)}`}
        menuLabel={t('header.userMenu')}
        resetKey={pathname}
      >
        <UserMenuItem>
          <Link to="/profiel" className={USER_MENU_ITEM_CLASS_NAME}>
            {t('header.profile')}
          </Link>
        </UserMenuItem>
        <UserMenuItem>
          <button
            type="button"
            className={USER_MENU_ITEM_CLASS_NAME}
            disabled={loading}
            onClick={() => void onSignOut()}
          >
            {t('header.signOut')}
          </button>
        </UserMenuItem>
      </UserMenu>
    </>
  );
}
