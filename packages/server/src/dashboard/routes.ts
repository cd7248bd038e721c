// The analytics dashboard's routes (issue 16, docs/analytics.md, "The dashboard"): under
// /dashboard, behind the export token, shown by a browser without script. The aggregates are the
// ones analytics.json answers (the same function makes both); this file only draws them.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { TABLE_COLUMNS, parseBy, tableCsv, type Aggregates } from '../analytics/aggregate.js';
import type { DefinitionStore } from '../definitions.js';
import { isSecureRequest } from '../html-session.js';
import { RequestProblem } from '../submission.js';
import { ANALYTICS_DIMENSIONS, type AnalyticsDimension } from '../storage/storage.js';
import { DASHBOARD_COOKIE, DASHBOARD_PATH, SECURE_DASHBOARD_COOKIE, cookieValues, dashboardCookie, signedValue, tokenMatches, validSignedValue } from './auth.js';
import { Names, dashboardPage, formsPage, messagePage, signInPage } from './render.js';
import { DASHBOARD_CSS } from './style.js';
import { TEXT } from './text.js';

/**
 * The dashboard's Content-Security-Policy: nothing runs, styles only from this origin (no inline
 * style, no style attribute: the charts are SVG with attributes), forms post only here.
 */
export const DASHBOARD_CSP = "default-src 'none'; script-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

export interface DashboardOptions {
  exportToken: string | undefined;
  definitions: DefinitionStore;
  /** The route config that rate-limits a route (the API's), or `{}`. */
  rateLimited: object;
  publicOrigins: readonly string[];
  /** The aggregates of a known form by these dimensions: the function analytics.json answers with. */
  aggregates: (formId: string, by: AnalyticsDimension[]) => Promise<Aggregates>;
  /** The masked comments as CSV: what `/api/forms/:formId/feedback/comments.csv` answers. */
  commentsCsv: (formId: string) => Promise<string>;
  /** The clock of the sign-in cookie, epoch ms (tests). */
  now?: () => number;
}

/** Most bytes of the sign-in form's body (a token and a form id). */
const SIGN_IN_BYTES = 4096;

type FormRequest = FastifyRequest<{ Params: { formId: string }; Querystring: { by?: string | string[] } }>;

