import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { tabAttributes, tabListKeyHandler, tabPanelAttributes } from './tab-list';

const IDS = ['one', 'two', 'three'] as const;

function Tabs() {
  const [chosen, setChosen] = useState<(typeof IDS)[number]>('one');
  return (
    <>
      <div
        role="tablist"
        aria-label="tabs"
        onKeyDown={tabListKeyHandler('t', IDS, chosen, setChosen)}
      >
        {IDS.map((id) => (
          <button
            key={id}
            type="button"
            {...tabAttributes('t', id, chosen === id)}
            onClick={() => setChosen(id)}
          >
            {id}
          </button>
        ))}
      </div>
      <div {...tabPanelAttributes('t', chosen)}>{`content ${chosen}`}</div>
    </>
  );
}

describe('tab list', () => {
  it('names its panel, is one Tab stop, and moves with the arrow keys, Home and End', async () => {
    const user = userEvent.setup();
    render(<Tabs />);
    expect(screen.getByRole('tabpanel', { name: 'one' }).textContent).toBe('content one');
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: 'one' }));
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: 'two', selected: true }));
    expect(screen.getByRole('tabpanel', { name: 'two' })).toBeTruthy();
    await user.keyboard('{End}');
    expect(screen.getByRole('tab', { name: 'three', selected: true })).toBe(document.activeElement);
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'one', selected: true })).toBe(document.activeElement);
    await user.keyboard('{ArrowLeft}');
    expect(screen.getByRole('tab', { name: 'three', selected: true })).toBe(document.activeElement);
    // The unchosen tabs are not Tab stops: Tab leaves the list.
    await user.tab();
    expect(document.activeElement).toBe(document.body);
  });
});
