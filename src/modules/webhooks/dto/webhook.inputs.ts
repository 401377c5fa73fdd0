import { ArgsType, Field, InputType, IntersectionType, PartialType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsBoolean, IsEnum, IsOptional, IsString, IsUrl, MaxLength } from 'class-validator';
import { VersionedDeleteInput } from '../../../common/dto/versioned-delete.input.js';
import { VersionedUpdateInput } from '../../../common/dto/versioned-update.input.js';
import { OmittableNotNull } from '../../../common/validation/omittable-not-null.js';
import { PageArgs } from '../../../graphql/pagination/connection.js';
import { GlobalIdField } from '../../../graphql/relay/global-id.input.js';
import { WebhookDeliveryStatus } from '../../../generated/prisma/client.js';
import { WebhookEvent } from '../webhook-events.js';

const URL_RULES = { protocols: ['http', 'https'], require_protocol: true, require_tld: false, require_valid_protocol: true };

@InputType({ description: 'A new webhook endpoint.' })
export class CreateWebhookInput {
  @Field({ description: 'Where to POST, an http or https URL, e.g. "https://example.com/hooks/podium".' })
  @IsString()
  @MaxLength(2000)
  @IsUrl(URL_RULES, { message: 'url must be an http or https URL' })
  url: string;

  @Field(() => [WebhookEvent], { description: 'The events to receive, at least one.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(Object.keys(WebhookEvent).length)
  @ArrayUnique()
  @IsEnum(WebhookEvent, { each: true })
  events: WebhookEvent[];

  @Field(() => String, { nullable: true, description: 'What the endpoint is for.' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  description?: string | null;

  @Field({ nullable: true, description: 'False registers it paused (default true).' })
  @OmittableNotNull()
  @IsBoolean()
  active?: boolean;
}

@InputType({ description: 'Changes to a webhook; omitted fields stay as they are.' })
export class UpdateWebhookInput extends IntersectionType(
  PartialType(CreateWebhookInput, { skipNullProperties: false }),
  VersionedUpdateInput('Webhook'),
) {}

@InputType({ description: 'The webhook to delete, with the version you saw.' })
export class DeleteWebhookInput extends VersionedDeleteInput('Webhook') {}

@InputType({ description: 'The webhook whose secret to replace.' })
export class RotateWebhookSecretInput {
  @GlobalIdField('Webhook', { description: 'The webhook.' })
  id: string;
}

@ArgsType()
export class WebhooksArgs extends PageArgs {}

@ArgsType()
export class WebhookDeliveriesArgs extends PageArgs {
  @Field(() => WebhookDeliveryStatus, { nullable: true, description: 'Only deliveries in this state.' })
  @IsOptional()
  @IsEnum(WebhookDeliveryStatus)
  status?: WebhookDeliveryStatus;
}
