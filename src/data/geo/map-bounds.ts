/** Eastern China, so enclaves in Beijing or Shenzhen stay reachable; cameras are clamped to it. [[west, south], [east, north]] in degrees. */
export const MAP_BOUNDS: [[number, number], [number, number]] = [
  [98, 16],
  [134, 44],
];
