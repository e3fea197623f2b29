import type { ComparisonViewQuery } from '../../generated/graphql.js';
import { pathOf } from '../../pages/paths.js';
import { Ref, Section, refTo, rolePath, specialismPath, type Data } from '../components.js';
import { useText } from '../ui-text/index.js';

/** `/<specialism>/compare/`: the roles side by side, with what they share and what only they need. */
export function ComparisonView({ s }: { s: Data<ComparisonViewQuery, 'specialism'> }) {
  const t = useText();
  const table = s.roleComparison;
  const names = (list: { name: string }[]) =>
    list.length ? list.map((n) => n.name).join(', ') : t.common.none;
  return (
    <>
      <div class="hero">
        <h1>{t.comparison.heading(s.name)}</h1>
        <p class="lede">{t.comparison.lede(s.name, refTo(specialismPath(s.slug)))}</p>
      </div>
      <Section id="table" title={t.comparison.tableTitle}>
        <div class="table-wrap">
          <table>
            <caption>{t.comparison.caption(s.name)}</caption>
            <thead>
              <tr>
                <th scope="col">{t.common.role}</th>
                <th scope="col">{t.common.primaryFocus}</th>
                <th scope="col">{t.common.keyDifference}</th>
                <th scope="col">{t.comparison.distinctSkills}</th>
                <th scope="col">{t.comparison.distinctTechnologies}</th>
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row) => (
                <tr>
                  <th scope="row">
                    <Ref path={rolePath(row.role.slug)}>{row.role.name}</Ref>
                  </th>
                  <td>{row.primaryFocus}</td>
                  <td>{row.keyDifference}</td>
                  <td>{names(row.distinctSkills)}</td>
                  <td>{names(row.distinctTechnologies)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Section>
      <Section id="shared" title={t.comparison.sharedTitle}>
        <h3>{t.comparison.sharedSkills}</h3>
        <p>{names(table.sharedSkills)}</p>
        <h3>{t.comparison.sharedTechnologies}</h3>
        <p>{names(table.sharedTechnologies)}</p>
      </Section>
      <Section id="more" title={t.common.readMore}>
        <p>{t.comparison.faqs(s.name, refTo(pathOf({ kind: 'specialismFaq', slug: s.slug })))}</p>
      </Section>
    </>
  );
}
