import {
  CheckboxGroupField,
  Dialog,
  PrimaryActionButton,
  SecondaryActionButton,
  SelectField,
  TextField,
} from '@inspraak/web-ui';
import { GLOBAL_ROLES } from '@inspraak/contracts';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { GlobalRole, Locale, UserRowFragment } from '../../../gql/graphql';
import { fieldErrorText, isEmail } from '../../../lib/field-errors';
import { apiErrorCode, apiFieldErrors } from '../../../lib/graphql-errors';
import { orgUnitOptions, type OrgUnitLike } from '../../org-units/org-unit-tree';
import { useCreateUser } from '../hooks/useCreateUser';
import { useInviteUser } from '../hooks/useInviteUser';
import { useUpdateUser } from '../hooks/useUpdateUser';

type Field = 'name' | 'email' | 'role' | 'primaryOrgUnitId' | 'locale' | 'password';

export interface UserFormDialogProps {
  /** The user to edit; null creates a new one. */
  user: UserRowFragment | null;
  /** Creates the account without a password and mails an activation link. */
  invite?: boolean;
  orgUnits: readonly OrgUnitLike[];
  onClose: () => void;
  onSaved: (name: string, created: boolean) => void;
}

export function UserFormDialog({
  user,
  invite = false,
  orgUnits,
  onClose,
  onSaved,
}: UserFormDialogProps) {
  const { t } = useTranslation();
  const formId = useId();
  const { createUser, loading: creating } = useCreateUser();
  const { updateUser, loading: updating } = useUpdateUser();
  const { inviteUser, loading: inviting } = useInviteUser();
  const [values, setValues] = useState({
    name: user?.name ?? '',
    email: user?.email ?? '',
    role: user?.role ?? 'EMPLOYEE',
    primaryOrgUnitId: user?.primaryOrgUnitId ?? '',
    locale: user?.locale ?? 'NL',
    password: '',
    managedOrgUnitIds: [...(user?.managedOrgUnitIds ?? [])],
  });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const set = <K extends keyof typeof values>(key: K, value: (typeof values)[K]) =>
    setValues((current) => ({ ...current, [key]: value }));
  const error = (field: Field) => fieldErrorText(t, errors[field]);
  const busy = creating || updating || inviting;

  const focusField = (field: Field) =>
    setTimeout(() => document.getElementById(`${formId}-${field}`)?.focus(), 0);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const found: Partial<Record<Field, string>> = {};
    if (!values.name.trim()) found.name = 'REQUIRED';
    if (!values.email.trim()) found.email = 'REQUIRED';
    else if (!isEmail(values.email)) found.email = 'INVALID_EMAIL';
    if (!user && values.password && [...values.password].length < 12) found.password = 'TOO_SHORT';
    setErrors(found);
    setProblem(null);
    const first = (Object.keys(found) as Field[])[0];
    if (first) {
      focusField(first);
      return;
    }
    const common = {
      name: values.name.trim(),
      email: values.email.trim(),
      role: values.role,
      locale: values.locale,
      primaryOrgUnitId: values.primaryOrgUnitId || null,
      // Only managers have a scope; another role clears it.
      managedOrgUnitIds: values.role === 'MANAGER' ? values.managedOrgUnitIds : [],
    };
    try {
      if (user) await updateUser({ id: user.id, ...common });
      else if (invite) await inviteUser(common);
      else
        await createUser({ ...common, ...(values.password ? { password: values.password } : {}) });
      onSaved(common.name, !user);
    } catch (caught) {
      const code = apiErrorCode(caught);
      const { id: accountError, ...fromApi } = apiFieldErrors(caught) as Partial<
        Record<Field | 'id', string>
      >;
      if (code === 'CONFLICT') fromApi.email = 'EMAIL_TAKEN';
      const firstApi = (Object.keys(fromApi) as Field[]).find((field) => fromApi[field]);
      if (accountError) {
        // About the account as a whole (e.g. ERASED: an erased person cannot be changed).
        setErrors({});
        setProblem(fieldErrorText(t, accountError) ?? t('common.saveFailed'));
      } else if (firstApi) {
        setErrors(fromApi);
        focusField(firstApi);
      } else {
        setProblem(t('common.saveFailed'));
      }
    }
  };

  const unitOptions = [
    { value: '', label: t('users.form.noOrgUnit') },
    ...orgUnitOptions(orgUnits).map((option) => ({ value: option.value, label: option.label })),
  ];

  return (
    <Dialog
      open
      title={
        user
          ? t('users.form.editTitle', { name: user.name })
          : invite
            ? t('users.invite.title')
            : t('users.form.createTitle')
      }
      onClose={onClose}
      closeLabel={t('common.close')}
      actions={
        <>
          <PrimaryActionButton type="submit" form={formId} busy={busy} disabled={busy}>
            {user ? t('common.save') : invite ? t('users.invite.submit') : t('users.form.create')}
          </PrimaryActionButton>
          <SecondaryActionButton type="button" onClick={onClose}>
            {t('common.cancel')}
          </SecondaryActionButton>
        </>
      }
    >
      <form id={formId} noValidate onSubmit={(event) => void onSubmit(event)}>
        {problem ? (
          <p role="alert" className="ins-inline-error">
            {problem}
          </p>
        ) : null}
        <TextField
          id={`${formId}-name`}
          label={t('users.form.name')}
          value={values.name}
          onChange={(value) => set('name', value)}
          error={error('name')}
          errorPrefix={t('common.errorPrefix')}
          autoComplete="off"
          maxLength={200}
          required
        />
        <TextField
          id={`${formId}-email`}
          label={t('users.form.email')}
          type="email"
          value={values.email}
          onChange={(value) => set('email', value)}
          error={error('email')}
          errorPrefix={t('common.errorPrefix')}
          autoComplete="off"
          maxLength={320}
          required
        />
        <SelectField
          id={`${formId}-role`}
          label={t('users.form.role')}
          value={values.role}
          onChange={(value) => set('role', value as GlobalRole)}
          options={GLOBAL_ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
          error={error('role')}
          errorPrefix={t('common.errorPrefix')}
        />
        <SelectField
          id={`${formId}-primaryOrgUnitId`}
          label={t('users.form.orgUnit')}
          value={values.primaryOrgUnitId}
          onChange={(value) => set('primaryOrgUnitId', value)}
          options={unitOptions}
          error={error('primaryOrgUnitId')}
          errorPrefix={t('common.errorPrefix')}
        />
        {values.role === 'MANAGER' ? (
          <CheckboxGroupField
            legend={t('users.form.managedUnits')}
            description={t('users.form.managedUnitsHint')}
            values={values.managedOrgUnitIds}
            onChange={(ids) => set('managedOrgUnitIds', ids)}
            options={orgUnitOptions(orgUnits).map((o) => ({ value: o.value, label: o.label }))}
          />
        ) : null}
        <SelectField
          id={`${formId}-locale`}
          label={t('users.form.locale')}
          value={values.locale}
          onChange={(value) => set('locale', value as Locale)}
          options={[
            { value: 'NL', label: t('language.nl') },
            { value: 'EN', label: t('language.en') },
          ]}
        />
        {invite ? <p className="ins-field__description">{t('users.invite.hint')}</p> : null}
        {user || invite ? null : (
          <TextField
            id={`${formId}-password`}
            label={t('users.form.password')}
            description={t('users.form.passwordHint')}
            type="password"
            value={values.password}
            onChange={(value) => set('password', value)}
            error={error('password')}
            errorPrefix={t('common.errorPrefix')}
            autoComplete="new-password"
          />
        )}
      </form>
    </Dialog>
  );
}
