import { readFile, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import multipart from '@fastify/multipart';
import {
  CHECK_ANSWERS,
  FormSession,
  SessionError,
  fieldAtPath,
  getAnswer,
  message,
  type FieldError,
  type FormDefinition,
  type FormSessionState,
} from '@service-forms/core';
import { fieldId, readFeedbackPost, readPagePost, type FeedbackPost, type PagePost } from '@service-forms/html';
import { renderConfirmationPage, renderFeedbackThanksPage, renderFormPage, renderMessagePage } from '@service-forms/html/render';
import { readFeedback } from '../analytics/wire.js';
import { addVary, chooseCoding, codedEtag, codingsOf, compressOnce, CodedCache } from '../compression.js';
import type { DefinitionStore, LoadedDefinition } from '../definitions.js';
import { ReceivedFile, filePartPath, fileTypeAllowed } from '../files.js';
import { CSRF_FIELD, checkCsrf, serializeCookie, type HtmlSessions } from '../html-session.js';
import { matchesEtag } from '../http-cache.js';
import { cleanFileName, type FormSessionRecord, type NewSubmission } from '../storage/storage.js';
import { RequestProblem, checkAnswers, fingerprint, placeFiles, type ReceivedEnvelope } from '../submission.js';
import { BUSY_RETRY_SECONDS, checkFilePart, drain, readUpTo, type UploadMemory } from '../uploads.js';
import { toReceivedFiles, toStoredFile, type StoredFile } from './stored-files.js';
import { word, type WordKey } from './words.js';

/*
 * The no-JavaScript flow (issue 23): every form as plain HTML pages under `/apply/<form id>`,
 * one `<form method="post">` per page, post/redirect/get, the state in a session row
 * (html-session.ts), the pages from @service-forms/html, validation by core's FormSession.
 * Routes and rules: docs/server.md, "The HTML flow".
 */

/**
 * The Content-Security-Policy of the flow's pages: nothing runs (`script-src 'none'`), styles
 * only from the server's stylesheet, forms post only here, never framed.
 */
export const HTML_FLOW_CSP = "default-src 'self'; script-src 'none'; style-src 'self'; img-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

/**
 * The same with the flow's `enhance` on (issue 15): scripts from this origin only (the bundle
 * and its chunks), which fetch the definition and post the application here.
 */
export const HTML_FLOW_ENHANCED_CSP = HTML_FLOW_CSP.replace("script-src 'none'", "script-src 'self'");

/** Where the flow's stylesheet is served (a `<link>` on every page). */
export const HTML_FLOW_STYLESHEET = '/assets/service-forms.css';

/** The stylesheet file of @service-forms/html (`@service-forms/html/styles.css`, `src/styles/service-forms.css`). */
export function defaultStylesheetFile(): string | undefined {
  try {
    return fileURLToPath(import.meta.resolve('@service-forms/html/styles.css'));
  } catch {
    // An older package without the export: its file, where it would be.
  }
  try {
    // `…/packages/html/src/index.ts` (source) or `…/packages/html/dist/index.js` (built): the package is two folders up.
    const entry = fileURLToPath(import.meta.resolve('@service-forms/html'));
    return join(dirname(dirname(entry)), 'src', 'styles', 'service-forms.css');
  } catch {
    return undefined;
  }
}

export interface HtmlFlowOptions {
  definitions: DefinitionStore;
  sessions: HtmlSessions;
  limits: { jsonBytes: number; fileBytes: number; files: number };
  fileTypes: readonly string[];
  uploadMemory: UploadMemory;
  /** The route config that rate-limits a route (the API's), or `{}`. */
  rateLimited: object;
  today?: (() => string) | undefined;
  /** The clock (epoch ms) whose ISO week feedback is stored under (the analytics clock). */
  now?: (() => number) | undefined;
  /** The stylesheet's URL and the file served there (none: the link stays, the URL is 404). */
  stylesheet: { href: string; file: string | undefined };
  /** `<sf-form>` takes the pages over when this bundle arrives (HtmlFlowSettings.enhance). */
  enhance?: { script: string; endpoint: string } | undefined;
}

/** Most text of one page's POST (urlencoded, or a multipart body's text parts): the JSON body limit. */
const TEXT_PARTS = 1000;

type Locale = string;

/** The posted CSRF token: the one value of the field, or the list when it came more than once (never the session's). */
const csrfValue = (body: URLSearchParams): unknown => {
  const all = body.getAll(CSRF_FIELD);
  return all.length > 1 ? all : all[0];
};

/** The best of `offered` for an `Accept-Language` header, else the first offered. */
export function pickLocale(header: string | undefined, offered: readonly string[], wanted?: unknown): Locale {
  if (typeof wanted === 'string' && offered.includes(wanted)) return wanted;
  const ranked = (header ?? '')
    .split(',')
    .map((part, i) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
      return { tag: tag.trim().toLowerCase(), q: q === undefined ? 1 : Number(q), i };
    })
    .filter((entry) => entry.tag && entry.q > 0)
    .sort((a, b) => b.q - a.q || a.i - b.i);
  for (const { tag } of ranked) {
    const found = offered.find((locale) => locale.toLowerCase() === tag || locale.toLowerCase() === tag.split('-')[0]);
    if (found) return found;
  }
  return offered[0] ?? 'kk';
}

