import { describe, expect, it } from 'vitest';
import { presenterTourId } from './presenter-url';

describe('presenterTourId', () => {
  it('reads a tour id from ?presenter=', () => {
    expect(presenterTourId('?presenter=city-corridor&lang=en')).toBe('city-corridor');
  });

  it.each(['', '?lang=en', '?presenter=', '?presenter=<script>', '?presenter=City'])(
    'is null for %j',
    (search) => expect(presenterTourId(search)).toBeNull(),
  );
});
