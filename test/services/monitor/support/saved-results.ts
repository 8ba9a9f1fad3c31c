import type { SavedBatch } from '../../../../electron/main/services/results/results-store';

/**
 * A finished batch's saved results, large enough that writing it takes a while. `version` marks
 * both ends of the file (the batch's name, the fetch time), so a file mixing two writes shows.
 */
export function savedResults(batchId: string, version: number, calls: number): SavedBatch {
  const recipients = Array.from({ length: calls }, (_, index) => ({
    id: `rcpt_${index}`,
    phoneNumber: `+48600${String(index).padStart(6, '0')}`,
    status: 'completed' as const,
    updatedAt: 1_700_000_000 + index,
    conversationId: `conv_${index}`,
    dynamicVariables: { name: `Person ${index}` },
  }));
  const results: SavedBatch['results'] = {};
  for (const recipient of recipients) {
    results[recipient.conversationId] = {
      id: recipient.conversationId,
      status: 'done',
      startedAt: recipient.updatedAt,
      durationSeconds: 42,
      summary: `Booked for Friday (saved as ${version}).`,
      callSuccessful: 'success',
      dataCollection: { wants_callback: 'false' },
      evaluation: [],
      hasAudio: true,
    };
  }
  return {
    batch: {
      id: batchId,
      name: `Saved as ${version}`,
      agentId: 'agent_test',
      agentName: 'Test agent',
      status: 'completed',
      createdAt: 1_700_000_000,
      scheduledAt: 1_700_000_000,
      timezone: null,
      dispatched: calls,
      scheduled: calls,
      finished: calls,
      retryCount: 0,
      recipients,
    },
    results,
    fetchedAt: version,
    final: true,
  };
}