/** A multipart page's text parts and files, read within the limits, or why it was refused. */
interface PageBody {
  body: URLSearchParams;
  files: Record<string, StoredFile[]>;
  /** File parts refused before or after their bytes (type, size, count): shown as the field's error. */
  fileErrors: FieldError[];
  /** File parts for no file field of the page: tampering, listed like readPagePost's `ignored`. */
  unknownFiles: string[];
}

class FlowProblem extends Error {
  constructor(
    readonly statusCode: number,
    readonly words: WordKey[],
    readonly locale: string,
    readonly link?: { href: string; text: string },
  ) {
    super(words[0]);
  }
}

/**
 * Registers the flow: `GET /assets/service-forms.css` on `app`, and under `basePath` the pages,
 * their POSTs, the language and Change links, resume and the confirmation.
 */
export async function registerHtmlFlow(app: FastifyInstance, options: HtmlFlowOptions): Promise<void> {
  const { definitions, sessions, limits, fileTypes, uploadMemory, rateLimited } = options;
  const basePath = sessions.basePath;
  const config = rateLimited;
  const stylesheet = options.stylesheet.href;

  const formUrl = (formId: string) => `${basePath}/${encodeURIComponent(formId)}`;
  const stepUrl = (formId: string, step: string) => `${formUrl(formId)}/${encodeURIComponent(step)}`;
  const confirmationUrl = (formId: string) => `${formUrl(formId)}/session/confirmation`;
  const resumeUrl = (formId: string) => `${formUrl(formId)}/session/resume`;
  /** The confirmation's satisfaction question: POSTed here; GET is the thanks once it was answered. */
  const feedbackUrl = (formId: string) => `${formUrl(formId)}/session/feedback`;
  const inLocale = (url: string, locale: string) => `${url}?lang=${encodeURIComponent(locale)}`;
  /** A sent session's page in the language its `?lang=` link asks for, when the form has it (nothing is written to the session). */
  const inAskedLocale = (fs: FormSession, state: FormSessionState, lang: unknown) =>
    typeof lang === 'string' && fs.definition.locales.includes(lang) ? fs.setLocale(state, lang) : state;
  const clock = options.now ?? Date.now;
  const formSession = (definition: FormDefinition) => {
    const today = options.today?.();
    return new FormSession(definition, today ? { today } : {});
  };

  // ---------------------------------------------------------------- answering

  /** Sends a page: no-store, compressed when asked for (a page is made for one request). */
  const sendHtml = async (request: FastifyRequest, reply: FastifyReply, status: number, html: string) => {
    const body = Buffer.from(html);
    reply.code(status).header('cache-control', 'no-store').type('text/html; charset=utf-8');
    addVary(reply, 'Accept-Encoding');
    const coding = chooseCoding(request.headers['accept-encoding'], ['br', 'gzip']);
    const coded = coding === 'identity' ? undefined : await compressOnce(body, coding);
    if (coded && coding !== 'identity') reply.header('content-encoding', coding);
    return reply.send(coded ?? body);
  };

  /** A page of the flow's own: a heading, paragraphs, an optional link, in `locale`. */
  const messagePage = (request: FastifyRequest, reply: FastifyReply, status: number, locale: string, words: WordKey[], link?: { href: string; text: string }) => {
    const [heading, ...paragraphs] = words.map((key) => word(locale, key));
    const title = status >= 400 && status !== 410 ? `${message(locale, 'error-prefix')} ${heading!}` : heading!;
    return sendHtml(request, reply, status, renderMessagePage({ locale, heading: heading!, paragraphs, title, stylesheet, ...(link ? { link } : {}) }));
  };

  const see = (reply: FastifyReply, location: string) => reply.code(303).header('cache-control', 'no-store').header('location', location).send();

  const setCookie = (request: FastifyRequest, reply: FastifyReply, record: FormSessionRecord) => reply.header('set-cookie', serializeCookie(sessions.cookie(request, record)));

  /** The locale of a page with no session: `?lang`, else Accept-Language, among the form's languages (or the SDK's). */
  const requestLocale = (request: FastifyRequest, offered: readonly string[] = ['kk', 'ru', 'en']) =>
    pickLocale(request.headers['accept-language'], offered, (request.query as { lang?: unknown } | undefined)?.lang);

  const notFound = (request: FastifyRequest, reply: FastifyReply) => messagePage(request, reply, 404, requestLocale(request), ['notFoundHeading', 'notFoundText']);

  /** Answers when the request's session is gone (`none`): a cookie that led nowhere, or no cookie at all. */
  const ended = (request: FastifyRequest, reply: FastifyReply, loaded: LoadedDefinition) => {
    const locale = requestLocale(request, loaded.definition.locales);
    const link = { href: formUrl(loaded.definition.id), text: word(locale, 'startAgain') };
    if (sessions.idFrom(request) === undefined) {
      return messagePage(request, reply, 403, locale, ['endedHeading', 'noCookie'], { href: formUrl(loaded.definition.id), text: word(locale, 'startForm') });
    }
    return messagePage(request, reply, 410, locale, ['endedHeading', 'endedText'], link);
  };

  /** The expired page: the answers are held; Continue resumes them in a new session. */
  const expiredPage = (request: FastifyRequest, reply: FastifyReply, record: FormSessionRecord) =>
    messagePage(request, reply, 410, record.state.locale, ['expiredHeading', 'expiredText', 'expiredHeld'], { href: resumeUrl(record.formId), text: message(record.state.locale, 'continue') });

  /** The definition of the form named, or undefined (answered 404). */
  const lookup = (formId: string): LoadedDefinition | undefined => (definitions.has(formId) ? definitions.get(formId) : undefined);

  /** A session's state checked against its version's definition (never trusted), or undefined when that version is gone. */
  const restore = (record: FormSessionRecord): { fs: FormSession; state: FormSessionState; loaded: LoadedDefinition } | undefined => {
    const loaded = definitions.get(record.formId, record.formVersion);
    if (!loaded) return undefined;
    const fs = formSession(loaded.definition);
    try {
      return { fs, state: fs.restore(record.state).state, loaded };
    } catch (error) {
      if (error instanceof SessionError) return undefined;
      throw error;
    }
  };

  /** The URLs and token a page of the form gets. */
  const pageOptions = (fs: FormSession, state: FormSessionState, record: FormSessionRecord) => {
    const formId = fs.definition.id;
    const previous = fs.previousStep(state);
    const today = options.today?.();
    return {
      action: stepUrl(formId, state.step),
      csrf: { name: CSRF_FIELD, value: record.csrfToken },
      stylesheet,
      languageHref: (locale: string) => `${formUrl(formId)}/lang/${encodeURIComponent(locale)}`,
      changeHref: (step: string, field: string) => `${formUrl(formId)}/change/${encodeURIComponent(step)}#${fieldId(field)}`,
      ...(previous ? { back: stepUrl(formId, previous) } : {}),
      // After a send the server refused (a rule only the strict check holds), check answers says so.
      ...(state.step === CHECK_ANSWERS && Object.keys(state.errors).length > 0 ? { sendFailed: true } : {}),
      ...(today ? { today } : {}),
      // sf-form takes the page over with the session's submission id: one application, however it is finished.
      ...(options.enhance
        ? {
            enhance: {
              ...options.enhance,
              src: `/forms/${encodeURIComponent(formId)}?version=${encodeURIComponent(fs.definition.version)}`,
              submissionId: record.submissionId,
            },
          }
        : {}),
    };
  };

  const showPage = (request: FastifyRequest, reply: FastifyReply, fs: FormSession, state: FormSessionState, record: FormSessionRecord) =>
    sendHtml(request, reply, 200, renderFormPage(fs, state, pageOptions(fs, state, record)));

  /** A new session on the form's first page, its cookie set, the page shown. */
  const startNew = async (request: FastifyRequest, reply: FastifyReply, loaded: LoadedDefinition) => {
    const fs = formSession(loaded.definition);
    const state = fs.start({ locale: requestLocale(request, loaded.definition.locales) });
    const record = await sessions.start(state);
    setCookie(request, reply, record);
    return showPage(request, reply, fs, state, record);
  };

  /**
   * The confirmation of a sent session, in `shown`'s language. With the satisfaction question
   * (unless the definition says `"feedback": false`, or the session's version is no longer
   * served), its answers and problems shown back after a post that had some; the thanks in its
   * place once this session's feedback was received.
   */
  const showConfirmation = async (
    request: FastifyRequest,
    reply: FastifyReply,
    status: number,
    fs: FormSession,
    shown: FormSessionState,
    record: FormSessionRecord,
    asks: boolean,
    post?: FeedbackPost,
  ) => {
    const formId = fs.definition.id;
    const feedback = asks
      ? {
          feedback: {
            action: inLocale(feedbackUrl(formId), shown.locale),
            csrf: { name: CSRF_FIELD, value: record.csrfToken },
            given: await sessions.feedbackGiven(record),
            ...(post ? { post } : {}),
          },
        }
      : {};
    const page = renderConfirmationPage(fs, shown, {
      reference: record.reference!,
      stylesheet,
      languageHref: (locale) => inLocale(confirmationUrl(formId), locale),
      ...feedback,
    });
    return sendHtml(request, reply, status, page);
  };

  /** The answer to the form's region field (`analytics.region`) when it is one of its options, as the browser would send it. */
  const regionOf = (fs: FormSession, state: FormSessionState): string | undefined => {
    const name = fs.definition.analytics?.region;
    if (name === undefined) return undefined;
    const field = fieldAtPath(fs.definition.pages.flatMap((page) => page.fields), name);
    const answer = getAnswer(state.answers, name);
    return field && 'options' in field && typeof answer === 'string' && field.options.some((option) => option.value === answer) ? answer : undefined;
  };

  /** What a failed write leads to: the page again (a conflict), the confirmation, the expired page. */
  const afterFailedWrite = (request: FastifyRequest, reply: FastifyReply, record: FormSessionRecord, problem: 'missing' | 'conflict' | 'submitted' | 'expired', step: string) => {
    if (problem === 'submitted') return see(reply, confirmationUrl(record.formId));
    if (problem === 'expired') return expiredPage(request, reply, record);
    if (problem === 'missing') return see(reply, formUrl(record.formId));
    return see(reply, stepUrl(record.formId, step));
  };

  // ---------------------------------------------------------------- the stylesheet

  const styles = new CodedCache(4);
  app.get(options.stylesheet.href, async (request, reply) => {
    const file = options.stylesheet.file;
    const info = file ? await stat(file).catch(() => null) : null;
    if (!file || !info?.isFile()) return reply.code(404).type('text/plain; charset=utf-8').send('Not found\n');
    const identity = `W/"${info.size.toString(36)}-${Math.floor(info.mtimeMs).toString(36)}"`;
    const coded = await styles.get(`${file}\0${info.size}\0${info.mtimeMs}`, () => readFile(file));
    const coding = chooseCoding(request.headers['accept-encoding'], codingsOf(coded));
    const etag = codedEtag(identity, coding);
    reply.header('cache-control', 'no-cache').header('etag', etag).type('text/css; charset=utf-8');
    if (codingsOf(coded).length > 0) addVary(reply, 'Accept-Encoding');
    if (matchesEtag(request.headers['if-none-match'], etag)) return reply.code(304).send();
    if (coding !== 'identity') reply.header('content-encoding', coding);
    return reply.send(coding === 'identity' ? await readFile(file) : coded[coding]);
  });

  // ---------------------------------------------------------------- the pages

  await app.register(
    async (flow) => {
      flow.removeAllContentTypeParsers();
      flow.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: limits.jsonBytes }, (_request, body, done) => {
        const params = new URLSearchParams(body as string);
        let count = 0;
        for (const _entry of params) if (++count > TEXT_PARTS) return done(new RequestProblem(413, 'too_large', 'Too many fields'), undefined);
        done(null, params);
      });
      await flow.register(multipart, {
        throwFileSizeLimit: false,
        limits: { fileSize: limits.fileBytes, files: limits.files, fields: TEXT_PARTS, fieldSize: limits.jsonBytes, parts: limits.files + TEXT_PARTS, headerPairs: 50 },
      });

      // Every refusal is a page in the person's language, never JSON.
      flow.setErrorHandler(async (error: Error & { statusCode?: number; code?: string }, request, reply) => {
        if (error instanceof FlowProblem) return messagePage(request, reply, error.statusCode, error.locale, error.words, error.link);
        const status = error.statusCode && error.statusCode >= 400 ? error.statusCode : 500;
        const locale = requestLocale(request);
        const back = { href: request.url.split('?')[0]!, text: word(locale, 'returnToPage') };
        if (status >= 500 && status !== 503) {
          request.log.error({ code: error.code, name: error.name, message: error.message }, 'request failed');
          return messagePage(request, reply, 500, locale, ['errorHeading', 'errorText']);
        }
        request.log.info({ code: error.code, status }, 'request refused');
        if (status === 503 || status === 429) {
          if (status === 503) reply.header('retry-after', String(BUSY_RETRY_SECONDS));
          return messagePage(request, reply, status, locale, ['busyHeading', 'busyText'], back);
        }
        if (status === 413) return messagePage(request, reply, 413, locale, ['tooLargeHeading', 'tooLargeText'], back);
        if (status === 403) return messagePage(request, reply, 403, locale, ['csrfHeading', 'csrfWrong', 'csrfKept'], back);
        return messagePage(request, reply, status === 414 ? 414 : status === 415 ? 415 : 400, locale, ['badHeading', 'badText'], back);
      });
      flow.setNotFoundHandler((request, reply) => notFound(request, reply));

      // -------------------------------------------------------------- GET: the form's address

      flow.get<{ Params: { formId: string }; Querystring: { lang?: string } }>('/:formId', { config }, async (request, reply) => {
        const loaded = lookup(request.params.formId);
        if (!loaded) return notFound(request, reply);
        const found = await sessions.open(sessions.idFrom(request), loaded.definition.id);
        if (found.status === 'expired') return expiredPage(request, reply, found.session);
        if (found.status === 'active') {
          const restored = restore(found.session);
          if (restored) {
            const { fs, state } = restored;
            const lang = request.query.lang;
            if (typeof lang === 'string' && fs.definition.locales.includes(lang) && lang !== state.locale) {
              const saved = await sessions.save(found.session, fs.setLocale(state, lang));
              if (!saved.ok) return afterFailedWrite(request, reply, found.session, saved.problem, state.step);
            }
            return see(reply, stepUrl(fs.definition.id, state.step));
          }
        }
        // No session, one of a version no longer served, or one already sent: a new application.
        return startNew(request, reply, loaded);
      });

      // -------------------------------------------------------------- GET: a page

      flow.get<{ Params: { formId: string; step: string } }>('/:formId/:step', { config }, async (request, reply) => {
        const loaded = lookup(request.params.formId);
        if (!loaded) return notFound(request, reply);
        const formId = loaded.definition.id;
        const found = await sessions.open(sessions.idFrom(request), formId);
        if (found.status === 'none') return sessions.idFrom(request) === undefined ? see(reply, formUrl(formId)) : ended(request, reply, loaded);
        if (found.status === 'expired') return expiredPage(request, reply, found.session);
        if (found.status === 'submitted') return see(reply, confirmationUrl(formId));
        const restored = restore(found.session);
        if (!restored) return ended(request, reply, loaded);
        const { fs } = restored;
        let { state } = restored;
        const wanted = request.params.step;
        if (wanted === state.step) return showPage(request, reply, fs, state, found.session);
        // A step shown before (the Back link, the browser's back button): back through the
        // history to it, as Back would. Any other step: the page the state is on.
        let moved = state;
        for (let i = 0; i <= state.history.length && moved.step !== wanted; i++) {
          const previous = fs.back(moved);
          if (previous.step === moved.step) break;
          moved = previous;
        }
        if (moved.step !== wanted) return see(reply, stepUrl(formId, state.step));
        const saved = await sessions.save(found.session, moved);
        if (!saved.ok) return afterFailedWrite(request, reply, found.session, saved.problem, state.step);
        state = moved;
        return showPage(request, reply, fs, state, saved.session);
      });

      // -------------------------------------------------------------- GET: links that move the state

      flow.get<{ Params: { formId: string; locale: string } }>('/:formId/lang/:locale', { config }, async (request, reply) => {
        const loaded = lookup(request.params.formId);
        if (!loaded) return notFound(request, reply);
        const formId = loaded.definition.id;
        const locale = request.params.locale;
        const found = await sessions.open(sessions.idFrom(request), formId);
        const known = loaded.definition.locales.includes(locale);
        if (found.status === 'none') return see(reply, known ? `${formUrl(formId)}?lang=${encodeURIComponent(locale)}` : formUrl(formId));
        if (found.status === 'submitted') return see(reply, known ? `${confirmationUrl(formId)}?lang=${encodeURIComponent(locale)}` : confirmationUrl(formId));
        if (found.status === 'expired') return expiredPage(request, reply, found.session);
        const restored = restore(found.session);
        if (!restored) return ended(request, reply, loaded);
        const { fs, state } = restored;
        if (known && locale !== state.locale) {
          const saved = await sessions.save(found.session, fs.setLocale(state, locale));
          if (!saved.ok) return afterFailedWrite(request, reply, found.session, saved.problem, state.step);
        }
        return see(reply, stepUrl(formId, state.step));
      });

      flow.get<{ Params: { formId: string; step: string } }>('/:formId/change/:step', { config }, async (request, reply) => {
        const loaded = lookup(request.params.formId);
        if (!loaded) return notFound(request, reply);
        const formId = loaded.definition.id;
        const found = await sessions.open(sessions.idFrom(request), formId);
        if (found.status === 'none') return sessions.idFrom(request) === undefined ? see(reply, formUrl(formId)) : ended(request, reply, loaded);
        if (found.status === 'submitted') return see(reply, confirmationUrl(formId));
        if (found.status === 'expired') return expiredPage(request, reply, found.session);
        const restored = restore(found.session);
        if (!restored) return ended(request, reply, loaded);
        const { fs, state } = restored;
        const step = request.params.step;
        // Change is offered on check answers, for a page that applies.
        if (state.step !== CHECK_ANSWERS || !fs.pages(state).some((page) => page.id === step)) return see(reply, stepUrl(formId, state.step));
        const saved = await sessions.save(found.session, fs.change(state, step));
        if (!saved.ok) return afterFailedWrite(request, reply, found.session, saved.problem, state.step);
        // The link's #fragment (the field) stays with the browser across the redirect.
        return see(reply, stepUrl(formId, step));
      });

      // -------------------------------------------------------------- the session: resume, confirmation

      flow.get<{ Params: { formId: string } }>('/:formId/session/resume', { config }, async (request, reply) => {
        const loaded = lookup(request.params.formId);
        if (!loaded) return notFound(request, reply);
        const formId = loaded.definition.id;
        const found = await sessions.open(sessions.idFrom(request), formId);
        if (found.status === 'active') return see(reply, stepUrl(formId, found.session.state.step));
        if (found.status === 'submitted') return see(reply, confirmationUrl(formId));
        if (found.status === 'none') return ended(request, reply, loaded);
        const resumed = await sessions.resume(found.session);
        if (!resumed.ok) return resumed.problem === 'submitted' ? see(reply, confirmationUrl(formId)) : resumed.problem === 'missing' ? see(reply, formUrl(formId)) : ended(request, reply, loaded);
        setCookie(request, reply, resumed.session);
        return see(reply, stepUrl(formId, resumed.session.state.step));
      });

      flow.get<{ Params: { formId: string }; Querystring: { lang?: string } }>('/:formId/session/confirmation', { config }, async (request, reply) => {
        const loaded = lookup(request.params.formId);
        if (!loaded) return notFound(request, reply);
        const formId = loaded.definition.id;
        const found = await sessions.open(sessions.idFrom(request), formId);
        if (found.status === 'active') return see(reply, stepUrl(formId, found.session.state.step));
        if (found.status === 'expired') return expiredPage(request, reply, found.session);
        if (found.status === 'none') return ended(request, reply, loaded);
        const restored = restore(found.session);
        const fs = restored?.fs ?? formSession(loaded.definition);
        const state = restored?.state ?? fs.start({ locale: found.session.state.locale });
        // The language links of the confirmation show it in another language (nothing is written to a sent session).
        const shown = inAskedLocale(fs, state, request.query.lang);
        // The question is asked of the version the person used; one no longer served cannot take feedback.
        return showConfirmation(request, reply, 200, fs, shown, found.session, restored !== undefined && fs.definition.feedback !== false);
      });

      // -------------------------------------------------------------- the confirmation's satisfaction question (issue 16)

      flow.post<{ Params: { formId: string }; Querystring: { lang?: string } }>('/:formId/session/feedback', { config }, async (request, reply) => {
        const loaded = lookup(request.params.formId);
        if (request.isMultipart()) {
          // The question's form is urlencoded: a multipart post is not its.
          for await (const part of request.parts()) if (part.type === 'file') await drain(part.file);
          if (!loaded) return notFound(request, reply);
          return messagePage(request, reply, 415, requestLocale(request, loaded.definition.locales), ['badHeading', 'badText']);
        }
        if (!loaded) return notFound(request, reply);
        const formId = loaded.definition.id;
        const body = (request.body as URLSearchParams | undefined) ?? new URLSearchParams();
        const found = await sessions.open(sessions.idFrom(request), formId);
        if (found.status === 'none') throw new FlowProblem(...endedProblem(request, loaded));
        if (found.status === 'expired') return expiredPage(request, reply, found.session);
        // Not sent yet: there is no confirmation to give feedback on.
        if (found.status === 'active') return see(reply, stepUrl(formId, found.session.state.step));
        const record = found.session;
        const restored = restore(record);
        const lang = request.query.lang;
        const locale = restored && typeof lang === 'string' && restored.fs.definition.locales.includes(lang) ? lang : record.state.locale;
        const csrf = checkCsrf(record, csrfValue(body));
        if (csrf !== 'ok') {
          throw new FlowProblem(403, ['csrfHeading', csrf === 'missing' ? 'csrfMissing' : 'csrfWrong'], locale, {
            href: inLocale(confirmationUrl(formId), locale),
            text: word(locale, 'returnToPage'),
          });
        }
        // Not asked (the definition says "feedback": false, or its version is gone): nothing to store.
        if (!restored || restored.fs.definition.feedback === false) return see(reply, confirmationUrl(formId));
        const { fs, state } = restored;
        const shown = locale === state.locale ? state : fs.setLocale(state, locale);
        // Given before (a second tab, the browser's back button, a double click): the thanks, nothing stored.
        if (await sessions.feedbackGiven(record)) return see(reply, inLocale(feedbackUrl(formId), locale));
        const post = readFeedbackPost(body, { csrfName: CSRF_FIELD });
        if (post.ignored.length > 0) {
          request.log.info({ ignored: post.ignored.length }, 'the feedback question posted names it does not have');
          return messagePage(request, reply, 400, locale, ['unknownHeading', 'unknownText'], { href: inLocale(confirmationUrl(formId), locale), text: word(locale, 'returnToPage') });
        }
        // A problem: the confirmation again, in this response (the comment is never stored unmasked,
        // so it cannot wait in the session for a redirect), what was chosen and typed shown back.
        if (post.problems.length > 0) return showConfirmation(request, reply, 400, fs, shown, record, true, post);
        const region = regionOf(fs, state);
        // The same checks and the same row as POST /api/feedback: the comment trimmed and masked, the week of now.
        const feedback = readFeedback(
          { formId, formVersion: fs.definition.version, locale, given: 'confirmation', rating: post.rating, comment: post.comment, ...(region ? { region } : {}) },
          definitions,
          clock(),
        );
        // False when a concurrent post of the same session stored first: the thanks all the same.
        await sessions.giveFeedback(record, feedback);
        return see(reply, inLocale(feedbackUrl(formId), locale));
      });

      flow.get<{ Params: { formId: string }; Querystring: { lang?: string } }>('/:formId/session/feedback', { config }, async (request, reply) => {
        const loaded = lookup(request.params.formId);
        if (!loaded) return notFound(request, reply);
        const formId = loaded.definition.id;
        const found = await sessions.open(sessions.idFrom(request), formId);
        if (found.status === 'active') return see(reply, stepUrl(formId, found.session.state.step));
        if (found.status === 'expired') return expiredPage(request, reply, found.session);
        if (found.status === 'none') return ended(request, reply, loaded);
        const restored = restore(found.session);
        if (!restored || !(await sessions.feedbackGiven(found.session))) return see(reply, confirmationUrl(formId));
        const { fs, state } = restored;
        const shown = inAskedLocale(fs, state, request.query.lang);
        return sendHtml(
          request,
          reply,
          200,
          renderFeedbackThanksPage(fs, shown, {
            stylesheet,
            languageHref: (locale) => inLocale(feedbackUrl(formId), locale),
            back: inLocale(confirmationUrl(formId), shown.locale),
          }),
        );
      });

      // -------------------------------------------------------------- POST: a page

      flow.post<{ Params: { formId: string; step: string } }>('/:formId/:step', { config }, async (request, reply) => {
        const loaded = lookup(request.params.formId);
        if (!loaded) {
          if (request.isMultipart()) for await (const part of request.parts()) if (part.type === 'file') await drain(part.file);
          return notFound(request, reply);
        }
        const formId = loaded.definition.id;
        const step = request.params.step;
        const found = await sessions.open(sessions.idFrom(request), formId);
        const memory = uploadMemory.reserve();
        try {
          // The CSRF token first: in an urlencoded body it is a field like the others; in a
          // multipart one the first part (the hidden input comes first in the form), checked
          // before any file is read.
          const record = found.status === 'none' ? undefined : found.session;
          const restored = record && found.status !== 'submitted' ? restore(record) : undefined;
          const verify = (token: unknown) => {
            if (found.status === 'none') throw new FlowProblem(...endedProblem(request, loaded));
            if (found.status === 'submitted') return;
            const result = checkCsrf(found.session, token);
            if (result === 'ok') return;
            const locale = found.session.state.locale;
            throw new FlowProblem(403, ['csrfHeading', result === 'missing' ? 'csrfMissing' : 'csrfWrong', 'csrfKept'], locale, {
              href: stepUrl(formId, found.status === 'active' ? found.session.state.step : step),
              text: word(locale, 'returnToPage'),
            });
          };
          const page = restored ? readBody(request, restored.fs, restored.state, verify, memory.take) : undefined;
          if (!page) {
            // No session to write to: still the CSRF (and session) verdict, the body read and dropped.
            if (request.isMultipart()) {
              let first = true;
              for await (const part of request.parts()) {
                if (first) verify(part.type === 'field' && part.fieldname === CSRF_FIELD ? part.value : undefined);
                first = false;
                if (part.type === 'file') await drain(part.file);
              }
              if (first) verify(undefined);
            } else verify(csrfValue((request.body as URLSearchParams | undefined) ?? new URLSearchParams()));
            if (found.status === 'submitted') return see(reply, confirmationUrl(formId));
            return ended(request, reply, loaded);
          }
          const { fs, state } = restored!;
          const read = await page;
          if (found.status === 'submitted') return see(reply, confirmationUrl(formId));
          return await handlePost(request, reply, found as { status: 'active' | 'expired'; session: FormSessionRecord }, fs, state, step, read);
        } finally {
          memory.release();
        }
      });

      /** `ended`'s verdict as a problem (for a POST whose body must still be read). */
      function endedProblem(request: FastifyRequest, loaded: LoadedDefinition): [number, WordKey[], string, { href: string; text: string }] {
        const locale = requestLocale(request, loaded.definition.locales);
        const noCookie = sessions.idFrom(request) === undefined;
        return [
          noCookie ? 403 : 410,
          noCookie ? ['endedHeading', 'noCookie'] : ['endedHeading', 'endedText'],
          locale,
          { href: formUrl(loaded.definition.id), text: word(locale, noCookie ? 'startForm' : 'startAgain') },
        ];
      }

      /**
       * The page's body: urlencoded as parsed, or multipart read part by part (the CSRF token
       * first, then the text parts, the files within the limits of the JSON API: the server's
       * allow-list, the field's accept, size and count, the shared upload memory).
       */
      async function readBody(request: FastifyRequest, fs: FormSession, state: FormSessionState, verify: (token: unknown) => void, take: (bytes: number) => void): Promise<PageBody> {
        if (!request.isMultipart()) {
          const body = (request.body as URLSearchParams | undefined) ?? new URLSearchParams();
          verify(csrfValue(body));
          return { body, files: {}, fileErrors: [], unknownFiles: [] };
        }
        const body = new URLSearchParams();
        const files: Record<string, StoredFile[]> = {};
        const fileErrors: FieldError[] = [];
        const unknownFiles: string[] = [];
        const counts = new Map<string, number>();
        const page = fs.page(state);
        let checked = false;
        let text = 0;
        try {
          for await (const part of request.parts()) {
            if (!checked) {
              checked = true;
              verify(part.type === 'field' && part.fieldname === CSRF_FIELD ? part.value : undefined);
            }
            if (part.type === 'field') {
              if (part.valueTruncated) throw new RequestProblem(413, 'too_large', 'A text part is too large');
              // A second token is not the session's, whatever the first was.
              if (part.fieldname === CSRF_FIELD && body.has(CSRF_FIELD)) verify([body.get(CSRF_FIELD), part.value]);
              const value = String(part.value);
              text += value.length + part.fieldname.length;
              if (text > limits.jsonBytes) throw new RequestProblem(413, 'too_large', 'The text of the page is too large');
              body.append(part.fieldname, value);
              continue;
            }
            // A file input left empty sends a part with no name and no bytes.
            if (!part.filename) {
              await drain(part.file);
              continue;
            }
            const path = filePartPath(`files.${part.fieldname}`);
            if (!path || !page || fieldAtPath(page.fields, path)?.type !== 'file') {
              await drain(part.file);
              if (!unknownFiles.includes(part.fieldname)) unknownFiles.push(part.fieldname);
              continue;
            }
            const name = cleanFileName(part.filename);
            const type = part.mimetype.toLowerCase().split(';')[0]!.trim();
            const count = (counts.get(path) ?? 0) + 1;
            counts.set(path, count);
            const refuse = (error: FieldError) => {
              if (!fileErrors.some((known) => known.field === error.field)) fileErrors.push(error);
            };
            const allowed = checkFilePart(fs.definition, { path, name, type, count }, limits, fileTypes);
            if (!allowed.ok) {
              await drain(part.file);
              refuse(allowed.error);
              continue;
            }
            const content = await readUpTo(part.file, allowed.cap, take);
            if (!content || part.file.truncated) refuse({ field: path, code: 'file_too_large', params: { name, max: allowed.cap } });
            else if (!fileTypeAllowed({ type, content }, fileTypes)) refuse({ field: path, code: 'file_type', params: { name, accept: [...fileTypes] } });
            else (files[path] ??= []).push(toStoredFile(new ReceivedFile(path, name, type, content)));
          }
        } catch (error) {
          if (error instanceof FlowProblem || error instanceof RequestProblem || (error as { statusCode?: number }).statusCode) throw error;
          throw new RequestProblem(400, 'bad_multipart', 'The multipart body could not be read', { cause: error });
        }
        if (!checked) verify(undefined);
        // A field that refused a file keeps none of this POST's files.
        for (const error of fileErrors) delete files[error.field];
        return { body, files, fileErrors, unknownFiles };
      }
    },
    { prefix: basePath },
  );

  /** The page's POST read, checked and applied; the answer a redirect (or a refusal page). */
  async function handlePost(
    request: FastifyRequest,
    reply: FastifyReply,
    found: { status: 'active' | 'expired'; session: FormSessionRecord },
    fs: FormSession,
    state: FormSessionState,
    step: string,
    read: PageBody,
  ) {
    const formId = fs.definition.id;
    const record = found.session;
    const today = options.today?.();
    const readOptions = { csrfName: CSRF_FIELD, step, files: read.files, ...(today ? { today } : {}) };
    const post = readPagePost(fs, state, read.body, readOptions);
    /** The page's answers alone, no button applied (a refusal keeps them). */
    const answersOnly = (): FormSessionState => {
      const body = new URLSearchParams(read.body);
      body.set('action', 'keep-answers');
      return readPagePost(fs, state, body, readOptions).state;
    };
    if (post.action.kind === 'stale') return see(reply, stepUrl(formId, state.step));
    // Files sent for a field the page has but did not read (hidden by a condition) are tampering too.
    const unread = Object.keys(read.files).filter((path) => getAnswer(post.state.answers, path) === undefined);
    const ignored = [...post.ignored, ...read.unknownFiles, ...unread];

    if (found.status === 'expired') {
      // The token was the expired session's own: continue it in a new session with this page's answers.
      const resumed = await sessions.resume(record);
      if (!resumed.ok) return resumed.problem === 'submitted' ? see(reply, confirmationUrl(formId)) : see(reply, formUrl(formId));
      setCookie(request, reply, resumed.session);
      const saved = await sessions.save(resumed.session, answersOnly());
      const locale = state.locale;
      const link = { href: stepUrl(formId, state.step), text: message(locale, 'continue') };
      if (!saved.ok) return messagePage(request, reply, 410, locale, ['expiredHeading', 'expiredText', 'expiredHeld'], link);
      return messagePage(request, reply, 410, locale, ['expiredHeading', 'expiredText', 'expiredKept'], link);
    }

    if (ignored.length > 0) {
      request.log.info({ ignored: ignored.length }, 'a page posted names it does not have');
      const saved = await sessions.save(record, answersOnly());
      if (!saved.ok) return afterFailedWrite(request, reply, record, saved.problem, state.step);
      return messagePage(request, reply, 400, state.locale, ['unknownHeading', 'unknownText'], { href: stepUrl(formId, state.step), text: word(state.locale, 'returnToPage') });
    }

    if (read.fileErrors.length > 0) {
      // A refused file: the page again, with its error and the page's own (the button not applied).
      const kept = answersOnly();
      const validated = fs.continue(kept);
      const pageErrors = validated.outcome === 'errors' && validated.state.step === kept.step ? validated.state.errors : {};
      const errors = { ...pageErrors, ...Object.fromEntries(read.fileErrors.map((error) => [error.field, error])) };
      const saved = await sessions.save(record, { ...kept, errors });
      if (!saved.ok) return afterFailedWrite(request, reply, record, saved.problem, state.step);
      return see(reply, stepUrl(formId, kept.step));
    }

    if (post.action.kind === 'continue' && post.action.outcome === 'send') return send(request, reply, record, fs, post);

    const saved = await sessions.save(record, post.state);
    if (!saved.ok) return afterFailedWrite(request, reply, record, saved.problem, state.step);
    const fragment = post.action.kind === 'add' || post.action.kind === 'remove' ? `#${post.action.targetId}` : '';
    return see(reply, `${stepUrl(formId, post.state.step)}${fragment}`);
  }

  /** Accept and send: the envelope, the server's own strict check, stored once with the session marked sent. */
  async function send(request: FastifyRequest, reply: FastifyReply, record: FormSessionRecord, fs: FormSession, post: PagePost) {
    const formId = fs.definition.id;
    const createdAt = new Date().toISOString();
    const made = fs.envelope(post.state, { takeFiles: (list, path) => toReceivedFiles(list, path) as unknown as File[], submissionId: record.submissionId, createdAt });
    let errors: FieldError[] = made.ok ? [] : made.errors;
    if (made.ok) {
      const files = Object.values(made.envelope.files).flat() as unknown as ReceivedFile[];
      const envelope: ReceivedEnvelope = {
        submissionId: record.submissionId,
        formId,
        formVersion: fs.definition.version,
        locale: post.state.locale,
        answers: structuredClone(made.envelope.answers) as Record<string, unknown>,
        createdAt,
      };
      const answers = structuredClone(made.envelope.answers) as Record<string, unknown>;
      const placeErrors = placeFiles(answers, files);
      const checked = checkAnswers(fs.definition, answers, options.today?.());
      errors = [...placeErrors, ...(checked.ok ? [] : checked.errors)];
      if (errors.length === 0 && checked.ok) {
        const submission: NewSubmission = {
          submissionId: record.submissionId,
          formId,
          formVersion: fs.definition.version,
          locale: post.state.locale,
          answers: checked.answers,
          files: checked.files,
          createdAt,
          receivedAt: new Date().toISOString(),
          fingerprint: fingerprint(envelope, files),
        };
        const sent = await sessions.submit(record, submission);
        if (sent.ok) return see(reply, confirmationUrl(formId));
        return afterFailedWrite(request, reply, record, sent.problem, post.state.step);
      }
    }
    // Refused by the strict check (it should not be, once FormSession said send): the first page
    // in error shows the errors; those of no page, check answers says it was not sent.
    request.log.warn({ errors: errors.length }, 'a page flow send was refused by the server check');
    const byPath = Object.fromEntries(errors.map((error) => [error.field, error]));
    const first = fs.pages(post.state).find((page) => errors.some((error) => fieldAtPath(page.fields, error.field)));
    const state: FormSessionState = first
      ? { ...post.state, step: first.id, history: [...post.state.history, post.state.step], errors: byPath }
      : { ...post.state, errors: byPath };
    const saved = await sessions.save(record, state);
    if (!saved.ok) return afterFailedWrite(request, reply, record, saved.problem, post.state.step);
    return see(reply, stepUrl(formId, state.step));
  }
}
