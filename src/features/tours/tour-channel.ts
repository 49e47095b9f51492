/**
 * Main window ⇄ presenter window, over BroadcastChannel (same origin, no
 * server). The main window owns the state and announces it; the presenter
 * window sends commands. Messages are parsed, never trusted.
 */
import { z } from '../../lib/zod.ts';

export const TOUR_CHANNEL = 'lishui-tours';

export const tourMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('hello') }),
  z.object({ type: z.literal('state'), tourId: z.string(), step: z.number().int().min(1) }),
  z.object({ type: z.literal('ended') }),
  z.object({
    type: z.literal('command'),
    command: z.enum(['next', 'previous', 'first', 'last', 'black']),
  }),
]);
export type TourMessage = z.infer<typeof tourMessageSchema>;

export interface TourChannel {
  post: (message: TourMessage) => void;
  close: () => void;
}

/** Opens the channel; `onMessage` gets only well-formed messages. No-op where BroadcastChannel is missing. */
export function openTourChannel(onMessage: (message: TourMessage) => void): TourChannel {
  if (typeof BroadcastChannel === 'undefined') return { post: () => {}, close: () => {} };
  const channel = new BroadcastChannel(TOUR_CHANNEL);
  channel.onmessage = (event: MessageEvent) => {
    const parsed = tourMessageSchema.safeParse(event.data);
    if (parsed.success) onMessage(parsed.data);
  };
  return { post: (message) => channel.postMessage(message), close: () => channel.close() };
}
