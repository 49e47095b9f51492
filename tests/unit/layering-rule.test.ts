import path from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const projectDir = path.resolve(import.meta.dirname, '../..');

/** Lints one line of code as if it were the file at `file`, with the project's own config. */
async function layeringMessages(eslint: ESLint, file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport {};\n`, {
    filePath: path.join(projectDir, file),
  });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === 'layering/rooms')
    .map((message) => message.message);
}

describe('the layering lint rule', () => {
  let eslint: ESLint;
  // Loading the config and the TypeScript parser takes seconds once; every lint after is quick.
  beforeAll(async () => {
    eslint = new ESLint({ cwd: projectDir });
    await layeringMessages(eslint, 'src/lib/x.ts', '');
  }, 60_000);

  it.each([
    [
      'a feature importing another feature',
      'src/features/search/x.ts',
      "import '@/features/tours/ToursPanel';",
    ],
    [
      'a feature importing another feature by a relative path',
      'src/features/search/x.ts',
      "import '../tours/ToursPanel';",
    ],
    ['a feature importing the shell', 'src/features/detail/x.ts', "import '@/app/App';"],
    [
      'a component importing a feature',
      'src/components/x.tsx',
      "import '@/features/detail/DetailPanel';",
    ],
    ['the map importing the shell', 'src/map/x.ts', "import '@/app/url-state';"],
    ['state importing the map', 'src/state/x.ts', "import '@/map/map-api';"],
    ['data importing the map', 'src/data/x.ts', "import '@/map/ids';"],
    ['data importing state', 'src/data/sites/x.ts', "import '@/state/store';"],
    ['src importing scripts', 'src/data/x.ts', "import '../../scripts/validate';"],
    [
      'a lazy import across features',
      'src/features/dossier/x.ts',
      "void import('@/features/search/SearchBox');",
    ],
  ])('fails on %s', async (_, file, code) => {
    expect(await layeringMessages(eslint, file, code)).toHaveLength(1);
  });

  it.each([
    ['the shell importing a feature', 'src/app/x.tsx', "import '@/features/tours/ToursPanel';"],
    [
      'a feature importing its own parts',
      'src/features/planner/import/x.ts',
      "import '../measure/measure';",
    ],
    [
      'a feature importing the rooms below it',
      'src/features/search/x.ts',
      "import '@/state/store'; import '@/map/map-commands'; import '@/data/model'; import '@/components/SourceList'; import '@/i18n'; import '@/lib/result';",
    ],
    ['state importing data', 'src/state/x.ts', "import '@/data/model';"],
    ['data reading geodata', 'src/data/x.ts', "import '../../geodata/sources.json';"],
    ['a test wiring rooms together', 'src/data/x.test.ts', "import '@/state/store';"],
  ])('allows %s', async (_, file, code) => {
    expect(await layeringMessages(eslint, file, code)).toEqual([]);
  });
});
