import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useToast } from '../../../app/toasts';
import {
  FollowIdeaMutation,
  SupportIdeaMutation,
  UnfollowIdeaMutation,
  WithdrawIdeaSupportMutation,
} from '../graphql/challenge-mutations';

interface SupportState {
  id: string;
  supportCount: number;
  supported: boolean;
}

/** Support or withdraw support at once (optimistic); the API's answer settles the count. */
export function useSupportToggle() {
  const { t } = useTranslation();
  const toast = useToast();
  const [support, supportState] = useMutation(SupportIdeaMutation);
  const [withdraw, withdrawState] = useMutation(WithdrawIdeaSupportMutation);
  const toggle = async ({ id, supportCount, supported }: SupportState) => {
    const next = {
      __typename: 'Idea' as const,
      id,
      supportCount: Math.max(0, supportCount + (supported ? -1 : 1)),
      viewer: { __typename: 'IdeaViewer' as const, supported: !supported },
    };
    try {
      if (supported) {
        await withdraw({
          variables: { id },
          optimisticResponse: { withdrawIdeaSupport: next },
        });
      } else {
        await support({ variables: { id }, optimisticResponse: { supportIdea: next } });
      }
    } catch {
      toast(t('challenges.support.failed'), 'error');
    }
  };
  return { toggle, busy: supportState.loading || withdrawState.loading };
}

interface FollowState {
  id: string;
  followerCount: number;
  following: boolean;
}

export function useFollowToggle() {
  const { t } = useTranslation();
  const toast = useToast();
  const [follow, followState] = useMutation(FollowIdeaMutation);
  const [unfollow, unfollowState] = useMutation(UnfollowIdeaMutation);
  const toggle = async ({ id, followerCount, following }: FollowState) => {
    const next = {
      __typename: 'Idea' as const,
      id,
      followerCount: Math.max(0, followerCount + (following ? -1 : 1)),
      viewer: { __typename: 'IdeaViewer' as const, following: !following },
    };
    try {
      if (following) {
        await unfollow({ variables: { id }, optimisticResponse: { unfollowIdea: next } });
      } else {
        await follow({ variables: { id }, optimisticResponse: { followIdea: next } });
      }
      toast(following ? t('challenges.follow.stopped') : t('challenges.follow.started'));
    } catch {
      toast(t('challenges.follow.failed'), 'error');
    }
  };
  return { toggle, busy: followState.loading || unfollowState.loading };
}
