import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';

/**
 * GraphiQL, served from the project's own node_modules so it works with no internet: the UMD
 * builds of React 18 and GraphiQL 4, and a small start-up script.
 */
const require = createRequire(import.meta.url);
const graphiqlDir = require.resolve('graphiql/package.json').replace(/package\.json$/, '');
const reactDir = require.resolve('react/package.json').replace(/package\.json$/, '');
const reactDomDir = require.resolve('react-dom/package.json').replace(/package\.json$/, '');

export const GRAPHIQL_ASSET_PREFIX = '/graphiql/';

const DEFAULT_QUERY = `# rolegraph: press Run (Ctrl-Enter) to try this query.
{
  specialism(slug: "ml-infrastructure") {
    name
    headline
    roleComparison {
      rows {
        role { slug name }
        primaryFocus
        keyDifference
      }
    }
  }
}
`;

const START_SCRIPT = `
const root = ReactDOM.createRoot(document.getElementById('graphiql'));
root.render(
  React.createElement(GraphiQL, {
    fetcher: GraphiQL.createFetcher({ url: window.location.pathname }),
    defaultQuery: ${JSON.stringify(DEFAULT_QUERY)},
    defaultEditorToolsVisibility: true,
  }),
);
`;

interface Asset {
  type: string;
  body: Buffer;
}

const files: Record<string, [string, string]> = {
  'react.js': [reactDir + 'umd/react.production.min.js', 'text/javascript; charset=utf-8'],
  'react-dom.js': [
    reactDomDir + 'umd/react-dom.production.min.js',
    'text/javascript; charset=utf-8',
  ],
  'graphiql.js': [graphiqlDir + 'graphiql.min.js', 'text/javascript; charset=utf-8'],
  'graphiql.css': [graphiqlDir + 'graphiql.min.css', 'text/css; charset=utf-8'],
};

const cache = new Map<string, Asset>();

/** A GraphiQL asset by file name (`react.js`, `graphiql.css`, …), or undefined. */
export function graphiqlAsset(name: string): Asset | undefined {
  const cached = cache.get(name);
  if (cached) return cached;
  let asset: Asset | undefined;
  if (name === 'start.js')
    asset = { type: 'text/javascript; charset=utf-8', body: Buffer.from(START_SCRIPT) };
  else if (Object.hasOwn(files, name)) {
    const [path, type] = files[name];
    asset = { type, body: readFileSync(path) };
  }
  if (asset) cache.set(name, asset);
  return asset;
}

/** The GraphiQL page. Scripts are files, not inline, so a strict CSP can allow them. */
export function graphiqlPage(): string {
  const p = GRAPHIQL_ASSET_PREFIX;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>rolegraph · GraphiQL</title>
<link rel="stylesheet" href="${p}graphiql.css">
<style>body { margin: 0; } #graphiql { height: 100dvh; }</style>
</head>
<body>
<div id="graphiql">Loading GraphiQL…</div>
<script src="${p}react.js"></script>
<script src="${p}react-dom.js"></script>
<script src="${p}graphiql.js"></script>
<script src="${p}start.js"></script>
</body>
</html>
`;
}
