import { AccountCode } from '../accounts/account-code.entity.js';
import { SignInFailure } from '../accounts/sign-in-failure.entity.js';
import { User } from '../accounts/user.entity.js';
import { UserSession } from '../accounts/user-session.entity.js';
import { ApiToken } from '../auth/token.entity.js';
import { PreviewSession } from '../auth/preview-session.entity.js';
import { entities as contentEntities } from '../content/entities.js';
import { ContentState } from '../content/read/content-state.entity.js';
import { AuditEntry } from '../editorial/audit-entry.entity.js';
import { Revision } from '../editorial/revision.entity.js';
import { ScheduledAction } from '../editorial/scheduled-action.entity.js';
import { Application } from '../enquiries/application.entity.js';
import { Enquiry } from '../enquiries/enquiry.entity.js';
import { Webhook, WebhookDelivery } from '../webhooks/webhook.entity.js';

/** Every entity the ORM maps: the content graph and the editorial records around it. */
export const entities = [
  ...contentEntities,
  ApiToken,
  PreviewSession,
  User,
  UserSession,
  AccountCode,
  SignInFailure,
  Revision,
  AuditEntry,
  ScheduledAction,
  Webhook,
  WebhookDelivery,
  Enquiry,
  Application,
  ContentState,
];
