import { actorName, requireRole, TokenRole } from '../../auth/actor.js';
import { VacancyStatus } from '../../content/vacancy/vacancy.entity.js';
import { BadUserInputError } from '../../errors/index.js';
import { rowsOf, targetOf } from '../link-rows.js';
import { notifyVacancy } from '../vacancy-events.js';
import { checkVersion, findNode, stateOf, type NodeState } from '../working-copy.js';
import { change, type EditorialContext } from './change.js';

/**
 * Closes a vacancy (`close`), or opens a closed or expired one again (`reopen`), at once: the
 * state is not a draft field, since a closed job must stop taking applications now. The page
 * answers 410 (or 200 again), the sitemap follows, and the webhook event carries the URLs.
 * Reopening an expired vacancy needs a later `validThrough` first (`updateVacancy`, `publish`).
 */
export function setVacancyState(
  ctx: EditorialContext,
  action: 'close' | 'reopen',
  slug: string,
  version: number,
): Promise<NodeState> {
  const operation = `${action}Vacancy`;
  // Check access: before the input, so a caller without the role learns nothing from it.
  requireRole(ctx.actor, TokenRole.EDITOR, operation);
  return change(ctx, operation, { type: 'vacancy', slug }, async (tx) => {
    // Read
    const vacancy = await findNode(tx, 'vacancy', slug);
    checkVersion('vacancy', vacancy, version);
    const wanted = action === 'close' ? VacancyStatus.CLOSED : VacancyStatus.LIVE;
    if (vacancy.state === wanted)
      throw new BadUserInputError(`vacancy "${slug}" is already ${wanted}`, { field: 'slug' });
    // Change
    vacancy.state = wanted;
    await tx.flush();
    // Record: the webhook event with the pages it is (or was) on.
    const links = async (kind: 'vacancyRole' | 'vacancyHub' | 'vacancyEmployer') =>
      (await rowsOf(tx, kind, vacancy))
        .filter((r) => r.inPublished)
        .sort((a, b) => a.position - b.position)
        .map((r) => targetOf(kind, r).slug);
    const [role, hubs, employer] = await Promise.all([
      links('vacancyRole'),
      links('vacancyHub'),
      links('vacancyEmployer'),
    ]);
    await notifyVacancy(
      tx,
      actorName(ctx.actor),
      ctx.site.url,
      {
        slug: vacancy.slug,
        externalId: vacancy.externalId as string | null,
        state: wanted,
        version: vacancy.version,
        role: role[0] ?? null,
        hubs,
        employer: employer[0] ?? null,
      },
      action === 'close' ? 'closed' : 'reopened',
    );
    return { result: stateOf('vacancy', vacancy), details: { state: wanted } };
  });
}
