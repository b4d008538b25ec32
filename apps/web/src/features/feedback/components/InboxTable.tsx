import {
  StatusBadge,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableContainer,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@inspraak/web-ui';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { InputSummaryFieldsFragment } from '../../../gql/graphql';
import { useLanguage } from '../../../i18n/useLanguage';
import { excerpt } from '../../../lib/excerpt';
import { formatDate } from '../../challenges/challenge-format';
import { FeedbackFieldsFragment } from '../graphql/feedback';
import { getFragmentData } from '../../../gql';
import { FeedbackStatusBadge } from './FeedbackStatusBadge';

export interface InboxTableProps {
  inputs: readonly InputSummaryFieldsFragment[];
  selected: ReadonlySet<string>;
  onToggle: (id: string, selected: boolean) => void;
  onToggleAll: (selected: boolean) => void;
  label: string;
}

/**
 * Inputs waiting for (more) feedback, by due date: each row can be selected with its checkbox
 * (Space) for a bulk answer; the header checkbox selects the rows shown.
 */
export function InboxTable({ inputs, selected, onToggle, onToggleAll, label }: InboxTableProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const allRef = useRef<HTMLInputElement>(null);
  const selectedHere = inputs.filter((input) => selected.has(input.id)).length;
  const all = inputs.length > 0 && selectedHere === inputs.length;
  useEffect(() => {
    if (allRef.current) allRef.current.indeterminate = selectedHere > 0 && !all;
  }, [selectedHere, all]);

  return (
    <TableContainer tabIndex={0} role="region" aria-label={label}>
      <Table className="ins-inbox-table">
        <TableCaption className="ins-visually-hidden">{label}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col" className="ins-inbox-table__select">
              <label>
                <input
                  ref={allRef}
                  type="checkbox"
                  checked={all}
                  onChange={(event) => onToggleAll(event.currentTarget.checked)}
                />
                <span className="ins-visually-hidden">{t('feedback.inbox.selectPage')}</span>
              </label>
            </TableHeaderCell>
            <TableHeaderCell scope="col">{t('feedback.inbox.columns.input')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('feedback.inbox.columns.trajectory')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('feedback.inbox.columns.status')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('feedback.inbox.columns.due')}</TableHeaderCell>
            <TableHeaderCell scope="col" className="ins-number">
              {t('feedback.inbox.columns.support')}
            </TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {inputs.map((input) => {
            const feedback = getFragmentData(FeedbackFieldsFragment, input.feedback);
            const waiting = !feedback.firstRespondedAt;
            return (
              <TableRow key={input.id}>
                <TableCell className="ins-inbox-table__select">
                  <label>
                    <input
                      type="checkbox"
                      checked={selected.has(input.id)}
                      disabled={!input.canRespond}
                      onChange={(event) => onToggle(input.id, event.currentTarget.checked)}
                    />
                    <span className="ins-visually-hidden">
                      {t('feedback.inbox.select', { title: input.title })}
                    </span>
                  </label>
                </TableCell>
                <TableCell className="ins-inbox-table__title">
                  <strong>
                    <Link to={input.path}>{input.title}</Link>
                  </strong>
                  <span className="ins-cell-secondary">{input.containerTitle}</span>
                  <span className="ins-cell-secondary">{excerpt(input.excerpt)}</span>
                </TableCell>
                <TableCell>
                  {input.trajectory.title}
                  <span className="ins-cell-secondary">
                    {t(`trajectories.phases.${input.phase}`)}
                  </span>
                </TableCell>
                <TableCell>
                  <FeedbackStatusBadge status={feedback.status} />
                </TableCell>
                <TableCell className="ins-nowrap">
                  {waiting ? (
                    <>
                      <time dateTime={feedback.dueAt}>{formatDate(feedback.dueAt, language)}</time>
                      {feedback.overdue ? (
                        <span className="ins-cell-secondary">
                          <StatusBadge status="danger">{t('feedback.inbox.overdue')}</StatusBadge>
                        </span>
                      ) : null}
                    </>
                  ) : (
                    <span className="ins-cell-secondary">{t('feedback.inbox.answered')}</span>
                  )}
                </TableCell>
                <TableCell className="ins-number">{input.supportCount}</TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
