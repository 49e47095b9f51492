/**
 * Plain-words messages for import problems and notes, saying which feature
 * (index and name), where inside it, what was found and what was expected.
 * Everything taken from the file is passed as text, never as markup.
 */
import type { MessageKey, Translate } from '@/i18n';
import type {
  ImportProblem,
  ImportProblemCode,
  ImportWarning,
  ImportWarningCode,
} from '@/data/planner/import-problem';

const camel = (code: string): string =>
  code.replace(/-([a-z0-9])/g, (_, letter: string) => letter.toUpperCase());

const problemKey = (code: ImportProblemCode): MessageKey =>
  `planner.import.problem.${camel(code)}` as MessageKey;
const warningKey = (code: ImportWarningCode): MessageKey =>
  `planner.import.warning.${camel(code)}` as MessageKey;

/** "Feature 3 (Name), at geometry.coordinates[0]: …" in the current language. */
export function describeImportProblem(problem: ImportProblem, t: Translate): string {
  const where: string[] = [];
  if (problem.featureIndex !== undefined)
    where.push(
      problem.featureName
        ? t('planner.import.where.featureNamed', {
            index: problem.featureIndex + 1,
            name: problem.featureName,
          })
        : t('planner.import.where.feature', { index: problem.featureIndex + 1 }),
    );
  if (problem.row !== undefined) where.push(t('planner.import.where.row', { row: problem.row }));
  if (problem.line !== undefined)
    where.push(
      t('planner.import.where.line', {
        line: String(problem.line),
        column: String(problem.column ?? 1),
      }),
    );
  if (problem.field) where.push(t('planner.import.where.field', { field: problem.field }));
  const message = t(problemKey(problem.code), {
    detail: problem.detail ?? '',
    found: problem.found ?? '',
  });
  return where.length > 0
    ? `${where.join(t('planner.import.where.separator'))}: ${message}`
    : message;
}

const LISTED_IN_WARNING = 10;

/** One line for a note on an accepted file. */
export function describeImportWarning(warning: ImportWarning, t: Translate): string {
  const features = warning.features ?? [];
  const names = features.slice(0, LISTED_IN_WARNING).map((feature) =>
    feature.featureName
      ? t('planner.import.where.featureNamed', {
          index: feature.featureIndex + 1,
          name: feature.featureName,
        })
      : t('planner.import.where.feature', { index: feature.featureIndex + 1 }),
  );
  const rest = (warning.count ?? features.length) - names.length;
  if (rest > 0) names.push(t('planner.import.warning.more', { n: rest }));
  return t(warningKey(warning.code), {
    n: warning.count ?? 0,
    detail: warning.detail ?? '',
    list: names.join(t('planner.import.where.separator')),
  });
}
