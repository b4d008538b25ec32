import {
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  FormActions,
  Heading2,
  LoadingState,
  PageHeading,
  Paragraph,
  PrimaryActionButton,
  RadioGroupField,
  SecondaryActionButton,
  Surface,
  TextField,
} from '@inspraak/web-ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from '../app/PageTitle';
import { useToast } from '../app/toasts';
import { useCurrentUser } from '../features/auth/hooks/useCurrentUser';
import { Permission } from '../features/auth/permissions';
import { useOrgUnits } from '../features/org-units/hooks/useOrgUnits';
import { useDownloadPersonalData } from '../features/personal-data/hooks/useDownloadPersonalData';
import { useUpdateMyProfile } from '../features/auth/hooks/useUpdateMyProfile';
import { SUPPORTED_LANGUAGES, isLanguage, type Language } from '../i18n/i18n';
import { useLanguage } from '../i18n/useLanguage';
import { fieldErrorText } from '../lib/field-errors';
import { apiFieldErrors } from '../lib/graphql-errors';

export function ProfilePage() {
  const { t } = useTranslation();
  const { user, can } = useCurrentUser();
  const { byId } = useOrgUnits();
  const { language, setLanguage } = useLanguage();
  const { updateMyProfile, loading } = useUpdateMyProfile();
  const toast = useToast();
  const canEditAccount = can(Permission.PROFILE_EDIT);
  const [name, setName] = useState(user?.name ?? '');
  const [chosenLanguage, setChosenLanguage] = useState<Language>(language);
  const [nameError, setNameError] = useState<string | undefined>();
  const personalData = useDownloadPersonalData();
  const [dataMessage, setDataMessage] = useState<{ text: string; failed: boolean } | null>(null);

  if (!user) return <LoadingState label={t('common.loading')} />;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setNameError(undefined);
    if (canEditAccount) {
      if (!name.trim()) {
        setNameError('REQUIRED');
        return;
      }
      try {
        await updateMyProfile({
          name: name.trim(),
          locale: chosenLanguage === 'en' ? 'EN' : 'NL',
        });
      } catch (error) {
        const fields = apiFieldErrors(error);
        if (fields['name']) setNameError(fields['name']);
        else toast(t('common.saveFailed'), 'error');
        return;
      }
    }
    if (chosenLanguage !== language) await setLanguage(chosenLanguage);
    toast(t('profile.saved'));
  };

  const onDownloadData = async () => {
    setDataMessage(null);
    try {
      const fileName = await personalData.download('self');
      setDataMessage({ text: t('profile.dataDone', { fileName }), failed: false });
    } catch {
      setDataMessage({ text: t('profile.dataFailed'), failed: true });
    }
  };

  const unit = user.primaryOrgUnitId ? byId.get(user.primaryOrgUnitId)?.name : undefined;
  return (
    <>
      <PageTitle title={t('profile.title')} />
      <PageHeading title={t('profile.title')} lead={t('profile.lead')} />
      <div className="ins-split">
        <Surface>
          <Heading2 className="ins-surface-heading">{t('profile.settingsHeading')}</Heading2>
          <form noValidate className="ins-form" onSubmit={(event) => void onSubmit(event)}>
            <TextField
              label={t('profile.name')}
              value={name}
              onChange={setName}
              name="name"
              autoComplete="name"
              maxLength={200}
              readOnly={!canEditAccount}
              description={canEditAccount ? undefined : t('profile.nameReadOnly')}
              error={fieldErrorText(t, nameError)}
              errorPrefix={t('common.errorPrefix')}
              required
            />
            <RadioGroupField
              legend={t('profile.language')}
              description={canEditAccount ? undefined : t('profile.languageLocal')}
              name="language"
              value={chosenLanguage}
              onChange={(value) => {
                if (isLanguage(value)) setChosenLanguage(value);
              }}
              options={SUPPORTED_LANGUAGES.map((code) => ({
                value: code,
                label: t(`language.${code}`),
                lang: code,
              }))}
            />
            <FormActions>
              <PrimaryActionButton type="submit" busy={loading} disabled={loading}>
                {t('profile.save')}
              </PrimaryActionButton>
            </FormActions>
          </form>
        </Surface>
        <div className="ins-stack">
          <Surface>
            <Heading2 className="ins-surface-heading">{t('profile.accountHeading')}</Heading2>
            <DataList className="utrecht-data-list--rows">
              <DataListItem>
                <DataListKey>{t('profile.email')}</DataListKey>
                <DataListValue notranslate>{user.email}</DataListValue>
              </DataListItem>
              <DataListItem>
                <DataListKey>{t('profile.role')}</DataListKey>
                <DataListValue>{t(`roles.${user.role}`)}</DataListValue>
              </DataListItem>
              <DataListItem>
                <DataListKey>{t('profile.orgUnit')}</DataListKey>
                <DataListValue>{unit ?? t('profile.noOrgUnit')}</DataListValue>
              </DataListItem>
            </DataList>
          </Surface>
          <Surface>
            <Heading2 className="ins-surface-heading">{t('profile.notificationsHeading')}</Heading2>
            <Paragraph>{t('profile.notificationsIntro')}</Paragraph>
            <Paragraph>
              <Link to="/profiel/meldingen">{t('profile.notificationsLink')}</Link>
            </Paragraph>
          </Surface>
          <Surface>
            <Heading2 className="ins-surface-heading">{t('profile.dataHeading')}</Heading2>
            <Paragraph>{t('profile.dataIntro')}</Paragraph>
            <FormActions>
              <SecondaryActionButton
                type="button"
                busy={!!personalData.busy}
                disabled={!!personalData.busy}
                onClick={() => void onDownloadData()}
              >
                {t('profile.dataDownload')}
              </SecondaryActionButton>
            </FormActions>
            {/* Always in the page, so the result is announced when it appears. */}
            <div role="status">
              {dataMessage ? (
                <p className={dataMessage.failed ? 'ins-inline-error' : 'ins-field__description'}>
                  {dataMessage.text}
                </p>
              ) : null}
            </div>
            <Paragraph>
              {t('profile.dataErase')}{' '}
              <Link to="/privacy#je-rechten">{t('profile.dataRightsLink')}</Link>
            </Paragraph>
          </Surface>
        </div>
      </div>
    </>
  );
}
