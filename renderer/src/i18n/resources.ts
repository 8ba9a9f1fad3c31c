// Every UI text, one JSON file per feature and language. Bundled, so a language switch is instant
// and works offline.
import enCommon from './locales/en/common.json';
import enErrors from './locales/en/errors.json';
import enSettings from './locales/en/settings.json';
import enWorkspace from './locales/en/workspace.json';
import enCampaigns from './locales/en/campaigns.json';
import enRecipients from './locales/en/recipients.json';
import enImport from './locales/en/import.json';
import enLaunch from './locales/en/launch.json';
import enMonitor from './locales/en/monitor.json';
import enTasks from './locales/en/tasks.json';
import enDoNotCall from './locales/en/doNotCall.json';
import plCommon from './locales/pl/common.json';
import plErrors from './locales/pl/errors.json';
import plSettings from './locales/pl/settings.json';
import plWorkspace from './locales/pl/workspace.json';
import plCampaigns from './locales/pl/campaigns.json';
import plRecipients from './locales/pl/recipients.json';
import plImport from './locales/pl/import.json';
import plLaunch from './locales/pl/launch.json';
import plMonitor from './locales/pl/monitor.json';
import plTasks from './locales/pl/tasks.json';
import plDoNotCall from './locales/pl/doNotCall.json';
import itCommon from './locales/it/common.json';
import itErrors from './locales/it/errors.json';
import itSettings from './locales/it/settings.json';
import itWorkspace from './locales/it/workspace.json';
import itCampaigns from './locales/it/campaigns.json';
import itRecipients from './locales/it/recipients.json';
import itImport from './locales/it/import.json';
import itLaunch from './locales/it/launch.json';
import itMonitor from './locales/it/monitor.json';
import itTasks from './locales/it/tasks.json';
import itDoNotCall from './locales/it/doNotCall.json';

export const namespaces = [
  'common',
  'errors',
  'settings',
  'workspace',
  'campaigns',
  'recipients',
  'import',
  'launch',
  'monitor',
  'tasks',
  'doNotCall',
] as const;

export const resources = {
  en: {
    common: enCommon,
    errors: enErrors,
    settings: enSettings,
    workspace: enWorkspace,
    campaigns: enCampaigns,
    recipients: enRecipients,
    import: enImport,
    launch: enLaunch,
    monitor: enMonitor,
    tasks: enTasks,
    doNotCall: enDoNotCall,
  },
  pl: {
    common: plCommon,
    errors: plErrors,
    settings: plSettings,
    workspace: plWorkspace,
    campaigns: plCampaigns,
    recipients: plRecipients,
    import: plImport,
    launch: plLaunch,
    monitor: plMonitor,
    tasks: plTasks,
    doNotCall: plDoNotCall,
  },
  it: {
    common: itCommon,
    errors: itErrors,
    settings: itSettings,
    workspace: itWorkspace,
    campaigns: itCampaigns,
    recipients: itRecipients,
    import: itImport,
    launch: itLaunch,
    monitor: itMonitor,
    tasks: itTasks,
    doNotCall: itDoNotCall,
  },
};
