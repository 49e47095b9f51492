import { describe, expect, it } from 'vitest';
import { composite, contrastRatio, parseColour } from '@/lib/contrast';
import { PROJECTOR_COLOURS as colours, PROJECTOR_TOOL_IDLE_OPACITY } from './projector-theme';

/** The lightest and darkest things the translucent band and tools can lie over. */
const GROUNDS = ['#ffffff', '#000000'];

const hex = ({ r, g, b }: { r: number; g: number; b: number }) =>
  `rgb(${Math.round(r)}, ${Math.round(g)}, ${Math.round(b)})`;

describe('projector theme contrast', () => {
  it.each([
    ['caption text', colours.bandText],
    ['tour title and counter', colours.bandAccent],
    ['figure values', colours.figureValue],
    ['figure sources', colours.sourceText],
  ])('%s reads at 4.5:1 or more on the caption band over any map', (_name, text) => {
    for (const ground of GROUNDS)
      expect(contrastRatio(text, colours.bandBackground, ground)).toBeGreaterThanOrEqual(4.5);
  });

  it('the off-script notice reads at 4.5:1 or more', () => {
    expect(
      contrastRatio(colours.offScriptText, colours.offScriptBackground),
    ).toBeGreaterThanOrEqual(4.5);
  });

  it('the faded tools still read at 4.5:1 or more over a white map', () => {
    // The whole tool is drawn at the idle opacity: its ground and its text fade together.
    const white = parseColour('#ffffff');
    const tool = parseColour(colours.toolBackground);
    const ground = composite({ ...tool, a: tool.a * PROJECTOR_TOOL_IDLE_OPACITY }, white);
    const text = composite(
      { ...parseColour(colours.toolText), a: PROJECTOR_TOOL_IDLE_OPACITY },
      white,
    );
    expect(contrastRatio(hex(text), hex(ground))).toBeGreaterThanOrEqual(4.5);
  });
});
