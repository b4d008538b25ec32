import { SUBNAV_LINK_CLASS_NAME, SubNavigation, SubNavigationItem } from '@inspraak/web-ui';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { FEEDBACK_PATHS } from '../paths';

/** The feedback area's pages: the inbox and the response templates. */
export function FeedbackNav({ search = '' }: { search?: string }) {
  const { t } = useTranslation();
  return (
    <div className="ins-trajectory-tabs">
      <SubNavigation label={t('feedback.nav.label')}>
        <SubNavigationItem>
          <NavLink to={`${FEEDBACK_PATHS.inbox}${search}`} end className={SUBNAV_LINK_CLASS_NAME}>
            {t('feedback.nav.inbox')}
          </NavLink>
        </SubNavigationItem>
        <SubNavigationItem>
          <NavLink
            to={`${FEEDBACK_PATHS.templates}${search}`}
            end
            className={SUBNAV_LINK_CLASS_NAME}
          >
            {t('feedback.nav.templates')}
          </NavLink>
        </SubNavigationItem>
      </SubNavigation>
    </div>
  );
}
