import {
  Alert,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableContainer,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@inspraak/web-ui';
import { useTranslation } from 'react-i18next';
import type { UserImportFieldsFragment } from '../../../gql/graphql';
import { formatNumber } from '../../../i18n/format';
import { useLanguage } from '../../../i18n/useLanguage';

/** Problem codes of the import (libs/server/identity import) with a text of our own. */
const KNOWN_PROBLEMS = [
  'BAD_EMAIL',
  'BAD_LOCALE',
  'BAD_PATH',
  'BAD_ROLE',
  'COLUMN_COUNT',
  'CSV_SYNTAX',
  'DUPLICATE_COLUMN',
  'DUPLICATE_EMAIL',
  'DUPLICATE_UNIT',
  'EMPTY',
  'ENCODING',
  'FORMULA',
  'MISSING_COLUMN',
  'MORE_PROBLEMS',
  'OWN_ROLE',
  'REQUIRED',
  'TOO_DEEP',
  'TOO_LARGE',
  'TOO_LONG',
  'TOO_MANY_ROWS',
  'UNKNOWN_COLUMN',
  'UNKNOWN_UNIT',
] as const;
type KnownProblem = (typeof KNOWN_PROBLEMS)[number];

function isKnownProblem(code: string): code is KnownProblem {
  return (KNOWN_PROBLEMS as readonly string[]).includes(code);
}

/** What a finished run found: counts, or every problem by line. */
export function ImportReport({ userImport }: { userImport: UserImportFieldsFragment }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { problems, summary } = userImport;
  return (
    <section aria-labelledby="import-report-heading" className="ins-import-report">
      <h2 id="import-report-heading">
        {userImport.dryRun ? t('userImport.report.dryRunTitle') : t('userImport.report.title')}
      </h2>
      {summary ? (
        <DataList>
          {(['created', 'updated', 'unchanged'] as const).map((key) => (
            <DataListItem key={key}>
              <DataListKey>{t(`userImport.report.${key}`)}</DataListKey>
              <DataListValue>{formatNumber(summary[key], language)}</DataListValue>
            </DataListItem>
          ))}
        </DataList>
      ) : null}
      {problems.length > 0 ? (
        <>
          <Alert type="error">
            <Paragraph>
              {t('userImport.report.problems', {
                count: problems.length,
                number: formatNumber(problems.length, language),
              })}
            </Paragraph>
          </Alert>
          <TableContainer tabIndex={0} role="region" aria-label={t('userImport.report.tableLabel')}>
            <Table>
              <TableCaption className="ins-visually-hidden">
                {t('userImport.report.tableLabel')}
              </TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t('userImport.report.line')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('userImport.report.column')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('userImport.report.problem')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {problems.map((problem, index) => (
                  <TableRow key={`${problem.line}-${problem.code}-${index}`}>
                    <TableHeaderCell scope="row">
                      {problem.line === 0
                        ? t('userImport.report.wholeFile')
                        : formatNumber(problem.line, language)}
                    </TableHeaderCell>
                    <TableCell translate="no">{problem.column ?? '—'}</TableCell>
                    <TableCell>
                      {isKnownProblem(problem.code) ? (
                        <>
                          {t(`userImport.problemCodes.${problem.code}`)}
                          <span className="ins-cell-secondary" lang="en">
                            {problem.message}
                          </span>
                        </>
                      ) : (
                        <span lang="en">{problem.message}</span>
                      )}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
        </>
      ) : null}
    </section>
  );
}
