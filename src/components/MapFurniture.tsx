/**
 * Figure furniture for a printed map picture: scale bar and north arrow laid
 * over the picture, and its legend under it. The picture sits in a box of its
 * own aspect ratio, so a bar given as a share of its width is true to scale.
 */
import type { ReactNode } from 'react';
import './map-furniture.css';

export interface FurnitureLegendEntry {
  colour: string;
  label: string;
}

export function MapFigure({
  aspectRatio,
  scaleBar,
  bearing,
  north,
  legendTitle,
  legend,
  children,
}: {
  /** Width / height of the picture. */
  aspectRatio: number;
  /** The bar's length as a share (0–1) of the picture's width, and its label ("5 km"). */
  scaleBar: { share: number; label: string } | null;
  /** The map's bearing in degrees. */
  bearing: number;
  north: string;
  legendTitle: string;
  legend: FurnitureLegendEntry[];
  /** The picture itself (an <img>). */
  children: ReactNode;
}) {
  return (
    <figure className="map-figure" data-testid="map-figure">
      <div
        className="map-figure__frame"
        style={{ aspectRatio: String(aspectRatio), ['--map-figure-ratio' as string]: aspectRatio }}
      >
        {children}
        {scaleBar && (
          <div className="map-figure__scale" data-testid="map-figure-scale">
            <span className="map-figure__scale-label">{scaleBar.label}</span>
            <span
              className="map-figure__scale-bar"
              style={{ width: `${(scaleBar.share * 100).toFixed(3)}%` }}
            />
          </div>
        )}
        <div className="map-figure__north" data-testid="map-figure-north">
          <svg
            viewBox="-12 -16 24 30"
            width="22"
            height="28"
            aria-hidden="true"
            style={{ transform: `rotate(${-bearing}deg)` }}
          >
            <path d="M0 -15 L9 12 L0 6 L-9 12 Z" fill="currentColor" />
          </svg>
          <span>{north}</span>
        </div>
      </div>
      {legend.length > 0 && (
        <figcaption className="map-figure__legend" data-testid="map-figure-legend">
          <strong>{legendTitle}</strong>
          {legend.map((entry) => (
            <span key={entry.label} className="map-figure__legend-entry">
              <span className="map-figure__swatch" style={{ background: entry.colour }} />
              {entry.label}
            </span>
          ))}
        </figcaption>
      )}
    </figure>
  );
}
