import type { ReactNode } from 'react';

/** A labelled select of the targets view (the filters and the chart's unit). */
export function FilterSelect({
  label,
  testId,
  value,
  onChange,
  children,
}: {
  label: string;
  testId: string;
  value: string;
  onChange: (value: string) => void;
  children: ReactNode;
}) {
  return (
    <label className="targets-filters__field">
      <span>{label}</span>
      <select value={value} data-testid={testId} onChange={(event) => onChange(event.target.value)}>
        {children}
      </select>
    </label>
  );
}
