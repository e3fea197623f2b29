import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  JobTitleDocument,
  SiteLocalesDocument,
  SubmitApplicationDocument,
  SubmitEnquiryDocument,
} from '../generated/graphql.js';
import { localizedPath, parsePath, sitePagePath } from '../pages/paths.js';
import { renderMessage } from '../render/render-page.js';
import { applicationText } from '../render/ui-text/application.js';
import {
  APPLICATIONS_PATH,
  ApplicationProblemsView,
  ApplicationThanksView,
  type Problem,
} from '../render/views/application.js';
import { EnquiryProblemsView, EnquiryThanksView } from '../render/views/enquiry.js';
import type { RequestAuth } from './auth.js';
import { readBody, send } from './http.js';
import type { OperationResult, SiteDeps } from './site.js';

/*
 * The public forms' POSTs (they work without JavaScript): the mutation runs through GraphQL,
 * with its protections (rate limit, honeypot, validation), and the answer is a page.
 */

const HTML = 'text/html; charset=utf-8';
/** Largest form body read: a form over it is refused before any field is looked at. */
const FORM_BYTES = 64 * 1024;

type Errors = NonNullable<OperationResult<unknown>['errors']>;

/** The HTTP status for a refused form: 429, 410, 400, or 500 for anything unexpected. */
function statusOf(errors: Errors): number {
  const codes = new Set(errors.map((e) => e.extensions?.code));
  if (codes.has('RATE_LIMITED')) return 429;
  if (codes.has('GONE')) return 410;
  if (codes.has('BAD_USER_INPUT')) return 400;
  return 500;
}

const NO_STORE = { 'cache-control': 'no-store' };

function retryHeaders(errors: Errors): Record<string, string> {
  const limited = errors.find((e) => e.extensions?.code === 'RATE_LIMITED');
  return limited
    ? { ...NO_STORE, 'retry-after': String(limited.extensions?.retryAfter ?? 60) }
    : NO_STORE;
}

/** Each problem with the input field it is about (`input.` dropped), or none. */
function problemsOf(errors: Errors): Problem[] {
  return errors.flatMap((e): Problem[] => {
    const fields = e.extensions?.fields as { field: string; message: string }[] | undefined;
    if (fields?.length)
      return fields.map((f) => ({ field: f.field.replace(/^input\./, ''), message: f.message }));
    const field = e.extensions?.field as string | undefined;
    if (!field) return [{ field: null, message: e.message }];
    return [{ field: field.replace(/^input\./, ''), message: e.message.replace(`${field}: `, '') }];
  });
}

/** The enquiry form's POST: the mutation runs through GraphQL; the answer is a page. */
export async function enquiry(
  req: IncomingMessage,
  res: ServerResponse,
  auth: RequestAuth,
  clientKey: string,
  deps: SiteDeps,
) {
  const form = new URLSearchParams(await readBody(req, FORM_BYTES));
  const specialism = form.get('specialism') ?? '';
  const input = {
    name: form.get('name') ?? '',
    email: form.get('email') ?? '',
    company: form.get('company') ?? '',
    specialism,
    roles: form.getAll('roles'),
    message: form.get('message') ?? '',
    consent: form.get('consent') === 'yes',
    website: form.get('website') ?? '',
  };
  const result = await deps.executeFor({ ...auth, preview: false }, clientKey)(
    SubmitEnquiryDocument,
    { input },
  );
  const query = deps.queryFor({ ...auth, preview: false }, clientKey);
  const back = parsePath(`/${specialism}/`) ? `/${specialism}/#enquire` : '/';
  if (result.data?.submitEnquiry) {
    const page = await renderMessage(
      query,
      deps.site.name,
      {
        path: '/enquiries',
        title: 'Thank you',
        description: 'Your enquiry was received.',
        status: 200,
      },
      EnquiryThanksView({ reference: result.data.submitEnquiry.id, specialism }),
    );
    return send(res, page.status, HTML, page.html, { 'cache-control': 'no-store' });
  }
  const errors = result.errors ?? [];
  const limited = errors.find((e) => e.extensions?.code === 'RATE_LIMITED');
  const status = limited
    ? 429
    : errors.some((e) => e.extensions?.code === 'BAD_USER_INPUT')
      ? 400
      : 500;
  const problems = errors.flatMap((e) => {
    const fields = e.extensions?.fields as { field: string; message: string }[] | undefined;
    return fields?.length
      ? fields.map((f) => `${f.field.replace(/^input\./, '')}: ${f.message}`)
      : [e.message];
  });
  const page = await renderMessage(
    query,
    deps.site.name,
    {
      path: '/enquiries',
      title: 'Enquiry not sent',
      description: 'The enquiry was not sent.',
      status,
    },
    EnquiryProblemsView({ problems, back }),
  );
  const headers: Record<string, string> = { 'cache-control': 'no-store' };
  if (limited) headers['retry-after'] = String(limited.extensions?.retryAfter ?? 60);
  send(res, page.status, HTML, page.html, headers);
}

