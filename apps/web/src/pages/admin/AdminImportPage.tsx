import {
  Alert,
  FormActions,
  Meta,
  PageHeading,
  Paragraph,
  PrimaryActionButton,
  RadioGroupField,
  SecondaryActionButton,
  Surface,
} from '@inspraak/web-ui';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../app/PageTitle';
import { ImportReport } from '../../features/user-import/components/ImportReport';
import { UserImportFields } from '../../features/user-import/graphql/user-import';
import { useStartUserImport } from '../../features/user-import/hooks/useStartUserImport';
import { useUserImport } from '../../features/user-import/hooks/useUserImport';
import { getFragmentData } from '../../gql';
import type { ImportKind } from '../../gql/graphql';
import { formatNumber } from '../../i18n/format';
import { useLanguage } from '../../i18n/useLanguage';
import { fileToBase64 } from '../../lib/download';
import { apiErrorCode } from '../../lib/graphql-errors';

/** A check first (dry run, nothing written), then the import itself with its progress. */
export function AdminImportPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const fileId = useId();
  const fileRef = useRef<HTMLInputElement>(null);
  const [kind, setKind] = useState<ImportKind>('USERS');
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [importId, setImportId] = useState<string | null>(null);
  const { startUserImport, loading: starting } = useStartUserImport();
  const { userImport, finished, error } = useUserImport(importId);

  const start = async (dryRun: boolean) => {
    setProblem(null);
    if (!file) {
      setFileError(t('userImport.fileRequired'));
      fileRef.current?.focus();
      return;
    }
    setFileError(null);
    try {
      const result = await startUserImport(kind, await fileToBase64(file), dryRun);
      const started = getFragmentData(UserImportFields, result.data?.startUserImport);
      if (started) setImportId(started.id);
    } catch (caught) {
      const code = apiErrorCode(caught);
      setProblem(
        code === 'BAD_USER_INPUT' ? t('userImport.startRefused') : t('userImport.startFailed'),
      );
    }
  };

  const onCheck = (event: FormEvent) => {
    event.preventDefault();
    void start(true);
  };

  const reset = () => {
    setImportId(null);
    setProblem(null);
  };

  const running = !!userImport && !finished;
  const canApply = !!userImport && userImport.dryRun && userImport.status === 'VALIDATED';
  const total = userImport?.totalRows ?? 0;
  const processed = userImport?.processedRows ?? 0;

  let outcome = null;
  if (userImport && finished) {
    // Finished: one of the four end states.
    const status = userImport.status as 'VALIDATED' | 'INVALID' | 'COMPLETED' | 'FAILED';
    const ok = status === 'VALIDATED' || status === 'COMPLETED';
    outcome = (
      <Alert type={ok ? 'ok' : 'error'} role={ok ? 'status' : 'alert'}>
        <Paragraph>
          <strong>{t(`userImport.outcome.${status}`)}</strong>
        </Paragraph>
      </Alert>
    );
  }

  return (
    <>
      <PageTitle title={t('userImport.title')} />
      <PageHeading
        eyebrow={t('admin.title')}
        title={t('userImport.title')}
        lead={t('userImport.lead')}
      />
      <Surface>
        <form noValidate onSubmit={onCheck} className="ins-form">
          {problem ? (
            <Alert type="error" role="alert">
              <Paragraph>{problem}</Paragraph>
            </Alert>
          ) : null}
          <RadioGroupField
            legend={t('userImport.kind')}
            name="kind"
            value={kind}
            onChange={(value) => {
              setKind(value as ImportKind);
              reset();
            }}
            options={[
              { value: 'USERS', label: t('userImport.kinds.USERS') },
              { value: 'ORG_UNITS', label: t('userImport.kinds.ORG_UNITS') },
            ]}
            description={t(`userImport.kindHints.${kind}`)}
          />
          <div className={`ins-field${fileError ? ' utrecht-form-field--invalid' : ''}`}>
            <label htmlFor={fileId} className="utrecht-form-label">
              {t('userImport.file')}
            </label>
            <p id={`${fileId}-description`} className="ins-field__description">
              {t('userImport.fileHint')}
            </p>
            {fileError ? (
              <p id={`${fileId}-error`} className="ins-field__error ins-inline-error">
                <span className="ins-visually-hidden">{`${t('common.errorPrefix')} `}</span>
                {fileError}
              </p>
            ) : null}
            <input
              ref={fileRef}
              id={fileId}
              name="file"
              type="file"
              accept=".csv,text/csv"
              className="ins-file-input"
              aria-invalid={fileError ? true : undefined}
              aria-describedby={`${fileId}-description${fileError ? ` ${fileId}-error` : ''}`}
              onChange={(event) => {
                setFile(event.target.files?.[0] ?? null);
                setFileError(null);
                reset();
              }}
            />
          </div>
          <FormActions>
            <SecondaryActionButton
              type="submit"
              busy={starting || running}
              disabled={starting || running}
            >
              {t('userImport.check')}
            </SecondaryActionButton>
          </FormActions>
        </form>
      </Surface>
      <div className="ins-import-status" aria-live="polite">
        {running ? (
          <div className="ins-import-progress">
            <label htmlFor={`${fileId}-progress`}>
              {userImport.dryRun ? t('userImport.checking') : t('userImport.importing')}
            </label>
            <progress
              id={`${fileId}-progress`}
              max={total || undefined}
              value={total ? processed : undefined}
            />
            <Meta>
              {t('userImport.progress', {
                processed: formatNumber(processed, language),
                total: formatNumber(total, language),
              })}
            </Meta>
          </div>
        ) : null}
        {outcome}
      </div>
      {error ? (
        <Alert type="error" role="alert">
          <Paragraph>{t('common.loadError')}</Paragraph>
        </Alert>
      ) : null}
      {userImport && finished ? <ImportReport userImport={userImport} /> : null}
      {canApply ? (
        <FormActions>
          <PrimaryActionButton
            onClick={() => void start(false)}
            busy={starting}
            disabled={starting}
          >
            {t('userImport.apply')}
          </PrimaryActionButton>
        </FormActions>
      ) : null}
    </>
  );
}
