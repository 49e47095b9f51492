/**
 * Property and record schemas: runs the app's own parser (parseGeodata with
 * the zod schemas), so the validator and the app agree on what is valid.
 */
import { parseGeodata } from '../parse';
import type { Issue } from './issue';

/** Turns a parser message "file › where › field: message" back into an Issue. */
export function issueFromParserMessage(text: string): Issue {
  const match = /^(.*?): (.*)$/s.exec(text);
  const path = (match?.[1] ?? text).split(' › ');
  const message = match?.[2] ?? text;
  const [file = '', where, ...field] = path;
  return {
    severity: 'error',
    rule: 'schema',
    file,
    ...(where ? { where } : {}),
    ...(field.length > 0 ? { field: field.join(' › ') } : {}),
    message,
  };
}

export function checkSchemas(files: Record<string, unknown>): Issue[] {
  const result = parseGeodata(files);
  return result.ok ? [] : result.error.map(issueFromParserMessage);
}
