import { describe, expect, it } from 'vitest';
import { indexGeodata } from '@/data/model';
import { miniData } from '../../../tests/fixtures/mini-data';
import { enclaveGroups } from './enclave-groups';

const BOUNDS: [[number, number], [number, number]] = [
  [98, 16],
  [134, 44],
];

function withEnclaves() {
  const base = miniData();
  const enclave = (id: string, hostCity: string, coordinates: [number, number] | null) => ({
    type: 'Feature' as const,
    properties: {
      ...base.features[0]!.properties,
      id,
      name: id,
      system: 'enclave' as const,
      kind: 'enclave' as const,
      hostCity,
      geometryQuality: coordinates ? ('schematic' as const) : ('unplaced' as const),
    },
    geometry: coordinates ? { type: 'Point' as const, coordinates } : null,
  });
  return indexGeodata({
    ...base,
    features: [
      ...base.features,
      enclave('enclave-a', '上海', [121.47, 31.23]),
      enclave('enclave-b', '上海', [121.5, 31.2]),
      enclave('enclave-c', '杭州', [120.15, 30.28]),
      enclave('enclave-d', '法兰克福', [8.68, 50.11]),
      enclave('enclave-e', '美国/德国', null),
    ],
  });
}

describe('enclaveGroups', () => {
  it('groups enclaves by host city, largest first, and keeps those abroad or unplaced off the map', () => {
    expect(enclaveGroups(withEnclaves(), BOUNDS)).toEqual([
      { hostCity: '上海', featureIds: ['enclave-a', 'enclave-b'], isOnMap: true },
      { hostCity: '杭州', featureIds: ['enclave-c'], isOnMap: true },
      { hostCity: '法兰克福', featureIds: ['enclave-d'], isOnMap: false },
      { hostCity: '美国/德国', featureIds: ['enclave-e'], isOnMap: false },
    ]);
  });
});
