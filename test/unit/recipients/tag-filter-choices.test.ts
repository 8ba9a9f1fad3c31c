import { describe, expect, it } from 'vitest';
import { createEmptyRecipient, type StoredRecipient } from '../../../shared/domain/recipients';
import { collectTags } from '../../../renderer/src/features/recipients/recipient-query';

function tagged(id: string, tags: readonly string[]): StoredRecipient {
  const row = createEmptyRecipient(id);
  return { ...row, metadata: { ...row.metadata, tags: tags as string[] } };
}

describe('the tag filter’s choices', () => {
  it('lists every tag on the list once, in order, also where imported rows share one tag list', () => {
    const shared = Object.freeze(['wiosna', 'vip']);
    const rows = [
      tagged('a', shared),
      tagged('b', shared),
      tagged('c', ['promo', 'vip']),
      tagged('d', []),
      tagged('e', shared),
      tagged('f', ['Ąbc']),
    ];
    expect(collectTags(rows)).toEqual(['Ąbc', 'promo', 'vip', 'wiosna']);
  });

  it('still sees a tag that only an edited row has, next to rows that share a list', () => {
    const shared = Object.freeze(['nowy']);
    const rows = [tagged('a', shared), tagged('b', [...shared, 'stały']), tagged('c', shared)];
    expect(collectTags(rows)).toEqual(['nowy', 'stały']);
  });
});
