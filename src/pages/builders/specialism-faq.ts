import { markdownToHtml } from '../../content/common/markdown.js';
import { generatedFaqs } from '../generated-faqs.js';
import * as ld from '../json-ld.js';
import { fit, fitTitle, MAX_DESCRIPTION } from '../seo.js';
import type { Builder } from './builder.js';

/** `/<specialism>/faq/`: the authored FAQs, then the answers generated from the graph. */
export const buildSpecialismFaq: Builder<'specialismFaq'> = async (draft, ref, context) => {
  const { services, site, text } = context;
  const s = await services.specialisms.bySlug(ref.slug);
  if (!s) return null;
  const authored = await services.specialisms.faqs(s);
  const facts = await context.specialismFacts(s);
  const generated = generatedFaqs({ specialism: s, ...facts, authored }, text);
  draft.uses('specialism', s);
  draft.uses('faq', ...authored);
  draft.uses('role', ...facts.roles);
  draft.uses('technology', ...facts.technologies);
  draft.uses('industry', ...facts.industries);
  draft.uses('hub', ...facts.hubs);
  draft.link({ kind: 'specialism', slug: s.slug }, s.name);
  draft.link({ kind: 'specialismComparison', slug: s.slug }, text.compareLink(s.name));
  for (const role of facts.roles) draft.link({ kind: 'role', slug: role.slug }, role.name);
  const entries = [...authored, ...generated].map((f) => ({
    question: f.question,
    answerHtml: markdownToHtml(f.answer),
  }));
  const breadcrumbs = draft.crumbs(
    [s.name, { kind: 'specialism', slug: s.slug }],
    [text.faqsCrumb, draft.ref],
  );
  return draft.finish({
    title: fitTitle(text.faqTitles(s.name), site.name),
    description: fit(
      text.faqDescription(
        s.name,
        authored
          .slice(0, 3)
          .map((f) => f.question)
          .join(' '),
      ),
      MAX_DESCRIPTION,
    ),
    breadcrumbs,
    alternates: [],
    jsonLd: [ld.faqPage(draft.url(draft.path), text.faqPageName(s.name), entries)],
  });
};
