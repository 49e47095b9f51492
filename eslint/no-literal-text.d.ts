import type { ESLint } from 'eslint';

/** The local plugin with the `no-literal-text` rule (eslint/no-literal-text.js). */
declare const plugin: ESLint.Plugin & {
  rules: Record<'no-literal-text', import('eslint').Rule.RuleModule>;
};
export default plugin;
export const USER_VISIBLE_ATTRIBUTES: Set<string>;
