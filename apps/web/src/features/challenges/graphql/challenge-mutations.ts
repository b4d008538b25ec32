import { graphql } from '../../../gql';

export const SubmitIdeaMutation = graphql(`
  mutation SubmitIdea($input: SubmitIdeaInput!) {
    submitIdea(input: $input) {
      id
      challengeId
    }
  }
`);

export const UpdateIdeaMutation = graphql(`
  mutation UpdateIdea($input: UpdateIdeaInput!) {
    updateIdea(input: $input) {
      id
      title
      description
      tags
      editedAt
      attachments {
        id
        url
        contentType
        width
        height
        bytes
      }
    }
  }
`);

export const WithdrawIdeaMutation = graphql(`
  mutation WithdrawIdea($id: ID!) {
    withdrawIdea(id: $id) {
      id
      status
      withdrawnAt
      viewer {
        canEdit
        canWithdraw
      }
    }
  }
`);

export const SupportIdeaMutation = graphql(`
  mutation SupportIdea($id: ID!) {
    supportIdea(id: $id) {
      id
      supportCount
      viewer {
        supported
      }
    }
  }
`);

export const WithdrawIdeaSupportMutation = graphql(`
  mutation WithdrawIdeaSupport($id: ID!) {
    withdrawIdeaSupport(id: $id) {
      id
      supportCount
      viewer {
        supported
      }
    }
  }
`);

export const FollowIdeaMutation = graphql(`
  mutation FollowIdea($id: ID!) {
    followIdea(id: $id) {
      id
      followerCount
      viewer {
        following
      }
    }
  }
`);

export const UnfollowIdeaMutation = graphql(`
  mutation UnfollowIdea($id: ID!) {
    unfollowIdea(id: $id) {
      id
      followerCount
      viewer {
        following
      }
    }
  }
`);

export const AddCommentMutation = graphql(`
  mutation AddComment($input: AddCommentInput!) {
    addComment(input: $input) {
      ...CommentFields
      replies {
        ...CommentFields
      }
    }
  }
`);

export const UpdateCommentMutation = graphql(`
  mutation UpdateComment($input: UpdateCommentInput!) {
    updateComment(input: $input) {
      ...CommentFields
    }
  }
`);

export const DeleteCommentMutation = graphql(`
  mutation DeleteComment($id: ID!) {
    deleteComment(id: $id)
  }
`);

export const ReportContentMutation = graphql(`
  mutation ReportContent($input: ReportContentInput!) {
    reportContent(input: $input) {
      contentId
      kind
    }
  }
`);
