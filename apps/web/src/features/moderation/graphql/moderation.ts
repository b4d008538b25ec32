import { graphql } from '../../../gql';

export const ModerationItemFieldsFragment = graphql(`
  fragment ModerationItemFields on ModerationItem {
    id
    kind
    contentId
    trajectoryId
    title
    excerpt
    path
    hidden
    autoHidden
    hiddenReason
    openReportCount
    lastReportedAt
    moderatedAt
    reasonCounts {
      reason
      count
    }
    reports {
      reason
      text
      createdAt
    }
  }
`);

export const ModerationQueueQuery = graphql(`
  query ModerationQueue($status: ModerationQueueStatus!, $first: Int!, $after: String) {
    moderationQueue(status: $status, first: $first, after: $after) {
      edges {
        node {
          ...ModerationItemFields
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

export const HideContentMutation = graphql(`
  mutation HideContent($input: HideContentInput!) {
    hideContent(input: $input) {
      ...ModerationItemFields
    }
  }
`);

export const RestoreContentMutation = graphql(`
  mutation RestoreContent($input: ModerationDecisionInput!) {
    restoreContent(input: $input) {
      ...ModerationItemFields
    }
  }
`);

export const DismissReportsMutation = graphql(`
  mutation DismissReports($input: ModerationDecisionInput!) {
    dismissReports(input: $input) {
      ...ModerationItemFields
    }
  }
`);
