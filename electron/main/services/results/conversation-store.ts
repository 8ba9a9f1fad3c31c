import { z } from 'zod';
import {
  ConversationSchema,
  isConversationOver,
  type Conversation,
} from '../../../../shared/domain/calls/conversation';
import type { RecordProblem } from '../records/record-collection';
import type { RecordNoun } from '../records/record-errors';
import { createRecordCache } from './cache-records';

const FORMAT = 1;

const ConversationFileSchema = z.object({
  format: z.literal(FORMAT),
  conversation: ConversationSchema,
});
type ConversationFile = z.infer<typeof ConversationFileSchema>;

const CALL_TRANSCRIPTS: RecordNoun = { one: 'call transcript', many: 'call transcripts' };

/**
 * Every finished call fetched, transcript included, one file per call in
 * `<dataDir>/results/conversations/`, so a call can be opened offline. Apart from the batch's
 * saved results, which must stay small enough to send whole to the screen.
 */
export interface ConversationStore {
  read(conversationId: string): Conversation | null;
  /** Only a call that is over is kept: one still going on would change. */
  keep(conversation: Conversation): void;
  /** Files found unreadable since the app started, each moved aside. */
  problems(): RecordProblem[];
}

export function createConversationStore(options: {
  directory: string;
  report: (message: string) => void;
  now: () => number;
}): ConversationStore {
  const files = createRecordCache<Conversation, ConversationFile>({
    ...options,
    noun: CALL_TRANSCRIPTS,
    fileSchema: ConversationFileSchema,
    toFile: (conversation) => ({ format: FORMAT, conversation }),
    fromFile: (file) => file.conversation,
    idOf: (conversation) => conversation.id,
    nameOf: (conversation) => conversation.id,
    keepOpen: false,
  });
  return {
    read: (conversationId) => files.read(conversationId),
    keep(conversation) {
      if (isConversationOver(conversation.status)) files.write(conversation.id, conversation);
    },
    problems: () => files.problems(),
  };
}