/**
 * The application form's POST (a job page without `applyUrl`): stored through
 * `submitApplication`; the answer is a page in the form page's language, with the way back to
 * the job. Refusals answer 400 (what to fix, each linked to its field), 410 (the job has expired
 * or closed; nothing is stored) or 429 (with `Retry-After`).
 */
export async function application(
  req: IncomingMessage,
  res: ServerResponse,
  auth: RequestAuth,
  clientKey: string,
  deps: SiteDeps,
) {
  const form = new URLSearchParams(await readBody(req, FORM_BYTES));
  const vacancy = form.get('vacancy') ?? '';
  const requested = form.get('locale') ?? '';
  const publicAuth = { ...auth, preview: false };
  const query = deps.queryFor(publicAuth, clientKey);
  const { locales } = await query(SiteLocalesDocument, {});
  const locale = locales.find((l) => l.code === requested);
  const prefix = locale && !locale.isDefault ? locale.code : undefined;
  const back =
    sitePagePath(localizedPath(`/jobs/${vacancy}/`, prefix)) ?? localizedPath('/jobs/', prefix);
  const input = {
    vacancy,
    name: form.get('name') ?? '',
    email: form.get('email') ?? '',
    message: form.get('message') ?? '',
    cv: form.get('cv') ?? '',
    ...(locale && { locale: locale.code }),
    consent: form.get('consent') === 'yes',
    website: form.get('website') ?? '',
  };
  const result = await deps.executeFor(publicAuth, clientKey)(SubmitApplicationDocument, {
    input,
  });
  const t = applicationText(locale?.code);
  const receipt = result.data?.submitApplication;
  if (receipt) {
    const title = await jobTitle(deps, publicAuth, clientKey, vacancy, locale?.code);
    const page = await renderMessage(
      query,
      deps.site.name,
      { path: APPLICATIONS_PATH, title: t.thanksTitle, description: t.thanksTitle, status: 200 },
      ApplicationThanksView({ reference: receipt.id, title, back }),
      locale?.code,
    );
    return send(res, page.status, HTML, page.html, NO_STORE);
  }
  const errors = result.errors ?? [];
  const status = statusOf(errors);
  const kind = status === 410 ? 'gone' : status === 429 ? 'limited' : 'input';
  const title = kind === 'gone' ? t.goneTitle : kind === 'limited' ? t.limitedTitle : t.failedTitle;
  const page = await renderMessage(
    query,
    deps.site.name,
    { path: APPLICATIONS_PATH, title, description: title, status },
    ApplicationProblemsView({ kind, problems: problemsOf(errors), back }),
    locale?.code,
  );
  send(res, page.status, HTML, page.html, retryHeaders(errors));
}

/** The job's title for the thank-you page, in the page's language. */
async function jobTitle(
  deps: SiteDeps,
  auth: RequestAuth,
  clientKey: string,
  slug: string,
  locale: string | undefined,
): Promise<string> {
  const { vacancy } = await deps.queryFor(auth, clientKey)(JobTitleDocument, { slug, locale });
  return vacancy?.title ?? slug;
}