/** Registers `/dashboard`, its sign-in and sign-out, each form's page and its CSV downloads. */
export async function registerDashboard(app: FastifyInstance, options: DashboardOptions): Promise<void> {
  const { definitions, exportToken } = options;
  const config = options.rateLimited;
  const now = options.now ?? Date.now;

  const sendPage = (reply: FastifyReply, status: number, page: string) => reply.code(status).header('cache-control', 'no-store').type('text/html; charset=utf-8').send(page);

  /** Whether the request holds the token: `Authorization: Bearer`, or the signed cookie of a sign-in. */
  const signedIn = (request: FastifyRequest, token: string): boolean => {
    const bearer = /^bearer +([^\s]+)$/i.exec(request.headers.authorization ?? '');
    if (bearer && tokenMatches(bearer[1], token)) return true;
    const name = isSecureRequest(request, options.publicOrigins) ? SECURE_DASHBOARD_COOKIE : DASHBOARD_COOKIE;
    return cookieValues(request.headers.cookie, name).some((value) => validSignedValue(value, token, now()));
  };

  /** The token when the request holds it; otherwise the page is answered (403 off, 401 sign in) and undefined. */
  const guard = async (request: FastifyRequest, reply: FastifyReply, formId?: string): Promise<string | undefined> => {
    if (!exportToken) {
      await sendPage(reply, 403, messagePage(TEXT.offTitle, TEXT.offText));
      return undefined;
    }
    if (!signedIn(request, exportToken)) {
      await sendPage(reply.header('www-authenticate', 'Bearer realm="dashboard"'), 401, signInPage(formId !== undefined && definitions.has(formId) ? formId : undefined));
      return undefined;
    }
    return exportToken;
  };

  /** The aggregates a form's page or download asks for; undefined when refused (the page answered). */
  const load = async (request: FormRequest, reply: FastifyReply): Promise<Aggregates | undefined> => {
    const { formId } = request.params;
    if (!(await guard(request, reply, formId))) return undefined;
    if (!definitions.has(formId)) {
      await sendPage(reply, 404, messagePage(TEXT.notFoundTitle, TEXT.notFoundText, { href: DASHBOARD_PATH, text: TEXT.allForms }));
      return undefined;
    }
    // `?by=week,locale` as analytics.json takes it; the page's checkboxes send `by=&by=week&by=locale`.
    const asked = request.query.by;
    const by = parseBy(Array.isArray(asked) ? asked.join(',') : asked);
    if (!by) {
      await sendPage(reply, 400, messagePage(TEXT.badQueryTitle, TEXT.badQueryText, { href: `${DASHBOARD_PATH}/${encodeURIComponent(formId)}`, text: TEXT.backToDashboard }));
      return undefined;
    }
    return options.aggregates(formId, by);
  };

  app.get(`${DASHBOARD_PATH}/dashboard.css`, { config }, async (_request, reply) =>
    reply.header('cache-control', 'public, max-age=300').type('text/css; charset=utf-8').send(DASHBOARD_CSS),
  );

  await app.register(async (dashboard) => {
    dashboard.removeAllContentTypeParsers();
    dashboard.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: SIGN_IN_BYTES }, (_request, body, done) => {
      done(null, new URLSearchParams(body as string));
    });
    // Every refusal is a page: a foreign origin's POST (403), too many requests, a body too large.
    dashboard.setErrorHandler(async (error: Error & { statusCode?: number; code?: string }, request, reply) => {
      const status = error instanceof RequestProblem ? error.statusCode : error.statusCode && error.statusCode >= 400 ? error.statusCode : 500;
      if (status >= 500) {
        request.log.error({ code: error.code, name: error.name, message: error.message }, 'request failed');
        return sendPage(reply, 500, messagePage(TEXT.errorTitle, TEXT.errorText));
      }
      request.log.info({ code: error.code, status }, 'request refused');
      if (status === 429) return sendPage(reply, 429, messagePage(TEXT.busyTitle, TEXT.busyText));
      return sendPage(reply, status, messagePage(TEXT.forbiddenTitle, status === 403 ? TEXT.forbiddenText : TEXT.badRequestText, { href: DASHBOARD_PATH, text: TEXT.backToDashboard }));
    });

    dashboard.get(DASHBOARD_PATH, { config }, async (request, reply) => {
      if (!(await guard(request, reply))) return reply;
      const forms = definitions.ids().map((id) => ({ id, title: new Names(definitions.get(id)!.definition).title }));
      return sendPage(reply, 200, formsPage(forms));
    });

    dashboard.post<{ Body: URLSearchParams }>(`${DASHBOARD_PATH}/sign-in`, { config }, async (request, reply) => {
      const body = request.body instanceof URLSearchParams ? request.body : new URLSearchParams();
      const form = body.get('form') ?? undefined;
      const formId = form !== undefined && definitions.has(form) ? form : undefined;
      if (!exportToken) return sendPage(reply, 403, messagePage(TEXT.offTitle, TEXT.offText));
      const token = body.get('token') ?? '';
      if (!tokenMatches(token, exportToken)) return sendPage(reply, token === '' ? 400 : 401, signInPage(formId, token === '' ? 'missing' : 'wrong'));
      const secure = isSecureRequest(request, options.publicOrigins);
      return reply
        .code(303)
        .header('cache-control', 'no-store')
        .header('set-cookie', dashboardCookie(signedValue(exportToken, now()), secure))
        .header('location', formId === undefined ? DASHBOARD_PATH : `${DASHBOARD_PATH}/${encodeURIComponent(formId)}`)
        .send();
    });

    dashboard.post(`${DASHBOARD_PATH}/sign-out`, { config }, async (request, reply) =>
      reply.code(303).header('cache-control', 'no-store').header('set-cookie', dashboardCookie('', isSecureRequest(request, options.publicOrigins), 0)).header('location', DASHBOARD_PATH).send(),
    );

    dashboard.get<{ Params: { formId: string }; Querystring: { by?: string | string[] } }>(`${DASHBOARD_PATH}/:formId`, { config }, async (request, reply) => {
      const result = await load(request, reply);
      if (!result) return reply;
      return sendPage(reply, 200, dashboardPage(result, definitions.get(result.formId)!.definition, ANALYTICS_DIMENSIONS));
    });

    const download = (reply: FastifyReply, formId: string, name: string) =>
      reply.header('cache-control', 'no-store').header('content-disposition', `attachment; filename="${formId.replace(/[^A-Za-z0-9_-]/g, '_')}-${name}"`).type('text/csv; charset=utf-8');
    for (const table of ['funnel', 'errors', 'satisfaction'] as const) {
      dashboard.get<{ Params: { formId: string }; Querystring: { by?: string | string[] } }>(`${DASHBOARD_PATH}/:formId/${table}.csv`, { config }, async (request, reply) => {
        const result = await load(request, reply);
        if (!result) return reply;
        return download(reply, result.formId, `${table}.csv`).send(tableCsv(result[table] as Record<string, unknown>[], [...result.by, ...TABLE_COLUMNS[table]]));
      });
    }
    dashboard.get<{ Params: { formId: string } }>(`${DASHBOARD_PATH}/:formId/comments.csv`, { config }, async (request, reply) => {
      const { formId } = request.params;
      if (!(await guard(request, reply, formId))) return reply;
      if (!definitions.has(formId)) return sendPage(reply, 404, messagePage(TEXT.notFoundTitle, TEXT.notFoundText, { href: DASHBOARD_PATH, text: TEXT.allForms }));
      return download(reply, formId, 'comments.csv').send(await options.commentsCsv(formId));
    });
  });
}
