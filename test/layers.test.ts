import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The layers of DESIGN.md, as `npm run lint` enforces them (eslint.config.js). Each probe is
// linted as if it were a file at that path, without writing it.
const eslint = new ESLint();
const problems = async (filePath: string, code: string) => {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === 'boundaries/dependencies');
};

describe('the layers, enforced by lint', () => {
  it('refuses a file in src/content/ that imports src/server/, naming both', async () => {
    const found = await problems(
      'src/content/role/layer-probe.ts',
      "import { createApp } from '../../server/app.js';\nexport const probe = createApp;\n",
    );
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toMatch(/"content" to elements of type "server"/);
  });

  it('refuses content importing the database layer or the command line', async () => {
    for (const target of ['../../db/orm.js', '../../cli/index.js'])
      expect(
        await problems(
          'src/content/role/layer-probe.ts',
          `import * as probe from '${target}';\nexport { probe };\n`,
        ),
      ).toHaveLength(1);
  });

  it('lets graphql/ name service types but not run service code', async () => {
    const typeOnly =
      "import type { Services } from '../content/services.js';\nexport type Probe = Services;\n";
    expect(await problems('src/graphql/layer-probe.ts', typeOnly)).toHaveLength(0);
    const value =
      "import { createServices } from '../content/services.js';\nexport const probe = createServices;\n";
    expect(await problems('src/graphql/layer-probe.ts', value)).toHaveLength(1);
  });

  it('keeps the error catalogue free of project imports, and render free of the server', async () => {
    expect(
      await problems(
        'src/errors/layer-probe.ts',
        "import { DEFAULTS } from '../config/defaults.js';\nexport const probe = DEFAULTS;\n",
      ),
    ).toHaveLength(1);
    expect(
      await problems(
        'src/render/layer-probe.ts',
        "import { listen } from '../server/app.js';\nexport const probe = listen;\n",
      ),
    ).toHaveLength(1);
  });

  it('passes the tree as it is', async () => {
    const results = await eslint.lintFiles(['src']);
    const broken = results.flatMap((r) =>
      r.messages
        .filter((m) => m.ruleId === 'boundaries/dependencies')
        .map((m) => `${r.filePath}:${m.line} ${m.message}`),
    );
    expect(broken).toEqual([]);
  });
});
