/** The site's one stylesheet, served at `/assets/site.css`: readable on a phone and a laptop. */
export const STYLESHEET_PATH = '/assets/site.css';

export const STYLESHEET =
  `
:root {
  --ink: #1c2230; --muted: #5a6478; --line: #dfe3ea; --paper: #ffffff; --wash: #f5f7fa;
  --accent: #1f5fbf; --accent-ink: #ffffff; --accent-soft: #e8f0fc; --radius: 10px;
  --measure: 46rem; --wide: 72rem;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  color: var(--ink); background: var(--wash); line-height: 1.6;
}
* { box-sizing: border-box; }
body { margin: 0; }
a { color: var(--accent); text-underline-offset: 0.15em; }
a:hover { text-decoration-thickness: 2px; }
:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
.skip { position: absolute; left: -999px; top: 0; background: var(--paper); padding: 0.5rem 1rem; }
.skip:focus { left: 1rem; z-index: 10; }
.site-header { background: var(--ink); color: #fff; }
.site-header .inner { max-width: var(--wide); margin: 0 auto; padding: 0.9rem 1.25rem;
  display: flex; flex-wrap: wrap; gap: 0.5rem 1.5rem; align-items: center; justify-content: space-between; }
.brand { color: #fff; font-weight: 700; font-size: 1.15rem; text-decoration: none; letter-spacing: 0.01em; }
.site-nav ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0.25rem 1.25rem; }
.site-nav a { color: #dfe7f5; text-decoration: none; }
.site-nav a:hover, .site-nav a[aria-current="page"] { color: #fff; text-decoration: underline; }
.site-search { display: flex; align-items: center; gap: 0.4rem; }
.site-search label { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.site-search input { font: inherit; padding: 0.3rem 0.5rem; border: 1px solid #dfe7f5; border-radius: 4px; min-width: 12rem; }
.site-search button { font: inherit; padding: 0.3rem 0.8rem; border: 1px solid #fff; border-radius: 4px; background: transparent; color: #fff; cursor: pointer; }
.search-results { list-style: none; padding: 0; }
.search-results li { margin: 0 0 1rem; }
.search-results .result-name { font-weight: 600; margin: 0; }
.search-results .snippet { margin: 0.2rem 0 0; color: var(--muted, #444); }
.search-results mark, .result-name mark { background: #fff3b0; color: inherit; }
.languages ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0.25rem 0.9rem; font-size: 0.85rem; }
.languages li { margin: 0; }
.languages a { color: #dfe7f5; text-decoration: none; display: inline-block; padding: 0.2rem 0; }
.languages a:hover, .languages a[aria-current="page"] { color: #fff; text-decoration: underline; }
.languages a[aria-current="page"] { font-weight: 600; }
.crumbs { max-width: var(--wide); margin: 0 auto; padding: 0.75rem 1.25rem 0; font-size: 0.9rem; color: var(--muted); }
.crumbs ol { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0.35rem; }
.crumbs li + li::before { content: "›"; margin-right: 0.35rem; color: var(--muted); }
main { max-width: var(--wide); margin: 0 auto; padding: 0.5rem 1.25rem 3rem; }
.hero { padding: 1.5rem 0 0.5rem; max-width: var(--measure); }
h1 { font-size: clamp(1.8rem, 4vw, 2.6rem); line-height: 1.15; margin: 0.3rem 0 0.6rem; letter-spacing: -0.01em; }
.lede { font-size: 1.15rem; color: var(--muted); margin: 0 0 1rem; }
section { background: var(--paper); border: 1px solid var(--line); border-radius: var(--radius);
  padding: 1.25rem 1.5rem; margin: 1.25rem 0; }
section > * { max-width: var(--measure); }
section > .table-wrap, section > .cards { max-width: none; }
h2 { font-size: 1.4rem; margin: 0 0 0.6rem; line-height: 1.25; }
h3 { font-size: 1.1rem; margin: 1.2rem 0 0.4rem; }
h4, h5, h6 { font-size: 1rem; margin: 1rem 0 0.3rem; }
ul, ol { padding-left: 1.25rem; }
li { margin: 0.25rem 0; }
.chips { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 0.5rem; }
.chips li { margin: 0; }
.chips a, .chips span { display: inline-block; padding: 0.25rem 0.75rem; border-radius: 999px;
  background: var(--accent-soft); text-decoration: none; font-size: 0.95rem; }
.cards { list-style: none; padding: 0; display: grid; gap: 1rem;
  grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr)); }
.card { border: 1px solid var(--line); border-radius: var(--radius); padding: 1rem 1.1rem; background: var(--paper); margin: 0; }
.card h3 { margin-top: 0; }
.card p { margin: 0.3rem 0 0; color: var(--muted); }
.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; min-width: 34rem; font-size: 0.97rem; }
caption { text-align: left; color: var(--muted); padding-bottom: 0.5rem; }
th, td { text-align: left; vertical-align: top; padding: 0.6rem 0.75rem; border-bottom: 1px solid var(--line); }
thead th { background: var(--wash); font-size: 0.85rem; text-transform: uppercase; letter-spacing: 0.04em; color: var(--muted); }
tbody th { font-weight: 600; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.35rem 1.25rem; margin: 0; }
dl.facts dt { font-weight: 600; }
dl.facts dd { margin: 0; }
.faq h3 { margin-top: 1.4rem; }
.faq .generated { color: var(--muted); font-size: 0.9rem; }
.cta { background: var(--ink); color: #fff; border: 0; }
.cta a { color: #fff; }
.site-footer { border-top: 1px solid var(--line); background: var(--paper); color: var(--muted); font-size: 0.9rem; }
.site-footer .inner { max-width: var(--wide); margin: 0 auto; padding: 1.5rem 1.25rem; }
form.enquiry label { display: block; font-weight: 600; margin-bottom: 0.25rem; }
form.enquiry input[type="text"], form.enquiry input[type="email"], form.enquiry textarea {
  width: 100%; max-width: 32rem; font: inherit; padding: 0.5rem 0.6rem; border: 1px solid #9aa3b5; border-radius: 6px; }
form.enquiry fieldset { border: 1px solid var(--line); border-radius: var(--radius); margin: 0 0 1rem; padding: 0.5rem 1rem; }
form.enquiry .choice { display: flex; gap: 0.5rem; align-items: baseline; margin: 0.3rem 0; }
form.enquiry .choice label { display: inline; font-weight: 400; }
form.enquiry button { font: inherit; font-weight: 600; color: var(--accent-ink); background: var(--accent);
  border: 0; border-radius: 6px; padding: 0.6rem 1.2rem; cursor: pointer; }
.hp { position: absolute; left: -10000px; width: 1px; height: 1px; overflow: hidden; }
.preview-banner { background: #ffe9a8; color: #3a2c00; text-align: center; padding: 0.5rem 1rem; font-weight: 600; }
.preview-banner a { color: #3a2c00; }
@media (max-width: 40rem) {
  section { padding: 1rem; border-radius: 0; margin-left: -1.25rem; margin-right: -1.25rem; border-left: 0; border-right: 0; }
  dl.facts { grid-template-columns: 1fr; }
}
`.trim() + '\n';

/** A small icon, so browsers do not ask for a missing /favicon.ico. */
export const FAVICON_PATH = '/assets/favicon.svg';

export const FAVICON =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">' +
  '<rect width="32" height="32" rx="7" fill="#1c2230"/>' +
  '<circle cx="10" cy="11" r="3.5" fill="#7fa8ea"/><circle cx="22" cy="11" r="3.5" fill="#7fa8ea"/>' +
  '<circle cx="16" cy="22" r="3.5" fill="#ffffff"/>' +
  '<path d="M10 11L16 22L22 11" stroke="#7fa8ea" stroke-width="2" fill="none"/></svg>\n';
