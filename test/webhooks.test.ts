import { createHmac } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initOrm, migrate, type Orm } from '../src/db/orm.js';
import { namedTarget } from './engine.js';
import { seedFromDir } from '../src/seed/index.js';
import { startDispatcher } from '../src/webhooks/dispatcher.js';
import { verify } from '../src/webhooks/signature.js';
import { as, codes, data, run, silentLogger, testApp } from './helpers.js';
import { receiver } from './webhook-receiver.js';

const SECRET = 'a-shared-secret-for-tests';

const dir = mkdtempSync(join(tmpdir(), 'rolegraph-hooks-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function openDb(name: string): Promise<Orm> {
  const orm = await initOrm(namedTarget(dir, name));
  await migrate(orm);
  return orm;
}

async function register(app: Awaited<ReturnType<typeof testApp>>, url: string) {
  return data<{ createWebhook: { id: string } }, Record<string, never>>(
    app,
    `mutation { createWebhook(input: { url: "${url}", secret: "${SECRET}", events: [PUBLISHED, UNPUBLISHED, DELETED, ENQUIRY] }) { id } }`,
    {},
    as.admin,
  );
}

describe('webhooks', () => {
  let orm: Orm;
  beforeAll(async () => {
    orm = await openDb('main');
    await seedFromDir(orm.em, 'test/fixtures/seed/base');
  });
  afterAll(() => orm.close());

  it('signs each event; the payload names the node, the actor and the page paths it affects', async () => {
    const hook = await receiver();
    const app = await testApp(orm);
    await register(app, hook.url);
    const dispatcher = startDispatcher(orm.em, silentLogger, { pollMs: 60_000 });
    const { role } = await data<{ role: { version: number } }, Record<string, never>>(
      app,
      '{ role(slug: "platform-engineer") { version } }',
      {},
      as.preview,
    );
    await data(
      app,
      `mutation { updateRole(slug: "platform-engineer", version: ${role.version}, input: { primaryFocus: "Golden paths" }) { slug } }`,
      {},
      as.editor,
    );
    await data(
      app,
      'mutation { publish(type: ROLE, slug: "platform-engineer") { status } }',
      {},
      as.editor,
    );
    expect(hook.received).toHaveLength(0); // nothing is sent in the mutation's path
    expect(await dispatcher.runOnce()).toBe(1);
    expect(hook.received).toHaveLength(1);
    const [event] = hook.received;
    expect(event.headers['x-rolegraph-event']).toBe('node.published');
    // Checked as a receiver would, from the documented format alone (README, "Webhooks"):
    // `X-Rolegraph-Signature: sha256=<hex>`, the HMAC-SHA256 of `<timestamp>.<body>` with the
    // secret, where the timestamp is the Unix time in `X-Rolegraph-Timestamp`.
    const timestamp = String(event.headers['x-rolegraph-timestamp']);
    const signature = String(event.headers['x-rolegraph-signature']);
    expect(timestamp).toMatch(/^\d+$/);
    expect(Math.abs(Number(timestamp) - Date.now() / 1000)).toBeLessThan(300);
    const hmac = (secret: string, signed: string) =>
      `sha256=${createHmac('sha256', secret).update(signed).digest('hex')}`;
    expect(signature).toBe(hmac(SECRET, `${timestamp}.${event.body}`));
    expect(signature).not.toBe(hmac('another secret!!', `${timestamp}.${event.body}`));
    expect(signature).not.toBe(hmac(SECRET, `${Number(timestamp) + 1}.${event.body}`));
    // The receiver-side helper the package offers agrees, and refuses a wrong secret.
    expect(verify(SECRET, timestamp, event.body, signature)).toBe(true);
    expect(verify('another secret!!', timestamp, event.body, signature)).toBe(false);
    const payload = JSON.parse(event.body) as {
      type: string;
      actor: string;
      node: { type: string; slug: string };
      affectedPaths: string[];
    };
    expect(payload).toMatchObject({
      type: 'node.published',
      actor: 'test-editor',
      node: { type: 'role', slug: 'platform-engineer' },
    });
    const { pagesAffectedBy } = await data<{ pagesAffectedBy: string[] }, Record<string, never>>(
      app,
      '{ pagesAffectedBy(type: ROLE, slug: "platform-engineer") }',
    );
    expect(payload.affectedPaths).toEqual([...pagesAffectedBy].sort());
    expect(payload.affectedPaths).toContain('/roles/platform-engineer/');
    expect(payload.affectedPaths).toContain('/platforms/compare/');
    await data(app, 'mutation { deleteWebhook(id: "1") }', {}, as.admin);
    await dispatcher.stop();
    await app.stop();
    await hook.close();
  });

  it('retries with backoff after the receiver fails twice, and keeps the log for admins', async () => {
    const hook = await receiver(2);
    const app = await testApp(orm);
    const { createWebhook } = await register(app, hook.url);
    const dispatcher = startDispatcher(orm.em, silentLogger, { pollMs: 60_000, retryBaseMs: 40 });
    await data(
      app,
      'mutation { unpublish(type: SKILL, slug: "communication") { status } }',
      {},
      as.editor,
    );
    const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
    await dispatcher.runOnce(); // fails (500)
    expect(await dispatcher.runOnce()).toBe(0); // not due yet: backing off
    await wait(60);
    await dispatcher.runOnce(); // fails again
    await wait(120);
    await dispatcher.runOnce(); // delivered
    expect(hook.received.map((r) => r.headers['x-rolegraph-event'])).toEqual([
      'node.unpublished',
      'node.unpublished',
      'node.unpublished',
    ]);
    const log = await data<
      {
        webhookDeliveries: {
          status: string;
          attempts: number;
          lastStatus: number;
          event: string;
        }[];
      },
      { id: string }
    >(
      app,
      'query ($id: ID) { webhookDeliveries(webhook: $id) { status attempts lastStatus event } }',
      { id: createWebhook.id },
      as.admin,
    );
    expect(log.webhookDeliveries).toEqual([
      { status: 'DELIVERED', attempts: 3, lastStatus: 204, event: 'UNPUBLISHED' },
    ]);
    await dispatcher.stop();
    await app.stop();
    await hook.close();
  });

  it('resends a delivery on an admin’s request: the same event and body, a new delivery, audited', async () => {
    const hook = await receiver();
    const app = await testApp(orm);
    const { createWebhook } = await register(app, hook.url);
    const dispatcher = startDispatcher(orm.em, silentLogger, { pollMs: 60_000 });
    await data(
      app,
      'mutation { unpublish(type: TECHNOLOGY, slug: "python") { status } }',
      {},
      as.editor,
    );
    expect(await dispatcher.runOnce()).toBeGreaterThan(0);
    type Log = {
      webhookDeliveries: { id: string; eventId: string; status: string; payload: unknown }[];
    };
    const log = async () =>
      (
        await data<Log, { id: string }>(
          app,
          'query ($id: ID) { webhookDeliveries(webhook: $id) { id eventId status payload } }',
          { id: createWebhook.id },
          as.admin,
        )
      ).webhookDeliveries;
    const [first] = await log();
    expect(first!.status).toBe('DELIVERED');
    const refused = await run(
      app,
      `mutation { resendWebhookDelivery(id: "${first!.id}") { id } }`,
      {},
      as.editor,
    );
    expect(codes(refused)).toEqual(['FORBIDDEN']);
    const { resendWebhookDelivery } = await data<
      { resendWebhookDelivery: { id: string; status: string; eventId: string } },
      Record<string, never>
    >(
      app,
      `mutation { resendWebhookDelivery(id: "${first!.id}") { id status eventId } }`,
      {},
      as.admin,
    );
    expect(resendWebhookDelivery).toMatchObject({ status: 'PENDING', eventId: first!.eventId });
    expect(resendWebhookDelivery.id).not.toBe(first!.id);
    const before = hook.received.length;
    expect(await dispatcher.runOnce()).toBe(1);
    expect(hook.received.length).toBe(before + 1);
    expect(JSON.parse(hook.received.at(-1)!.body)).toEqual(first!.payload);
    const after = await log();
    expect(after.map((d) => d.status)).toEqual(['DELIVERED', 'DELIVERED']);
    const audit = await data<
      { auditLog: { edges: { node: { operation: string } }[] } },
      Record<string, never>
    >(app, '{ auditLog(first: 1) { edges { node { operation } } } }', {}, as.admin);
    expect(audit.auditLog.edges[0]!.node.operation).toBe('resendWebhookDelivery');
    expect(
      codes(
        await run(app, 'mutation { resendWebhookDelivery(id: "999999") { id } }', {}, as.admin),
      ),
    ).toEqual(['NOT_FOUND']);
    await dispatcher.stop();
    await app.stop();
    await hook.close();
  });

  it('never blocks the change: an unreachable endpoint leaves the event queued, and it survives a restart', async () => {
    const file = 'restart';
    const first = await openDb(file);
    await seedFromDir(first.em, 'test/fixtures/seed/base');
    const app = await testApp(first);
    // An address nothing listens on: delivery would fail; the mutation must not care.
    const dead = await receiver();
    await dead.close();
    await register(app, dead.url);
    const started = Date.now();
    await data(
      app,
      'mutation { deleteFaq(slug: "what-does-an-sre-do", force: true) { slug } }',
      {},
      as.editor,
    );
    expect(Date.now() - started).toBeLessThan(5000);
    const before = startDispatcher(first.em, silentLogger, { pollMs: 60_000, retryBaseMs: 10 });
    await before.runOnce(); // fails: nothing listening
    await before.stop();
    await app.stop();
    await first.close(); // the server goes away with the event undelivered

    // The receiver comes up at that address, and a new server process starts on the same database.
    const hook = await receiver(0, dead.port);
    const second = await openDb(file);
    const secondApp = await testApp(second);
    const after = startDispatcher(second.em, silentLogger, { pollMs: 60_000 });
    await new Promise((r) => setTimeout(r, 20));
    await after.runOnce();
    const deleted = hook.received.filter((r) => r.headers['x-rolegraph-event'] === 'node.deleted');
    expect(deleted.length).toBeGreaterThanOrEqual(1);
    const payload = JSON.parse(deleted[0].body) as {
      node: { slug: string };
      affectedPaths: string[];
    };
    expect(payload.node.slug).toBe('what-does-an-sre-do');
    expect(payload.affectedPaths).toContain('/platforms/faq/');
    await after.stop();
    await secondApp.stop();
    await second.close();
    await hook.close();
  });
});
