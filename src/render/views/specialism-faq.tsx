import type { FaqViewQuery } from '../../generated/graphql.js';
import { pathOf } from '../../pages/paths.js';
import {
  Chips,
  Prose,
  Section,
  refTo,
  rolePath,
  specialismPath,
  type Data,
} from '../components.js';
import { useText } from '../ui-text/index.js';

/** `/<specialism>/faq/`: the authored FAQs, then the answers generated from the graph. */
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
