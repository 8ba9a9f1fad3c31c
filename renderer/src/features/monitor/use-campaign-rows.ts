import { useEffect, useMemo, useState } from 'react';
import type { AppErrorShape } from '../../../../shared/contract';
import type { CampaignDraft } from '../../../../shared/domain/drafts/draft';
import {
  campaignResultRows,
  type BatchView,
  type CampaignResultRow,
} from '../../../../shared/domain/results';
import { request, toAppError } from '../../api/callsheet';

interface Loaded {
  key: string;
  draft: CampaignDraft | null;
  /** The campaign's other batches (a campaign inside calling hours has one per window). */
  others: ReadonlyMap<string, BatchView>;
  error: AppErrorShape | null;
}

/**
 * Everyone in the campaign with their call, the way main picks people for a follow-up: the
 * open batch live, the campaign's other batches as they were when this was opened.
 */
export function useCampaignRows(draftId: string, live: BatchView) {
  const [attempt, setAttempt] = useState(0);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const liveId = live.batch.id;
  const key = `${draftId}#${liveId}#${attempt}`;

  useEffect(() => {
    let current = true;
    const load = async (): Promise<Loaded> => {
      const draft = await request('getDraft', { id: draftId });
      const others = new Map<string, BatchView>();
      for (const batchId of draft.launch?.batchIds ?? []) {
        if (batchId !== liveId) others.set(batchId, await request('getBatchView', { batchId }));
      }
      return { key, draft, others, error: null };
    };
    load()
      .then((result) => current && setLoaded(result))
      .catch(
        (error: unknown) =>
          current && setLoaded({ key, draft: null, others: new Map(), error: toAppError(error) }),
      );
    return () => {
      current = false;
    };
  }, [draftId, liveId, key]);

  const rows = useMemo((): CampaignResultRow[] | null => {
    if (!loaded?.draft) return null;
    const views = (loaded.draft.launch?.batchIds ?? [liveId]).flatMap((batchId) => {
      const view = batchId === liveId ? live : loaded.others.get(batchId);
      return view ? [view] : [];
    });
    return campaignResultRows(loaded.draft, views);
  }, [loaded, live, liveId]);

  return {
    rows,
    error: loaded?.key === key ? loaded.error : null,
    retry: () => setAttempt((count) => count + 1),
  };
}
