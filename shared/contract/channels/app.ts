import { z } from 'zod';
import { LanguageSettingSchema } from '../../domain/language';
import { AppInfoSchema, DiagnosticsSchema } from '../../domain/workspace';
import { channel } from '../define';
import { NoInput } from './common';

export const appChannels = {
  getAppInfo: channel(NoInput, AppInfoSchema),
  getDiagnostics: channel(NoInput, DiagnosticsSchema),
  openLogsFolder: channel(NoInput, z.object({ path: z.string() })),
  copyDiagnostics: channel(NoInput, DiagnosticsSchema),
  getLanguage: channel(NoInput, LanguageSettingSchema),
  setLanguage: channel(LanguageSettingSchema, LanguageSettingSchema),
};
