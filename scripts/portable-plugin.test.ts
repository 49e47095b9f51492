import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inlineModuleWorkers } from './portable-plugin.ts';

describe('the portable build inlines module workers', () => {
  it('starts each module worker from an inlined copy of its bundle', () => {
    const source = [
      "const search = new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module' });",
      'const parse = new Worker(new URL("./import.worker.ts", import.meta.url), {',
      "  type: 'module',",
      '});',
    ].join('\n');
    expect(inlineModuleWorkers(source)).toBe(
      [
        'import PortableWorker0 from "./search.worker.ts?worker&inline";',
        'import PortableWorker1 from "./import.worker.ts?worker&inline";',
        'const search = new PortableWorker0();',
        'const parse = new PortableWorker1();',
      ].join('\n'),
    );
  });

  it('leaves code without module workers alone', () => {
    const source =
      "const worker = new Worker(workerUrl);\nconst url = new URL('./a', import.meta.url);";
    expect(inlineModuleWorkers(source)).toBe(source);
  });

  it('rewrites the workers the app starts', () => {
    for (const file of [
      'src/features/search/search-client.ts',
      'src/features/planner/import/import-client.ts',
    ]) {
      const rewritten = inlineModuleWorkers(readFileSync(file, 'utf8'));
      expect(rewritten, file).toContain('?worker&inline');
      expect(rewritten, file).not.toMatch(/new Worker\(\s*new URL\(/);
    }
  });
});
