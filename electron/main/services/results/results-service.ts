import { DateTime } from 'luxon';
import { AppError } from '../../../../shared/contract/app-error';
import {
  isConversationOver,
  type Conversation,
} from '../../../../shared/domain/calls/conversation';
import {
  DRAFT_NAME_MAX,
  type CampaignDraft,
  type DraftContent,
  type DraftSummary,
} from '../../../../shared/domain/drafts/draft';
import {
  campaignResultRows,
  campaignResultsToCsv,
  followUpRecipients,
  resultsFileName,
  type CampaignResultRow,
  type FollowUpFilter,
} from '../../../../shared/domain/results';
import { summarize } from '../drafts/draft-records';
import type { DraftStore } from '../drafts/draft-store';
import type { ElevenLabsGateway } from '../elevenlabs/gateway';
import type { BatchMonitor } from '../monitor/monitor-service';
import { failureOf } from '../monitor/failures';
import type { RecordProblem } from '../records/record-collection';
import { audioMimeType } from './audio-type';
import type { ConversationStore } from './conversation-store';
import type { ResultsStore } from './results-store';

export interface ResultsService {
  exportResults(draftId: string): Promise<{ fileName: string; csv: string }>;
  createFollowUpDraft(
    draftId: string,
    filter: FollowUpFilter,
    name?: string,
  ): Promise<DraftSummary>;
  conversationView(conversationId: string): Promise<ConversationView>;
  conversationAudio(conversationId: string): Promise<{ mimeType: string; base64: string }>;
  /** Saved results and calls found unreadable since the app started, each moved aside. */
  problems(): RecordProblem[];
}

export interface ConversationView {
  conversation: Conversation;
  /** ElevenLabs could not be asked: this is what was saved on this computer. */
  offline: boolean;
  /** False when only the call's result was saved, without what was said. */
  transcriptSaved: boolean;
}

export interface ResultsServiceDeps {
  drafts: DraftStore;
  monitor: BatchMonitor;
  /** The calls saved whole, and the batches' saved results (for their problems). */
  conversations: ConversationStore;
  savedBatches: Pick<ResultsStore, 'problems'>;
  gateway: () => ElevenLabsGateway;
  now: () => number;
  /** Where call times in exports are shown, e.g. the computer's own zone. */
  timeZone: () => string;
}

/** Conversations kept in memory: opening a call again (or flicking between calls) is instant. */
const CONVERSATIONS_KEPT = 50;
const FOLLOW_UP_SUFFIX = ' – follow-up';

function followUpName(name: string): string {
  const room = DRAFT_NAME_MAX - FOLLOW_UP_SUFFIX.length;
  return `${name.length > room ? name.slice(0, room).trimEnd() : name}${FOLLOW_UP_SUFFIX}`;
}

function launchedBatches(draft: CampaignDraft): readonly string[] {
  if (!draft.launch) {
    throw new AppError(
      'validation',
      'This campaign has not been launched yet, so it has no results.',
    );
  }
  return draft.launch.batchIds;
}

/** A one-moment schedule in the past cannot be launched again; calling hours can. */
function followUpSchedule(schedule: DraftContent['schedule']): DraftContent['schedule'] {
  return schedule.kind === 'windows' ? schedule : { kind: 'now' };
}

/** Exports, follow-up campaigns and single calls, from ElevenLabs or the results saved here. */
export function createResultsService(deps: ResultsServiceDeps): ResultsService {
  const conversations = new Map<string, Conversation>();

  const remember = (conversation: Conversation) => {
    conversations.delete(conversation.id);
    const oldest = conversations.keys().next();
    if (conversations.size >= CONVERSATIONS_KEPT && !oldest.done)
      conversations.delete(oldest.value);
    conversations.set(conversation.id, conversation);
  };

  /** Every person of the campaign with their call, every result fetched that can be. */
  const resultRows = async (draft: CampaignDraft): Promise<CampaignResultRow[]> => {
    const views = [];
    for (const batchId of launchedBatches(draft)) {
      try {
        views.push(await deps.monitor.view(batchId, { complete: true }));
      } catch (error) {
        const failure = failureOf(error);
        if (failure.code !== 'not_found') throw failure;
        throw new AppError(
          'not_found',
          'One of this campaign’s batches was deleted in ElevenLabs before Callsheet saved its results, so the results are incomplete and were not exported.',
        );
      }
    }
    return campaignResultRows(draft, views);
  };

  return {
    async exportResults(draftId) {
      const draft = deps.drafts.get(draftId);
      const timeZone = deps.timeZone();
      const csv = campaignResultsToCsv(await resultRows(draft), { timeZone });
      const date = DateTime.fromMillis(deps.now(), { zone: timeZone }).toISODate() ?? '';
      return { fileName: resultsFileName(draft.name, date), csv };
    },

    async createFollowUpDraft(draftId, filter, name) {
      const draft = deps.drafts.get(draftId);
      const people = followUpRecipients(await resultRows(draft), filter);
      if (people.length === 0) {
        throw new AppError(
          'validation',
          'Nobody in this campaign matches, so there is no one to call again.',
        );
      }
      const created = deps.drafts.create(name ?? followUpName(draft.name));
      const content: DraftContent = {
        name: created.name,
        agent: draft.agent,
        phoneNumber: draft.phoneNumber,
        defaultCountry: draft.defaultCountry,
        variables: draft.variables,
        schedule: followUpSchedule(draft.schedule),
        bindings: draft.bindings,
        // The people come from this campaign's list, so they export under its headings too.
        spreadsheetColumns: draft.spreadsheetColumns,
        recipients: people,
      };
      const saved = deps.drafts.save(created.id, created.revision, content);
      return summarize({ ...created, ...content, ...saved });
    },

    async conversationView(conversationId) {
      const known = conversations.get(conversationId);
      if (known) return { conversation: known, offline: false, transcriptSaved: true };
      try {
        const conversation = await deps.gateway().getConversation(conversationId);
        // A call still going on changes; only a finished one may be shown again as it is.
        if (isConversationOver(conversation.status)) {
          remember(conversation);
          deps.conversations.keep(conversation);
        }
        return { conversation, offline: false, transcriptSaved: true };
      } catch (error) {
        const whole = deps.conversations.read(conversationId);
        if (whole) return { conversation: whole, offline: true, transcriptSaved: true };
        const result = deps.monitor.savedConversation(conversationId);
        if (!result) throw failureOf(error);
        return { conversation: result, offline: true, transcriptSaved: false };
      }
    },

    async conversationAudio(conversationId) {
      const bytes = await deps.gateway().getConversationAudio(conversationId);
      return { mimeType: audioMimeType(bytes), base64: Buffer.from(bytes).toString('base64') };
    },

    problems: () => [...deps.savedBatches.problems(), ...deps.conversations.problems()],
  };
}
