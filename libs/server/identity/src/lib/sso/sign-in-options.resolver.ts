import { Field, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Public } from '@inspraak/server-auth';
import { SsoService } from './sso.service';

@ObjectType('SingleSignOnOption', {
  description: 'Sign-in through the organisation (OpenID Connect).',
})
export class SingleSignOnOptionObject {
  @Field({ description: 'Name for the button: "Sign in with …".' })
  displayName!: string;

  @Field({ description: 'Send the browser here (GET) to start; add `?returnTo=/path`.' })
  startUrl!: string;
}

@ObjectType('SignInOptions', { description: 'How people can sign in here.' })
export class SignInOptionsObject {
  @Field({ description: 'E-mail address and password.' })
  password!: boolean;

  @Field(() => SingleSignOnOptionObject, {
    nullable: true,
    description: 'Single sign-on; null when not configured.',
  })
  singleSignOn!: SingleSignOnOptionObject | null;
}

@Resolver()
export class SignInOptionsResolver {
  constructor(private readonly sso: SsoService) {}

  @Query(() => SignInOptionsObject, {
    description: 'How people can sign in (for the sign-in page).',
  })
  @Public()
  signInOptions(): SignInOptionsObject {
    return {
      password: true,
      singleSignOn: this.sso.enabled
        ? { displayName: this.sso.displayName, startUrl: '/api/auth/oidc/start' }
        : null,
    };
  }
}
