import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

/** What an owner's resolver returns for each attachment (see AttachmentService.listForOwners). */
export interface AttachmentView {
  id: string;
  url: string;
  contentType: string;
  width: number;
  height: number;
  bytes: number;
  description: string | null;
}

@ObjectType('Attachment', {
  description:
    'An uploaded image. `url` is served only to viewers who may see what it is attached to.',
})
export class AttachmentObject implements AttachmentView {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Same-origin path of the file (GET, session cookie).' })
  url!: string;

  @Field({ description: 'image/jpeg, image/png or image/webp.' })
  contentType!: string;

  @Field(() => Int, { description: 'Pixels, after scaling down and applying the orientation.' })
  width!: number;

  @Field(() => Int)
  height!: number;

  @Field(() => Int, { description: 'Size of the stored file in bytes.' })
  bytes!: number;

  @Field(() => String, {
    nullable: true,
    description:
      'Text alternative given by the author (what the image shows); null when none was given.',
  })
  description!: string | null;
}
