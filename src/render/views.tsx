import type {
  ComparisonViewQuery,
  FaqViewQuery,
  HomeViewQuery,
  HubViewQuery,
  IndustryViewQuery,
  RoleInHubViewQuery,
  RoleViewQuery,
  SkillViewQuery,
  SpecialismViewQuery,
  TechnologyViewQuery,
} from '../generated/graphql.js';
import { pathOf } from '../pages/paths.js';
import { Chips, Items, Prose, Ref, Section } from './components.js';
import { useText } from './ui-text/index.js';

const rolePath = (slug: string) => pathOf({ kind: 'role', slug });
const specialismPath = (slug: string) => pathOf({ kind: 'specialism', slug });
/** For the catalog's sentences with a link inside: a `Ref` to `path` around the given text. */
const refTo = (path: string) => (text: string) => <Ref path={path}>{text}</Ref>;

/** Every view gets its page's data as the API returned it; non-null parts are checked by the caller. */
type Data<Q, K extends keyof Q> = NonNullable<Q[K]>;

export function HomeView({ data }: { data: HomeViewQuery }) {
  const t = useText();
  const specialisms = data.home.edges.map((e) => e.node);
  return (
    <>
      <div class="hero">
        <h1>{t.home.heading(specialisms.map((s) => s.name))}</h1>
        <p class="lede">{t.home.lede}</p>
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

function ComparisonSummary({ s }: { s: Data<SpecialismViewQuery, 'specialism'> }) {
  const t = useText();
  return (
    <div class="table-wrap">
      <table>
        <caption>{t.specialism.comparisonCaption(s.name)}</caption>
        <thead>
          <tr>
            <th scope="col">{t.common.role}</th>
            <th scope="col">{t.common.primaryFocus}</th>
            <th scope="col">{t.common.keyDifference}</th>
          </tr>
        </thead>
        <tbody>
          {s.roleComparison.rows.map((row) => (
            <tr>
              <th scope="row">
                <Ref path={rolePath(row.role.slug)}>{row.role.name}</Ref>
              </th>
              <td>{row.primaryFocus}</td>
              <td>{row.keyDifference}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function SpecialismView({ s }: { s: Data<SpecialismViewQuery, 'specialism'> }) {
  const t = useText();
  const sp = t.specialism;
  return (
    <>
      <div class="hero">
        <h1>{sp.heading(s.name)}</h1>
        <p class="lede">{s.headline}</p>
      </div>
      <Section id="overview" title={sp.aboutHiring(s.name)}>
        <Prose html={s.intro} />
      </Section>
      <Section id="roles" title={sp.rolesTitle}>
        <ComparisonSummary s={s} />
        <p>
          <Ref path={pathOf({ kind: 'specialismComparison', slug: s.slug })}>
            {sp.compareLink(s.name)}
          </Ref>
        </p>
      </Section>
      <Section id="market" title={sp.marketTitle}>
        <Prose html={s.marketOverview} />
      </Section>
      <Section id="challenges" title={sp.challengesTitle} show={s.hiringChallenges.length > 0}>
        <Items items={s.hiringChallenges} />
      </Section>
      <Section id="when" title={sp.whenTitle}>
        <h3>{sp.signsTitle}</h3>
        <Items items={s.whenToHire.indicators} />
        <h3>{sp.scenariosTitle}</h3>
        <Items items={s.whenToHire.scenarios} />
        <Prose html={s.whenToHire.advice} nested={2} />
      </Section>
      <Section id="interviewing" title={sp.interviewingTitle}>
        <Prose html={s.interviewing.overview} />
        <h3>{sp.methodsTitle}</h3>
        <Items items={s.interviewing.methods} />
        <h3>{sp.probesTitle}</h3>
        <Items items={s.interviewing.probes} />
        <h3>{sp.mistakesTitle}</h3>
        <Items items={s.interviewing.commonMistakes} />
      </Section>
      <Section id="compensation" title={sp.compensationTitle}>
        <Prose html={s.compensation.summary} />
        {s.compensation.factors.length > 0 && (
          <>
            <h3>{sp.payFactorsTitle}</h3>
            <Items items={s.compensation.factors} />
          </>
        )}
      </Section>
      <Section id="stack" title={sp.stackTitle}>
        <h3>{t.common.technologies}</h3>
        <Chips
          items={s.technologies.map((t) => ({
            path: pathOf({ kind: 'technology', slug: t.slug }),
            label: t.name,
          }))}
        />
        <h3>{t.common.industries}</h3>
        <Chips
          items={s.industries.map((i) => ({
            path: pathOf({ kind: 'industry', slug: i.slug }),
            label: i.name,
          }))}
        />
        <h3>{t.common.hubs}</h3>
        <Chips
          items={s.hubs.map((h) => ({
            path: pathOf({ kind: 'hub', slug: h.slug }),
            label: h.city,
          }))}
        />
      </Section>
      <Section id="employers" title={sp.employersTitle} show={s.featuredEmployers.length > 0}>
        <ul class="chips">
          {s.featuredEmployers.map((e) => (
            <li>
              <span>{e.name}</span>
            </li>
          ))}
        </ul>
      </Section>
      <Section id="faq" title={t.common.questions}>
        <p>
          <Ref path={pathOf({ kind: 'specialismFaq', slug: s.slug })}>{sp.faqLink(s.name)}</Ref>
        </p>
      </Section>
      <Section id="contact" title={sp.contactTitle(s.name)} className="cta">
        <Prose html={s.callToAction} />
      </Section>
      <Section id="enquire" title={sp.enquireTitle}>
        <EnquiryForm specialism={s.slug} roles={s.roleComparison.rows.map((r) => r.role)} />
      </Section>
    </>
  );
}

export function FaqView({ s }: { s: Data<FaqViewQuery, 'specialism'> }) {
  const t = useText();
  return (
    <>
      <div class="hero">
        <h1>{t.faq.heading(s.name)}</h1>
        <p class="lede">{t.faq.lede(s.name, refTo(specialismPath(s.slug)))}</p>
      </div>
      <Section id="questions" title={t.faq.questionsTitle} className="faq">
        {s.faqs.map((faq) => (
          <div id={faq.slug}>
            <h3>{faq.question}</h3>
            <Prose html={faq.answer} nested={2} />
          </div>
        ))}
      </Section>
      <Section
        id="from-the-graph"
        title={t.faq.atAGlanceTitle}
        show={s.generatedFaqs.length > 0}
        className="faq"
      >
        <p class="generated">{t.faq.generatedNote}</p>
        {s.generatedFaqs.map((faq) => (
          <div id={faq.key}>
            <h3>{faq.question}</h3>
            <Prose html={faq.answer} nested={2} />
          </div>
        ))}
      </Section>
      <Section id="more" title={t.common.readMore}>
        <p>{t.faq.more(s.name, refTo(pathOf({ kind: 'specialismComparison', slug: s.slug })))}</p>
        <Chips items={s.roles.map((r) => ({ path: rolePath(r.slug), label: r.name }))} />
      </Section>
    </>
  );
}

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

type RoleDetails = Data<RoleViewQuery, 'role'> | Data<RoleInHubViewQuery, 'role'>;

function RoleFacts({ role }: { role: RoleDetails }) {
  const t = useText();
  return (
    <dl class="facts">
      <dt>{t.common.primaryFocus}</dt>
      <dd>{role.primaryFocus}</dd>
      <dt>{t.common.keyDifference}</dt>
      <dd>{role.keyDifference}</dd>
      <dt>{t.common.specialisms}</dt>
      <dd>
        {role.specialisms.map((s, i) => (
          <>
            {i > 0 && ', '}
            <Ref path={specialismPath(s.slug)}>{s.name}</Ref>
          </>
        ))}
      </dd>
    </dl>
  );
}

function SkillsAndTools({ role }: { role: RoleDetails }) {
  const t = useText();
  const core = role.skillLinks.filter((l) => l.level === 'CORE');
  const supporting = role.skillLinks.filter((l) => l.level === 'SUPPORTING');
  const chip = (l: (typeof core)[number]) => ({
    path: pathOf({ kind: 'skill', slug: l.skill.slug }),
    label: l.skill.name,
  });
  return (
    <>
      <Section id="skills" title={t.common.skills} show={role.skillLinks.length > 0}>
        {core.length > 0 && <h3>{t.role.coreSkills}</h3>}
        <Chips items={core.map(chip)} />
        {supporting.length > 0 && <h3>{t.role.supportingSkills}</h3>}
        <Chips items={supporting.map(chip)} />
      </Section>
      <Section id="technologies" title={t.common.technologies} show={role.technologies.length > 0}>
        <Chips
          items={role.technologies.map((t) => ({
            path: pathOf({ kind: 'technology', slug: t.slug }),
            label: t.name,
          }))}
        />
      </Section>
    </>
  );
}

export function RoleView({ role }: { role: Data<RoleViewQuery, 'role'> }) {
  const t = useText();
  return (
    <>
      <div class="hero">
        <h1>{role.name}</h1>
        <p class="lede">{role.summary}</p>
        <RoleFacts role={role} />
      </div>
      <Section id="about" title={t.role.aboutTitle}>
        <Prose html={role.description} />
      </Section>
      <Section
        id="responsibilities"
        title={t.role.responsibilitiesTitle}
        show={role.responsibilities.length > 0}
      >
        <Items items={role.responsibilities} />
      </Section>
      <Section
        id="deliverables"
        title={t.role.deliverablesTitle}
        show={role.deliverables.length > 0}
      >
        <Items items={role.deliverables} />
      </Section>
      <Section
        id="teams"
        title={t.role.teamsTitle}
        show={role.teams.length + role.collaborators.length > 0}
      >
        <Items items={role.teams} />
        {role.collaborators.length > 0 && (
          <>
            <h3>{t.role.collaboratorsTitle}</h3>
            <Items items={role.collaborators} />
          </>
        )}
      </Section>
      <Section id="backgrounds" title={t.role.backgroundsTitle} show={role.backgrounds.length > 0}>
        <Items items={role.backgrounds} />
      </Section>
      <SkillsAndTools role={role} />
      <Section id="industries" title={t.role.industriesTitle} show={role.industries.length > 0}>
        <Chips
          items={role.industries.map((i) => ({
            path: pathOf({ kind: 'industry', slug: i.slug }),
            label: i.name,
          }))}
        />
      </Section>
      <Section id="hubs" title={t.role.hubsTitle} show={role.hubs.length > 0}>
        <Chips
          items={role.hubs.map((h) => ({
            path: pathOf({ kind: 'roleInHub', slug: role.slug, hub: h.slug }),
            label: t.role.inHub(role.name, h.city),
          }))}
        />
      </Section>
      <Section id="related" title={t.role.relatedTitle} show={role.relatedRoles.length > 0}>
        <ul>
          {role.relatedRoles.map((r) => (
            <li>{t.role.related(<Ref path={rolePath(r.slug)}>{r.name}</Ref>, r.primaryFocus)}</li>
          ))}
        </ul>
      </Section>
      <Section id="faq" title={t.common.questions} show={role.faqs.length > 0} className="faq">
        {role.faqs.map((faq) => (
          <div id={faq.slug}>
            <h3>{faq.question}</h3>
            <Prose html={faq.answer} nested={2} />
          </div>
        ))}
      </Section>
    </>
  );
}

export function RoleInHubView({
  role,
  hub,
  country,
}: {
  role: Data<RoleInHubViewQuery, 'role'>;
  hub: Data<RoleInHubViewQuery, 'hub'>;
  country: string;
}) {
  const t = useText();
  const others = role.hubs.filter((h) => h.slug !== hub.slug);
  return (
    <>
      <div class="hero">
        <h1>{t.roleInHub.heading(role.name, hub.city)}</h1>
        <p class="lede">{role.summary}</p>
        <RoleFacts role={role} />
      </div>
      <Section id="location" title={t.roleInHub.locationTitle(hub.city, country)}>
        <p>
          {t.roleInHub.intro({
            city: hub.city,
            region: hub.region,
            role: role.name,
            roleLink: refTo(rolePath(role.slug)),
            hubLink: refTo(pathOf({ kind: 'hub', slug: hub.slug })),
          })}
        </p>
        {hub.remoteNotes && <p>{hub.remoteNotes}</p>}
        {hub.employers.length > 0 && (
          <>
            <h3>{t.roleInHub.employersIn(hub.city)}</h3>
            <ul class="chips">
              {hub.employers.map((e) => (
                <li>
                  <span>{e.name}</span>
                </li>
              ))}
            </ul>
          </>
        )}
      </Section>
      <SkillsAndTools role={role} />
      <Section id="elsewhere" title={t.roleInHub.otherHubs(role.name)} show={others.length > 0}>
        <Chips
          items={others.map((h) => ({
            path: pathOf({ kind: 'roleInHub', slug: role.slug, hub: h.slug }),
            label: h.city,
          }))}
        />
      </Section>
    </>
  );
}

interface RoleCard {
  slug: string;
  name: string;
  summary: string;
}

function RoleCards({ roles, pathFor }: { roles: RoleCard[]; pathFor: (slug: string) => string }) {
  return (
    <ul class="cards">
      {roles.map((r) => (
        <li class="card">
          <h3>
            <Ref path={pathFor(r.slug)}>{r.name}</Ref>
          </h3>
          <p>{r.summary}</p>
        </li>
      ))}
    </ul>
  );
}

type TaxonomyNode =
  | Data<SkillViewQuery, 'node'>
  | Data<TechnologyViewQuery, 'node'>
  | Data<IndustryViewQuery, 'node'>
  | Data<HubViewQuery, 'node'>;

export function TaxonomyView({
  node,
  heading,
  lede,
  rolesTitle,
  pathFor = rolePath,
}: {
  node: TaxonomyNode;
  heading: string;
  lede: string;
  rolesTitle: string;
  pathFor?: (slug: string) => string;
}) {
  const t = useText();
  const employers = 'employers' in node ? node.employers : [];
  const website = 'website' in node ? node.website : null;
  return (
    <>
      <div class="hero">
        <h1>{heading}</h1>
        <p class="lede">{lede}</p>
        {website && (
          <p>
            {t.taxonomy.officialSite(
              <a href={website}>{website.replace(/^https?:\/\/|\/$/g, '')}</a>,
            )}
          </p>
        )}
      </div>
      <Section id="roles" title={rolesTitle}>
        <RoleCards roles={node.roles} pathFor={pathFor} />
      </Section>
      <Section id="employers" title={t.common.employers} show={employers.length > 0}>
        <ul class="chips">
          {employers.map((e) => (
            <li>
              <span>{e.name}</span>
            </li>
          ))}
        </ul>
      </Section>
    </>
  );
}

export function NotFoundView({ path, homePath = '/' }: { path: string; homePath?: string }) {
  const t = useText();
  return (
    <div class="hero">
      <h1>{t.notFound.title}</h1>
      <p class="lede">{t.notFound.lede(<code>{path}</code>)}</p>
      <p>
        {t.notFound.home((text) => (
          <a href={homePath}>{text}</a>
        ))}
      </p>
    </div>
  );
}

/** The hiring enquiry form: a plain POST, so it works without JavaScript. */
export function EnquiryForm({
  specialism,
  roles,
}: {
  specialism: string;
  roles: { slug: string; name: string }[];
}) {
  const t = useText().enquiry;
  return (
    <form class="enquiry" method="post" action="/enquiries">
      <input type="hidden" name="specialism" value={specialism} />
      <p>
        <label for="enquiry-name">{t.name}</label>
        <input
          id="enquiry-name"
          name="name"
          type="text"
          autocomplete="name"
          required
          maxLength={200}
        />
      </p>
      <p>
        <label for="enquiry-email">{t.email}</label>
        <input
          id="enquiry-email"
          name="email"
          type="email"
          autocomplete="email"
          required
          maxLength={254}
        />
      </p>
      <p>
        <label for="enquiry-company">{t.company}</label>
        <input
          id="enquiry-company"
          name="company"
          type="text"
          autocomplete="organization"
          required
          maxLength={200}
        />
      </p>
      {roles.length > 0 && (
        <fieldset>
          <legend>{t.roles}</legend>
          {roles.map((role) => (
            <p class="choice">
              <input
                id={`enquiry-role-${role.slug}`}
                name="roles"
                type="checkbox"
                value={role.slug}
              />
              <label for={`enquiry-role-${role.slug}`}>{role.name}</label>
            </p>
          ))}
        </fieldset>
      )}
      <p>
        <label for="enquiry-message">{t.message}</label>
        <textarea
          id="enquiry-message"
          name="message"
          rows={5}
          required
          minLength={10}
          maxLength={5000}
        />
      </p>
      <p class="hp" aria-hidden="true">
        <label for="enquiry-website">{t.honeypot}</label>
        <input id="enquiry-website" name="website" type="text" tabIndex={-1} autocomplete="off" />
      </p>
      <p class="choice">
        <input id="enquiry-consent" name="consent" type="checkbox" value="yes" required />
        <label for="enquiry-consent">{t.consent}</label>
      </p>
      <p>
        <button type="submit">{t.submit}</button>
      </p>
    </form>
  );
}

/*
 * The enquiry's answers are also called as plain functions (`EnquiryThanksView({ ... })`), outside
 * any render, where a hook cannot run: each returns an element whose component reads the catalog
 * when `Layout` renders it.
 */

interface ThanksProps {
  reference: string;
  specialism: string;
  /** Where "back" leads; the specialism's page unless given. */
  back?: string;
}

function EnquiryThanks({ reference, specialism, back }: ThanksProps) {
  const t = useText().enquiry;
  return (
    <div class="hero">
      <h1>{t.thanksTitle}</h1>
      <p class="lede">{t.thanksLede(reference)}</p>
      <p>
        <a href={back ?? specialismPath(specialism)}>{t.thanksBack}</a>
      </p>
    </div>
  );
}

export function EnquiryThanksView(props: ThanksProps) {
  return <EnquiryThanks {...props} />;
}

interface ProblemsProps {
  problems: string[];
  back: string;
}

function EnquiryProblems({ problems, back }: ProblemsProps) {
  const t = useText().enquiry;
  return (
    <div class="hero">
      <h1>{t.failedHeading}</h1>
      <p class="lede">{t.failedLede}</p>
      <ul>
        {problems.map((p) => (
          <li>{p}</li>
        ))}
      </ul>
      <p>
        <a href={back}>{t.failedBack}</a>
      </p>
    </div>
  );
}

export function EnquiryProblemsView(props: ProblemsProps) {
  return <EnquiryProblems {...props} />;
}
