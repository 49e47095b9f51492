/**
 * Colours of the projector theme (the tour player's caption band, counter,
 * figures and tools), in one place: app.css reads them as custom properties
 * and projector-theme.test.ts checks every text colour's contrast on the
 * ground it is drawn on.
 */
import type { CSSProperties } from 'react';

export const PROJECTOR_COLOURS = {
  /** The caption band, over whatever part of the page lies under it. */
  bandBackground: 'rgba(0, 0, 0, 0.86)',
  bandText: '#ffffff',
  /** Tour title and step counter. */
  bandAccent: '#ffd666',
  figureValue: '#9fd3ff',
  sourceText: '#c9c9c9',
  toolBackground: 'rgba(0, 0, 0, 0.78)',
  toolText: '#ffffff',
  offScriptBackground: '#ffbf00',
  offScriptText: '#000000',
} as const;

/** Opacity of the player's tools while the pointer is elsewhere: faded, still legible. */
export const PROJECTOR_TOOL_IDLE_OPACITY = 0.9;

/** The theme as CSS custom properties for the player's root element. */
export function projectorThemeStyle(): CSSProperties {
  const colours = PROJECTOR_COLOURS;
  return {
    '--projector-band-bg': colours.bandBackground,
    '--projector-band-text': colours.bandText,
    '--projector-band-accent': colours.bandAccent,
    '--projector-figure-value': colours.figureValue,
    '--projector-source-text': colours.sourceText,
    '--projector-tool-bg': colours.toolBackground,
    '--projector-tool-text': colours.toolText,
    '--projector-tool-idle-opacity': String(PROJECTOR_TOOL_IDLE_OPACITY),
    '--projector-off-script-bg': colours.offScriptBackground,
    '--projector-off-script-text': colours.offScriptText,
  } as CSSProperties;
}
