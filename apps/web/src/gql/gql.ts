/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: TokenPasswordInput!) {\n    resetPassword(input: $input) {\n      ...CurrentUser\n    }\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation AcceptInvitation($input: TokenPasswordInput!) {\n    acceptInvitation(input: $input) {\n      ...CurrentUser\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  query AuditEvents($first: Int!, $after: String, $action: String) {\n    auditEvents(first: $first, after: $after, action: $action) {\n      edges {\n        cursor\n        node {\n          id\n          action\n          result\n          actorId\n          objectType\n          objectId\n          originIp\n          details\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.AuditEventsDocument,
    "\n  fragment CurrentUser on User {\n    id\n    name\n    email\n    role\n    locale\n    primaryOrgUnitId\n  }\n": typeof types.CurrentUserFragmentDoc,
    "\n  query Me {\n    me {\n      ...CurrentUser\n    }\n  }\n": typeof types.MeDocument,
    "\n  query RuntimeMode {\n    platformStatus {\n      runtimeMode\n    }\n    signInOptions {\n      singleSignOn {\n        displayName\n        startUrl\n      }\n    }\n  }\n": typeof types.RuntimeModeDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...CurrentUser\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  mutation UpdateMyProfile($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      ...CurrentUser\n    }\n  }\n": typeof types.UpdateMyProfileDocument,
    "\n  fragment ChallengeAdminFields on Challenge {\n    id\n    title\n    problemStatement\n    rules\n    prize\n    phase\n    state\n    opensAt\n    closesAt\n    orgUnitIds\n    ideaCount\n    trajectoryId\n    trajectoryTitle\n    updatedAt\n    criteria {\n      id\n      nameNl\n      nameEn\n      weight\n      position\n    }\n    viewer {\n      canEdit\n      canModerate\n    }\n  }\n": typeof types.ChallengeAdminFieldsFragmentDoc,
    "\n  query ChallengeTrajectory($id: ID!) {\n    trajectory(id: $id) {\n      id\n      title\n      phase\n      viewer {\n        canEdit\n        canSeeWorkspace\n        roles\n      }\n    }\n  }\n": typeof types.ChallengeTrajectoryDocument,
    "\n  query TrajectoryChallenges($trajectoryId: ID!, $first: Int!, $after: String) {\n    challenges(trajectoryId: $trajectoryId, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          title\n          state\n          phase\n          opensAt\n          closesAt\n          ideaCount\n          viewer {\n            canEdit\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.TrajectoryChallengesDocument,
    "\n  query ChallengeAdmin($id: ID!) {\n    challenge(id: $id) {\n      ...ChallengeAdminFields\n    }\n  }\n": typeof types.ChallengeAdminDocument,
    "\n  query IdeasAwaitingResponse($challengeId: ID!, $first: Int!) {\n    challenge(id: $challengeId) {\n      id\n      awaitingResponseCount\n    }\n    ideasAwaitingResponse(challengeId: $challengeId, first: $first) {\n      id\n      title\n      description\n      createdAt\n      supportCount\n      commentCount\n      feedback {\n        status\n      }\n    }\n  }\n": typeof types.IdeasAwaitingResponseDocument,
    "\n  mutation CreateChallenge($input: CreateChallengeInput!) {\n    createChallenge(input: $input) {\n      ...ChallengeAdminFields\n    }\n  }\n": typeof types.CreateChallengeDocument,
    "\n  mutation UpdateChallenge($input: UpdateChallengeInput!) {\n    updateChallenge(input: $input) {\n      ...ChallengeAdminFields\n    }\n  }\n": typeof types.UpdateChallengeDocument,
    "\n  mutation ChangeChallengeState($input: ChangeChallengeStateInput!) {\n    changeChallengeState(input: $input) {\n      ...ChallengeAdminFields\n    }\n  }\n": typeof types.ChangeChallengeStateDocument,
    "\n  mutation SubmitIdea($input: SubmitIdeaInput!) {\n    submitIdea(input: $input) {\n      id\n      challengeId\n    }\n  }\n": typeof types.SubmitIdeaDocument,
    "\n  mutation UpdateIdea($input: UpdateIdeaInput!) {\n    updateIdea(input: $input) {\n      id\n      title\n      description\n      tags\n      editedAt\n      attachments {\n        id\n        url\n        contentType\n        width\n        height\n        bytes\n      }\n    }\n  }\n": typeof types.UpdateIdeaDocument,
    "\n  mutation WithdrawIdea($id: ID!) {\n    withdrawIdea(id: $id) {\n      id\n      status\n      withdrawnAt\n      viewer {\n        canEdit\n        canWithdraw\n      }\n    }\n  }\n": typeof types.WithdrawIdeaDocument,
    "\n  mutation SupportIdea($id: ID!) {\n    supportIdea(id: $id) {\n      id\n      supportCount\n      viewer {\n        supported\n      }\n    }\n  }\n": typeof types.SupportIdeaDocument,
    "\n  mutation WithdrawIdeaSupport($id: ID!) {\n    withdrawIdeaSupport(id: $id) {\n      id\n      supportCount\n      viewer {\n        supported\n      }\n    }\n  }\n": typeof types.WithdrawIdeaSupportDocument,
    "\n  mutation FollowIdea($id: ID!) {\n    followIdea(id: $id) {\n      id\n      followerCount\n      viewer {\n        following\n      }\n    }\n  }\n": typeof types.FollowIdeaDocument,
    "\n  mutation UnfollowIdea($id: ID!) {\n    unfollowIdea(id: $id) {\n      id\n      followerCount\n      viewer {\n        following\n      }\n    }\n  }\n": typeof types.UnfollowIdeaDocument,
    "\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      ...CommentFields\n      replies {\n        ...CommentFields\n      }\n    }\n  }\n": typeof types.AddCommentDocument,
    "\n  mutation UpdateComment($input: UpdateCommentInput!) {\n    updateComment(input: $input) {\n      ...CommentFields\n    }\n  }\n": typeof types.UpdateCommentDocument,
    "\n  mutation DeleteComment($id: ID!) {\n    deleteComment(id: $id)\n  }\n": typeof types.DeleteCommentDocument,
    "\n  mutation ReportContent($input: ReportContentInput!) {\n    reportContent(input: $input) {\n      contentId\n      kind\n    }\n  }\n": typeof types.ReportContentDocument,
    "\n  fragment ChallengeSummaryFields on Challenge {\n    id\n    title\n    state\n    phase\n    opensAt\n    closesAt\n    ideaCount\n    trajectoryId\n    trajectoryTitle\n    prize\n  }\n": typeof types.ChallengeSummaryFieldsFragmentDoc,
    "\n  query OpenChallenges($first: Int!, $after: String) {\n    openChallenges(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...ChallengeSummaryFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.OpenChallengesDocument,
    "\n  query TrajectoryOpenChallenges($trajectoryId: ID!, $first: Int!, $after: String) {\n    challenges(trajectoryId: $trajectoryId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...ChallengeSummaryFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.TrajectoryOpenChallengesDocument,
    "\n  query Challenge($id: ID!) {\n    challenge(id: $id) {\n      ...ChallengeSummaryFields\n      id\n      title\n      state\n      problemStatement\n      rules\n      createdAt\n      viewer {\n        canSubmit\n        canEdit\n        canModerate\n      }\n    }\n  }\n": typeof types.ChallengeDocument,
    "\n  fragment IdeaCardFields on Idea {\n    id\n    challengeId\n    title\n    description\n    tags\n    anonymous\n    author {\n      id\n      name\n      anonymous\n    }\n    supportCount\n    commentCount\n    createdAt\n    hidden\n    status\n    feedback {\n      status\n      respondedAt\n    }\n    viewer {\n      supported\n      isAuthor\n    }\n  }\n": typeof types.IdeaCardFieldsFragmentDoc,
    "\n  query Ideas(\n    $challengeId: ID!\n    $first: Int!\n    $after: String\n    $sort: IdeaSort!\n    $state: IdeaListState!\n    $tag: String\n    $mine: Boolean!\n  ) {\n    ideas(\n      challengeId: $challengeId\n      first: $first\n      after: $after\n      sort: $sort\n      state: $state\n      tag: $tag\n      mine: $mine\n    ) {\n      edges {\n        cursor\n        node {\n          ...IdeaCardFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.IdeasDocument,
    "\n  fragment CommentFields on Comment {\n    id\n    inputId\n    parentId\n    body\n    anonymous\n    author {\n      id\n      name\n      anonymous\n    }\n    createdAt\n    editedAt\n    deleted\n    hidden\n    hiddenReason\n    viewer {\n      canEdit\n      canDelete\n      isAuthor\n    }\n  }\n": typeof types.CommentFieldsFragmentDoc,
    "\n  query Idea($id: ID!) {\n    idea(id: $id) {\n      ...IdeaCardFields\n      phase\n      trajectoryId\n      editedAt\n      withdrawnAt\n      hiddenReason\n      followerCount\n      attachments {\n        id\n        url\n        contentType\n        width\n        height\n        bytes\n        description\n      }\n      challenge {\n        id\n        title\n        state\n        viewer {\n          canSubmit\n        }\n      }\n      viewer {\n        supported\n        following\n        isAuthor\n        canEdit\n        canWithdraw\n      }\n    }\n  }\n": typeof types.IdeaDocument,
    "\n  query IdeaComments($id: ID!, $first: Int!, $after: String) {\n    idea(id: $id) {\n      id\n      commentCount\n      comments(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            ...CommentFields\n            replies {\n              ...CommentFields\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.IdeaCommentsDocument,
    "\n  query SimilarIdeas($challengeId: ID!, $text: String!) {\n    similarIdeas(challengeId: $challengeId, text: $text) {\n      id\n      title\n      score\n    }\n  }\n": typeof types.SimilarIdeasDocument,
    "\n  query ChallengeTags($id: ID!) {\n    challenge(id: $id) {\n      id\n      tags {\n        tag\n        count\n      }\n    }\n  }\n": typeof types.ChallengeTagsDocument,
    "\n  query DevMailbox($first: Int!, $after: String) {\n    devMailbox(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          to\n          subject\n          text\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.DevMailboxDocument,
    "\n  query ChallengeEvaluation($challengeId: ID!) {\n    challengeEvaluation(challengeId: $challengeId) {\n      challengeId\n      canScore\n      canDecide\n      criteria {\n        id\n        nameNl\n        nameEn\n        weight\n        position\n      }\n      progress {\n        jurorId\n        name\n        scored\n        toScore\n      }\n      ranking {\n        ideaId\n        title\n        rank\n        score\n        jurorCount\n        shortlisted\n        winner\n        invitedRole\n        scoredByMe\n        criterionAverages {\n          criterionId\n          average\n        }\n      }\n    }\n  }\n": typeof types.ChallengeEvaluationDocument,
    "\n  query JuryChallenge($id: ID!) {\n    challenge(id: $id) {\n      id\n      title\n      state\n      trajectoryId\n      trajectoryTitle\n      viewer {\n        canEdit\n      }\n    }\n  }\n": typeof types.JuryChallengeDocument,
    "\n  query JuryIdea($id: ID!) {\n    idea(id: $id) {\n      id\n      title\n      description\n      tags\n      anonymous\n      author {\n        name\n        anonymous\n      }\n      supportCount\n      commentCount\n    }\n  }\n": typeof types.JuryIdeaDocument,
    "\n  query IdeaEvaluations($ideaId: ID!) {\n    ideaEvaluations(ideaId: $ideaId) {\n      id\n      ideaId\n      jurorId\n      jurorName\n      comment\n      updatedAt\n      scores {\n        criterionId\n        score\n      }\n    }\n  }\n": typeof types.IdeaEvaluationsDocument,
    "\n  mutation ScoreIdea($input: ScoreIdeaInput!) {\n    scoreIdea(input: $input) {\n      id\n      ideaId\n      jurorId\n      jurorName\n      comment\n      updatedAt\n      scores {\n        criterionId\n        score\n      }\n    }\n  }\n": typeof types.ScoreIdeaDocument,
    "\n  mutation SetIdeaShortlisted($input: SetIdeaShortlistedInput!) {\n    setIdeaShortlisted(input: $input) {\n      ideaId\n      shortlisted\n      winner\n    }\n  }\n": typeof types.SetIdeaShortlistedDocument,
    "\n  mutation SetIdeaWinner($input: SetIdeaWinnerInput!) {\n    setIdeaWinner(input: $input) {\n      ideaId\n      shortlisted\n      winner\n    }\n  }\n": typeof types.SetIdeaWinnerDocument,
    "\n  mutation InviteWinner($input: InviteWinnerInput!) {\n    inviteWinner(input: $input) {\n      ideaId\n      invitedRole\n      invitedAt\n    }\n  }\n": typeof types.InviteWinnerDocument,
    "\n  fragment FeedbackFields on Feedback {\n    status\n    response\n    respondedAt\n    firstRespondedAt\n    dueAt\n    overdue\n    responder {\n      id\n      name\n      anonymous\n    }\n    mergedInto {\n      id\n      title\n      path\n    }\n    links {\n      kind\n      targetId\n      title\n      path\n      url\n    }\n  }\n": typeof types.FeedbackFieldsFragmentDoc,
    "\n  fragment InputSummaryFields on InputSummary {\n    id\n    kind\n    title\n    excerpt\n    path\n    phase\n    containerTitle\n    createdAt\n    supportCount\n    commentCount\n    followerCount\n    canRespond\n    trajectory {\n      id\n      title\n    }\n    author {\n      id\n      name\n      anonymous\n    }\n    feedback {\n      ...FeedbackFields\n    }\n  }\n": typeof types.InputSummaryFieldsFragmentDoc,
    "\n  fragment FeedbackEntryFields on FeedbackEntry {\n    id\n    status\n    text\n    createdAt\n    responder {\n      id\n      name\n      anonymous\n    }\n    links {\n      kind\n      targetId\n      title\n      path\n      url\n    }\n    mergedInto {\n      id\n      title\n      path\n    }\n  }\n": typeof types.FeedbackEntryFieldsFragmentDoc,
    "\n  query InputFeedback($id: ID!) {\n    input(id: $id) {\n      id\n      kind\n      title\n      path\n      canRespond\n      trajectory {\n        id\n        title\n      }\n      feedback {\n        ...FeedbackFields\n        history {\n          ...FeedbackEntryFields\n        }\n      }\n    }\n  }\n": typeof types.InputFeedbackDocument,
    "\n  query FeedbackInbox($filter: FeedbackInboxFilter, $first: Int!, $after: String) {\n    feedbackInbox(filter: $filter, first: $first, after: $after) {\n      totalCount\n      overdueCount\n      edges {\n        cursor\n        node {\n          ...InputSummaryFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.FeedbackInboxDocument,
    "\n  query FeedbackInboxIds($filter: FeedbackInboxFilter, $first: Int!, $after: String) {\n    feedbackInbox(filter: $filter, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          canRespond\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.FeedbackInboxIdsDocument,
    "\n  query FeedbackBoard(\n    $trajectoryId: ID\n    $filter: FeedbackBoardFilter\n    $first: Int!\n    $after: String\n  ) {\n    feedbackBoard(trajectoryId: $trajectoryId, filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...InputSummaryFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.FeedbackBoardDocument,
    "\n  fragment FeedbackTemplateFields on FeedbackTemplate {\n    id\n    title\n    status\n    text\n    trajectory {\n      id\n      title\n    }\n  }\n": typeof types.FeedbackTemplateFieldsFragmentDoc,
    "\n  query FeedbackTemplates($trajectoryId: ID) {\n    feedbackTemplates(trajectoryId: $trajectoryId) {\n      ...FeedbackTemplateFields\n    }\n  }\n": typeof types.FeedbackTemplatesDocument,
    "\n  mutation CreateFeedbackTemplate($input: FeedbackTemplateInput!) {\n    createFeedbackTemplate(input: $input) {\n      ...FeedbackTemplateFields\n    }\n  }\n": typeof types.CreateFeedbackTemplateDocument,
    "\n  mutation UpdateFeedbackTemplate($id: ID!, $input: FeedbackTemplateInput!) {\n    updateFeedbackTemplate(id: $id, input: $input) {\n      ...FeedbackTemplateFields\n    }\n  }\n": typeof types.UpdateFeedbackTemplateDocument,
    "\n  mutation DeleteFeedbackTemplate($id: ID!) {\n    deleteFeedbackTemplate(id: $id)\n  }\n": typeof types.DeleteFeedbackTemplateDocument,
    "\n  mutation RespondToInput($input: RespondToInputInput!) {\n    respondToInput(input: $input) {\n      id\n      feedback {\n        ...FeedbackFields\n      }\n    }\n  }\n": typeof types.RespondToInputDocument,
    "\n  mutation MergeInput($input: MergeInputInput!) {\n    mergeInput(input: $input) {\n      id\n      title\n      path\n    }\n  }\n": typeof types.MergeInputDocument,
    "\n  fragment BulkFeedbackJobFields on BulkFeedbackJob {\n    id\n    state\n    total\n    done\n    failed\n    errors\n  }\n": typeof types.BulkFeedbackJobFieldsFragmentDoc,
    "\n  mutation BulkRespond($input: BulkRespondInput!) {\n    bulkRespond(input: $input) {\n      ...BulkFeedbackJobFields\n    }\n  }\n": typeof types.BulkRespondDocument,
    "\n  query BulkFeedbackJob($id: ID!) {\n    bulkFeedbackJob(id: $id) {\n      ...BulkFeedbackJobFields\n    }\n  }\n": typeof types.BulkFeedbackJobDocument,
    "\n  query FeedbackMetrics($trajectoryId: ID, $groupBy: FeedbackMetricsGroup!) {\n    feedbackMetrics(trajectoryId: $trajectoryId, groupBy: $groupBy) {\n      key\n      label\n      total\n      answered\n      answeredShare\n      medianFirstResponseHours\n      overdue\n    }\n  }\n": typeof types.FeedbackMetricsDocument,
    "\n  query TrajectoryDecisions($id: ID!) {\n    trajectory(id: $id) {\n      id\n      decisions {\n        id\n        outcome\n        decidedOn\n      }\n    }\n  }\n": typeof types.TrajectoryDecisionsDocument,
    "\n  query FeedbackTrajectories($mine: Boolean!) {\n    trajectories(first: 100, mine: $mine) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n": typeof types.FeedbackTrajectoriesDocument,
    "\n  fragment ModerationItemFields on ModerationItem {\n    id\n    kind\n    contentId\n    trajectoryId\n    title\n    excerpt\n    path\n    hidden\n    autoHidden\n    hiddenReason\n    openReportCount\n    lastReportedAt\n    moderatedAt\n    reasonCounts {\n      reason\n      count\n    }\n    reports {\n      reason\n      text\n      createdAt\n    }\n  }\n": typeof types.ModerationItemFieldsFragmentDoc,
    "\n  query ModerationQueue($status: ModerationQueueStatus!, $first: Int!, $after: String) {\n    moderationQueue(status: $status, first: $first, after: $after) {\n      edges {\n        node {\n          ...ModerationItemFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.ModerationQueueDocument,
    "\n  mutation HideContent($input: HideContentInput!) {\n    hideContent(input: $input) {\n      ...ModerationItemFields\n    }\n  }\n": typeof types.HideContentDocument,
    "\n  mutation RestoreContent($input: ModerationDecisionInput!) {\n    restoreContent(input: $input) {\n      ...ModerationItemFields\n    }\n  }\n": typeof types.RestoreContentDocument,
    "\n  mutation DismissReports($input: ModerationDecisionInput!) {\n    dismissReports(input: $input) {\n      ...ModerationItemFields\n    }\n  }\n": typeof types.DismissReportsDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": typeof types.UnreadNotificationCountDocument,
    "\n  fragment NotificationFields on Notification {\n    id\n    type\n    title\n    body\n    path\n    createdAt\n    read\n  }\n": typeof types.NotificationFieldsFragmentDoc,
    "\n  query Notifications($first: Int!, $after: String, $unreadOnly: Boolean!) {\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      unreadCount\n      edges {\n        cursor\n        node {\n          ...NotificationFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.NotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n": typeof types.MarkAllNotificationsReadDocument,
    "\n  query NotificationPreferences {\n    notificationPreferences {\n      type\n      inApp\n      email\n    }\n  }\n": typeof types.NotificationPreferencesDocument,
    "\n  mutation UpdateNotificationPreferences($input: [NotificationPreferenceInput!]!) {\n    updateNotificationPreferences(input: $input) {\n      type\n      inApp\n      email\n    }\n  }\n": typeof types.UpdateNotificationPreferencesDocument,
    "\n  mutation Unsubscribe($token: String!) {\n    unsubscribe(token: $token)\n  }\n": typeof types.UnsubscribeDocument,
    "\n  mutation CreateOrgUnit($input: CreateOrgUnitInput!) {\n    createOrgUnit(input: $input) {\n      id\n      ...OrgUnitFields\n    }\n  }\n": typeof types.CreateOrgUnitDocument,
    "\n  mutation RenameOrgUnit($input: RenameOrgUnitInput!) {\n    renameOrgUnit(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.RenameOrgUnitDocument,
    "\n  mutation MoveOrgUnit($input: MoveOrgUnitInput!) {\n    moveOrgUnit(input: $input) {\n      id\n      parentId\n    }\n  }\n": typeof types.MoveOrgUnitDocument,
    "\n  mutation ArchiveOrgUnit($id: ID!) {\n    archiveOrgUnit(id: $id) {\n      id\n      archivedAt\n    }\n  }\n": typeof types.ArchiveOrgUnitDocument,
    "\n  fragment OrgUnitFields on OrgUnit {\n    id\n    name\n    parentId\n    archivedAt\n  }\n": typeof types.OrgUnitFieldsFragmentDoc,
    "\n  query OrgUnits {\n    orgUnits {\n      id\n      ...OrgUnitFields\n    }\n  }\n": typeof types.OrgUnitsDocument,
    "\n  query Organisation {\n    organisation {\n      id\n      name\n      logoUrl\n    }\n  }\n": typeof types.OrganisationDocument,
    "\n  query MyPersonalData {\n    myPersonalData {\n      fileName\n      json\n      generatedAt\n    }\n  }\n": typeof types.MyPersonalDataDocument,
    "\n  query PersonalData($id: ID!) {\n    personalData(id: $id) {\n      fileName\n      json\n      generatedAt\n    }\n  }\n": typeof types.PersonalDataDocument,
    "\n  query PlatformStatus {\n    platformStatus {\n      version\n      runtimeMode\n      databaseDriver\n      jobDriver\n      workerLastSeenAt\n    }\n  }\n": typeof types.PlatformStatusDocument,
    "\n  query PulseAnswerRound($id: ID!) {\n    pulseRound(id: $id) {\n      id\n      surveyId\n      surveyTitle\n      surveyDescription\n      number\n      state\n      opensAt\n      closesAt\n      closedAt\n      resultsAvailable\n      promise {\n        k\n        kComments\n        privacyPath\n        text {\n          nl\n          en\n        }\n      }\n      dimensions {\n        key\n        name {\n          nl\n          en\n        }\n      }\n      questions {\n        key\n        type\n        dimension\n        required\n        text {\n          nl\n          en\n        }\n        lowLabel {\n          nl\n          en\n        }\n        highLabel {\n          nl\n          en\n        }\n        options {\n          key\n          label {\n            nl\n            en\n          }\n        }\n      }\n      viewer {\n        asked\n        answered\n        canAnswer\n      }\n    }\n  }\n": typeof types.PulseAnswerRoundDocument,
    "\n  mutation SubmitPulseResponse($input: SubmitPulseResponseInput!) {\n    submitPulseResponse(input: $input) {\n      roundId\n      answered\n      round {\n        id\n        state\n        closesAt\n        resultsAvailable\n        viewer {\n          asked\n          answered\n          canAnswer\n        }\n      }\n    }\n  }\n": typeof types.SubmitPulseResponseDocument,
    "\n  query MyPulseRounds {\n    myPulseRounds(first: 20) {\n      id\n      surveyId\n      surveyTitle\n      number\n      state\n      opensAt\n      closesAt\n      closedAt\n      resultsAvailable\n      viewer {\n        asked\n        answered\n        canAnswer\n      }\n    }\n  }\n": typeof types.MyPulseRoundsDocument,
    "\n  query PulseAnswerManageable {\n    pulseSurveys(first: 100) {\n      id\n      viewer {\n        canManage\n      }\n    }\n  }\n": typeof types.PulseAnswerManageableDocument,
    "\n  fragment PulseActionFields on PulseAction {\n    id\n    roundId\n    trajectoryId\n    title\n    description\n    dimension\n    questionKey\n    path\n    createdAt\n    updatedAt\n    followerCount\n    createdBy {\n      id\n      name\n      anonymous\n    }\n    viewer {\n      canManage\n      following\n    }\n    feedback {\n      ...FeedbackFields\n      history {\n        ...FeedbackEntryFields\n      }\n    }\n  }\n": typeof types.PulseActionFieldsFragmentDoc,
    "\n  mutation CreatePulseAction($input: CreatePulseActionInput!) {\n    createPulseAction(input: $input) {\n      ...PulseActionFields\n    }\n  }\n": typeof types.CreatePulseActionDocument,
    "\n  mutation UpdatePulseAction($input: UpdatePulseActionInput!) {\n    updatePulseAction(input: $input) {\n      ...PulseActionFields\n    }\n  }\n": typeof types.UpdatePulseActionDocument,
    "\n  mutation FollowPulseAction($id: ID!, $follow: Boolean!) {\n    followPulseAction(id: $id, follow: $follow) {\n      id\n      followerCount\n      viewer {\n        canManage\n        following\n      }\n    }\n  }\n": typeof types.FollowPulseActionDocument,
    "\n  fragment PulseQuestionFields on PulseQuestion {\n    key\n    type\n    dimension\n    enps\n    required\n    text {\n      nl\n      en\n    }\n    lowLabel {\n      nl\n      en\n    }\n    highLabel {\n      nl\n      en\n    }\n    options {\n      key\n      favourable\n      label {\n        nl\n        en\n      }\n    }\n  }\n": typeof types.PulseQuestionFieldsFragmentDoc,
    "\n  fragment PulseRoundSummary on PulseRound {\n    id\n    number\n    state\n    opensAt\n    closesAt\n    closedAt\n    phase\n    audienceSize\n    responseCount\n    resultsAvailable\n  }\n": typeof types.PulseRoundSummaryFragmentDoc,
    "\n  fragment PulseSurveyFields on PulseSurvey {\n    id\n    title\n    description\n    trajectoryId\n    phase\n    archived\n    createdAt\n    orgUnitIds\n    k\n    kComments\n    effectiveK\n    effectiveKComments\n    recurrenceWeeks\n    roundDays\n    nextRoundAt\n    reminders\n    templates {\n      key\n      version\n    }\n    dimensions {\n      key\n      name {\n        nl\n        en\n      }\n    }\n    questions {\n      ...PulseQuestionFields\n    }\n    rounds {\n      ...PulseRoundSummary\n    }\n    viewer {\n      canManage\n    }\n  }\n": typeof types.PulseSurveyFieldsFragmentDoc,
    "\n  query PulseSurveys($trajectoryId: ID) {\n    pulseSurveys(first: 100, trajectoryId: $trajectoryId) {\n      id\n      title\n      trajectoryId\n      phase\n      archived\n      recurrenceWeeks\n      nextRoundAt\n      rounds {\n        ...PulseRoundSummary\n      }\n      viewer {\n        canManage\n      }\n    }\n  }\n": typeof types.PulseSurveysDocument,
    "\n  query PulseSurvey($id: ID!) {\n    pulseSurvey(id: $id) {\n      ...PulseSurveyFields\n    }\n  }\n": typeof types.PulseSurveyDocument,
    "\n  query PulseTemplates {\n    pulseTemplates {\n      key\n      version\n      name {\n        nl\n        en\n      }\n      description {\n        nl\n        en\n      }\n      questions {\n        ...PulseQuestionFields\n      }\n    }\n  }\n": typeof types.PulseTemplatesDocument,
    "\n  query PulseTrajectories {\n    trajectories(first: 100) {\n      edges {\n        node {\n          id\n          title\n          phase\n          viewer {\n            canEdit\n          }\n        }\n      }\n    }\n  }\n": typeof types.PulseTrajectoriesDocument,
    "\n  mutation CreatePulseSurvey($input: CreatePulseSurveyInput!) {\n    createPulseSurvey(input: $input) {\n      ...PulseSurveyFields\n    }\n  }\n": typeof types.CreatePulseSurveyDocument,
    "\n  mutation UpdatePulseSurvey($input: UpdatePulseSurveyInput!) {\n    updatePulseSurvey(input: $input) {\n      ...PulseSurveyFields\n    }\n  }\n": typeof types.UpdatePulseSurveyDocument,
    "\n  mutation SchedulePulseRound($input: SchedulePulseRoundInput!) {\n    schedulePulseRound(input: $input) {\n      ...PulseSurveyFields\n    }\n  }\n": typeof types.SchedulePulseRoundDocument,
    "\n  mutation ClosePulseRound($id: ID!) {\n    closePulseRound(id: $id) {\n      ...PulseSurveyFields\n    }\n  }\n": typeof types.ClosePulseRoundDocument,
    "\n  query PulseResults($roundId: ID!, $orgUnitId: ID) {\n    pulseResults(roundId: $roundId, orgUnitId: $orgUnitId) {\n      roundId\n      surveyId\n      released\n      k\n      kComments\n      dimensions {\n        key\n        name {\n          nl\n          en\n        }\n      }\n      questions {\n        ...PulseQuestionFields\n      }\n      nodes {\n        orgUnitId\n        parentOrgUnitId\n        name\n        depth\n        audience\n        hidden\n        hiddenReason\n        responses\n        responseRate\n        commentsVisible\n        comments {\n          questionKey\n          text\n        }\n        dimensions {\n          key\n          score\n          favourableShare\n        }\n        questions {\n          key\n          answers\n          mean\n          favourableShare\n          enps\n          distribution {\n            value\n            choice\n            count\n          }\n        }\n      }\n      actions {\n        ...PulseActionFields\n      }\n    }\n  }\n": typeof types.PulseResultsDocument,
    "\n  query PulseResultsCsv($roundId: ID!, $orgUnitId: ID) {\n    pulseResultsCsv(roundId: $roundId, orgUnitId: $orgUnitId)\n  }\n": typeof types.PulseResultsCsvDocument,
    "\n  query PulseTrend($surveyId: ID!, $orgUnitId: ID) {\n    pulseTrend(surveyId: $surveyId, orgUnitId: $orgUnitId) {\n      surveyId\n      orgUnitId\n      points {\n        roundId\n        number\n        closesAt\n        phase\n        shown\n        responses\n        enps\n        dimensions {\n          key\n          score\n          favourableShare\n        }\n      }\n      phases {\n        phase\n        rounds\n        responses\n        enps\n        dimensions {\n          key\n          score\n          favourableShare\n        }\n      }\n    }\n  }\n": typeof types.PulseTrendDocument,
    "\n  fragment SimPhaseCard_phase on SimPhaseInfo {\n    phase\n    number\n    name {\n      nl\n      en\n    }\n    summary {\n      nl\n      en\n    }\n  }\n": typeof types.SimPhaseCard_PhaseFragmentDoc,
    "\n  query SimPhases {\n    simPhases {\n      phase\n      number\n      ...SimPhaseCard_phase\n    }\n  }\n": typeof types.SimPhasesDocument,
    "\n  mutation CreateTrajectory($input: CreateTrajectoryInput!) {\n    createTrajectory(input: $input) {\n      id\n      title\n    }\n  }\n": typeof types.CreateTrajectoryDocument,
    "\n  mutation ChangePhase($input: ChangePhaseInput!) {\n    changePhase(input: $input) {\n      id\n      phase\n      phaseNumber\n      updatedAt\n      phaseHistory {\n        id\n        at\n        fromPhase\n        toPhase\n        steppedBack\n        reason\n        actor {\n          id\n          name\n        }\n      }\n      successCriteria {\n        id\n        lockedAt\n      }\n    }\n  }\n": typeof types.ChangePhaseDocument,
    "\n  mutation SetMandate($input: SetMandateInput!) {\n    setMandate(input: $input) {\n      budget\n      deadline\n      decisionSpace\n      constraints\n      recordedAt\n      updatedAt\n    }\n  }\n": typeof types.SetMandateDocument,
    "\n  mutation CreateDecisionRule($input: CreateDecisionRuleInput!) {\n    createDecisionRule(input: $input) {\n      id\n      topic\n      phase\n      decidedBy\n      participationLevel\n      employeeInvolvement\n      agreedAt\n    }\n  }\n": typeof types.CreateDecisionRuleDocument,
    "\n  mutation RecordDecision($input: RecordDecisionInput!) {\n    recordDecision(input: $input) {\n      id\n      ruleId\n      outcome\n      rationale\n      decidedOn\n      inputResponse\n      informingInputIds\n      recordedAt\n    }\n  }\n": typeof types.RecordDecisionDocument,
    "\n  mutation CreateStakeholder($input: CreateStakeholderInput!) {\n    createStakeholder(input: $input) {\n      id\n      name\n      kind\n      influence\n      stance\n      employerInterests\n      employeeInterests\n      involvement\n      orgUnitId\n    }\n  }\n": typeof types.CreateStakeholderDocument,
    "\n  mutation CreateSuccessCriterion($input: CreateSuccessCriterionInput!) {\n    createSuccessCriterion(input: $input) {\n      id\n      ...SuccessCriterionFields\n    }\n  }\n": typeof types.CreateSuccessCriterionDocument,
    "\n  mutation CreateSolutionOption($input: CreateSolutionOptionInput!) {\n    createSolutionOption(input: $input) {\n      id\n      trajectoryId\n      title\n      description\n      effects {\n        aspect\n        rating\n        explanation\n      }\n      businessCase {\n        id\n        kind\n        description\n        amount\n        rating\n      }\n    }\n  }\n": typeof types.CreateSolutionOptionDocument,
    "\n  mutation SetOptionEffect($input: SetOptionEffectInput!) {\n    setOptionEffect(input: $input) {\n      id\n      effects {\n        aspect\n        rating\n        explanation\n      }\n    }\n  }\n": typeof types.SetOptionEffectDocument,
    "\n  mutation AddBusinessCaseItem($input: AddBusinessCaseItemInput!) {\n    addBusinessCaseItem(input: $input) {\n      id\n      kind\n      description\n      amount\n      rating\n    }\n  }\n": typeof types.AddBusinessCaseItemDocument,
    "\n  mutation UpdateTrajectory($input: UpdateTrajectoryInput!) {\n    updateTrajectory(input: $input) {\n      id\n      title\n      problemStatement\n      goals\n      visibility\n      orgUnitIds\n      responseTargetDays\n      updatedAt\n      owner {\n        id\n        name\n      }\n    }\n  }\n": typeof types.UpdateTrajectoryDocument,
    "\n  mutation AddTeamMember($input: AddTeamMemberInput!) {\n    addTeamMember(input: $input) {\n      id\n      role\n      userId\n    }\n  }\n": typeof types.AddTeamMemberDocument,
    "\n  mutation RemoveTeamMember($id: ID!) {\n    removeTeamMember(id: $id)\n  }\n": typeof types.RemoveTeamMemberDocument,
    "\n  mutation UpdateDecisionRule($input: UpdateDecisionRuleInput!) {\n    updateDecisionRule(input: $input) {\n      id\n      topic\n      phase\n      decidedBy\n      participationLevel\n      employeeInvolvement\n      agreedAt\n    }\n  }\n": typeof types.UpdateDecisionRuleDocument,
    "\n  mutation DeleteDecisionRule($id: ID!) {\n    deleteDecisionRule(id: $id)\n  }\n": typeof types.DeleteDecisionRuleDocument,
    "\n  mutation UpdateStakeholder($input: UpdateStakeholderInput!) {\n    updateStakeholder(input: $input) {\n      id\n      name\n      kind\n      influence\n      stance\n      employerInterests\n      employeeInterests\n      involvement\n      orgUnitId\n    }\n  }\n": typeof types.UpdateStakeholderDocument,
    "\n  mutation DeleteStakeholder($id: ID!) {\n    deleteStakeholder(id: $id)\n  }\n": typeof types.DeleteStakeholderDocument,
    "\n  mutation UpdateSuccessCriterion($input: UpdateSuccessCriterionInput!) {\n    updateSuccessCriterion(input: $input) {\n      id\n      ...SuccessCriterionFields\n    }\n  }\n": typeof types.UpdateSuccessCriterionDocument,
    "\n  mutation DeleteSuccessCriterion($id: ID!) {\n    deleteSuccessCriterion(id: $id)\n  }\n": typeof types.DeleteSuccessCriterionDocument,
    "\n  mutation RecordCriterionResult($input: RecordCriterionResultInput!) {\n    recordCriterionResult(input: $input) {\n      id\n      phase\n      value\n      verdict\n      measuredOn\n      note\n    }\n  }\n": typeof types.RecordCriterionResultDocument,
    "\n  mutation UpdateSolutionOption($input: UpdateSolutionOptionInput!) {\n    updateSolutionOption(input: $input) {\n      id\n      title\n      description\n    }\n  }\n": typeof types.UpdateSolutionOptionDocument,
    "\n  mutation DeleteSolutionOption($id: ID!) {\n    deleteSolutionOption(id: $id)\n  }\n": typeof types.DeleteSolutionOptionDocument,
    "\n  mutation UpdateBusinessCaseItem($input: UpdateBusinessCaseItemInput!) {\n    updateBusinessCaseItem(input: $input) {\n      id\n      kind\n      description\n      amount\n      rating\n    }\n  }\n": typeof types.UpdateBusinessCaseItemDocument,
    "\n  mutation DeleteBusinessCaseItem($id: ID!) {\n    deleteBusinessCaseItem(id: $id)\n  }\n": typeof types.DeleteBusinessCaseItemDocument,
    "\n  mutation InviteValuator($input: ValuationInviteInput!) {\n    inviteValuator(input: $input)\n  }\n": typeof types.InviteValuatorDocument,
    "\n  mutation RemoveValuator($input: ValuationInviteInput!) {\n    removeValuator(input: $input)\n  }\n": typeof types.RemoveValuatorDocument,
    "\n  mutation RateOption($input: RateOptionInput!) {\n    rateOption(input: $input) {\n      id\n      optionId\n      stakeholderId\n      score\n      comment\n    }\n  }\n": typeof types.RateOptionDocument,
    "\n  mutation UpdateDecision($input: UpdateDecisionInput!) {\n    updateDecision(input: $input) {\n      id\n      ruleId\n      outcome\n      rationale\n      decidedOn\n      inputResponse\n      informingInputIds\n      recordedAt\n    }\n  }\n": typeof types.UpdateDecisionDocument,
    "\n  mutation DeleteDecision($id: ID!) {\n    deleteDecision(id: $id)\n  }\n": typeof types.DeleteDecisionDocument,
    "\n  fragment SuccessCriterionFields on SuccessCriterion {\n    id\n    metric\n    target\n    howMeasured\n    dimension\n    agreedOn\n    agreedBy\n    lockedAt\n    results {\n      id\n      phase\n      value\n      verdict\n      measuredOn\n      note\n    }\n  }\n": typeof types.SuccessCriterionFieldsFragmentDoc,
    "\n  query Trajectories(\n    $first: Int!\n    $after: String\n    $phase: SimPhase\n    $orgUnitId: ID\n    $mine: Boolean!\n  ) {\n    trajectories(first: $first, after: $after, phase: $phase, orgUnitId: $orgUnitId, mine: $mine) {\n      edges {\n        cursor\n        node {\n          id\n          title\n          phase\n          phaseNumber\n          visibility\n          updatedAt\n          owner {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.TrajectoriesDocument,
    "\n  query Trajectory($id: ID!) {\n    trajectory(id: $id) {\n      id\n      title\n      problemStatement\n      goals\n      phase\n      phaseNumber\n      visibility\n      orgUnitIds\n      ownerId\n      responseTargetDays\n      createdAt\n      updatedAt\n      owner {\n        id\n        name\n      }\n      viewer {\n        canEdit\n        canSeeWorkspace\n        roles\n        invitedStakeholderIds\n        invitedStakeholders {\n          id\n          name\n        }\n        ratings {\n          id\n          optionId\n          stakeholderId\n          score\n          comment\n        }\n      }\n      phaseHistory {\n        id\n        at\n        fromPhase\n        toPhase\n        steppedBack\n        reason\n        actor {\n          id\n          name\n        }\n      }\n      mandate {\n        budget\n        deadline\n        decisionSpace\n        constraints\n        recordedAt\n        updatedAt\n      }\n      team {\n        id\n        role\n        userId\n        addedAt\n        person {\n          id\n          name\n        }\n      }\n      decisionRules {\n        id\n        topic\n        phase\n        decidedBy\n        participationLevel\n        employeeInvolvement\n        agreedAt\n      }\n      decisions {\n        id\n        ruleId\n        outcome\n        rationale\n        decidedOn\n        inputResponse\n        informingInputIds\n        recordedAt\n      }\n      stakeholders {\n        id\n        name\n        kind\n        influence\n        stance\n        employerInterests\n        employeeInterests\n        involvement\n        orgUnitId\n      }\n      successCriteria {\n        id\n        ...SuccessCriterionFields\n      }\n      solutionOptions {\n        id\n        trajectoryId\n        title\n        description\n        effects {\n          aspect\n          rating\n          explanation\n        }\n        businessCase {\n          id\n          kind\n          description\n          amount\n          rating\n        }\n      }\n      valuation {\n        stakeholderId\n        stakeholderName\n        scores {\n          optionId\n          averageScore\n          ratings\n        }\n      }\n      valuationInvites {\n        stakeholderId\n        userId\n        person {\n          id\n          name\n        }\n      }\n      simHealth {\n        checkId\n        phase\n        status\n        guideline {\n          nl\n          en\n        }\n        evidence {\n          nl\n          en\n        }\n        link {\n          section\n          itemId\n        }\n      }\n    }\n  }\n": typeof types.TrajectoryDocument,
    "\n  query TrajectorySimHealth($id: ID!) {\n    trajectory(id: $id) {\n      id\n      simHealth {\n        checkId\n        phase\n        status\n        guideline {\n          nl\n          en\n        }\n        evidence {\n          nl\n          en\n        }\n        link {\n          section\n          itemId\n        }\n      }\n    }\n  }\n": typeof types.TrajectorySimHealthDocument,
    "\n  query TrajectoryCandidates($trajectoryId: ID!, $search: String!) {\n    trajectoryCandidates(trajectoryId: $trajectoryId, search: $search, first: 10) {\n      id\n      name\n      email\n    }\n  }\n": typeof types.TrajectoryCandidatesDocument,
    "\n  query SimPhaseGuidelines {\n    simPhases {\n      phase\n      guidelines {\n        nl\n        en\n      }\n    }\n  }\n": typeof types.SimPhaseGuidelinesDocument,
    "\n  fragment UserImportFields on UserImport {\n    id\n    kind\n    dryRun\n    status\n    processedRows\n    totalRows\n    createdAt\n    finishedAt\n    problems {\n      line\n      column\n      code\n      message\n    }\n    summary {\n      created\n      updated\n      unchanged\n    }\n  }\n": typeof types.UserImportFieldsFragmentDoc,
    "\n  mutation StartUserImport($input: StartUserImportInput!) {\n    startUserImport(input: $input) {\n      ...UserImportFields\n    }\n  }\n": typeof types.StartUserImportDocument,
    "\n  query UserImport($id: ID!) {\n    userImport(id: $id) {\n      ...UserImportFields\n    }\n  }\n": typeof types.UserImportDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      ...UserRow\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      id\n      ...UserRow\n    }\n  }\n": typeof types.UpdateUserDocument,
    "\n  mutation DeactivateUser($id: ID!) {\n    deactivateUser(id: $id) {\n      id\n      deactivatedAt\n    }\n  }\n": typeof types.DeactivateUserDocument,
    "\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      id\n      ...UserRow\n    }\n  }\n": typeof types.InviteUserDocument,
    "\n  mutation ExportUsersCsv {\n    exportUsersCsv\n  }\n": typeof types.ExportUsersCsvDocument,
    "\n  mutation EraseUser($input: EraseUserInput!) {\n    eraseUser(input: $input) {\n      user {\n        id\n        ...UserRow\n      }\n      counts {\n        section\n        kind\n        count\n      }\n    }\n  }\n": typeof types.EraseUserDocument,
    "\n  fragment UserRow on User {\n    id\n    name\n    email\n    role\n    locale\n    primaryOrgUnitId\n    managedOrgUnitIds\n    deactivatedAt\n    erasedAt\n  }\n": typeof types.UserRowFragmentDoc,
    "\n  query Users($first: Int!, $after: String, $search: String) {\n    users(first: $first, after: $after, search: $search) {\n      edges {\n        cursor\n        node {\n          id\n          ...UserRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.UsersDocument,
    "\n  query OwnerCandidates($search: String!) {\n    users(first: 20, search: $search, activeOnly: true) {\n      edges {\n        node {\n          id\n          name\n          email\n          deactivatedAt\n          erasedAt\n        }\n      }\n    }\n  }\n": typeof types.OwnerCandidatesDocument,
};
const documents: Documents = {
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: TokenPasswordInput!) {\n    resetPassword(input: $input) {\n      ...CurrentUser\n    }\n  }\n": types.ResetPasswordDocument,
    "\n  mutation AcceptInvitation($input: TokenPasswordInput!) {\n    acceptInvitation(input: $input) {\n      ...CurrentUser\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  query AuditEvents($first: Int!, $after: String, $action: String) {\n    auditEvents(first: $first, after: $after, action: $action) {\n      edges {\n        cursor\n        node {\n          id\n          action\n          result\n          actorId\n          objectType\n          objectId\n          originIp\n          details\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.AuditEventsDocument,
    "\n  fragment CurrentUser on User {\n    id\n    name\n    email\n    role\n    locale\n    primaryOrgUnitId\n  }\n": types.CurrentUserFragmentDoc,
    "\n  query Me {\n    me {\n      ...CurrentUser\n    }\n  }\n": types.MeDocument,
    "\n  query RuntimeMode {\n    platformStatus {\n      runtimeMode\n    }\n    signInOptions {\n      singleSignOn {\n        displayName\n        startUrl\n      }\n    }\n  }\n": types.RuntimeModeDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...CurrentUser\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  mutation UpdateMyProfile($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      ...CurrentUser\n    }\n  }\n": types.UpdateMyProfileDocument,
    "\n  fragment ChallengeAdminFields on Challenge {\n    id\n    title\n    problemStatement\n    rules\n    prize\n    phase\n    state\n    opensAt\n    closesAt\n    orgUnitIds\n    ideaCount\n    trajectoryId\n    trajectoryTitle\n    updatedAt\n    criteria {\n      id\n      nameNl\n      nameEn\n      weight\n      position\n    }\n    viewer {\n      canEdit\n      canModerate\n    }\n  }\n": types.ChallengeAdminFieldsFragmentDoc,
    "\n  query ChallengeTrajectory($id: ID!) {\n    trajectory(id: $id) {\n      id\n      title\n      phase\n      viewer {\n        canEdit\n        canSeeWorkspace\n        roles\n      }\n    }\n  }\n": types.ChallengeTrajectoryDocument,
    "\n  query TrajectoryChallenges($trajectoryId: ID!, $first: Int!, $after: String) {\n    challenges(trajectoryId: $trajectoryId, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          title\n          state\n          phase\n          opensAt\n          closesAt\n          ideaCount\n          viewer {\n            canEdit\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.TrajectoryChallengesDocument,
    "\n  query ChallengeAdmin($id: ID!) {\n    challenge(id: $id) {\n      ...ChallengeAdminFields\n    }\n  }\n": types.ChallengeAdminDocument,
    "\n  query IdeasAwaitingResponse($challengeId: ID!, $first: Int!) {\n    challenge(id: $challengeId) {\n      id\n      awaitingResponseCount\n    }\n    ideasAwaitingResponse(challengeId: $challengeId, first: $first) {\n      id\n      title\n      description\n      createdAt\n      supportCount\n      commentCount\n      feedback {\n        status\n      }\n    }\n  }\n": types.IdeasAwaitingResponseDocument,
    "\n  mutation CreateChallenge($input: CreateChallengeInput!) {\n    createChallenge(input: $input) {\n      ...ChallengeAdminFields\n    }\n  }\n": types.CreateChallengeDocument,
    "\n  mutation UpdateChallenge($input: UpdateChallengeInput!) {\n    updateChallenge(input: $input) {\n      ...ChallengeAdminFields\n    }\n  }\n": types.UpdateChallengeDocument,
    "\n  mutation ChangeChallengeState($input: ChangeChallengeStateInput!) {\n    changeChallengeState(input: $input) {\n      ...ChallengeAdminFields\n    }\n  }\n": types.ChangeChallengeStateDocument,
    "\n  mutation SubmitIdea($input: SubmitIdeaInput!) {\n    submitIdea(input: $input) {\n      id\n      challengeId\n    }\n  }\n": types.SubmitIdeaDocument,
    "\n  mutation UpdateIdea($input: UpdateIdeaInput!) {\n    updateIdea(input: $input) {\n      id\n      title\n      description\n      tags\n      editedAt\n      attachments {\n        id\n        url\n        contentType\n        width\n        height\n        bytes\n      }\n    }\n  }\n": types.UpdateIdeaDocument,
    "\n  mutation WithdrawIdea($id: ID!) {\n    withdrawIdea(id: $id) {\n      id\n      status\n      withdrawnAt\n      viewer {\n        canEdit\n        canWithdraw\n      }\n    }\n  }\n": types.WithdrawIdeaDocument,
    "\n  mutation SupportIdea($id: ID!) {\n    supportIdea(id: $id) {\n      id\n      supportCount\n      viewer {\n        supported\n      }\n    }\n  }\n": types.SupportIdeaDocument,
    "\n  mutation WithdrawIdeaSupport($id: ID!) {\n    withdrawIdeaSupport(id: $id) {\n      id\n      supportCount\n      viewer {\n        supported\n      }\n    }\n  }\n": types.WithdrawIdeaSupportDocument,
    "\n  mutation FollowIdea($id: ID!) {\n    followIdea(id: $id) {\n      id\n      followerCount\n      viewer {\n        following\n      }\n    }\n  }\n": types.FollowIdeaDocument,
    "\n  mutation UnfollowIdea($id: ID!) {\n    unfollowIdea(id: $id) {\n      id\n      followerCount\n      viewer {\n        following\n      }\n    }\n  }\n": types.UnfollowIdeaDocument,
    "\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      ...CommentFields\n      replies {\n        ...CommentFields\n      }\n    }\n  }\n": types.AddCommentDocument,
    "\n  mutation UpdateComment($input: UpdateCommentInput!) {\n    updateComment(input: $input) {\n      ...CommentFields\n    }\n  }\n": types.UpdateCommentDocument,
    "\n  mutation DeleteComment($id: ID!) {\n    deleteComment(id: $id)\n  }\n": types.DeleteCommentDocument,
    "\n  mutation ReportContent($input: ReportContentInput!) {\n    reportContent(input: $input) {\n      contentId\n      kind\n    }\n  }\n": types.ReportContentDocument,
    "\n  fragment ChallengeSummaryFields on Challenge {\n    id\n    title\n    state\n    phase\n    opensAt\n    closesAt\n    ideaCount\n    trajectoryId\n    trajectoryTitle\n    prize\n  }\n": types.ChallengeSummaryFieldsFragmentDoc,
    "\n  query OpenChallenges($first: Int!, $after: String) {\n    openChallenges(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...ChallengeSummaryFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.OpenChallengesDocument,
    "\n  query TrajectoryOpenChallenges($trajectoryId: ID!, $first: Int!, $after: String) {\n    challenges(trajectoryId: $trajectoryId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...ChallengeSummaryFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.TrajectoryOpenChallengesDocument,
    "\n  query Challenge($id: ID!) {\n    challenge(id: $id) {\n      ...ChallengeSummaryFields\n      id\n      title\n      state\n      problemStatement\n      rules\n      createdAt\n      viewer {\n        canSubmit\n        canEdit\n        canModerate\n      }\n    }\n  }\n": types.ChallengeDocument,
    "\n  fragment IdeaCardFields on Idea {\n    id\n    challengeId\n    title\n    description\n    tags\n    anonymous\n    author {\n      id\n      name\n      anonymous\n    }\n    supportCount\n    commentCount\n    createdAt\n    hidden\n    status\n    feedback {\n      status\n      respondedAt\n    }\n    viewer {\n      supported\n      isAuthor\n    }\n  }\n": types.IdeaCardFieldsFragmentDoc,
    "\n  query Ideas(\n    $challengeId: ID!\n    $first: Int!\n    $after: String\n    $sort: IdeaSort!\n    $state: IdeaListState!\n    $tag: String\n    $mine: Boolean!\n  ) {\n    ideas(\n      challengeId: $challengeId\n      first: $first\n      after: $after\n      sort: $sort\n      state: $state\n      tag: $tag\n      mine: $mine\n    ) {\n      edges {\n        cursor\n        node {\n          ...IdeaCardFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.IdeasDocument,
    "\n  fragment CommentFields on Comment {\n    id\n    inputId\n    parentId\n    body\n    anonymous\n    author {\n      id\n      name\n      anonymous\n    }\n    createdAt\n    editedAt\n    deleted\n    hidden\n    hiddenReason\n    viewer {\n      canEdit\n      canDelete\n      isAuthor\n    }\n  }\n": types.CommentFieldsFragmentDoc,
    "\n  query Idea($id: ID!) {\n    idea(id: $id) {\n      ...IdeaCardFields\n      phase\n      trajectoryId\n      editedAt\n      withdrawnAt\n      hiddenReason\n      followerCount\n      attachments {\n        id\n        url\n        contentType\n        width\n        height\n        bytes\n        description\n      }\n      challenge {\n        id\n        title\n        state\n        viewer {\n          canSubmit\n        }\n      }\n      viewer {\n        supported\n        following\n        isAuthor\n        canEdit\n        canWithdraw\n      }\n    }\n  }\n": types.IdeaDocument,
    "\n  query IdeaComments($id: ID!, $first: Int!, $after: String) {\n    idea(id: $id) {\n      id\n      commentCount\n      comments(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            ...CommentFields\n            replies {\n              ...CommentFields\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.IdeaCommentsDocument,
    "\n  query SimilarIdeas($challengeId: ID!, $text: String!) {\n    similarIdeas(challengeId: $challengeId, text: $text) {\n      id\n      title\n      score\n    }\n  }\n": types.SimilarIdeasDocument,
    "\n  query ChallengeTags($id: ID!) {\n    challenge(id: $id) {\n      id\n      tags {\n        tag\n        count\n      }\n    }\n  }\n": types.ChallengeTagsDocument,
    "\n  query DevMailbox($first: Int!, $after: String) {\n    devMailbox(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          to\n          subject\n          text\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.DevMailboxDocument,
    "\n  query ChallengeEvaluation($challengeId: ID!) {\n    challengeEvaluation(challengeId: $challengeId) {\n      challengeId\n      canScore\n      canDecide\n      criteria {\n        id\n        nameNl\n        nameEn\n        weight\n        position\n      }\n      progress {\n        jurorId\n        name\n        scored\n        toScore\n      }\n      ranking {\n        ideaId\n        title\n        rank\n        score\n        jurorCount\n        shortlisted\n        winner\n        invitedRole\n        scoredByMe\n        criterionAverages {\n          criterionId\n          average\n        }\n      }\n    }\n  }\n": types.ChallengeEvaluationDocument,
    "\n  query JuryChallenge($id: ID!) {\n    challenge(id: $id) {\n      id\n      title\n      state\n      trajectoryId\n      trajectoryTitle\n      viewer {\n        canEdit\n      }\n    }\n  }\n": types.JuryChallengeDocument,
    "\n  query JuryIdea($id: ID!) {\n    idea(id: $id) {\n      id\n      title\n      description\n      tags\n      anonymous\n      author {\n        name\n        anonymous\n      }\n      supportCount\n      commentCount\n    }\n  }\n": types.JuryIdeaDocument,
    "\n  query IdeaEvaluations($ideaId: ID!) {\n    ideaEvaluations(ideaId: $ideaId) {\n      id\n      ideaId\n      jurorId\n      jurorName\n      comment\n      updatedAt\n      scores {\n        criterionId\n        score\n      }\n    }\n  }\n": types.IdeaEvaluationsDocument,
    "\n  mutation ScoreIdea($input: ScoreIdeaInput!) {\n    scoreIdea(input: $input) {\n      id\n      ideaId\n      jurorId\n      jurorName\n      comment\n      updatedAt\n      scores {\n        criterionId\n        score\n      }\n    }\n  }\n": types.ScoreIdeaDocument,
    "\n  mutation SetIdeaShortlisted($input: SetIdeaShortlistedInput!) {\n    setIdeaShortlisted(input: $input) {\n      ideaId\n      shortlisted\n      winner\n    }\n  }\n": types.SetIdeaShortlistedDocument,
    "\n  mutation SetIdeaWinner($input: SetIdeaWinnerInput!) {\n    setIdeaWinner(input: $input) {\n      ideaId\n      shortlisted\n      winner\n    }\n  }\n": types.SetIdeaWinnerDocument,
    "\n  mutation InviteWinner($input: InviteWinnerInput!) {\n    inviteWinner(input: $input) {\n      ideaId\n      invitedRole\n      invitedAt\n    }\n  }\n": types.InviteWinnerDocument,
    "\n  fragment FeedbackFields on Feedback {\n    status\n    response\n    respondedAt\n    firstRespondedAt\n    dueAt\n    overdue\n    responder {\n      id\n      name\n      anonymous\n    }\n    mergedInto {\n      id\n      title\n      path\n    }\n    links {\n      kind\n      targetId\n      title\n      path\n      url\n    }\n  }\n": types.FeedbackFieldsFragmentDoc,
    "\n  fragment InputSummaryFields on InputSummary {\n    id\n    kind\n    title\n    excerpt\n    path\n    phase\n    containerTitle\n    createdAt\n    supportCount\n    commentCount\n    followerCount\n    canRespond\n    trajectory {\n      id\n      title\n    }\n    author {\n      id\n      name\n      anonymous\n    }\n    feedback {\n      ...FeedbackFields\n    }\n  }\n": types.InputSummaryFieldsFragmentDoc,
    "\n  fragment FeedbackEntryFields on FeedbackEntry {\n    id\n    status\n    text\n    createdAt\n    responder {\n      id\n      name\n      anonymous\n    }\n    links {\n      kind\n      targetId\n      title\n      path\n      url\n    }\n    mergedInto {\n      id\n      title\n      path\n    }\n  }\n": types.FeedbackEntryFieldsFragmentDoc,
    "\n  query InputFeedback($id: ID!) {\n    input(id: $id) {\n      id\n      kind\n      title\n      path\n      canRespond\n      trajectory {\n        id\n        title\n      }\n      feedback {\n        ...FeedbackFields\n        history {\n          ...FeedbackEntryFields\n        }\n      }\n    }\n  }\n": types.InputFeedbackDocument,
    "\n  query FeedbackInbox($filter: FeedbackInboxFilter, $first: Int!, $after: String) {\n    feedbackInbox(filter: $filter, first: $first, after: $after) {\n      totalCount\n      overdueCount\n      edges {\n        cursor\n        node {\n          ...InputSummaryFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.FeedbackInboxDocument,
    "\n  query FeedbackInboxIds($filter: FeedbackInboxFilter, $first: Int!, $after: String) {\n    feedbackInbox(filter: $filter, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          canRespond\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.FeedbackInboxIdsDocument,
    "\n  query FeedbackBoard(\n    $trajectoryId: ID\n    $filter: FeedbackBoardFilter\n    $first: Int!\n    $after: String\n  ) {\n    feedbackBoard(trajectoryId: $trajectoryId, filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...InputSummaryFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.FeedbackBoardDocument,
    "\n  fragment FeedbackTemplateFields on FeedbackTemplate {\n    id\n    title\n    status\n    text\n    trajectory {\n      id\n      title\n    }\n  }\n": types.FeedbackTemplateFieldsFragmentDoc,
    "\n  query FeedbackTemplates($trajectoryId: ID) {\n    feedbackTemplates(trajectoryId: $trajectoryId) {\n      ...FeedbackTemplateFields\n    }\n  }\n": types.FeedbackTemplatesDocument,
    "\n  mutation CreateFeedbackTemplate($input: FeedbackTemplateInput!) {\n    createFeedbackTemplate(input: $input) {\n      ...FeedbackTemplateFields\n    }\n  }\n": types.CreateFeedbackTemplateDocument,
    "\n  mutation UpdateFeedbackTemplate($id: ID!, $input: FeedbackTemplateInput!) {\n    updateFeedbackTemplate(id: $id, input: $input) {\n      ...FeedbackTemplateFields\n    }\n  }\n": types.UpdateFeedbackTemplateDocument,
    "\n  mutation DeleteFeedbackTemplate($id: ID!) {\n    deleteFeedbackTemplate(id: $id)\n  }\n": types.DeleteFeedbackTemplateDocument,
    "\n  mutation RespondToInput($input: RespondToInputInput!) {\n    respondToInput(input: $input) {\n      id\n      feedback {\n        ...FeedbackFields\n      }\n    }\n  }\n": types.RespondToInputDocument,
    "\n  mutation MergeInput($input: MergeInputInput!) {\n    mergeInput(input: $input) {\n      id\n      title\n      path\n    }\n  }\n": types.MergeInputDocument,
    "\n  fragment BulkFeedbackJobFields on BulkFeedbackJob {\n    id\n    state\n    total\n    done\n    failed\n    errors\n  }\n": types.BulkFeedbackJobFieldsFragmentDoc,
    "\n  mutation BulkRespond($input: BulkRespondInput!) {\n    bulkRespond(input: $input) {\n      ...BulkFeedbackJobFields\n    }\n  }\n": types.BulkRespondDocument,
    "\n  query BulkFeedbackJob($id: ID!) {\n    bulkFeedbackJob(id: $id) {\n      ...BulkFeedbackJobFields\n    }\n  }\n": types.BulkFeedbackJobDocument,
    "\n  query FeedbackMetrics($trajectoryId: ID, $groupBy: FeedbackMetricsGroup!) {\n    feedbackMetrics(trajectoryId: $trajectoryId, groupBy: $groupBy) {\n      key\n      label\n      total\n      answered\n      answeredShare\n      medianFirstResponseHours\n      overdue\n    }\n  }\n": types.FeedbackMetricsDocument,
    "\n  query TrajectoryDecisions($id: ID!) {\n    trajectory(id: $id) {\n      id\n      decisions {\n        id\n        outcome\n        decidedOn\n      }\n    }\n  }\n": types.TrajectoryDecisionsDocument,
    "\n  query FeedbackTrajectories($mine: Boolean!) {\n    trajectories(first: 100, mine: $mine) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n": types.FeedbackTrajectoriesDocument,
    "\n  fragment ModerationItemFields on ModerationItem {\n    id\n    kind\n    contentId\n    trajectoryId\n    title\n    excerpt\n    path\n    hidden\n    autoHidden\n    hiddenReason\n    openReportCount\n    lastReportedAt\n    moderatedAt\n    reasonCounts {\n      reason\n      count\n    }\n    reports {\n      reason\n      text\n      createdAt\n    }\n  }\n": types.ModerationItemFieldsFragmentDoc,
    "\n  query ModerationQueue($status: ModerationQueueStatus!, $first: Int!, $after: String) {\n    moderationQueue(status: $status, first: $first, after: $after) {\n      edges {\n        node {\n          ...ModerationItemFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.ModerationQueueDocument,
    "\n  mutation HideContent($input: HideContentInput!) {\n    hideContent(input: $input) {\n      ...ModerationItemFields\n    }\n  }\n": types.HideContentDocument,
    "\n  mutation RestoreContent($input: ModerationDecisionInput!) {\n    restoreContent(input: $input) {\n      ...ModerationItemFields\n    }\n  }\n": types.RestoreContentDocument,
    "\n  mutation DismissReports($input: ModerationDecisionInput!) {\n    dismissReports(input: $input) {\n      ...ModerationItemFields\n    }\n  }\n": types.DismissReportsDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": types.UnreadNotificationCountDocument,
    "\n  fragment NotificationFields on Notification {\n    id\n    type\n    title\n    body\n    path\n    createdAt\n    read\n  }\n": types.NotificationFieldsFragmentDoc,
    "\n  query Notifications($first: Int!, $after: String, $unreadOnly: Boolean!) {\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      unreadCount\n      edges {\n        cursor\n        node {\n          ...NotificationFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.NotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n": types.MarkNotificationsReadDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n": types.MarkAllNotificationsReadDocument,
    "\n  query NotificationPreferences {\n    notificationPreferences {\n      type\n      inApp\n      email\n    }\n  }\n": types.NotificationPreferencesDocument,
    "\n  mutation UpdateNotificationPreferences($input: [NotificationPreferenceInput!]!) {\n    updateNotificationPreferences(input: $input) {\n      type\n      inApp\n      email\n    }\n  }\n": types.UpdateNotificationPreferencesDocument,
    "\n  mutation Unsubscribe($token: String!) {\n    unsubscribe(token: $token)\n  }\n": types.UnsubscribeDocument,
    "\n  mutation CreateOrgUnit($input: CreateOrgUnitInput!) {\n    createOrgUnit(input: $input) {\n      id\n      ...OrgUnitFields\n    }\n  }\n": types.CreateOrgUnitDocument,
    "\n  mutation RenameOrgUnit($input: RenameOrgUnitInput!) {\n    renameOrgUnit(input: $input) {\n      id\n      name\n    }\n  }\n": types.RenameOrgUnitDocument,
    "\n  mutation MoveOrgUnit($input: MoveOrgUnitInput!) {\n    moveOrgUnit(input: $input) {\n      id\n      parentId\n    }\n  }\n": types.MoveOrgUnitDocument,
    "\n  mutation ArchiveOrgUnit($id: ID!) {\n    archiveOrgUnit(id: $id) {\n      id\n      archivedAt\n    }\n  }\n": types.ArchiveOrgUnitDocument,
    "\n  fragment OrgUnitFields on OrgUnit {\n    id\n    name\n    parentId\n    archivedAt\n  }\n": types.OrgUnitFieldsFragmentDoc,
    "\n  query OrgUnits {\n    orgUnits {\n      id\n      ...OrgUnitFields\n    }\n  }\n": types.OrgUnitsDocument,
    "\n  query Organisation {\n    organisation {\n      id\n      name\n      logoUrl\n    }\n  }\n": types.OrganisationDocument,
    "\n  query MyPersonalData {\n    myPersonalData {\n      fileName\n      json\n      generatedAt\n    }\n  }\n": types.MyPersonalDataDocument,
    "\n  query PersonalData($id: ID!) {\n    personalData(id: $id) {\n      fileName\n      json\n      generatedAt\n    }\n  }\n": types.PersonalDataDocument,
    "\n  query PlatformStatus {\n    platformStatus {\n      version\n      runtimeMode\n      databaseDriver\n      jobDriver\n      workerLastSeenAt\n    }\n  }\n": types.PlatformStatusDocument,
    "\n  query PulseAnswerRound($id: ID!) {\n    pulseRound(id: $id) {\n      id\n      surveyId\n      surveyTitle\n      surveyDescription\n      number\n      state\n      opensAt\n      closesAt\n      closedAt\n      resultsAvailable\n      promise {\n        k\n        kComments\n        privacyPath\n        text {\n          nl\n          en\n        }\n      }\n      dimensions {\n        key\n        name {\n          nl\n          en\n        }\n      }\n      questions {\n        key\n        type\n        dimension\n        required\n        text {\n          nl\n          en\n        }\n        lowLabel {\n          nl\n          en\n        }\n        highLabel {\n          nl\n          en\n        }\n        options {\n          key\n          label {\n            nl\n            en\n          }\n        }\n      }\n      viewer {\n        asked\n        answered\n        canAnswer\n      }\n    }\n  }\n": types.PulseAnswerRoundDocument,
    "\n  mutation SubmitPulseResponse($input: SubmitPulseResponseInput!) {\n    submitPulseResponse(input: $input) {\n      roundId\n      answered\n      round {\n        id\n        state\n        closesAt\n        resultsAvailable\n        viewer {\n          asked\n          answered\n          canAnswer\n        }\n      }\n    }\n  }\n": types.SubmitPulseResponseDocument,
    "\n  query MyPulseRounds {\n    myPulseRounds(first: 20) {\n      id\n      surveyId\n      surveyTitle\n      number\n      state\n      opensAt\n      closesAt\n      closedAt\n      resultsAvailable\n      viewer {\n        asked\n        answered\n        canAnswer\n      }\n    }\n  }\n": types.MyPulseRoundsDocument,
    "\n  query PulseAnswerManageable {\n    pulseSurveys(first: 100) {\n      id\n      viewer {\n        canManage\n      }\n    }\n  }\n": types.PulseAnswerManageableDocument,
    "\n  fragment PulseActionFields on PulseAction {\n    id\n    roundId\n    trajectoryId\n    title\n    description\n    dimension\n    questionKey\n    path\n    createdAt\n    updatedAt\n    followerCount\n    createdBy {\n      id\n      name\n      anonymous\n    }\n    viewer {\n      canManage\n      following\n    }\n    feedback {\n      ...FeedbackFields\n      history {\n        ...FeedbackEntryFields\n      }\n    }\n  }\n": types.PulseActionFieldsFragmentDoc,
    "\n  mutation CreatePulseAction($input: CreatePulseActionInput!) {\n    createPulseAction(input: $input) {\n      ...PulseActionFields\n    }\n  }\n": types.CreatePulseActionDocument,
    "\n  mutation UpdatePulseAction($input: UpdatePulseActionInput!) {\n    updatePulseAction(input: $input) {\n      ...PulseActionFields\n    }\n  }\n": types.UpdatePulseActionDocument,
    "\n  mutation FollowPulseAction($id: ID!, $follow: Boolean!) {\n    followPulseAction(id: $id, follow: $follow) {\n      id\n      followerCount\n      viewer {\n        canManage\n        following\n      }\n    }\n  }\n": types.FollowPulseActionDocument,
    "\n  fragment PulseQuestionFields on PulseQuestion {\n    key\n    type\n    dimension\n    enps\n    required\n    text {\n      nl\n      en\n    }\n    lowLabel {\n      nl\n      en\n    }\n    highLabel {\n      nl\n      en\n    }\n    options {\n      key\n      favourable\n      label {\n        nl\n        en\n      }\n    }\n  }\n": types.PulseQuestionFieldsFragmentDoc,
    "\n  fragment PulseRoundSummary on PulseRound {\n    id\n    number\n    state\n    opensAt\n    closesAt\n    closedAt\n    phase\n    audienceSize\n    responseCount\n    resultsAvailable\n  }\n": types.PulseRoundSummaryFragmentDoc,
    "\n  fragment PulseSurveyFields on PulseSurvey {\n    id\n    title\n    description\n    trajectoryId\n    phase\n    archived\n    createdAt\n    orgUnitIds\n    k\n    kComments\n    effectiveK\n    effectiveKComments\n    recurrenceWeeks\n    roundDays\n    nextRoundAt\n    reminders\n    templates {\n      key\n      version\n    }\n    dimensions {\n      key\n      name {\n        nl\n        en\n      }\n    }\n    questions {\n      ...PulseQuestionFields\n    }\n    rounds {\n      ...PulseRoundSummary\n    }\n    viewer {\n      canManage\n    }\n  }\n": types.PulseSurveyFieldsFragmentDoc,
    "\n  query PulseSurveys($trajectoryId: ID) {\n    pulseSurveys(first: 100, trajectoryId: $trajectoryId) {\n      id\n      title\n      trajectoryId\n      phase\n      archived\n      recurrenceWeeks\n      nextRoundAt\n      rounds {\n        ...PulseRoundSummary\n      }\n      viewer {\n        canManage\n      }\n    }\n  }\n": types.PulseSurveysDocument,
    "\n  query PulseSurvey($id: ID!) {\n    pulseSurvey(id: $id) {\n      ...PulseSurveyFields\n    }\n  }\n": types.PulseSurveyDocument,
    "\n  query PulseTemplates {\n    pulseTemplates {\n      key\n      version\n      name {\n        nl\n        en\n      }\n      description {\n        nl\n        en\n      }\n      questions {\n        ...PulseQuestionFields\n      }\n    }\n  }\n": types.PulseTemplatesDocument,
    "\n  query PulseTrajectories {\n    trajectories(first: 100) {\n      edges {\n        node {\n          id\n          title\n          phase\n          viewer {\n            canEdit\n          }\n        }\n      }\n    }\n  }\n": types.PulseTrajectoriesDocument,
    "\n  mutation CreatePulseSurvey($input: CreatePulseSurveyInput!) {\n    createPulseSurvey(input: $input) {\n      ...PulseSurveyFields\n    }\n  }\n": types.CreatePulseSurveyDocument,
    "\n  mutation UpdatePulseSurvey($input: UpdatePulseSurveyInput!) {\n    updatePulseSurvey(input: $input) {\n      ...PulseSurveyFields\n    }\n  }\n": types.UpdatePulseSurveyDocument,
    "\n  mutation SchedulePulseRound($input: SchedulePulseRoundInput!) {\n    schedulePulseRound(input: $input) {\n      ...PulseSurveyFields\n    }\n  }\n": types.SchedulePulseRoundDocument,
    "\n  mutation ClosePulseRound($id: ID!) {\n    closePulseRound(id: $id) {\n      ...PulseSurveyFields\n    }\n  }\n": types.ClosePulseRoundDocument,
    "\n  query PulseResults($roundId: ID!, $orgUnitId: ID) {\n    pulseResults(roundId: $roundId, orgUnitId: $orgUnitId) {\n      roundId\n      surveyId\n      released\n      k\n      kComments\n      dimensions {\n        key\n        name {\n          nl\n          en\n        }\n      }\n      questions {\n        ...PulseQuestionFields\n      }\n      nodes {\n        orgUnitId\n        parentOrgUnitId\n        name\n        depth\n        audience\n        hidden\n        hiddenReason\n        responses\n        responseRate\n        commentsVisible\n        comments {\n          questionKey\n          text\n        }\n        dimensions {\n          key\n          score\n          favourableShare\n        }\n        questions {\n          key\n          answers\n          mean\n          favourableShare\n          enps\n          distribution {\n            value\n            choice\n            count\n          }\n        }\n      }\n      actions {\n        ...PulseActionFields\n      }\n    }\n  }\n": types.PulseResultsDocument,
    "\n  query PulseResultsCsv($roundId: ID!, $orgUnitId: ID) {\n    pulseResultsCsv(roundId: $roundId, orgUnitId: $orgUnitId)\n  }\n": types.PulseResultsCsvDocument,
    "\n  query PulseTrend($surveyId: ID!, $orgUnitId: ID) {\n    pulseTrend(surveyId: $surveyId, orgUnitId: $orgUnitId) {\n      surveyId\n      orgUnitId\n      points {\n        roundId\n        number\n        closesAt\n        phase\n        shown\n        responses\n        enps\n        dimensions {\n          key\n          score\n          favourableShare\n        }\n      }\n      phases {\n        phase\n        rounds\n        responses\n        enps\n        dimensions {\n          key\n          score\n          favourableShare\n        }\n      }\n    }\n  }\n": types.PulseTrendDocument,
    "\n  fragment SimPhaseCard_phase on SimPhaseInfo {\n    phase\n    number\n    name {\n      nl\n      en\n    }\n    summary {\n      nl\n      en\n    }\n  }\n": types.SimPhaseCard_PhaseFragmentDoc,
    "\n  query SimPhases {\n    simPhases {\n      phase\n      number\n      ...SimPhaseCard_phase\n    }\n  }\n": types.SimPhasesDocument,
    "\n  mutation CreateTrajectory($input: CreateTrajectoryInput!) {\n    createTrajectory(input: $input) {\n      id\n      title\n    }\n  }\n": types.CreateTrajectoryDocument,
    "\n  mutation ChangePhase($input: ChangePhaseInput!) {\n    changePhase(input: $input) {\n      id\n      phase\n      phaseNumber\n      updatedAt\n      phaseHistory {\n        id\n        at\n        fromPhase\n        toPhase\n        steppedBack\n        reason\n        actor {\n          id\n          name\n        }\n      }\n      successCriteria {\n        id\n        lockedAt\n      }\n    }\n  }\n": types.ChangePhaseDocument,
    "\n  mutation SetMandate($input: SetMandateInput!) {\n    setMandate(input: $input) {\n      budget\n      deadline\n      decisionSpace\n      constraints\n      recordedAt\n      updatedAt\n    }\n  }\n": types.SetMandateDocument,
    "\n  mutation CreateDecisionRule($input: CreateDecisionRuleInput!) {\n    createDecisionRule(input: $input) {\n      id\n      topic\n      phase\n      decidedBy\n      participationLevel\n      employeeInvolvement\n      agreedAt\n    }\n  }\n": types.CreateDecisionRuleDocument,
    "\n  mutation RecordDecision($input: RecordDecisionInput!) {\n    recordDecision(input: $input) {\n      id\n      ruleId\n      outcome\n      rationale\n      decidedOn\n      inputResponse\n      informingInputIds\n      recordedAt\n    }\n  }\n": types.RecordDecisionDocument,
    "\n  mutation CreateStakeholder($input: CreateStakeholderInput!) {\n    createStakeholder(input: $input) {\n      id\n      name\n      kind\n      influence\n      stance\n      employerInterests\n      employeeInterests\n      involvement\n      orgUnitId\n    }\n  }\n": types.CreateStakeholderDocument,
    "\n  mutation CreateSuccessCriterion($input: CreateSuccessCriterionInput!) {\n    createSuccessCriterion(input: $input) {\n      id\n      ...SuccessCriterionFields\n    }\n  }\n": types.CreateSuccessCriterionDocument,
    "\n  mutation CreateSolutionOption($input: CreateSolutionOptionInput!) {\n    createSolutionOption(input: $input) {\n      id\n      trajectoryId\n      title\n      description\n      effects {\n        aspect\n        rating\n        explanation\n      }\n      businessCase {\n        id\n        kind\n        description\n        amount\n        rating\n      }\n    }\n  }\n": types.CreateSolutionOptionDocument,
    "\n  mutation SetOptionEffect($input: SetOptionEffectInput!) {\n    setOptionEffect(input: $input) {\n      id\n      effects {\n        aspect\n        rating\n        explanation\n      }\n    }\n  }\n": types.SetOptionEffectDocument,
    "\n  mutation AddBusinessCaseItem($input: AddBusinessCaseItemInput!) {\n    addBusinessCaseItem(input: $input) {\n      id\n      kind\n      description\n      amount\n      rating\n    }\n  }\n": types.AddBusinessCaseItemDocument,
    "\n  mutation UpdateTrajectory($input: UpdateTrajectoryInput!) {\n    updateTrajectory(input: $input) {\n      id\n      title\n      problemStatement\n      goals\n      visibility\n      orgUnitIds\n      responseTargetDays\n      updatedAt\n      owner {\n        id\n        name\n      }\n    }\n  }\n": types.UpdateTrajectoryDocument,
    "\n  mutation AddTeamMember($input: AddTeamMemberInput!) {\n    addTeamMember(input: $input) {\n      id\n      role\n      userId\n    }\n  }\n": types.AddTeamMemberDocument,
    "\n  mutation RemoveTeamMember($id: ID!) {\n    removeTeamMember(id: $id)\n  }\n": types.RemoveTeamMemberDocument,
    "\n  mutation UpdateDecisionRule($input: UpdateDecisionRuleInput!) {\n    updateDecisionRule(input: $input) {\n      id\n      topic\n      phase\n      decidedBy\n      participationLevel\n      employeeInvolvement\n      agreedAt\n    }\n  }\n": types.UpdateDecisionRuleDocument,
    "\n  mutation DeleteDecisionRule($id: ID!) {\n    deleteDecisionRule(id: $id)\n  }\n": types.DeleteDecisionRuleDocument,
    "\n  mutation UpdateStakeholder($input: UpdateStakeholderInput!) {\n    updateStakeholder(input: $input) {\n      id\n      name\n      kind\n      influence\n      stance\n      employerInterests\n      employeeInterests\n      involvement\n      orgUnitId\n    }\n  }\n": types.UpdateStakeholderDocument,
    "\n  mutation DeleteStakeholder($id: ID!) {\n    deleteStakeholder(id: $id)\n  }\n": types.DeleteStakeholderDocument,
    "\n  mutation UpdateSuccessCriterion($input: UpdateSuccessCriterionInput!) {\n    updateSuccessCriterion(input: $input) {\n      id\n      ...SuccessCriterionFields\n    }\n  }\n": types.UpdateSuccessCriterionDocument,
    "\n  mutation DeleteSuccessCriterion($id: ID!) {\n    deleteSuccessCriterion(id: $id)\n  }\n": types.DeleteSuccessCriterionDocument,
    "\n  mutation RecordCriterionResult($input: RecordCriterionResultInput!) {\n    recordCriterionResult(input: $input) {\n      id\n      phase\n      value\n      verdict\n      measuredOn\n      note\n    }\n  }\n": types.RecordCriterionResultDocument,
    "\n  mutation UpdateSolutionOption($input: UpdateSolutionOptionInput!) {\n    updateSolutionOption(input: $input) {\n      id\n      title\n      description\n    }\n  }\n": types.UpdateSolutionOptionDocument,
    "\n  mutation DeleteSolutionOption($id: ID!) {\n    deleteSolutionOption(id: $id)\n  }\n": types.DeleteSolutionOptionDocument,
    "\n  mutation UpdateBusinessCaseItem($input: UpdateBusinessCaseItemInput!) {\n    updateBusinessCaseItem(input: $input) {\n      id\n      kind\n      description\n      amount\n      rating\n    }\n  }\n": types.UpdateBusinessCaseItemDocument,
    "\n  mutation DeleteBusinessCaseItem($id: ID!) {\n    deleteBusinessCaseItem(id: $id)\n  }\n": types.DeleteBusinessCaseItemDocument,
    "\n  mutation InviteValuator($input: ValuationInviteInput!) {\n    inviteValuator(input: $input)\n  }\n": types.InviteValuatorDocument,
    "\n  mutation RemoveValuator($input: ValuationInviteInput!) {\n    removeValuator(input: $input)\n  }\n": types.RemoveValuatorDocument,
    "\n  mutation RateOption($input: RateOptionInput!) {\n    rateOption(input: $input) {\n      id\n      optionId\n      stakeholderId\n      score\n      comment\n    }\n  }\n": types.RateOptionDocument,
    "\n  mutation UpdateDecision($input: UpdateDecisionInput!) {\n    updateDecision(input: $input) {\n      id\n      ruleId\n      outcome\n      rationale\n      decidedOn\n      inputResponse\n      informingInputIds\n      recordedAt\n    }\n  }\n": types.UpdateDecisionDocument,
    "\n  mutation DeleteDecision($id: ID!) {\n    deleteDecision(id: $id)\n  }\n": types.DeleteDecisionDocument,
    "\n  fragment SuccessCriterionFields on SuccessCriterion {\n    id\n    metric\n    target\n    howMeasured\n    dimension\n    agreedOn\n    agreedBy\n    lockedAt\n    results {\n      id\n      phase\n      value\n      verdict\n      measuredOn\n      note\n    }\n  }\n": types.SuccessCriterionFieldsFragmentDoc,
    "\n  query Trajectories(\n    $first: Int!\n    $after: String\n    $phase: SimPhase\n    $orgUnitId: ID\n    $mine: Boolean!\n  ) {\n    trajectories(first: $first, after: $after, phase: $phase, orgUnitId: $orgUnitId, mine: $mine) {\n      edges {\n        cursor\n        node {\n          id\n          title\n          phase\n          phaseNumber\n          visibility\n          updatedAt\n          owner {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.TrajectoriesDocument,
    "\n  query Trajectory($id: ID!) {\n    trajectory(id: $id) {\n      id\n      title\n      problemStatement\n      goals\n      phase\n      phaseNumber\n      visibility\n      orgUnitIds\n      ownerId\n      responseTargetDays\n      createdAt\n      updatedAt\n      owner {\n        id\n        name\n      }\n      viewer {\n        canEdit\n        canSeeWorkspace\n        roles\n        invitedStakeholderIds\n        invitedStakeholders {\n          id\n          name\n        }\n        ratings {\n          id\n          optionId\n          stakeholderId\n          score\n          comment\n        }\n      }\n      phaseHistory {\n        id\n        at\n        fromPhase\n        toPhase\n        steppedBack\n        reason\n        actor {\n          id\n          name\n        }\n      }\n      mandate {\n        budget\n        deadline\n        decisionSpace\n        constraints\n        recordedAt\n        updatedAt\n      }\n      team {\n        id\n        role\n        userId\n        addedAt\n        person {\n          id\n          name\n        }\n      }\n      decisionRules {\n        id\n        topic\n        phase\n        decidedBy\n        participationLevel\n        employeeInvolvement\n        agreedAt\n      }\n      decisions {\n        id\n        ruleId\n        outcome\n        rationale\n        decidedOn\n        inputResponse\n        informingInputIds\n        recordedAt\n      }\n      stakeholders {\n        id\n        name\n        kind\n        influence\n        stance\n        employerInterests\n        employeeInterests\n        involvement\n        orgUnitId\n      }\n      successCriteria {\n        id\n        ...SuccessCriterionFields\n      }\n      solutionOptions {\n        id\n        trajectoryId\n        title\n        description\n        effects {\n          aspect\n          rating\n          explanation\n        }\n        businessCase {\n          id\n          kind\n          description\n          amount\n          rating\n        }\n      }\n      valuation {\n        stakeholderId\n        stakeholderName\n        scores {\n          optionId\n          averageScore\n          ratings\n        }\n      }\n      valuationInvites {\n        stakeholderId\n        userId\n        person {\n          id\n          name\n        }\n      }\n      simHealth {\n        checkId\n        phase\n        status\n        guideline {\n          nl\n          en\n        }\n        evidence {\n          nl\n          en\n        }\n        link {\n          section\n          itemId\n        }\n      }\n    }\n  }\n": types.TrajectoryDocument,
    "\n  query TrajectorySimHealth($id: ID!) {\n    trajectory(id: $id) {\n      id\n      simHealth {\n        checkId\n        phase\n        status\n        guideline {\n          nl\n          en\n        }\n        evidence {\n          nl\n          en\n        }\n        link {\n          section\n          itemId\n        }\n      }\n    }\n  }\n": types.TrajectorySimHealthDocument,
    "\n  query TrajectoryCandidates($trajectoryId: ID!, $search: String!) {\n    trajectoryCandidates(trajectoryId: $trajectoryId, search: $search, first: 10) {\n      id\n      name\n      email\n    }\n  }\n": types.TrajectoryCandidatesDocument,
    "\n  query SimPhaseGuidelines {\n    simPhases {\n      phase\n      guidelines {\n        nl\n        en\n      }\n    }\n  }\n": types.SimPhaseGuidelinesDocument,
    "\n  fragment UserImportFields on UserImport {\n    id\n    kind\n    dryRun\n    status\n    processedRows\n    totalRows\n    createdAt\n    finishedAt\n    problems {\n      line\n      column\n      code\n      message\n    }\n    summary {\n      created\n      updated\n      unchanged\n    }\n  }\n": types.UserImportFieldsFragmentDoc,
    "\n  mutation StartUserImport($input: StartUserImportInput!) {\n    startUserImport(input: $input) {\n      ...UserImportFields\n    }\n  }\n": types.StartUserImportDocument,
    "\n  query UserImport($id: ID!) {\n    userImport(id: $id) {\n      ...UserImportFields\n    }\n  }\n": types.UserImportDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      ...UserRow\n    }\n  }\n": types.CreateUserDocument,
    "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      id\n      ...UserRow\n    }\n  }\n": types.UpdateUserDocument,
    "\n  mutation DeactivateUser($id: ID!) {\n    deactivateUser(id: $id) {\n      id\n      deactivatedAt\n    }\n  }\n": types.DeactivateUserDocument,
    "\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      id\n      ...UserRow\n    }\n  }\n": types.InviteUserDocument,
    "\n  mutation ExportUsersCsv {\n    exportUsersCsv\n  }\n": types.ExportUsersCsvDocument,
    "\n  mutation EraseUser($input: EraseUserInput!) {\n    eraseUser(input: $input) {\n      user {\n        id\n        ...UserRow\n      }\n      counts {\n        section\n        kind\n        count\n      }\n    }\n  }\n": types.EraseUserDocument,
    "\n  fragment UserRow on User {\n    id\n    name\n    email\n    role\n    locale\n    primaryOrgUnitId\n    managedOrgUnitIds\n    deactivatedAt\n    erasedAt\n  }\n": types.UserRowFragmentDoc,
    "\n  query Users($first: Int!, $after: String, $search: String) {\n    users(first: $first, after: $after, search: $search) {\n      edges {\n        cursor\n        node {\n          id\n          ...UserRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.UsersDocument,
    "\n  query OwnerCandidates($search: String!) {\n    users(first: 20, search: $search, activeOnly: true) {\n      edges {\n        node {\n          id\n          name\n          email\n          deactivatedAt\n          erasedAt\n        }\n      }\n    }\n  }\n": types.OwnerCandidatesDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($input: TokenPasswordInput!) {\n    resetPassword(input: $input) {\n      ...CurrentUser\n    }\n  }\n"): (typeof documents)["\n  mutation ResetPassword($input: TokenPasswordInput!) {\n    resetPassword(input: $input) {\n      ...CurrentUser\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($input: TokenPasswordInput!) {\n    acceptInvitation(input: $input) {\n      ...CurrentUser\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation($input: TokenPasswordInput!) {\n    acceptInvitation(input: $input) {\n      ...CurrentUser\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditEvents($first: Int!, $after: String, $action: String) {\n    auditEvents(first: $first, after: $after, action: $action) {\n      edges {\n        cursor\n        node {\n          id\n          action\n          result\n          actorId\n          objectType\n          objectId\n          originIp\n          details\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditEvents($first: Int!, $after: String, $action: String) {\n    auditEvents(first: $first, after: $after, action: $action) {\n      edges {\n        cursor\n        node {\n          id\n          action\n          result\n          actorId\n          objectType\n          objectId\n          originIp\n          details\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CurrentUser on User {\n    id\n    name\n    email\n    role\n    locale\n    primaryOrgUnitId\n  }\n"): (typeof documents)["\n  fragment CurrentUser on User {\n    id\n    name\n    email\n    role\n    locale\n    primaryOrgUnitId\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...CurrentUser\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      ...CurrentUser\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RuntimeMode {\n    platformStatus {\n      runtimeMode\n    }\n    signInOptions {\n      singleSignOn {\n        displayName\n        startUrl\n      }\n    }\n  }\n"): (typeof documents)["\n  query RuntimeMode {\n    platformStatus {\n      runtimeMode\n    }\n    signInOptions {\n      singleSignOn {\n        displayName\n        startUrl\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...CurrentUser\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...CurrentUser\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMyProfile($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      ...CurrentUser\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMyProfile($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      ...CurrentUser\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChallengeAdminFields on Challenge {\n    id\n    title\n    problemStatement\n    rules\n    prize\n    phase\n    state\n    opensAt\n    closesAt\n    orgUnitIds\n    ideaCount\n    trajectoryId\n    trajectoryTitle\n    updatedAt\n    criteria {\n      id\n      nameNl\n      nameEn\n      weight\n      position\n    }\n    viewer {\n      canEdit\n      canModerate\n    }\n  }\n"): (typeof documents)["\n  fragment ChallengeAdminFields on Challenge {\n    id\n    title\n    problemStatement\n    rules\n    prize\n    phase\n    state\n    opensAt\n    closesAt\n    orgUnitIds\n    ideaCount\n    trajectoryId\n    trajectoryTitle\n    updatedAt\n    criteria {\n      id\n      nameNl\n      nameEn\n      weight\n      position\n    }\n    viewer {\n      canEdit\n      canModerate\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChallengeTrajectory($id: ID!) {\n    trajectory(id: $id) {\n      id\n      title\n      phase\n      viewer {\n        canEdit\n        canSeeWorkspace\n        roles\n      }\n    }\n  }\n"): (typeof documents)["\n  query ChallengeTrajectory($id: ID!) {\n    trajectory(id: $id) {\n      id\n      title\n      phase\n      viewer {\n        canEdit\n        canSeeWorkspace\n        roles\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrajectoryChallenges($trajectoryId: ID!, $first: Int!, $after: String) {\n    challenges(trajectoryId: $trajectoryId, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          title\n          state\n          phase\n          opensAt\n          closesAt\n          ideaCount\n          viewer {\n            canEdit\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query TrajectoryChallenges($trajectoryId: ID!, $first: Int!, $after: String) {\n    challenges(trajectoryId: $trajectoryId, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          title\n          state\n          phase\n          opensAt\n          closesAt\n          ideaCount\n          viewer {\n            canEdit\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChallengeAdmin($id: ID!) {\n    challenge(id: $id) {\n      ...ChallengeAdminFields\n    }\n  }\n"): (typeof documents)["\n  query ChallengeAdmin($id: ID!) {\n    challenge(id: $id) {\n      ...ChallengeAdminFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IdeasAwaitingResponse($challengeId: ID!, $first: Int!) {\n    challenge(id: $challengeId) {\n      id\n      awaitingResponseCount\n    }\n    ideasAwaitingResponse(challengeId: $challengeId, first: $first) {\n      id\n      title\n      description\n      createdAt\n      supportCount\n      commentCount\n      feedback {\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query IdeasAwaitingResponse($challengeId: ID!, $first: Int!) {\n    challenge(id: $challengeId) {\n      id\n      awaitingResponseCount\n    }\n    ideasAwaitingResponse(challengeId: $challengeId, first: $first) {\n      id\n      title\n      description\n      createdAt\n      supportCount\n      commentCount\n      feedback {\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateChallenge($input: CreateChallengeInput!) {\n    createChallenge(input: $input) {\n      ...ChallengeAdminFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateChallenge($input: CreateChallengeInput!) {\n    createChallenge(input: $input) {\n      ...ChallengeAdminFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateChallenge($input: UpdateChallengeInput!) {\n    updateChallenge(input: $input) {\n      ...ChallengeAdminFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateChallenge($input: UpdateChallengeInput!) {\n    updateChallenge(input: $input) {\n      ...ChallengeAdminFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeChallengeState($input: ChangeChallengeStateInput!) {\n    changeChallengeState(input: $input) {\n      ...ChallengeAdminFields\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeChallengeState($input: ChangeChallengeStateInput!) {\n    changeChallengeState(input: $input) {\n      ...ChallengeAdminFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitIdea($input: SubmitIdeaInput!) {\n    submitIdea(input: $input) {\n      id\n      challengeId\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitIdea($input: SubmitIdeaInput!) {\n    submitIdea(input: $input) {\n      id\n      challengeId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateIdea($input: UpdateIdeaInput!) {\n    updateIdea(input: $input) {\n      id\n      title\n      description\n      tags\n      editedAt\n      attachments {\n        id\n        url\n        contentType\n        width\n        height\n        bytes\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateIdea($input: UpdateIdeaInput!) {\n    updateIdea(input: $input) {\n      id\n      title\n      description\n      tags\n      editedAt\n      attachments {\n        id\n        url\n        contentType\n        width\n        height\n        bytes\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawIdea($id: ID!) {\n    withdrawIdea(id: $id) {\n      id\n      status\n      withdrawnAt\n      viewer {\n        canEdit\n        canWithdraw\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawIdea($id: ID!) {\n    withdrawIdea(id: $id) {\n      id\n      status\n      withdrawnAt\n      viewer {\n        canEdit\n        canWithdraw\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SupportIdea($id: ID!) {\n    supportIdea(id: $id) {\n      id\n      supportCount\n      viewer {\n        supported\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SupportIdea($id: ID!) {\n    supportIdea(id: $id) {\n      id\n      supportCount\n      viewer {\n        supported\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawIdeaSupport($id: ID!) {\n    withdrawIdeaSupport(id: $id) {\n      id\n      supportCount\n      viewer {\n        supported\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawIdeaSupport($id: ID!) {\n    withdrawIdeaSupport(id: $id) {\n      id\n      supportCount\n      viewer {\n        supported\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FollowIdea($id: ID!) {\n    followIdea(id: $id) {\n      id\n      followerCount\n      viewer {\n        following\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation FollowIdea($id: ID!) {\n    followIdea(id: $id) {\n      id\n      followerCount\n      viewer {\n        following\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnfollowIdea($id: ID!) {\n    unfollowIdea(id: $id) {\n      id\n      followerCount\n      viewer {\n        following\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UnfollowIdea($id: ID!) {\n    unfollowIdea(id: $id) {\n      id\n      followerCount\n      viewer {\n        following\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      ...CommentFields\n      replies {\n        ...CommentFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      ...CommentFields\n      replies {\n        ...CommentFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateComment($input: UpdateCommentInput!) {\n    updateComment(input: $input) {\n      ...CommentFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateComment($input: UpdateCommentInput!) {\n    updateComment(input: $input) {\n      ...CommentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteComment($id: ID!) {\n    deleteComment(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteComment($id: ID!) {\n    deleteComment(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportContent($input: ReportContentInput!) {\n    reportContent(input: $input) {\n      contentId\n      kind\n    }\n  }\n"): (typeof documents)["\n  mutation ReportContent($input: ReportContentInput!) {\n    reportContent(input: $input) {\n      contentId\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChallengeSummaryFields on Challenge {\n    id\n    title\n    state\n    phase\n    opensAt\n    closesAt\n    ideaCount\n    trajectoryId\n    trajectoryTitle\n    prize\n  }\n"): (typeof documents)["\n  fragment ChallengeSummaryFields on Challenge {\n    id\n    title\n    state\n    phase\n    opensAt\n    closesAt\n    ideaCount\n    trajectoryId\n    trajectoryTitle\n    prize\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpenChallenges($first: Int!, $after: String) {\n    openChallenges(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...ChallengeSummaryFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query OpenChallenges($first: Int!, $after: String) {\n    openChallenges(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...ChallengeSummaryFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrajectoryOpenChallenges($trajectoryId: ID!, $first: Int!, $after: String) {\n    challenges(trajectoryId: $trajectoryId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...ChallengeSummaryFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query TrajectoryOpenChallenges($trajectoryId: ID!, $first: Int!, $after: String) {\n    challenges(trajectoryId: $trajectoryId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...ChallengeSummaryFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Challenge($id: ID!) {\n    challenge(id: $id) {\n      ...ChallengeSummaryFields\n      id\n      title\n      state\n      problemStatement\n      rules\n      createdAt\n      viewer {\n        canSubmit\n        canEdit\n        canModerate\n      }\n    }\n  }\n"): (typeof documents)["\n  query Challenge($id: ID!) {\n    challenge(id: $id) {\n      ...ChallengeSummaryFields\n      id\n      title\n      state\n      problemStatement\n      rules\n      createdAt\n      viewer {\n        canSubmit\n        canEdit\n        canModerate\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IdeaCardFields on Idea {\n    id\n    challengeId\n    title\n    description\n    tags\n    anonymous\n    author {\n      id\n      name\n      anonymous\n    }\n    supportCount\n    commentCount\n    createdAt\n    hidden\n    status\n    feedback {\n      status\n      respondedAt\n    }\n    viewer {\n      supported\n      isAuthor\n    }\n  }\n"): (typeof documents)["\n  fragment IdeaCardFields on Idea {\n    id\n    challengeId\n    title\n    description\n    tags\n    anonymous\n    author {\n      id\n      name\n      anonymous\n    }\n    supportCount\n    commentCount\n    createdAt\n    hidden\n    status\n    feedback {\n      status\n      respondedAt\n    }\n    viewer {\n      supported\n      isAuthor\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Ideas(\n    $challengeId: ID!\n    $first: Int!\n    $after: String\n    $sort: IdeaSort!\n    $state: IdeaListState!\n    $tag: String\n    $mine: Boolean!\n  ) {\n    ideas(\n      challengeId: $challengeId\n      first: $first\n      after: $after\n      sort: $sort\n      state: $state\n      tag: $tag\n      mine: $mine\n    ) {\n      edges {\n        cursor\n        node {\n          ...IdeaCardFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Ideas(\n    $challengeId: ID!\n    $first: Int!\n    $after: String\n    $sort: IdeaSort!\n    $state: IdeaListState!\n    $tag: String\n    $mine: Boolean!\n  ) {\n    ideas(\n      challengeId: $challengeId\n      first: $first\n      after: $after\n      sort: $sort\n      state: $state\n      tag: $tag\n      mine: $mine\n    ) {\n      edges {\n        cursor\n        node {\n          ...IdeaCardFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommentFields on Comment {\n    id\n    inputId\n    parentId\n    body\n    anonymous\n    author {\n      id\n      name\n      anonymous\n    }\n    createdAt\n    editedAt\n    deleted\n    hidden\n    hiddenReason\n    viewer {\n      canEdit\n      canDelete\n      isAuthor\n    }\n  }\n"): (typeof documents)["\n  fragment CommentFields on Comment {\n    id\n    inputId\n    parentId\n    body\n    anonymous\n    author {\n      id\n      name\n      anonymous\n    }\n    createdAt\n    editedAt\n    deleted\n    hidden\n    hiddenReason\n    viewer {\n      canEdit\n      canDelete\n      isAuthor\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Idea($id: ID!) {\n    idea(id: $id) {\n      ...IdeaCardFields\n      phase\n      trajectoryId\n      editedAt\n      withdrawnAt\n      hiddenReason\n      followerCount\n      attachments {\n        id\n        url\n        contentType\n        width\n        height\n        bytes\n        description\n      }\n      challenge {\n        id\n        title\n        state\n        viewer {\n          canSubmit\n        }\n      }\n      viewer {\n        supported\n        following\n        isAuthor\n        canEdit\n        canWithdraw\n      }\n    }\n  }\n"): (typeof documents)["\n  query Idea($id: ID!) {\n    idea(id: $id) {\n      ...IdeaCardFields\n      phase\n      trajectoryId\n      editedAt\n      withdrawnAt\n      hiddenReason\n      followerCount\n      attachments {\n        id\n        url\n        contentType\n        width\n        height\n        bytes\n        description\n      }\n      challenge {\n        id\n        title\n        state\n        viewer {\n          canSubmit\n        }\n      }\n      viewer {\n        supported\n        following\n        isAuthor\n        canEdit\n        canWithdraw\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IdeaComments($id: ID!, $first: Int!, $after: String) {\n    idea(id: $id) {\n      id\n      commentCount\n      comments(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            ...CommentFields\n            replies {\n              ...CommentFields\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query IdeaComments($id: ID!, $first: Int!, $after: String) {\n    idea(id: $id) {\n      id\n      commentCount\n      comments(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            ...CommentFields\n            replies {\n              ...CommentFields\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SimilarIdeas($challengeId: ID!, $text: String!) {\n    similarIdeas(challengeId: $challengeId, text: $text) {\n      id\n      title\n      score\n    }\n  }\n"): (typeof documents)["\n  query SimilarIdeas($challengeId: ID!, $text: String!) {\n    similarIdeas(challengeId: $challengeId, text: $text) {\n      id\n      title\n      score\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChallengeTags($id: ID!) {\n    challenge(id: $id) {\n      id\n      tags {\n        tag\n        count\n      }\n    }\n  }\n"): (typeof documents)["\n  query ChallengeTags($id: ID!) {\n    challenge(id: $id) {\n      id\n      tags {\n        tag\n        count\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DevMailbox($first: Int!, $after: String) {\n    devMailbox(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          to\n          subject\n          text\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query DevMailbox($first: Int!, $after: String) {\n    devMailbox(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          to\n          subject\n          text\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChallengeEvaluation($challengeId: ID!) {\n    challengeEvaluation(challengeId: $challengeId) {\n      challengeId\n      canScore\n      canDecide\n      criteria {\n        id\n        nameNl\n        nameEn\n        weight\n        position\n      }\n      progress {\n        jurorId\n        name\n        scored\n        toScore\n      }\n      ranking {\n        ideaId\n        title\n        rank\n        score\n        jurorCount\n        shortlisted\n        winner\n        invitedRole\n        scoredByMe\n        criterionAverages {\n          criterionId\n          average\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ChallengeEvaluation($challengeId: ID!) {\n    challengeEvaluation(challengeId: $challengeId) {\n      challengeId\n      canScore\n      canDecide\n      criteria {\n        id\n        nameNl\n        nameEn\n        weight\n        position\n      }\n      progress {\n        jurorId\n        name\n        scored\n        toScore\n      }\n      ranking {\n        ideaId\n        title\n        rank\n        score\n        jurorCount\n        shortlisted\n        winner\n        invitedRole\n        scoredByMe\n        criterionAverages {\n          criterionId\n          average\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JuryChallenge($id: ID!) {\n    challenge(id: $id) {\n      id\n      title\n      state\n      trajectoryId\n      trajectoryTitle\n      viewer {\n        canEdit\n      }\n    }\n  }\n"): (typeof documents)["\n  query JuryChallenge($id: ID!) {\n    challenge(id: $id) {\n      id\n      title\n      state\n      trajectoryId\n      trajectoryTitle\n      viewer {\n        canEdit\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JuryIdea($id: ID!) {\n    idea(id: $id) {\n      id\n      title\n      description\n      tags\n      anonymous\n      author {\n        name\n        anonymous\n      }\n      supportCount\n      commentCount\n    }\n  }\n"): (typeof documents)["\n  query JuryIdea($id: ID!) {\n    idea(id: $id) {\n      id\n      title\n      description\n      tags\n      anonymous\n      author {\n        name\n        anonymous\n      }\n      supportCount\n      commentCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IdeaEvaluations($ideaId: ID!) {\n    ideaEvaluations(ideaId: $ideaId) {\n      id\n      ideaId\n      jurorId\n      jurorName\n      comment\n      updatedAt\n      scores {\n        criterionId\n        score\n      }\n    }\n  }\n"): (typeof documents)["\n  query IdeaEvaluations($ideaId: ID!) {\n    ideaEvaluations(ideaId: $ideaId) {\n      id\n      ideaId\n      jurorId\n      jurorName\n      comment\n      updatedAt\n      scores {\n        criterionId\n        score\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScoreIdea($input: ScoreIdeaInput!) {\n    scoreIdea(input: $input) {\n      id\n      ideaId\n      jurorId\n      jurorName\n      comment\n      updatedAt\n      scores {\n        criterionId\n        score\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ScoreIdea($input: ScoreIdeaInput!) {\n    scoreIdea(input: $input) {\n      id\n      ideaId\n      jurorId\n      jurorName\n      comment\n      updatedAt\n      scores {\n        criterionId\n        score\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetIdeaShortlisted($input: SetIdeaShortlistedInput!) {\n    setIdeaShortlisted(input: $input) {\n      ideaId\n      shortlisted\n      winner\n    }\n  }\n"): (typeof documents)["\n  mutation SetIdeaShortlisted($input: SetIdeaShortlistedInput!) {\n    setIdeaShortlisted(input: $input) {\n      ideaId\n      shortlisted\n      winner\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetIdeaWinner($input: SetIdeaWinnerInput!) {\n    setIdeaWinner(input: $input) {\n      ideaId\n      shortlisted\n      winner\n    }\n  }\n"): (typeof documents)["\n  mutation SetIdeaWinner($input: SetIdeaWinnerInput!) {\n    setIdeaWinner(input: $input) {\n      ideaId\n      shortlisted\n      winner\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteWinner($input: InviteWinnerInput!) {\n    inviteWinner(input: $input) {\n      ideaId\n      invitedRole\n      invitedAt\n    }\n  }\n"): (typeof documents)["\n  mutation InviteWinner($input: InviteWinnerInput!) {\n    inviteWinner(input: $input) {\n      ideaId\n      invitedRole\n      invitedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FeedbackFields on Feedback {\n    status\n    response\n    respondedAt\n    firstRespondedAt\n    dueAt\n    overdue\n    responder {\n      id\n      name\n      anonymous\n    }\n    mergedInto {\n      id\n      title\n      path\n    }\n    links {\n      kind\n      targetId\n      title\n      path\n      url\n    }\n  }\n"): (typeof documents)["\n  fragment FeedbackFields on Feedback {\n    status\n    response\n    respondedAt\n    firstRespondedAt\n    dueAt\n    overdue\n    responder {\n      id\n      name\n      anonymous\n    }\n    mergedInto {\n      id\n      title\n      path\n    }\n    links {\n      kind\n      targetId\n      title\n      path\n      url\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InputSummaryFields on InputSummary {\n    id\n    kind\n    title\n    excerpt\n    path\n    phase\n    containerTitle\n    createdAt\n    supportCount\n    commentCount\n    followerCount\n    canRespond\n    trajectory {\n      id\n      title\n    }\n    author {\n      id\n      name\n      anonymous\n    }\n    feedback {\n      ...FeedbackFields\n    }\n  }\n"): (typeof documents)["\n  fragment InputSummaryFields on InputSummary {\n    id\n    kind\n    title\n    excerpt\n    path\n    phase\n    containerTitle\n    createdAt\n    supportCount\n    commentCount\n    followerCount\n    canRespond\n    trajectory {\n      id\n      title\n    }\n    author {\n      id\n      name\n      anonymous\n    }\n    feedback {\n      ...FeedbackFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FeedbackEntryFields on FeedbackEntry {\n    id\n    status\n    text\n    createdAt\n    responder {\n      id\n      name\n      anonymous\n    }\n    links {\n      kind\n      targetId\n      title\n      path\n      url\n    }\n    mergedInto {\n      id\n      title\n      path\n    }\n  }\n"): (typeof documents)["\n  fragment FeedbackEntryFields on FeedbackEntry {\n    id\n    status\n    text\n    createdAt\n    responder {\n      id\n      name\n      anonymous\n    }\n    links {\n      kind\n      targetId\n      title\n      path\n      url\n    }\n    mergedInto {\n      id\n      title\n      path\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InputFeedback($id: ID!) {\n    input(id: $id) {\n      id\n      kind\n      title\n      path\n      canRespond\n      trajectory {\n        id\n        title\n      }\n      feedback {\n        ...FeedbackFields\n        history {\n          ...FeedbackEntryFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query InputFeedback($id: ID!) {\n    input(id: $id) {\n      id\n      kind\n      title\n      path\n      canRespond\n      trajectory {\n        id\n        title\n      }\n      feedback {\n        ...FeedbackFields\n        history {\n          ...FeedbackEntryFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FeedbackInbox($filter: FeedbackInboxFilter, $first: Int!, $after: String) {\n    feedbackInbox(filter: $filter, first: $first, after: $after) {\n      totalCount\n      overdueCount\n      edges {\n        cursor\n        node {\n          ...InputSummaryFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query FeedbackInbox($filter: FeedbackInboxFilter, $first: Int!, $after: String) {\n    feedbackInbox(filter: $filter, first: $first, after: $after) {\n      totalCount\n      overdueCount\n      edges {\n        cursor\n        node {\n          ...InputSummaryFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FeedbackInboxIds($filter: FeedbackInboxFilter, $first: Int!, $after: String) {\n    feedbackInbox(filter: $filter, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          canRespond\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query FeedbackInboxIds($filter: FeedbackInboxFilter, $first: Int!, $after: String) {\n    feedbackInbox(filter: $filter, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          canRespond\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FeedbackBoard(\n    $trajectoryId: ID\n    $filter: FeedbackBoardFilter\n    $first: Int!\n    $after: String\n  ) {\n    feedbackBoard(trajectoryId: $trajectoryId, filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...InputSummaryFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query FeedbackBoard(\n    $trajectoryId: ID\n    $filter: FeedbackBoardFilter\n    $first: Int!\n    $after: String\n  ) {\n    feedbackBoard(trajectoryId: $trajectoryId, filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...InputSummaryFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FeedbackTemplateFields on FeedbackTemplate {\n    id\n    title\n    status\n    text\n    trajectory {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  fragment FeedbackTemplateFields on FeedbackTemplate {\n    id\n    title\n    status\n    text\n    trajectory {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FeedbackTemplates($trajectoryId: ID) {\n    feedbackTemplates(trajectoryId: $trajectoryId) {\n      ...FeedbackTemplateFields\n    }\n  }\n"): (typeof documents)["\n  query FeedbackTemplates($trajectoryId: ID) {\n    feedbackTemplates(trajectoryId: $trajectoryId) {\n      ...FeedbackTemplateFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateFeedbackTemplate($input: FeedbackTemplateInput!) {\n    createFeedbackTemplate(input: $input) {\n      ...FeedbackTemplateFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateFeedbackTemplate($input: FeedbackTemplateInput!) {\n    createFeedbackTemplate(input: $input) {\n      ...FeedbackTemplateFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateFeedbackTemplate($id: ID!, $input: FeedbackTemplateInput!) {\n    updateFeedbackTemplate(id: $id, input: $input) {\n      ...FeedbackTemplateFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateFeedbackTemplate($id: ID!, $input: FeedbackTemplateInput!) {\n    updateFeedbackTemplate(id: $id, input: $input) {\n      ...FeedbackTemplateFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteFeedbackTemplate($id: ID!) {\n    deleteFeedbackTemplate(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteFeedbackTemplate($id: ID!) {\n    deleteFeedbackTemplate(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RespondToInput($input: RespondToInputInput!) {\n    respondToInput(input: $input) {\n      id\n      feedback {\n        ...FeedbackFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RespondToInput($input: RespondToInputInput!) {\n    respondToInput(input: $input) {\n      id\n      feedback {\n        ...FeedbackFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MergeInput($input: MergeInputInput!) {\n    mergeInput(input: $input) {\n      id\n      title\n      path\n    }\n  }\n"): (typeof documents)["\n  mutation MergeInput($input: MergeInputInput!) {\n    mergeInput(input: $input) {\n      id\n      title\n      path\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BulkFeedbackJobFields on BulkFeedbackJob {\n    id\n    state\n    total\n    done\n    failed\n    errors\n  }\n"): (typeof documents)["\n  fragment BulkFeedbackJobFields on BulkFeedbackJob {\n    id\n    state\n    total\n    done\n    failed\n    errors\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BulkRespond($input: BulkRespondInput!) {\n    bulkRespond(input: $input) {\n      ...BulkFeedbackJobFields\n    }\n  }\n"): (typeof documents)["\n  mutation BulkRespond($input: BulkRespondInput!) {\n    bulkRespond(input: $input) {\n      ...BulkFeedbackJobFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BulkFeedbackJob($id: ID!) {\n    bulkFeedbackJob(id: $id) {\n      ...BulkFeedbackJobFields\n    }\n  }\n"): (typeof documents)["\n  query BulkFeedbackJob($id: ID!) {\n    bulkFeedbackJob(id: $id) {\n      ...BulkFeedbackJobFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FeedbackMetrics($trajectoryId: ID, $groupBy: FeedbackMetricsGroup!) {\n    feedbackMetrics(trajectoryId: $trajectoryId, groupBy: $groupBy) {\n      key\n      label\n      total\n      answered\n      answeredShare\n      medianFirstResponseHours\n      overdue\n    }\n  }\n"): (typeof documents)["\n  query FeedbackMetrics($trajectoryId: ID, $groupBy: FeedbackMetricsGroup!) {\n    feedbackMetrics(trajectoryId: $trajectoryId, groupBy: $groupBy) {\n      key\n      label\n      total\n      answered\n      answeredShare\n      medianFirstResponseHours\n      overdue\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrajectoryDecisions($id: ID!) {\n    trajectory(id: $id) {\n      id\n      decisions {\n        id\n        outcome\n        decidedOn\n      }\n    }\n  }\n"): (typeof documents)["\n  query TrajectoryDecisions($id: ID!) {\n    trajectory(id: $id) {\n      id\n      decisions {\n        id\n        outcome\n        decidedOn\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FeedbackTrajectories($mine: Boolean!) {\n    trajectories(first: 100, mine: $mine) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FeedbackTrajectories($mine: Boolean!) {\n    trajectories(first: 100, mine: $mine) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ModerationItemFields on ModerationItem {\n    id\n    kind\n    contentId\n    trajectoryId\n    title\n    excerpt\n    path\n    hidden\n    autoHidden\n    hiddenReason\n    openReportCount\n    lastReportedAt\n    moderatedAt\n    reasonCounts {\n      reason\n      count\n    }\n    reports {\n      reason\n      text\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  fragment ModerationItemFields on ModerationItem {\n    id\n    kind\n    contentId\n    trajectoryId\n    title\n    excerpt\n    path\n    hidden\n    autoHidden\n    hiddenReason\n    openReportCount\n    lastReportedAt\n    moderatedAt\n    reasonCounts {\n      reason\n      count\n    }\n    reports {\n      reason\n      text\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModerationQueue($status: ModerationQueueStatus!, $first: Int!, $after: String) {\n    moderationQueue(status: $status, first: $first, after: $after) {\n      edges {\n        node {\n          ...ModerationItemFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query ModerationQueue($status: ModerationQueueStatus!, $first: Int!, $after: String) {\n    moderationQueue(status: $status, first: $first, after: $after) {\n      edges {\n        node {\n          ...ModerationItemFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HideContent($input: HideContentInput!) {\n    hideContent(input: $input) {\n      ...ModerationItemFields\n    }\n  }\n"): (typeof documents)["\n  mutation HideContent($input: HideContentInput!) {\n    hideContent(input: $input) {\n      ...ModerationItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreContent($input: ModerationDecisionInput!) {\n    restoreContent(input: $input) {\n      ...ModerationItemFields\n    }\n  }\n"): (typeof documents)["\n  mutation RestoreContent($input: ModerationDecisionInput!) {\n    restoreContent(input: $input) {\n      ...ModerationItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DismissReports($input: ModerationDecisionInput!) {\n    dismissReports(input: $input) {\n      ...ModerationItemFields\n    }\n  }\n"): (typeof documents)["\n  mutation DismissReports($input: ModerationDecisionInput!) {\n    dismissReports(input: $input) {\n      ...ModerationItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"): (typeof documents)["\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NotificationFields on Notification {\n    id\n    type\n    title\n    body\n    path\n    createdAt\n    read\n  }\n"): (typeof documents)["\n  fragment NotificationFields on Notification {\n    id\n    type\n    title\n    body\n    path\n    createdAt\n    read\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications($first: Int!, $after: String, $unreadOnly: Boolean!) {\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      unreadCount\n      edges {\n        cursor\n        node {\n          ...NotificationFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Notifications($first: Int!, $after: String, $unreadOnly: Boolean!) {\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      unreadCount\n      edges {\n        cursor\n        node {\n          ...NotificationFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n"): (typeof documents)["\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n"): (typeof documents)["\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationPreferences {\n    notificationPreferences {\n      type\n      inApp\n      email\n    }\n  }\n"): (typeof documents)["\n  query NotificationPreferences {\n    notificationPreferences {\n      type\n      inApp\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateNotificationPreferences($input: [NotificationPreferenceInput!]!) {\n    updateNotificationPreferences(input: $input) {\n      type\n      inApp\n      email\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateNotificationPreferences($input: [NotificationPreferenceInput!]!) {\n    updateNotificationPreferences(input: $input) {\n      type\n      inApp\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Unsubscribe($token: String!) {\n    unsubscribe(token: $token)\n  }\n"): (typeof documents)["\n  mutation Unsubscribe($token: String!) {\n    unsubscribe(token: $token)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOrgUnit($input: CreateOrgUnitInput!) {\n    createOrgUnit(input: $input) {\n      id\n      ...OrgUnitFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateOrgUnit($input: CreateOrgUnitInput!) {\n    createOrgUnit(input: $input) {\n      id\n      ...OrgUnitFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenameOrgUnit($input: RenameOrgUnitInput!) {\n    renameOrgUnit(input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation RenameOrgUnit($input: RenameOrgUnitInput!) {\n    renameOrgUnit(input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveOrgUnit($input: MoveOrgUnitInput!) {\n    moveOrgUnit(input: $input) {\n      id\n      parentId\n    }\n  }\n"): (typeof documents)["\n  mutation MoveOrgUnit($input: MoveOrgUnitInput!) {\n    moveOrgUnit(input: $input) {\n      id\n      parentId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveOrgUnit($id: ID!) {\n    archiveOrgUnit(id: $id) {\n      id\n      archivedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveOrgUnit($id: ID!) {\n    archiveOrgUnit(id: $id) {\n      id\n      archivedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrgUnitFields on OrgUnit {\n    id\n    name\n    parentId\n    archivedAt\n  }\n"): (typeof documents)["\n  fragment OrgUnitFields on OrgUnit {\n    id\n    name\n    parentId\n    archivedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgUnits {\n    orgUnits {\n      id\n      ...OrgUnitFields\n    }\n  }\n"): (typeof documents)["\n  query OrgUnits {\n    orgUnits {\n      id\n      ...OrgUnitFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Organisation {\n    organisation {\n      id\n      name\n      logoUrl\n    }\n  }\n"): (typeof documents)["\n  query Organisation {\n    organisation {\n      id\n      name\n      logoUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyPersonalData {\n    myPersonalData {\n      fileName\n      json\n      generatedAt\n    }\n  }\n"): (typeof documents)["\n  query MyPersonalData {\n    myPersonalData {\n      fileName\n      json\n      generatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonalData($id: ID!) {\n    personalData(id: $id) {\n      fileName\n      json\n      generatedAt\n    }\n  }\n"): (typeof documents)["\n  query PersonalData($id: ID!) {\n    personalData(id: $id) {\n      fileName\n      json\n      generatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlatformStatus {\n    platformStatus {\n      version\n      runtimeMode\n      databaseDriver\n      jobDriver\n      workerLastSeenAt\n    }\n  }\n"): (typeof documents)["\n  query PlatformStatus {\n    platformStatus {\n      version\n      runtimeMode\n      databaseDriver\n      jobDriver\n      workerLastSeenAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PulseAnswerRound($id: ID!) {\n    pulseRound(id: $id) {\n      id\n      surveyId\n      surveyTitle\n      surveyDescription\n      number\n      state\n      opensAt\n      closesAt\n      closedAt\n      resultsAvailable\n      promise {\n        k\n        kComments\n        privacyPath\n        text {\n          nl\n          en\n        }\n      }\n      dimensions {\n        key\n        name {\n          nl\n          en\n        }\n      }\n      questions {\n        key\n        type\n        dimension\n        required\n        text {\n          nl\n          en\n        }\n        lowLabel {\n          nl\n          en\n        }\n        highLabel {\n          nl\n          en\n        }\n        options {\n          key\n          label {\n            nl\n            en\n          }\n        }\n      }\n      viewer {\n        asked\n        answered\n        canAnswer\n      }\n    }\n  }\n"): (typeof documents)["\n  query PulseAnswerRound($id: ID!) {\n    pulseRound(id: $id) {\n      id\n      surveyId\n      surveyTitle\n      surveyDescription\n      number\n      state\n      opensAt\n      closesAt\n      closedAt\n      resultsAvailable\n      promise {\n        k\n        kComments\n        privacyPath\n        text {\n          nl\n          en\n        }\n      }\n      dimensions {\n        key\n        name {\n          nl\n          en\n        }\n      }\n      questions {\n        key\n        type\n        dimension\n        required\n        text {\n          nl\n          en\n        }\n        lowLabel {\n          nl\n          en\n        }\n        highLabel {\n          nl\n          en\n        }\n        options {\n          key\n          label {\n            nl\n            en\n          }\n        }\n      }\n      viewer {\n        asked\n        answered\n        canAnswer\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitPulseResponse($input: SubmitPulseResponseInput!) {\n    submitPulseResponse(input: $input) {\n      roundId\n      answered\n      round {\n        id\n        state\n        closesAt\n        resultsAvailable\n        viewer {\n          asked\n          answered\n          canAnswer\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitPulseResponse($input: SubmitPulseResponseInput!) {\n    submitPulseResponse(input: $input) {\n      roundId\n      answered\n      round {\n        id\n        state\n        closesAt\n        resultsAvailable\n        viewer {\n          asked\n          answered\n          canAnswer\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyPulseRounds {\n    myPulseRounds(first: 20) {\n      id\n      surveyId\n      surveyTitle\n      number\n      state\n      opensAt\n      closesAt\n      closedAt\n      resultsAvailable\n      viewer {\n        asked\n        answered\n        canAnswer\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyPulseRounds {\n    myPulseRounds(first: 20) {\n      id\n      surveyId\n      surveyTitle\n      number\n      state\n      opensAt\n      closesAt\n      closedAt\n      resultsAvailable\n      viewer {\n        asked\n        answered\n        canAnswer\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PulseAnswerManageable {\n    pulseSurveys(first: 100) {\n      id\n      viewer {\n        canManage\n      }\n    }\n  }\n"): (typeof documents)["\n  query PulseAnswerManageable {\n    pulseSurveys(first: 100) {\n      id\n      viewer {\n        canManage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PulseActionFields on PulseAction {\n    id\n    roundId\n    trajectoryId\n    title\n    description\n    dimension\n    questionKey\n    path\n    createdAt\n    updatedAt\n    followerCount\n    createdBy {\n      id\n      name\n      anonymous\n    }\n    viewer {\n      canManage\n      following\n    }\n    feedback {\n      ...FeedbackFields\n      history {\n        ...FeedbackEntryFields\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment PulseActionFields on PulseAction {\n    id\n    roundId\n    trajectoryId\n    title\n    description\n    dimension\n    questionKey\n    path\n    createdAt\n    updatedAt\n    followerCount\n    createdBy {\n      id\n      name\n      anonymous\n    }\n    viewer {\n      canManage\n      following\n    }\n    feedback {\n      ...FeedbackFields\n      history {\n        ...FeedbackEntryFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePulseAction($input: CreatePulseActionInput!) {\n    createPulseAction(input: $input) {\n      ...PulseActionFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePulseAction($input: CreatePulseActionInput!) {\n    createPulseAction(input: $input) {\n      ...PulseActionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePulseAction($input: UpdatePulseActionInput!) {\n    updatePulseAction(input: $input) {\n      ...PulseActionFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePulseAction($input: UpdatePulseActionInput!) {\n    updatePulseAction(input: $input) {\n      ...PulseActionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FollowPulseAction($id: ID!, $follow: Boolean!) {\n    followPulseAction(id: $id, follow: $follow) {\n      id\n      followerCount\n      viewer {\n        canManage\n        following\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation FollowPulseAction($id: ID!, $follow: Boolean!) {\n    followPulseAction(id: $id, follow: $follow) {\n      id\n      followerCount\n      viewer {\n        canManage\n        following\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PulseQuestionFields on PulseQuestion {\n    key\n    type\n    dimension\n    enps\n    required\n    text {\n      nl\n      en\n    }\n    lowLabel {\n      nl\n      en\n    }\n    highLabel {\n      nl\n      en\n    }\n    options {\n      key\n      favourable\n      label {\n        nl\n        en\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment PulseQuestionFields on PulseQuestion {\n    key\n    type\n    dimension\n    enps\n    required\n    text {\n      nl\n      en\n    }\n    lowLabel {\n      nl\n      en\n    }\n    highLabel {\n      nl\n      en\n    }\n    options {\n      key\n      favourable\n      label {\n        nl\n        en\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PulseRoundSummary on PulseRound {\n    id\n    number\n    state\n    opensAt\n    closesAt\n    closedAt\n    phase\n    audienceSize\n    responseCount\n    resultsAvailable\n  }\n"): (typeof documents)["\n  fragment PulseRoundSummary on PulseRound {\n    id\n    number\n    state\n    opensAt\n    closesAt\n    closedAt\n    phase\n    audienceSize\n    responseCount\n    resultsAvailable\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PulseSurveyFields on PulseSurvey {\n    id\n    title\n    description\n    trajectoryId\n    phase\n    archived\n    createdAt\n    orgUnitIds\n    k\n    kComments\n    effectiveK\n    effectiveKComments\n    recurrenceWeeks\n    roundDays\n    nextRoundAt\n    reminders\n    templates {\n      key\n      version\n    }\n    dimensions {\n      key\n      name {\n        nl\n        en\n      }\n    }\n    questions {\n      ...PulseQuestionFields\n    }\n    rounds {\n      ...PulseRoundSummary\n    }\n    viewer {\n      canManage\n    }\n  }\n"): (typeof documents)["\n  fragment PulseSurveyFields on PulseSurvey {\n    id\n    title\n    description\n    trajectoryId\n    phase\n    archived\n    createdAt\n    orgUnitIds\n    k\n    kComments\n    effectiveK\n    effectiveKComments\n    recurrenceWeeks\n    roundDays\n    nextRoundAt\n    reminders\n    templates {\n      key\n      version\n    }\n    dimensions {\n      key\n      name {\n        nl\n        en\n      }\n    }\n    questions {\n      ...PulseQuestionFields\n    }\n    rounds {\n      ...PulseRoundSummary\n    }\n    viewer {\n      canManage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PulseSurveys($trajectoryId: ID) {\n    pulseSurveys(first: 100, trajectoryId: $trajectoryId) {\n      id\n      title\n      trajectoryId\n      phase\n      archived\n      recurrenceWeeks\n      nextRoundAt\n      rounds {\n        ...PulseRoundSummary\n      }\n      viewer {\n        canManage\n      }\n    }\n  }\n"): (typeof documents)["\n  query PulseSurveys($trajectoryId: ID) {\n    pulseSurveys(first: 100, trajectoryId: $trajectoryId) {\n      id\n      title\n      trajectoryId\n      phase\n      archived\n      recurrenceWeeks\n      nextRoundAt\n      rounds {\n        ...PulseRoundSummary\n      }\n      viewer {\n        canManage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PulseSurvey($id: ID!) {\n    pulseSurvey(id: $id) {\n      ...PulseSurveyFields\n    }\n  }\n"): (typeof documents)["\n  query PulseSurvey($id: ID!) {\n    pulseSurvey(id: $id) {\n      ...PulseSurveyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PulseTemplates {\n    pulseTemplates {\n      key\n      version\n      name {\n        nl\n        en\n      }\n      description {\n        nl\n        en\n      }\n      questions {\n        ...PulseQuestionFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query PulseTemplates {\n    pulseTemplates {\n      key\n      version\n      name {\n        nl\n        en\n      }\n      description {\n        nl\n        en\n      }\n      questions {\n        ...PulseQuestionFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PulseTrajectories {\n    trajectories(first: 100) {\n      edges {\n        node {\n          id\n          title\n          phase\n          viewer {\n            canEdit\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PulseTrajectories {\n    trajectories(first: 100) {\n      edges {\n        node {\n          id\n          title\n          phase\n          viewer {\n            canEdit\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePulseSurvey($input: CreatePulseSurveyInput!) {\n    createPulseSurvey(input: $input) {\n      ...PulseSurveyFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePulseSurvey($input: CreatePulseSurveyInput!) {\n    createPulseSurvey(input: $input) {\n      ...PulseSurveyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePulseSurvey($input: UpdatePulseSurveyInput!) {\n    updatePulseSurvey(input: $input) {\n      ...PulseSurveyFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePulseSurvey($input: UpdatePulseSurveyInput!) {\n    updatePulseSurvey(input: $input) {\n      ...PulseSurveyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SchedulePulseRound($input: SchedulePulseRoundInput!) {\n    schedulePulseRound(input: $input) {\n      ...PulseSurveyFields\n    }\n  }\n"): (typeof documents)["\n  mutation SchedulePulseRound($input: SchedulePulseRoundInput!) {\n    schedulePulseRound(input: $input) {\n      ...PulseSurveyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClosePulseRound($id: ID!) {\n    closePulseRound(id: $id) {\n      ...PulseSurveyFields\n    }\n  }\n"): (typeof documents)["\n  mutation ClosePulseRound($id: ID!) {\n    closePulseRound(id: $id) {\n      ...PulseSurveyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PulseResults($roundId: ID!, $orgUnitId: ID) {\n    pulseResults(roundId: $roundId, orgUnitId: $orgUnitId) {\n      roundId\n      surveyId\n      released\n      k\n      kComments\n      dimensions {\n        key\n        name {\n          nl\n          en\n        }\n      }\n      questions {\n        ...PulseQuestionFields\n      }\n      nodes {\n        orgUnitId\n        parentOrgUnitId\n        name\n        depth\n        audience\n        hidden\n        hiddenReason\n        responses\n        responseRate\n        commentsVisible\n        comments {\n          questionKey\n          text\n        }\n        dimensions {\n          key\n          score\n          favourableShare\n        }\n        questions {\n          key\n          answers\n          mean\n          favourableShare\n          enps\n          distribution {\n            value\n            choice\n            count\n          }\n        }\n      }\n      actions {\n        ...PulseActionFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query PulseResults($roundId: ID!, $orgUnitId: ID) {\n    pulseResults(roundId: $roundId, orgUnitId: $orgUnitId) {\n      roundId\n      surveyId\n      released\n      k\n      kComments\n      dimensions {\n        key\n        name {\n          nl\n          en\n        }\n      }\n      questions {\n        ...PulseQuestionFields\n      }\n      nodes {\n        orgUnitId\n        parentOrgUnitId\n        name\n        depth\n        audience\n        hidden\n        hiddenReason\n        responses\n        responseRate\n        commentsVisible\n        comments {\n          questionKey\n          text\n        }\n        dimensions {\n          key\n          score\n          favourableShare\n        }\n        questions {\n          key\n          answers\n          mean\n          favourableShare\n          enps\n          distribution {\n            value\n            choice\n            count\n          }\n        }\n      }\n      actions {\n        ...PulseActionFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PulseResultsCsv($roundId: ID!, $orgUnitId: ID) {\n    pulseResultsCsv(roundId: $roundId, orgUnitId: $orgUnitId)\n  }\n"): (typeof documents)["\n  query PulseResultsCsv($roundId: ID!, $orgUnitId: ID) {\n    pulseResultsCsv(roundId: $roundId, orgUnitId: $orgUnitId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PulseTrend($surveyId: ID!, $orgUnitId: ID) {\n    pulseTrend(surveyId: $surveyId, orgUnitId: $orgUnitId) {\n      surveyId\n      orgUnitId\n      points {\n        roundId\n        number\n        closesAt\n        phase\n        shown\n        responses\n        enps\n        dimensions {\n          key\n          score\n          favourableShare\n        }\n      }\n      phases {\n        phase\n        rounds\n        responses\n        enps\n        dimensions {\n          key\n          score\n          favourableShare\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PulseTrend($surveyId: ID!, $orgUnitId: ID) {\n    pulseTrend(surveyId: $surveyId, orgUnitId: $orgUnitId) {\n      surveyId\n      orgUnitId\n      points {\n        roundId\n        number\n        closesAt\n        phase\n        shown\n        responses\n        enps\n        dimensions {\n          key\n          score\n          favourableShare\n        }\n      }\n      phases {\n        phase\n        rounds\n        responses\n        enps\n        dimensions {\n          key\n          score\n          favourableShare\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SimPhaseCard_phase on SimPhaseInfo {\n    phase\n    number\n    name {\n      nl\n      en\n    }\n    summary {\n      nl\n      en\n    }\n  }\n"): (typeof documents)["\n  fragment SimPhaseCard_phase on SimPhaseInfo {\n    phase\n    number\n    name {\n      nl\n      en\n    }\n    summary {\n      nl\n      en\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SimPhases {\n    simPhases {\n      phase\n      number\n      ...SimPhaseCard_phase\n    }\n  }\n"): (typeof documents)["\n  query SimPhases {\n    simPhases {\n      phase\n      number\n      ...SimPhaseCard_phase\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTrajectory($input: CreateTrajectoryInput!) {\n    createTrajectory(input: $input) {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  mutation CreateTrajectory($input: CreateTrajectoryInput!) {\n    createTrajectory(input: $input) {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePhase($input: ChangePhaseInput!) {\n    changePhase(input: $input) {\n      id\n      phase\n      phaseNumber\n      updatedAt\n      phaseHistory {\n        id\n        at\n        fromPhase\n        toPhase\n        steppedBack\n        reason\n        actor {\n          id\n          name\n        }\n      }\n      successCriteria {\n        id\n        lockedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChangePhase($input: ChangePhaseInput!) {\n    changePhase(input: $input) {\n      id\n      phase\n      phaseNumber\n      updatedAt\n      phaseHistory {\n        id\n        at\n        fromPhase\n        toPhase\n        steppedBack\n        reason\n        actor {\n          id\n          name\n        }\n      }\n      successCriteria {\n        id\n        lockedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMandate($input: SetMandateInput!) {\n    setMandate(input: $input) {\n      budget\n      deadline\n      decisionSpace\n      constraints\n      recordedAt\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation SetMandate($input: SetMandateInput!) {\n    setMandate(input: $input) {\n      budget\n      deadline\n      decisionSpace\n      constraints\n      recordedAt\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateDecisionRule($input: CreateDecisionRuleInput!) {\n    createDecisionRule(input: $input) {\n      id\n      topic\n      phase\n      decidedBy\n      participationLevel\n      employeeInvolvement\n      agreedAt\n    }\n  }\n"): (typeof documents)["\n  mutation CreateDecisionRule($input: CreateDecisionRuleInput!) {\n    createDecisionRule(input: $input) {\n      id\n      topic\n      phase\n      decidedBy\n      participationLevel\n      employeeInvolvement\n      agreedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordDecision($input: RecordDecisionInput!) {\n    recordDecision(input: $input) {\n      id\n      ruleId\n      outcome\n      rationale\n      decidedOn\n      inputResponse\n      informingInputIds\n      recordedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RecordDecision($input: RecordDecisionInput!) {\n    recordDecision(input: $input) {\n      id\n      ruleId\n      outcome\n      rationale\n      decidedOn\n      inputResponse\n      informingInputIds\n      recordedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateStakeholder($input: CreateStakeholderInput!) {\n    createStakeholder(input: $input) {\n      id\n      name\n      kind\n      influence\n      stance\n      employerInterests\n      employeeInterests\n      involvement\n      orgUnitId\n    }\n  }\n"): (typeof documents)["\n  mutation CreateStakeholder($input: CreateStakeholderInput!) {\n    createStakeholder(input: $input) {\n      id\n      name\n      kind\n      influence\n      stance\n      employerInterests\n      employeeInterests\n      involvement\n      orgUnitId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSuccessCriterion($input: CreateSuccessCriterionInput!) {\n    createSuccessCriterion(input: $input) {\n      id\n      ...SuccessCriterionFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateSuccessCriterion($input: CreateSuccessCriterionInput!) {\n    createSuccessCriterion(input: $input) {\n      id\n      ...SuccessCriterionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSolutionOption($input: CreateSolutionOptionInput!) {\n    createSolutionOption(input: $input) {\n      id\n      trajectoryId\n      title\n      description\n      effects {\n        aspect\n        rating\n        explanation\n      }\n      businessCase {\n        id\n        kind\n        description\n        amount\n        rating\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateSolutionOption($input: CreateSolutionOptionInput!) {\n    createSolutionOption(input: $input) {\n      id\n      trajectoryId\n      title\n      description\n      effects {\n        aspect\n        rating\n        explanation\n      }\n      businessCase {\n        id\n        kind\n        description\n        amount\n        rating\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetOptionEffect($input: SetOptionEffectInput!) {\n    setOptionEffect(input: $input) {\n      id\n      effects {\n        aspect\n        rating\n        explanation\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetOptionEffect($input: SetOptionEffectInput!) {\n    setOptionEffect(input: $input) {\n      id\n      effects {\n        aspect\n        rating\n        explanation\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddBusinessCaseItem($input: AddBusinessCaseItemInput!) {\n    addBusinessCaseItem(input: $input) {\n      id\n      kind\n      description\n      amount\n      rating\n    }\n  }\n"): (typeof documents)["\n  mutation AddBusinessCaseItem($input: AddBusinessCaseItemInput!) {\n    addBusinessCaseItem(input: $input) {\n      id\n      kind\n      description\n      amount\n      rating\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTrajectory($input: UpdateTrajectoryInput!) {\n    updateTrajectory(input: $input) {\n      id\n      title\n      problemStatement\n      goals\n      visibility\n      orgUnitIds\n      responseTargetDays\n      updatedAt\n      owner {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateTrajectory($input: UpdateTrajectoryInput!) {\n    updateTrajectory(input: $input) {\n      id\n      title\n      problemStatement\n      goals\n      visibility\n      orgUnitIds\n      responseTargetDays\n      updatedAt\n      owner {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddTeamMember($input: AddTeamMemberInput!) {\n    addTeamMember(input: $input) {\n      id\n      role\n      userId\n    }\n  }\n"): (typeof documents)["\n  mutation AddTeamMember($input: AddTeamMemberInput!) {\n    addTeamMember(input: $input) {\n      id\n      role\n      userId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveTeamMember($id: ID!) {\n    removeTeamMember(id: $id)\n  }\n"): (typeof documents)["\n  mutation RemoveTeamMember($id: ID!) {\n    removeTeamMember(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateDecisionRule($input: UpdateDecisionRuleInput!) {\n    updateDecisionRule(input: $input) {\n      id\n      topic\n      phase\n      decidedBy\n      participationLevel\n      employeeInvolvement\n      agreedAt\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateDecisionRule($input: UpdateDecisionRuleInput!) {\n    updateDecisionRule(input: $input) {\n      id\n      topic\n      phase\n      decidedBy\n      participationLevel\n      employeeInvolvement\n      agreedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteDecisionRule($id: ID!) {\n    deleteDecisionRule(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteDecisionRule($id: ID!) {\n    deleteDecisionRule(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateStakeholder($input: UpdateStakeholderInput!) {\n    updateStakeholder(input: $input) {\n      id\n      name\n      kind\n      influence\n      stance\n      employerInterests\n      employeeInterests\n      involvement\n      orgUnitId\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateStakeholder($input: UpdateStakeholderInput!) {\n    updateStakeholder(input: $input) {\n      id\n      name\n      kind\n      influence\n      stance\n      employerInterests\n      employeeInterests\n      involvement\n      orgUnitId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteStakeholder($id: ID!) {\n    deleteStakeholder(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteStakeholder($id: ID!) {\n    deleteStakeholder(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSuccessCriterion($input: UpdateSuccessCriterionInput!) {\n    updateSuccessCriterion(input: $input) {\n      id\n      ...SuccessCriterionFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSuccessCriterion($input: UpdateSuccessCriterionInput!) {\n    updateSuccessCriterion(input: $input) {\n      id\n      ...SuccessCriterionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteSuccessCriterion($id: ID!) {\n    deleteSuccessCriterion(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteSuccessCriterion($id: ID!) {\n    deleteSuccessCriterion(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordCriterionResult($input: RecordCriterionResultInput!) {\n    recordCriterionResult(input: $input) {\n      id\n      phase\n      value\n      verdict\n      measuredOn\n      note\n    }\n  }\n"): (typeof documents)["\n  mutation RecordCriterionResult($input: RecordCriterionResultInput!) {\n    recordCriterionResult(input: $input) {\n      id\n      phase\n      value\n      verdict\n      measuredOn\n      note\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSolutionOption($input: UpdateSolutionOptionInput!) {\n    updateSolutionOption(input: $input) {\n      id\n      title\n      description\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSolutionOption($input: UpdateSolutionOptionInput!) {\n    updateSolutionOption(input: $input) {\n      id\n      title\n      description\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteSolutionOption($id: ID!) {\n    deleteSolutionOption(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteSolutionOption($id: ID!) {\n    deleteSolutionOption(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateBusinessCaseItem($input: UpdateBusinessCaseItemInput!) {\n    updateBusinessCaseItem(input: $input) {\n      id\n      kind\n      description\n      amount\n      rating\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateBusinessCaseItem($input: UpdateBusinessCaseItemInput!) {\n    updateBusinessCaseItem(input: $input) {\n      id\n      kind\n      description\n      amount\n      rating\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteBusinessCaseItem($id: ID!) {\n    deleteBusinessCaseItem(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteBusinessCaseItem($id: ID!) {\n    deleteBusinessCaseItem(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteValuator($input: ValuationInviteInput!) {\n    inviteValuator(input: $input)\n  }\n"): (typeof documents)["\n  mutation InviteValuator($input: ValuationInviteInput!) {\n    inviteValuator(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveValuator($input: ValuationInviteInput!) {\n    removeValuator(input: $input)\n  }\n"): (typeof documents)["\n  mutation RemoveValuator($input: ValuationInviteInput!) {\n    removeValuator(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RateOption($input: RateOptionInput!) {\n    rateOption(input: $input) {\n      id\n      optionId\n      stakeholderId\n      score\n      comment\n    }\n  }\n"): (typeof documents)["\n  mutation RateOption($input: RateOptionInput!) {\n    rateOption(input: $input) {\n      id\n      optionId\n      stakeholderId\n      score\n      comment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateDecision($input: UpdateDecisionInput!) {\n    updateDecision(input: $input) {\n      id\n      ruleId\n      outcome\n      rationale\n      decidedOn\n      inputResponse\n      informingInputIds\n      recordedAt\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateDecision($input: UpdateDecisionInput!) {\n    updateDecision(input: $input) {\n      id\n      ruleId\n      outcome\n      rationale\n      decidedOn\n      inputResponse\n      informingInputIds\n      recordedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteDecision($id: ID!) {\n    deleteDecision(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteDecision($id: ID!) {\n    deleteDecision(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SuccessCriterionFields on SuccessCriterion {\n    id\n    metric\n    target\n    howMeasured\n    dimension\n    agreedOn\n    agreedBy\n    lockedAt\n    results {\n      id\n      phase\n      value\n      verdict\n      measuredOn\n      note\n    }\n  }\n"): (typeof documents)["\n  fragment SuccessCriterionFields on SuccessCriterion {\n    id\n    metric\n    target\n    howMeasured\n    dimension\n    agreedOn\n    agreedBy\n    lockedAt\n    results {\n      id\n      phase\n      value\n      verdict\n      measuredOn\n      note\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Trajectories(\n    $first: Int!\n    $after: String\n    $phase: SimPhase\n    $orgUnitId: ID\n    $mine: Boolean!\n  ) {\n    trajectories(first: $first, after: $after, phase: $phase, orgUnitId: $orgUnitId, mine: $mine) {\n      edges {\n        cursor\n        node {\n          id\n          title\n          phase\n          phaseNumber\n          visibility\n          updatedAt\n          owner {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Trajectories(\n    $first: Int!\n    $after: String\n    $phase: SimPhase\n    $orgUnitId: ID\n    $mine: Boolean!\n  ) {\n    trajectories(first: $first, after: $after, phase: $phase, orgUnitId: $orgUnitId, mine: $mine) {\n      edges {\n        cursor\n        node {\n          id\n          title\n          phase\n          phaseNumber\n          visibility\n          updatedAt\n          owner {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Trajectory($id: ID!) {\n    trajectory(id: $id) {\n      id\n      title\n      problemStatement\n      goals\n      phase\n      phaseNumber\n      visibility\n      orgUnitIds\n      ownerId\n      responseTargetDays\n      createdAt\n      updatedAt\n      owner {\n        id\n        name\n      }\n      viewer {\n        canEdit\n        canSeeWorkspace\n        roles\n        invitedStakeholderIds\n        invitedStakeholders {\n          id\n          name\n        }\n        ratings {\n          id\n          optionId\n          stakeholderId\n          score\n          comment\n        }\n      }\n      phaseHistory {\n        id\n        at\n        fromPhase\n        toPhase\n        steppedBack\n        reason\n        actor {\n          id\n          name\n        }\n      }\n      mandate {\n        budget\n        deadline\n        decisionSpace\n        constraints\n        recordedAt\n        updatedAt\n      }\n      team {\n        id\n        role\n        userId\n        addedAt\n        person {\n          id\n          name\n        }\n      }\n      decisionRules {\n        id\n        topic\n        phase\n        decidedBy\n        participationLevel\n        employeeInvolvement\n        agreedAt\n      }\n      decisions {\n        id\n        ruleId\n        outcome\n        rationale\n        decidedOn\n        inputResponse\n        informingInputIds\n        recordedAt\n      }\n      stakeholders {\n        id\n        name\n        kind\n        influence\n        stance\n        employerInterests\n        employeeInterests\n        involvement\n        orgUnitId\n      }\n      successCriteria {\n        id\n        ...SuccessCriterionFields\n      }\n      solutionOptions {\n        id\n        trajectoryId\n        title\n        description\n        effects {\n          aspect\n          rating\n          explanation\n        }\n        businessCase {\n          id\n          kind\n          description\n          amount\n          rating\n        }\n      }\n      valuation {\n        stakeholderId\n        stakeholderName\n        scores {\n          optionId\n          averageScore\n          ratings\n        }\n      }\n      valuationInvites {\n        stakeholderId\n        userId\n        person {\n          id\n          name\n        }\n      }\n      simHealth {\n        checkId\n        phase\n        status\n        guideline {\n          nl\n          en\n        }\n        evidence {\n          nl\n          en\n        }\n        link {\n          section\n          itemId\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Trajectory($id: ID!) {\n    trajectory(id: $id) {\n      id\n      title\n      problemStatement\n      goals\n      phase\n      phaseNumber\n      visibility\n      orgUnitIds\n      ownerId\n      responseTargetDays\n      createdAt\n      updatedAt\n      owner {\n        id\n        name\n      }\n      viewer {\n        canEdit\n        canSeeWorkspace\n        roles\n        invitedStakeholderIds\n        invitedStakeholders {\n          id\n          name\n        }\n        ratings {\n          id\n          optionId\n          stakeholderId\n          score\n          comment\n        }\n      }\n      phaseHistory {\n        id\n        at\n        fromPhase\n        toPhase\n        steppedBack\n        reason\n        actor {\n          id\n          name\n        }\n      }\n      mandate {\n        budget\n        deadline\n        decisionSpace\n        constraints\n        recordedAt\n        updatedAt\n      }\n      team {\n        id\n        role\n        userId\n        addedAt\n        person {\n          id\n          name\n        }\n      }\n      decisionRules {\n        id\n        topic\n        phase\n        decidedBy\n        participationLevel\n        employeeInvolvement\n        agreedAt\n      }\n      decisions {\n        id\n        ruleId\n        outcome\n        rationale\n        decidedOn\n        inputResponse\n        informingInputIds\n        recordedAt\n      }\n      stakeholders {\n        id\n        name\n        kind\n        influence\n        stance\n        employerInterests\n        employeeInterests\n        involvement\n        orgUnitId\n      }\n      successCriteria {\n        id\n        ...SuccessCriterionFields\n      }\n      solutionOptions {\n        id\n        trajectoryId\n        title\n        description\n        effects {\n          aspect\n          rating\n          explanation\n        }\n        businessCase {\n          id\n          kind\n          description\n          amount\n          rating\n        }\n      }\n      valuation {\n        stakeholderId\n        stakeholderName\n        scores {\n          optionId\n          averageScore\n          ratings\n        }\n      }\n      valuationInvites {\n        stakeholderId\n        userId\n        person {\n          id\n          name\n        }\n      }\n      simHealth {\n        checkId\n        phase\n        status\n        guideline {\n          nl\n          en\n        }\n        evidence {\n          nl\n          en\n        }\n        link {\n          section\n          itemId\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrajectorySimHealth($id: ID!) {\n    trajectory(id: $id) {\n      id\n      simHealth {\n        checkId\n        phase\n        status\n        guideline {\n          nl\n          en\n        }\n        evidence {\n          nl\n          en\n        }\n        link {\n          section\n          itemId\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TrajectorySimHealth($id: ID!) {\n    trajectory(id: $id) {\n      id\n      simHealth {\n        checkId\n        phase\n        status\n        guideline {\n          nl\n          en\n        }\n        evidence {\n          nl\n          en\n        }\n        link {\n          section\n          itemId\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrajectoryCandidates($trajectoryId: ID!, $search: String!) {\n    trajectoryCandidates(trajectoryId: $trajectoryId, search: $search, first: 10) {\n      id\n      name\n      email\n    }\n  }\n"): (typeof documents)["\n  query TrajectoryCandidates($trajectoryId: ID!, $search: String!) {\n    trajectoryCandidates(trajectoryId: $trajectoryId, search: $search, first: 10) {\n      id\n      name\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SimPhaseGuidelines {\n    simPhases {\n      phase\n      guidelines {\n        nl\n        en\n      }\n    }\n  }\n"): (typeof documents)["\n  query SimPhaseGuidelines {\n    simPhases {\n      phase\n      guidelines {\n        nl\n        en\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserImportFields on UserImport {\n    id\n    kind\n    dryRun\n    status\n    processedRows\n    totalRows\n    createdAt\n    finishedAt\n    problems {\n      line\n      column\n      code\n      message\n    }\n    summary {\n      created\n      updated\n      unchanged\n    }\n  }\n"): (typeof documents)["\n  fragment UserImportFields on UserImport {\n    id\n    kind\n    dryRun\n    status\n    processedRows\n    totalRows\n    createdAt\n    finishedAt\n    problems {\n      line\n      column\n      code\n      message\n    }\n    summary {\n      created\n      updated\n      unchanged\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartUserImport($input: StartUserImportInput!) {\n    startUserImport(input: $input) {\n      ...UserImportFields\n    }\n  }\n"): (typeof documents)["\n  mutation StartUserImport($input: StartUserImportInput!) {\n    startUserImport(input: $input) {\n      ...UserImportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UserImport($id: ID!) {\n    userImport(id: $id) {\n      ...UserImportFields\n    }\n  }\n"): (typeof documents)["\n  query UserImport($id: ID!) {\n    userImport(id: $id) {\n      ...UserImportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      ...UserRow\n    }\n  }\n"): (typeof documents)["\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      ...UserRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      id\n      ...UserRow\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      id\n      ...UserRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateUser($id: ID!) {\n    deactivateUser(id: $id) {\n      id\n      deactivatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation DeactivateUser($id: ID!) {\n    deactivateUser(id: $id) {\n      id\n      deactivatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      id\n      ...UserRow\n    }\n  }\n"): (typeof documents)["\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      id\n      ...UserRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExportUsersCsv {\n    exportUsersCsv\n  }\n"): (typeof documents)["\n  mutation ExportUsersCsv {\n    exportUsersCsv\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EraseUser($input: EraseUserInput!) {\n    eraseUser(input: $input) {\n      user {\n        id\n        ...UserRow\n      }\n      counts {\n        section\n        kind\n        count\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EraseUser($input: EraseUserInput!) {\n    eraseUser(input: $input) {\n      user {\n        id\n        ...UserRow\n      }\n      counts {\n        section\n        kind\n        count\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserRow on User {\n    id\n    name\n    email\n    role\n    locale\n    primaryOrgUnitId\n    managedOrgUnitIds\n    deactivatedAt\n    erasedAt\n  }\n"): (typeof documents)["\n  fragment UserRow on User {\n    id\n    name\n    email\n    role\n    locale\n    primaryOrgUnitId\n    managedOrgUnitIds\n    deactivatedAt\n    erasedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Users($first: Int!, $after: String, $search: String) {\n    users(first: $first, after: $after, search: $search) {\n      edges {\n        cursor\n        node {\n          id\n          ...UserRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Users($first: Int!, $after: String, $search: String) {\n    users(first: $first, after: $after, search: $search) {\n      edges {\n        cursor\n        node {\n          id\n          ...UserRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OwnerCandidates($search: String!) {\n    users(first: 20, search: $search, activeOnly: true) {\n      edges {\n        node {\n          id\n          name\n          email\n          deactivatedAt\n          erasedAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OwnerCandidates($search: String!) {\n    users(first: 20, search: $search, activeOnly: true) {\n      edges {\n        node {\n          id\n          name\n          email\n          deactivatedAt\n          erasedAt\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;