import { graphql } from '../../../gql';

export const RequestPasswordResetMutation = graphql(`
  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {
    requestPasswordReset(input: $input)
  }
`);

export const ResetPasswordMutation = graphql(`
  mutation ResetPassword($input: TokenPasswordInput!) {
    resetPassword(input: $input) {
      ...CurrentUser
    }
  }
`);

export const AcceptInvitationMutation = graphql(`
  mutation AcceptInvitation($input: TokenPasswordInput!) {
    acceptInvitation(input: $input) {
      ...CurrentUser
    }
  }
`);
