import { graphql } from '../../../gql';

/** The current feedback of an input: what lists, cards and the idea page show. */
export const FeedbackFieldsFragment = graphql(`
  fragment FeedbackFields on Feedback {
    status
    response
    respondedAt
    firstRespondedAt
    dueAt
    overdue
    responder {
      id
      name
      anonymous
    }
    mergedInto {
      id
      title
      path
    }
    links {
      kind
      targetId
      title
      path
      url
    }
  }
`);

/** An input as the inbox and the board show it. */
export const InputSummaryFieldsFragment = graphql(`
  fragment InputSummaryFields on InputSummary {
    id
    kind
    title
    excerpt
    path
    phase
    containerTitle
    createdAt
    supportCount
    commentCount
    followerCount
    canRespond
    trajectory {
      id
      title
    }
    author {
      id
      name
      anonymous
    }
    feedback {
      ...FeedbackFields
    }
  }
`);

/** One entry of an input's feedback history (FeedbackHistory shows them). */
export const FeedbackEntryFieldsFragment = graphql(`
  fragment FeedbackEntryFields on FeedbackEntry {
    id
    status
    text
    createdAt
    responder {
      id
      name
      anonymous
    }
    links {
      kind
      targetId
      title
      path
      url
    }
    mergedInto {
      id
      title
      path
    }
  }
`);

/** One input with its full feedback history (the idea page's feedback block). */
export const InputFeedbackQuery = graphql(`
  query InputFeedback($id: ID!) {
    input(id: $id) {
      id
      kind
      title
      path
      canRespond
      trajectory {
        id
        title
      }
      feedback {
        ...FeedbackFields
        history {
          ...FeedbackEntryFields
        }
      }
    }
  }
`);

export const FeedbackInboxQuery = graphql(`
  query FeedbackInbox($filter: FeedbackInboxFilter, $first: Int!, $after: String) {
    feedbackInbox(filter: $filter, first: $first, after: $after) {
      totalCount
      overdueCount
      edges {
        cursor
        node {
          ...InputSummaryFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** Only ids: "select all results" collects them page by page (≤ 1,000). */
export const FeedbackInboxIdsQuery = graphql(`
  query FeedbackInboxIds($filter: FeedbackInboxFilter, $first: Int!, $after: String) {
    feedbackInbox(filter: $filter, first: $first, after: $after) {
      edges {
        node {
          id
          canRespond
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const FeedbackBoardQuery = graphql(`
  query FeedbackBoard(
    $trajectoryId: ID
    $filter: FeedbackBoardFilter
    $first: Int!
    $after: String
  ) {
    feedbackBoard(trajectoryId: $trajectoryId, filter: $filter, first: $first, after: $after) {
      edges {
        cursor
        node {
          ...InputSummaryFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const FeedbackTemplateFieldsFragment = graphql(`
  fragment FeedbackTemplateFields on FeedbackTemplate {
    id
    title
    status
    text
    trajectory {
      id
      title
    }
  }
`);

/** Organisation-wide templates plus the trajectory's own. */
export const FeedbackTemplatesQuery = graphql(`
  query FeedbackTemplates($trajectoryId: ID) {
    feedbackTemplates(trajectoryId: $trajectoryId) {
      ...FeedbackTemplateFields
    }
  }
`);

export const CreateFeedbackTemplateMutation = graphql(`
  mutation CreateFeedbackTemplate($input: FeedbackTemplateInput!) {
    createFeedbackTemplate(input: $input) {
      ...FeedbackTemplateFields
    }
  }
`);

export const UpdateFeedbackTemplateMutation = graphql(`
  mutation UpdateFeedbackTemplate($id: ID!, $input: FeedbackTemplateInput!) {
    updateFeedbackTemplate(id: $id, input: $input) {
      ...FeedbackTemplateFields
    }
  }
`);

export const DeleteFeedbackTemplateMutation = graphql(`
  mutation DeleteFeedbackTemplate($id: ID!) {
    deleteFeedbackTemplate(id: $id)
  }
`);

export const RespondToInputMutation = graphql(`
  mutation RespondToInput($input: RespondToInputInput!) {
    respondToInput(input: $input) {
      id
      feedback {
        ...FeedbackFields
      }
    }
  }
`);

export const MergeInputMutation = graphql(`
  mutation MergeInput($input: MergeInputInput!) {
    mergeInput(input: $input) {
      id
      title
      path
    }
  }
`);

export const BulkFeedbackJobFieldsFragment = graphql(`
  fragment BulkFeedbackJobFields on BulkFeedbackJob {
    id
    state
    total
    done
    failed
    errors
  }
`);

export const BulkRespondMutation = graphql(`
  mutation BulkRespond($input: BulkRespondInput!) {
    bulkRespond(input: $input) {
      ...BulkFeedbackJobFields
    }
  }
`);

export const BulkFeedbackJobQuery = graphql(`
  query BulkFeedbackJob($id: ID!) {
    bulkFeedbackJob(id: $id) {
      ...BulkFeedbackJobFields
    }
  }
`);

export const FeedbackMetricsQuery = graphql(`
  query FeedbackMetrics($trajectoryId: ID, $groupBy: FeedbackMetricsGroup!) {
    feedbackMetrics(trajectoryId: $trajectoryId, groupBy: $groupBy) {
      key
      label
      total
      answered
      answeredShare
      medianFirstResponseHours
      overdue
    }
  }
`);

/** The trajectory's decisions, to link a response to what was decided. */
export const TrajectoryDecisionsQuery = graphql(`
  query TrajectoryDecisions($id: ID!) {
    trajectory(id: $id) {
      id
      decisions {
        id
        outcome
        decidedOn
      }
    }
  }
`);

/** Trajectories for the filters (the ones the viewer sees; the API scopes the inbox). */
export const FeedbackTrajectoriesQuery = graphql(`
  query FeedbackTrajectories($mine: Boolean!) {
    trajectories(first: 100, mine: $mine) {
      edges {
        node {
          id
          title
        }
      }
    }
  }
`);
