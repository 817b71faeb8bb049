import { describe, expect, it } from 'vitest';
import { deliveryConversation } from '../../src/conversation/seen-activities.ts';

// Trust review, item 3: the redelivery check and an edit seen before its message remember a delivery
// under one spelling of its conversation, whichever way Teams named the thread.
const CHANNEL = '19:abc123@thread.tacv2';

describe('deliveryConversation', () => {
  it('spells a channel thread one way, with or without «;messageid=» in the id', () => {
    const withThread = deliveryConversation(`${CHANNEL};messageid=1700000000001`, '1700000000001');
    expect(withThread).toBe(`${CHANNEL};messageid=1700000000001`);
    expect(deliveryConversation(CHANNEL, '1700000000001')).toBe(withThread);
  });

  it('keeps threads apart: the same channel, another root, is another conversation', () => {
    expect(deliveryConversation(`${CHANNEL};messageid=1`, '1')).not.toBe(deliveryConversation(CHANNEL, '2'));
  });

  it('leaves a personal or group chat (no thread) as it is', () => {
    expect(deliveryConversation('a:1personal-chat-id', null)).toBe('a:1personal-chat-id');
    expect(deliveryConversation('19:meeting_abc@thread.v2', null)).toBe('19:meeting_abc@thread.v2');
  });
});
