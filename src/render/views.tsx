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

const rolePath = (slug: string) => pathOf({ kind: 'role', slug });
const specialismPath = (slug: string) => pathOf({ kind: 'specialism', slug });

/** Every view gets its page's data as the API returned it; non-null parts are checked by the caller. */
type Data<Q, K extends keyof Q> = NonNullable<Q[K]>;

export function HomeView({ data }: { data: HomeViewQuery }) {
  const specialisms = data.home.edges.map((e) => e.node);
  return (
    <>
      <div class="hero">
        <h1>Specialist recruitment for {specialisms.map((s) => s.name).join(', ')}</h1>
        <p class="lede">
          One team for the hardest technical hires: we know the roles, the skills, the tools and the
          hubs where the people are.
        </p>
      </div>
      <Section id="specialisms" title="Our specialisms">
        <ul class="cards">
          {specialisms.map((s) => (
            <li class="card">
              <h3>
                <Ref path={specialismPath(s.slug)}>{s.name}</Ref>
              </h3>
              <p>{s.headline}</p>
              <p>Roles: {s.roles.map((r) => r.name).join(', ')}</p>
            </li>
          ))}
        </ul>
      </Section>
    </>
  );
}

function ComparisonSummary({ s }: { s: Data<SpecialismViewQuery, 'specialism'> }) {
  return (
    <div class="table-wrap">
      <table>
        <caption>How the {s.name} roles differ</caption>
        <thead>
          <tr>
            <th scope="col">Role</th>
            <th scope="col">Primary focus</th>
            <th scope="col">Key difference</th>
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
  return (
    <>
      <div class="hero">
        <h1>{s.name} recruitment</h1>
        <p class="lede">{s.headline}</p>
      </div>
      <Section id="overview" title={`About ${s.name} hiring`}>
        <Prose html={s.intro} />
      </Section>
      <Section id="roles" title="The roles">
        <ComparisonSummary s={s} />
        <p>
          <Ref path={pathOf({ kind: 'specialismComparison', slug: s.slug })}>
            Compare the {s.name} roles skill by skill
          </Ref>
        </p>
      </Section>
      <Section id="market" title="Who hires, and where">
        <Prose html={s.marketOverview} />
      </Section>
      <Section id="challenges" title="Why hiring is hard" show={s.hiringChallenges.length > 0}>
        <Items items={s.hiringChallenges} />
      </Section>
      <Section id="when" title="When to hire">
        <h3>Signs it is time</h3>
        <Items items={s.whenToHire.indicators} />
        <h3>Typical scenarios</h3>
        <Items items={s.whenToHire.scenarios} />
        <Prose html={s.whenToHire.advice} nested={2} />
      </Section>
      <Section id="interviewing" title="Interviewing and assessment">
        <Prose html={s.interviewing.overview} />
        <h3>Methods that work</h3>
        <Items items={s.interviewing.methods} />
        <h3>What to probe</h3>
        <Items items={s.interviewing.probes} />
        <h3>Common mistakes</h3>
        <Items items={s.interviewing.commonMistakes} />
      </Section>
      <Section id="compensation" title="Compensation trends">
        <Prose html={s.compensation.summary} />
        {s.compensation.factors.length > 0 && (
          <>
            <h3>What moves pay</h3>
            <Items items={s.compensation.factors} />
          </>
        )}
      </Section>
      <Section id="stack" title="Technologies, industries and hubs">
        <h3>Technologies</h3>
        <Chips
          items={s.technologies.map((t) => ({
            path: pathOf({ kind: 'technology', slug: t.slug }),
            label: t.name,
          }))}
        />
        <h3>Industries</h3>
        <Chips
          items={s.industries.map((i) => ({
            path: pathOf({ kind: 'industry', slug: i.slug }),
            label: i.name,
          }))}
        />
        <h3>Hubs</h3>
        <Chips
          items={s.hubs.map((h) => ({
            path: pathOf({ kind: 'hub', slug: h.slug }),
            label: h.city,
          }))}
        />
      </Section>
      <Section id="employers" title="Employers that hire" show={s.featuredEmployers.length > 0}>
        <ul class="chips">
          {s.featuredEmployers.map((e) => (
            <li>
              <span>{e.name}</span>
            </li>
          ))}
        </ul>
      </Section>
      <Section id="faq" title="Questions">
        <p>
          <Ref path={pathOf({ kind: 'specialismFaq', slug: s.slug })}>
            Read the {s.name} hiring FAQs
          </Ref>
        </p>
      </Section>
      <Section id="contact" title={`Hiring in ${s.name}?`} className="cta">
        <Prose html={s.callToAction} />
      </Section>
      <Section id="enquire" title="Tell us about your hiring plans">
        <EnquiryForm specialism={s.slug} roles={s.roleComparison.rows.map((r) => r.role)} />
      </Section>
    </>
  );
}

export function FaqView({ s }: { s: Data<FaqViewQuery, 'specialism'> }) {
  return (
    <>
      <div class="hero">
        <h1>{s.name} hiring FAQs</h1>
        <p class="lede">
          Answers to the questions hiring managers ask about{' '}
          <Ref path={specialismPath(s.slug)}>{s.name}</Ref>.
        </p>
      </div>
      <Section id="questions" title="Questions and answers" className="faq">
        {s.faqs.map((faq) => (
          <div id={faq.slug}>
            <h3>{faq.question}</h3>
            <Prose html={faq.answer} nested={2} />
          </div>
        ))}
      </Section>
      <Section
        id="from-the-graph"
        title="At a glance"
        show={s.generatedFaqs.length > 0}
        className="faq"
      >
        <p class="generated">
          These answers are drawn from the roles and links on this site, so they stay current.
        </p>
        {s.generatedFaqs.map((faq) => (
          <div id={faq.key}>
            <h3>{faq.question}</h3>
            <Prose html={faq.answer} nested={2} />
          </div>
        ))}
      </Section>
      <Section id="more" title="Read more">
        <p>
          <Ref path={pathOf({ kind: 'specialismComparison', slug: s.slug })}>
            Compare the {s.name} roles
          </Ref>
          , or read about each one:
        </p>
        <Chips items={s.roles.map((r) => ({ path: rolePath(r.slug), label: r.name }))} />
      </Section>
    </>
  );
}

export function ComparisonView({ s }: { s: Data<ComparisonViewQuery, 'specialism'> }) {
  const table = s.roleComparison;
  const names = (list: { name: string }[]) =>
    list.length ? list.map((n) => n.name).join(', ') : '—';
  return (
    <>
      <div class="hero">
        <h1>{s.name} roles compared</h1>
        <p class="lede">
          What each role in <Ref path={specialismPath(s.slug)}>{s.name}</Ref> concentrates on, how
          it differs, and the skills and technologies only it brings.
        </p>
      </div>
      <Section id="table" title="The comparison">
        <div class="table-wrap">
          <table>
            <caption>{s.name} roles: focus, difference, and what only they need</caption>
            <thead>
              <tr>
                <th scope="col">Role</th>
                <th scope="col">Primary focus</th>
                <th scope="col">Key difference</th>
                <th scope="col">Skills only this role needs</th>
                <th scope="col">Technologies only this role uses</th>
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
      <Section id="shared" title="What they share">
        <h3>Skills every role needs</h3>
        <p>{names(table.sharedSkills)}</p>
        <h3>Technologies every role uses</h3>
        <p>{names(table.sharedTechnologies)}</p>
      </Section>
      <Section id="more" title="Read more">
        <p>
          <Ref path={pathOf({ kind: 'specialismFaq', slug: s.slug })}>The {s.name} hiring FAQs</Ref>{' '}
          answer the questions hiring managers ask most.
        </p>
      </Section>
    </>
  );
}

type RoleDetails = Data<RoleViewQuery, 'role'> | Data<RoleInHubViewQuery, 'role'>;

function RoleFacts({ role }: { role: RoleDetails }) {
  return (
    <dl class="facts">
      <dt>Primary focus</dt>
      <dd>{role.primaryFocus}</dd>
      <dt>Key difference</dt>
      <dd>{role.keyDifference}</dd>
      <dt>Specialisms</dt>
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
  const core = role.skillLinks.filter((l) => l.level === 'CORE');
  const supporting = role.skillLinks.filter((l) => l.level === 'SUPPORTING');
  const chip = (l: (typeof core)[number]) => ({
    path: pathOf({ kind: 'skill', slug: l.skill.slug }),
    label: l.skill.name,
  });
  return (
    <>
      <Section id="skills" title="Skills" show={role.skillLinks.length > 0}>
        {core.length > 0 && <h3>Core</h3>}
        <Chips items={core.map(chip)} />
        {supporting.length > 0 && <h3>Supporting</h3>}
        <Chips items={supporting.map(chip)} />
      </Section>
      <Section id="technologies" title="Technologies" show={role.technologies.length > 0}>
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
  return (
    <>
      <div class="hero">
        <h1>{role.name}</h1>
        <p class="lede">{role.summary}</p>
        <RoleFacts role={role} />
      </div>
      <Section id="about" title="About the role">
        <Prose html={role.description} />
      </Section>
      <Section id="responsibilities" title="What they do" show={role.responsibilities.length > 0}>
        <Items items={role.responsibilities} />
      </Section>
      <Section id="deliverables" title="What they deliver" show={role.deliverables.length > 0}>
        <Items items={role.deliverables} />
      </Section>
      <Section
        id="teams"
        title="Where they sit"
        show={role.teams.length + role.collaborators.length > 0}
      >
        <Items items={role.teams} />
        {role.collaborators.length > 0 && (
          <>
            <h3>Who they work with</h3>
            <Items items={role.collaborators} />
          </>
        )}
      </Section>
      <Section id="backgrounds" title="Backgrounds" show={role.backgrounds.length > 0}>
        <Items items={role.backgrounds} />
      </Section>
      <SkillsAndTools role={role} />
      <Section id="industries" title="Industries that hire" show={role.industries.length > 0}>
        <Chips
          items={role.industries.map((i) => ({
            path: pathOf({ kind: 'industry', slug: i.slug }),
            label: i.name,
          }))}
        />
      </Section>
      <Section id="hubs" title="Where they are hired" show={role.hubs.length > 0}>
        <Chips
          items={role.hubs.map((h) => ({
            path: pathOf({ kind: 'roleInHub', slug: role.slug, hub: h.slug }),
            label: `${role.name} in ${h.city}`,
          }))}
        />
      </Section>
      <Section id="related" title="Related roles" show={role.relatedRoles.length > 0}>
        <ul>
          {role.relatedRoles.map((r) => (
            <li>
              <Ref path={rolePath(r.slug)}>{r.name}</Ref>: {r.primaryFocus}
            </li>
          ))}
        </ul>
      </Section>
      <Section id="faq" title="Questions" show={role.faqs.length > 0} className="faq">
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
  const others = role.hubs.filter((h) => h.slug !== hub.slug);
  return (
    <>
      <div class="hero">
        <h1>
          Hiring a {role.name} in {hub.city}
        </h1>
        <p class="lede">{role.summary}</p>
        <RoleFacts role={role} />
      </div>
      <Section id="location" title={`${hub.city}, ${country}`}>
        <p>
          {hub.city} is one of the {hub.region} hubs where{' '}
          <Ref path={rolePath(role.slug)}>{role.name}s</Ref> are hired.{' '}
          <Ref path={pathOf({ kind: 'hub', slug: hub.slug })}>More roles hired in {hub.city}</Ref>.
        </p>
        {hub.remoteNotes && <p>{hub.remoteNotes}</p>}
        {hub.employers.length > 0 && (
          <>
            <h3>Employers in {hub.city}</h3>
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
      <Section id="elsewhere" title={`${role.name} in other hubs`} show={others.length > 0}>
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
  const employers = 'employers' in node ? node.employers : [];
  const website = 'website' in node ? node.website : null;
  return (
    <>
      <div class="hero">
        <h1>{heading}</h1>
        <p class="lede">{lede}</p>
        {website && (
          <p>
            Official site: <a href={website}>{website.replace(/^https?:\/\/|\/$/g, '')}</a>
          </p>
        )}
      </div>
      <Section id="roles" title={rolesTitle}>
        <RoleCards roles={node.roles} pathFor={pathFor} />
      </Section>
      <Section id="employers" title="Employers" show={employers.length > 0}>
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

export function NotFoundView({ path }: { path: string }) {
  return (
    <div class="hero">
      <h1>Page not found</h1>
      <p class="lede">
        There is no page at <code>{path}</code>. It may have moved, or the address may be mistyped.
      </p>
      <p>
        <a href="/">Go to the home page</a> to see every specialism.
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
  return (
    <form class="enquiry" method="post" action="/enquiries">
      <input type="hidden" name="specialism" value={specialism} />
      <p>
        <label for="enquiry-name">Your name</label>
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
        <label for="enquiry-email">Work email</label>
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
        <label for="enquiry-company">Company</label>
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
          <legend>Roles you are hiring for</legend>
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
        <label for="enquiry-message">Your hiring plans</label>
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
        <label for="enquiry-website">Leave this field empty</label>
        <input id="enquiry-website" name="website" type="text" tabIndex={-1} autocomplete="off" />
      </p>
      <p class="choice">
        <input id="enquiry-consent" name="consent" type="checkbox" value="yes" required />
        <label for="enquiry-consent">You may contact me about this enquiry.</label>
      </p>
      <p>
        <button type="submit">Send enquiry</button>
      </p>
    </form>
  );
}

export function EnquiryThanksView({
  reference,
  specialism,
}: {
  reference: string;
  specialism: string;
}) {
  return (
    <div class="hero">
      <h1>Thank you</h1>
      <p class="lede">
        We have your enquiry (reference {reference}). A consultant will be in touch shortly.
      </p>
      <p>
        <a href={specialismPath(specialism)}>Back to the page you came from</a>
      </p>
    </div>
  );
}

export function EnquiryProblemsView({ problems, back }: { problems: string[]; back: string }) {
  return (
    <div class="hero">
      <h1>Your enquiry was not sent</h1>
      <p class="lede">Please go back and check the form:</p>
      <ul>
        {problems.map((p) => (
          <li>{p}</li>
        ))}
      </ul>
      <p>
        <a href={back}>Back to the form</a>
      </p>
    </div>
  );
}
