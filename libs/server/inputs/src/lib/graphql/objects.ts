import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { InputStatus } from '@inspraak/contracts';
import { ConnectionType } from '@inspraak/server-graphql';

registerEnumType(InputStatus, {
  name: 'InputStatus',
  description: 'ACTIVE until the author withdraws the input.',
});

/** The name shown for every anonymous author, to every role. */
export const ANONYMOUS_NAME = 'Anoniem';

@ObjectType('InputAuthor', {
  description:
    'Who wrote an input or comment. For anonymous ones: no id, the name "Anoniem" and ' +
    'anonymous = true, for every viewer (admins included).',
})
export class InputAuthorObject {
  @Field(() => ID, { nullable: true }) id!: string | null;
  @Field() name!: string;
  @Field() anonymous!: boolean;
}

@ObjectType('CommentViewer', { description: 'What the caller may do with a comment.' })
export class CommentViewerObject {
  @Field({ description: 'The caller wrote it (also when it is anonymous).' }) isAuthor!: boolean;
  @Field() canEdit!: boolean;
  @Field() canDelete!: boolean;
}

@ObjectType('Comment', { description: 'A comment on an input; replies are one level deep.' })
export class CommentObject {
  @Field(() => ID) id!: string;
  @Field(() => ID) inputId!: string;
  @Field(() => ID, { nullable: true, description: 'The top-level comment this replies to.' })
  parentId!: string | null;
  @Field({ description: 'Markdown as written; empty when deleted or hidden from the caller.' })
  body!: string;
  @Field() anonymous!: boolean;
  @Field() deleted!: boolean;
  @Field() hidden!: boolean;
  @Field(() => String, { nullable: true, description: 'Why moderators hid it.' })
  hiddenReason!: string | null;
  @Field(() => Date, { nullable: true }) editedAt!: Date | null;
  @Field() createdAt!: Date;
  /** Resolved fields (author, viewer, replies) read these; not exposed. */
  authorId!: string | null;
  authorHash!: string | null;
}

@ObjectType()
export class CommentConnection extends ConnectionType(CommentObject, 'Comment') {}
