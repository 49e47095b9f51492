/**
 * One finding of the validator. `file` is relative to geodata/; `where` names
 * the feature (index and id) or record (array, index and id); `field` is the
 * property path inside it.
 */
export type Severity = 'error' | 'warning';

export interface Issue {
  severity: Severity;
  /** Short rule name, e.g. "winding"; also the name of its invalid fixture. */
  rule: string;
  file: string;
  where?: string;
  field?: string;
  message: string;
}

export type IssueLocation = Pick<Issue, 'file' | 'where'>;

/** "file › where › field: message" — the form every validator message takes. */
export function formatIssue(issue: Issue): string {
  const path = [issue.file, issue.where, issue.field].filter(Boolean).join(' › ');
  return `${path}: ${issue.message}`;
}

export function makeIssue(
  rule: string,
  location: IssueLocation,
  field: string | undefined,
  message: string,
  severity: Severity = 'error',
): Issue {
  return { severity, rule, ...location, ...(field ? { field } : {}), message };
}

/** Label of a feature in a layer file: "feature 3 (liandu-axis)". */
export function featureLabel(index: number, id: unknown): string {
  return `feature ${index}${typeof id === 'string' && id ? ` (${id})` : ''}`;
}

/** Label of a record in a records file: "enterprises[3] (ent-foo)". */
export function recordLabel(collection: string, index: number, id: unknown): string {
  return `${collection}[${index}]${typeof id === 'string' && id ? ` (${id})` : ''}`;
}
