// An agency's own Node server rendering and validating a form with the SDK's packages, without
// JavaScript in the browser (docs/html-first.md). The essentials only: the pages from
// @service-forms/html, the rules from core's FormSession, a CSRF token, post/redirect/get.
// Sessions live in a Map here; keep them in your database (the reference server's
// HtmlSessions does, with expiry and grace: docs/server.md, "The HTML flow").
// Checked by packages/server/src/html-flow/html-first.test.ts.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import Fastify from 'fastify';
import { FormSession, assertDefinition } from '@service-forms/core';
import { fieldId, readPagePost } from '@service-forms/html';
import { renderConfirmationPage, renderFormPage } from '@service-forms/html/render';

/**
 * A Fastify app serving one form at `/apply/<form id>`. `submit(envelope)` sends the answers
 * on (to your backend, or a FetchAdapter) and resolves with `{ reference }`.
 */
export function buildApp({ definition, submit, stylesheet = '/assets/service-forms.css' }) {
  const form = new FormSession(assertDefinition(definition));
  const base = `/apply/${definition.id}`;
  const sessions = new Map(); // id → { state, csrf, reference? }
  const app = Fastify();
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: 256 * 1024 }, (_request, body, done) => done(null, new URLSearchParams(body)));

  const page = (reply, html, status = 200) => reply.code(status).header('cache-control', 'no-store').header('content-security-policy', "default-src 'self'; script-src 'none'; form-action 'self'; frame-ancestors 'none'").type('text/html; charset=utf-8').send(html);
  const see = (reply, url) => reply.code(303).header('location', url).send();
  const current = (request) => {
    const id = /(?:^|;\s*)sid=([\w-]{43})(?:;|$)/.exec(request.headers.cookie ?? '')?.[1];
    const found = id && sessions.get(id);
    return found ? { id, ...found } : undefined;
  };
  const urls = (state, csrf) => ({
    action: `${base}/${state.step}`,
    csrf: { name: '_csrf', value: csrf },
    stylesheet,
    languageHref: (locale) => `${base}/lang/${locale}`,
    changeHref: (step, field) => `${base}/change/${step}#${fieldId(field)}`,
    ...(form.previousStep(state) ? { back: `${base}/${form.previousStep(state)}` } : {}),
  });

  // The form's address: a new session (cookie: HttpOnly, SameSite=Lax, this form's path), its first page.
  app.get(base, async (request, reply) => {
    const id = randomBytes(32).toString('base64url');
    const state = form.start({ locale: request.query.lang });
    sessions.set(id, { state, csrf: randomBytes(32).toString('base64url') });
    reply.header('set-cookie', `sid=${id}; Path=${base}; HttpOnly; SameSite=Lax`);
    return see(reply, `${base}/${state.step}`);
  });

  // A page: the one the state is on (Back: a step shown before), else a redirect to it.
  app.get(`${base}/:step`, async (request, reply) => {
    const session = current(request);
    if (!session) return see(reply, base);
    if (session.reference) return page(reply, renderConfirmationPage(form, session.state, { reference: session.reference, stylesheet }));
    let { state } = session;
    while (state.step !== request.params.step && state.history.includes(request.params.step)) state = form.back(state);
    if (state.step !== request.params.step) return see(reply, `${base}/${state.step}`);
    sessions.set(session.id, { ...session, state });
    return page(reply, renderFormPage(form, state, urls(state, session.csrf)));
  });

  // Links that move the state: another language, Change from check answers.
  app.get(`${base}/lang/:locale`, async (request, reply) => {
    const session = current(request);
    if (!session) return see(reply, base);
    if (definition.locales.includes(request.params.locale)) sessions.set(session.id, { ...session, state: form.setLocale(session.state, request.params.locale) });
    return see(reply, `${base}/${session.state.step}`);
  });
  app.get(`${base}/change/:step`, async (request, reply) => {
    const session = current(request);
    if (!session) return see(reply, base);
    if (!form.pages(session.state).some((p) => p.id === request.params.step)) return see(reply, `${base}/${session.state.step}`);
    sessions.set(session.id, { ...session, state: form.change(session.state, request.params.step) });
    return see(reply, `${base}/${request.params.step}`);
  });

  // A page's POST: the CSRF token first, then readPagePost (FormSession validates), then a redirect.
  app.post(`${base}/:step`, async (request, reply) => {
    const session = current(request);
    if (!session) return see(reply, base);
    if (session.reference) return see(reply, `${base}/${session.state.step}`);
    const token = Buffer.from(request.body.get('_csrf') ?? '');
    const expected = Buffer.from(session.csrf);
    if (token.length !== expected.length || !timingSafeEqual(token, expected)) return page(reply, '<!doctype html><title>Refused</title><p>The page could not be sent: go back and try again.', 403);
    const { state, action } = readPagePost(form, session.state, request.body, { csrfName: '_csrf', step: request.params.step });
    if (action.kind === 'continue' && action.outcome === 'send') {
      const made = form.envelope(state);
      if (!made.ok) return see(reply, `${base}/${state.step}`);
      const { reference } = await submit(made.envelope);
      sessions.set(session.id, { ...session, state, reference });
      return see(reply, `${base}/${state.step}`);
    }
    sessions.set(session.id, { ...session, state });
    return see(reply, `${base}/${state.step}${action.kind === 'add' || action.kind === 'remove' ? `#${action.targetId}` : ''}`);
  });
  return app;
}
