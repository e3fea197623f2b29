import type { HomeViewQuery } from '../../generated/graphql.js';
import { localizedPath, pathOf } from '../../pages/paths.js';
import { Ref, Section, specialismPath } from '../components.js';
import { useText } from '../ui-text/index.js';
import { useJobsText } from '../ui-text/jobs.js';

/** `/`: a card per specialism that `locale` publishes (its navigation), no others. */
export function HomeView({ data, locale }: { data: HomeViewQuery; locale: string | undefined }) {
  const t = useText();
  const j = useJobsText();
  const published = new Set(data.page?.nav.map((n) => n.path));
  const specialisms = data.home.edges
    .filter(({ node }) =>
      published.has(localizedPath(pathOf({ kind: 'specialism', slug: node.slug }), locale)),
    )
    .map((e) => e.node);
  return (
    <>
      <div class="hero">
        <h1>{t.home.heading(specialisms.map((s) => s.name))}</h1>
        <p class="lede">{t.home.lede}</p>
        <p>
          <Ref path={pathOf({ kind: 'jobs' })}>{j.heading}</Ref>
        </p>
      </div>
      <Section id="specialisms" title={t.home.specialismsTitle}>
        <ul class="cards">
          {specialisms.map((s) => (
            <li class="card">
              <h3>
                <Ref path={specialismPath(s.slug)}>{s.name}</Ref>
              </h3>
              <p>{s.headline}</p>
              <p>{t.home.cardRoles(s.roles.map((r) => r.name))}</p>
            </li>
          ))}
        </ul>
      </Section>
    </>
  );
}
