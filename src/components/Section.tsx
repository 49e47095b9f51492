import type { ReactNode } from 'react';

/**
 * A titled section of a panel or a printed page. `variant` picks the styling
 * (`detail-section` in the side panel, `dossier-section` on paper) and the
 * heading level that fits the page's outline.
 */
export function Section({
  title,
  children,
  testId,
  variant = 'detail',
}: {
  title: string;
  children: ReactNode;
  testId?: string;
  variant?: 'detail' | 'dossier';
}) {
  const Heading = variant === 'dossier' ? 'h2' : 'h3';
  return (
    <section className={`${variant}-section`} data-testid={testId}>
      <Heading className={`${variant}-section__title`}>{title}</Heading>
      {children}
    </section>
  );
}
