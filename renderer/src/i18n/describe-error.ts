import type { TFunction } from 'i18next';
import type { AppErrorShape } from '../../../shared/contract';
import { i18next } from './i18n';

/**
 * An AppError in words for the UI language. Main writes its messages in English for the case in
 * hand ("The draft name is too long"), so English shows them as they are; other languages show
 * the text for the error's code, which says what happened and what to do.
 */
export function describeError(error: AppErrorShape, t: TFunction<'errors'>): string {
  if (i18next.resolvedLanguage === 'en') return error.message;
  const seconds = error.details?.retryAfterSeconds;
  if (error.code === 'rate_limited' && seconds !== undefined) {
    return t('codes.rate_limited_after', { seconds: Math.ceil(seconds) });
  }
  return t(`codes.${error.code}`);
}
