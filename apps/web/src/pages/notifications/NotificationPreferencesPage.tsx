import { useMutation, useQuery } from '@apollo/client/react';
import { FormActions, PageHeading, PrimaryActionButton, RadioGroupField } from '@inspraak/web-ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from '../../app/PageTitle';
import { useToast } from '../../app/toasts';
import {
  NotificationPreferencesQuery,
  UpdateNotificationPreferencesMutation,
} from '../../features/notifications/graphql/notifications';
import {
  EMAIL_FREQUENCIES,
  orderPreferences,
  type Preference,
} from '../../features/notifications/notification-types';
import type { EmailFrequency } from '../../gql/graphql';
import '../../features/notifications/notifications.css';
import { QueryStates } from '../../lib/QueryStates';

function PreferencesForm({ initial }: { initial: Preference[] }) {
  const { t } = useTranslation();
  const toast = useToast();
  const [preferences, setPreferences] = useState(initial);
  const [save, { loading }] = useMutation(UpdateNotificationPreferencesMutation, {
    update: (cache, { data }) => {
      if (!data) return;
      cache.writeQuery({
        query: NotificationPreferencesQuery,
        data: { notificationPreferences: data.updateNotificationPreferences },
      });
    },
  });
  const change = (type: Preference['type'], patch: Partial<Preference>) =>
    setPreferences((current) =>
      current.map((preference) =>
        preference.type === type ? { ...preference, ...patch } : preference,
      ),
    );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await save({ variables: { input: preferences } });
      toast(t('notifications.preferences.saved'));
    } catch {
      toast(t('common.saveFailed'), 'error');
    }
  };

  return (
    <form noValidate className="ins-form" onSubmit={(event) => void submit(event)}>
      {preferences.map((preference) => {
        const checkboxId = `preference-${preference.type}-in-app`;
        return (
          <fieldset key={preference.type} className="ins-fieldset ins-surface ins-preference">
            <legend className="ins-preference__legend">
              {t(`notifications.types.${preference.type}`, { defaultValue: preference.type })}
            </legend>
            <p className="ins-field__description">
              {t(`notifications.typeHints.${preference.type}`, { defaultValue: '' })}
            </p>
            <div className="ins-preference__in-app">
              <input
                id={checkboxId}
                type="checkbox"
                checked={preference.inApp}
                onChange={(event) =>
                  change(preference.type, { inApp: event.currentTarget.checked })
                }
              />
              <label htmlFor={checkboxId}>{t('notifications.preferences.inApp')}</label>
            </div>
            <RadioGroupField
              legend={t('notifications.preferences.email')}
              name={`preference-${preference.type}-email`}
              value={preference.email}
              onChange={(value) => change(preference.type, { email: value as EmailFrequency })}
              options={EMAIL_FREQUENCIES.map((frequency) => ({
                value: frequency,
                label: t(`notifications.frequencies.${frequency}`),
              }))}
            />
          </fieldset>
        );
      })}
      <FormActions>
        <PrimaryActionButton type="submit" busy={loading} disabled={loading}>
          {t('common.save')}
        </PrimaryActionButton>
      </FormActions>
    </form>
  );
}

/** Per notification type: in the notification centre or not, and e-mail now, daily or never. */
export function NotificationPreferencesPage() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(NotificationPreferencesQuery, {
    fetchPolicy: 'network-only',
  });
  const title = t('notifications.preferences.title');
  return (
    <>
      <PageTitle title={title} />
      <PageHeading
        eyebrow={<Link to="/profiel">{t('profile.title')}</Link>}
        title={title}
        lead={t('notifications.preferences.lead')}
      />
      <QueryStates hasData={!!data} loading={loading} error={error} onRetry={refetch} />
      {data ? <PreferencesForm initial={orderPreferences(data.notificationPreferences)} /> : null}
    </>
  );
}
