import { useMutation, useQuery } from '@apollo/client/react';
import { PrimaryActionButton, SecondaryActionButton, StatusBadge } from '@inspraak/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useToast } from '../../../app/toasts';
import type { ChallengeState } from '../../../gql/graphql';
import {
  ChangeChallengeStateMutation,
  IdeasAwaitingResponseQuery,
} from '../graphql/challenge-admin';
import { AWAITING_PAGE } from './AwaitingResponses';
import { ConfirmActionDialog } from './ConfirmActionDialog';

/** The steps a challenge can take from each state (the API allows the same). */
export const NEXT_STATES: Readonly<Record<ChallengeState, readonly ChallengeState[]>> = {
  DRAFT: ['OPEN'],
  OPEN: ['REVIEW'],
  REVIEW: ['CLOSED', 'OPEN'],
  CLOSED: [],
};

type Step = 'open' | 'review' | 'reopen' | 'close';

export function stepOf(from: ChallengeState, to: ChallengeState): Step {
  if (to === 'OPEN') return from === 'REVIEW' ? 'reopen' : 'open';
  if (to === 'REVIEW') return 'review';
  return 'close';
}

export function stateBadgeStatus(state: ChallengeState) {
  return state === 'OPEN'
    ? ('success' as const)
    : state === 'REVIEW'
      ? ('warning' as const)
      : ('neutral' as const);
}

export interface StateControlsProps {
  challenge: { id: string; title: string; state: ChallengeState; ideaCount: number };
  canEdit: boolean;
}

/**
 * The challenge's state and the next steps, each confirmed first. Closing waits for a
 * published response on every idea: the button says why it is disabled.
 */
export function StateControls({ challenge, canEdit }: StateControlsProps) {
  const { t } = useTranslation();
  const toast = useToast();
  const [step, setStep] = useState<{ to: ChallengeState; step: Step } | null>(null);
  const [change] = useMutation(ChangeChallengeStateMutation, {
    refetchQueries: [
      {
        query: IdeasAwaitingResponseQuery,
        variables: { challengeId: challenge.id, first: AWAITING_PAGE },
      },
    ],
  });
  const needsAwaiting = challenge.state === 'REVIEW' || challenge.state === 'OPEN';
  const { data: awaiting } = useQuery(IdeasAwaitingResponseQuery, {
    variables: { challengeId: challenge.id, first: AWAITING_PAGE },
    skip: !needsAwaiting,
  });
  const waiting = awaiting?.challenge.awaitingResponseCount ?? null;
  const next = NEXT_STATES[challenge.state];
  const closeBlocked = waiting === null || waiting > 0;

  return (
    <section aria-labelledby="challenge-state-heading" className="ins-challenge-state">
      <h2 id="challenge-state-heading" tabIndex={-1} className="utrecht-heading-2">
        {t('challengeAdmin.state.title')}
      </h2>
      <p>
        <StatusBadge status={stateBadgeStatus(challenge.state)}>
          {t(`challengeAdmin.states.${challenge.state}`)}
        </StatusBadge>{' '}
        {t(`challengeAdmin.state.explain.${challenge.state}`)}
      </p>
      {canEdit && next.length > 0 ? (
        <div className="ins-challenge-state__steps">
          {next.map((to) => {
            const kind = stepOf(challenge.state, to);
            const blocked = kind === 'close' && closeBlocked;
            const Button = kind === 'reopen' ? SecondaryActionButton : PrimaryActionButton;
            return (
              <div key={to} className="ins-challenge-state__step">
                <Button
                  type="button"
                  disabled={blocked}
                  aria-describedby={blocked ? 'close-blocked-reason' : undefined}
                  onClick={() => setStep({ to, step: kind })}
                >
                  {t(`challengeAdmin.state.steps.${kind}`)}
                </Button>
                {blocked ? (
                  <p id="close-blocked-reason" className="ins-field__description">
                    {waiting === null
                      ? t('challengeAdmin.state.closeChecking')
                      : t('challengeAdmin.state.closeBlocked', { count: waiting })}{' '}
                    {waiting ? (
                      <a href="#awaiting-responses">{t('challengeAdmin.state.toAwaiting')}</a>
                    ) : null}
                  </p>
                ) : null}
              </div>
            );
          })}
        </div>
      ) : null}
      {step ? (
        <ConfirmActionDialog
          title={t(`challengeAdmin.state.confirm.${step.step}.title`)}
          message={t(`challengeAdmin.state.confirm.${step.step}.message`, {
            title: challenge.title,
            count: challenge.ideaCount,
          })}
          confirmLabel={t(`challengeAdmin.state.steps.${step.step}`)}
          note={
            step.step === 'reopen'
              ? {
                  label: t('challengeAdmin.state.reason'),
                  description: t('challengeAdmin.state.reasonHint'),
                  required: true,
                  maxLength: 2000,
                }
              : undefined
          }
          onClose={() => setStep(null)}
          onConfirm={(reason) =>
            change({
              variables: { input: { id: challenge.id, to: step.to, reason: reason || null } },
            })
          }
          onDone={() => {
            toast(t(`challengeAdmin.state.done.${step.step}`, { title: challenge.title }));
            setStep(null);
            setTimeout(() => document.getElementById('challenge-state-heading')?.focus(), 0);
          }}
        />
      ) : null}
    </section>
  );
}
