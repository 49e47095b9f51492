/** A camera: center [lng, lat] in degrees, zoom, bearing and pitch in degrees. */
export interface Camera {
  center: [number, number];
  zoom: number;
  bearing: number;
  pitch: number;
}
