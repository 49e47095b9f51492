import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { returnTarget, useFocusReturn } from './use-focus-return';

/** A panel as the app's panels use the hook: a heading, two controls and a close button. */
function Panel({ name, onClose, modal }: { name: string; onClose: () => void; modal?: boolean }) {
  const ref = useFocusReturn<HTMLElement>({ isOpen: true, onClose, modal });
  return (
    <section ref={ref} aria-label={name}>
      <h2>{name}</h2>
      <input aria-label={`${name} field`} />
      <button type="button" onClick={onClose}>
        {`close ${name}`}
      </button>
    </section>
  );
}

/** Two toggles, each opening its own panel, and a control outside both. */
function Screen({ modal = false }: { modal?: boolean }) {
  const [open, setOpen] = useState<{ first: boolean; second: boolean }>({
    first: false,
    second: false,
  });
  return (
    <>
      <button type="button" onClick={() => setOpen((state) => ({ ...state, first: true }))}>
        open first
      </button>
      <button type="button" onClick={() => setOpen((state) => ({ ...state, second: true }))}>
        open second
      </button>
      {open.first && (
        <Panel
          name="first"
          modal={modal}
          onClose={() => setOpen((state) => ({ ...state, first: false }))}
        />
      )}
      {open.second && (
        <Panel name="second" onClose={() => setOpen((state) => ({ ...state, second: false }))} />
      )}
      <button type="button">outside</button>
    </>
  );
}

describe('useFocusReturn', () => {
  it('moves focus to the panel heading on open and back to the opener on close', async () => {
    const user = userEvent.setup();
    render(<Screen />);
    await user.click(screen.getByRole('button', { name: 'open first' }));
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'first' }));
    await user.click(screen.getByRole('button', { name: 'close first' }));
    expect(screen.queryByRole('region', { name: 'first' })).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'open first' }));
  });

  it('closes the top-most panel on Escape, then the one under it', async () => {
    const user = userEvent.setup();
    render(<Screen />);
    await user.click(screen.getByRole('button', { name: 'open first' }));
    await user.click(screen.getByRole('button', { name: 'open second' }));
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'second' }));

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('region', { name: 'second' })).toBeNull();
    expect(screen.getByRole('region', { name: 'first' })).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'open second' }));

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('region', { name: 'first' })).toBeNull();
  });

  it('leaves Escape to a text field being typed in', async () => {
    const user = userEvent.setup();
    render(<Screen />);
    await user.click(screen.getByRole('button', { name: 'open first' }));
    await user.click(screen.getByRole('textbox', { name: 'first field' }));
    await user.keyboard('{Escape}');
    expect(screen.getByRole('region', { name: 'first' })).toBeTruthy();
  });

  it('keeps Tab inside a modal dialog, both ways', async () => {
    const user = userEvent.setup();
    render(<Screen modal />);
    await user.click(screen.getByRole('button', { name: 'open first' }));
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'first field' }));
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'close first' }));
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'first field' }));
    await user.tab({ shift: true });
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'close first' }));
  });

  it('does not take focus back from where the user has moved it', async () => {
    const user = userEvent.setup();
    render(<Screen />);
    await user.click(screen.getByRole('button', { name: 'open first' }));
    const outside = screen.getByRole('button', { name: 'outside' });
    outside.focus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('region', { name: 'first' })).toBeNull();
    expect(document.activeElement).toBe(outside);
  });
});

describe('returnTarget', () => {
  it('is the opener while it is shown, and the menu button once its menu has closed', () => {
    document.body.innerHTML = `
      <button aria-controls="tools">Tools</button>
      <div id="tools"><button id="item">Targets</button></div>`;
    const item = document.getElementById('item')!;
    expect(returnTarget(item)).toBe(item);
    document.getElementById('tools')!.hidden = true;
    expect(returnTarget(item)?.textContent).toBe('Tools');
    item.remove();
    expect(returnTarget(item)).toBeNull();
  });
});
