/**
 * ESLint rule `layering/rooms`: imports run downward through the rooms of
 * src/ (README "Architecture"). The shell (app/) and main.tsx sit on top and
 * may import anything; a feature imports the shared rooms below it and its own
 * folder, never another feature or the shell; below that each room imports
 * only the rooms under it. Nothing under src/ reaches into scripts/ or tests/.
 * Test files are exempt: they may wire rooms together to test them.
 */
import path from 'node:path';

/** Rooms each room may import besides itself (app and main import anything). */
export const ALLOWED = {
  features: ['components', 'map', 'state', 'data', 'i18n', 'lib'],
  components: ['map', 'state', 'data', 'i18n', 'lib'],
  map: ['state', 'data', 'i18n', 'lib'],
  state: ['data', 'i18n', 'lib'],
  data: ['i18n', 'lib'],
  i18n: ['lib'],
  lib: [],
};

const TEST_FILE = /\.(test|spec)\.tsx?$|\.d\.ts$/;

/** The room of a path inside src/ ("features/search" for a feature), or null outside src/. */
export function roomOf(srcDir, file) {
  const relative = path.relative(srcDir, file);
  if (relative.startsWith('..') || path.isAbsolute(relative)) return null;
  const parts = relative.split(path.sep);
  if (parts.length === 1) return { top: 'root', feature: null };
  return { top: parts[0], feature: parts[0] === 'features' ? (parts[1] ?? null) : null };
}

/** Why an import from `file` of `specifier` breaks the layering, or null when it is fine. */
export function layeringViolation(srcDir, file, specifier) {
  const from = roomOf(srcDir, file);
  if (!from || TEST_FILE.test(file)) return null;
  let target;
  if (specifier.startsWith('@/')) target = path.join(srcDir, specifier.slice(2));
  else if (specifier.startsWith('.')) target = path.resolve(path.dirname(file), specifier);
  else return null; // a package
  const to = roomOf(srcDir, path.join(target, 'index'));
  if (!to) {
    const projectRelative = path.relative(path.dirname(srcDir), target).split(path.sep)[0];
    return projectRelative === 'geodata' ? null : `src/ never imports from ${projectRelative}/`;
  }
  if (from.top === 'app' || from.top === 'root') return null;
  if (from.top === 'features' && to.top === 'features') {
    return to.feature === from.feature
      ? null
      : `features/${from.feature} imports features/${to.feature}: features never import each other; move what both need down (data/, state/, components/)`;
  }
  if (to.top === from.top) return null;
  const allowed = ALLOWED[from.top] ?? [];
  if (allowed.includes(to.top)) return null;
  return `${from.top}/ imports ${to.top}/: ${from.top}/ may import only ${allowed.length ? allowed.join(', ') : 'packages'}`;
}

const rule = {
  meta: {
    type: 'problem',
    docs: {
      description:
        'Imports follow the layering of src/ (shell on top, features alone, rooms downward).',
    },
    schema: [
      { type: 'object', properties: { srcDir: { type: 'string' } }, additionalProperties: false },
    ],
    messages: { wrongWay: '{{reason}}.' },
  },
  create(context) {
    const srcDir = path.resolve(context.options[0]?.srcDir ?? path.join(context.cwd, 'src'));
    const check = (node, source) => {
      if (!source || typeof source.value !== 'string') return;
      const reason = layeringViolation(srcDir, context.filename, source.value);
      if (reason) context.report({ node: source, messageId: 'wrongWay', data: { reason } });
    };
    return {
      ImportDeclaration: (node) => check(node, node.source),
      ExportNamedDeclaration: (node) => check(node, node.source),
      ExportAllDeclaration: (node) => check(node, node.source),
      ImportExpression: (node) => check(node, node.source),
    };
  },
};

export default { rules: { rooms: rule } };
