import keytar from 'keytar';
import { AppError } from '../../../../shared/contract/app-error';
import type { SecretStore } from './secret-store';

export interface KeychainOptions {
  /** The keychain entry's service name; tests use their own so they never touch a user's key. */
  service?: string;
  account?: string;
  platform?: NodeJS.Platform;
}

const DEFAULT_SERVICE = 'Callsheet';
const DEFAULT_ACCOUNT = 'elevenlabs-api-key';

function remedy(platform: NodeJS.Platform): string {
  if (platform === 'linux') {
    return 'On Linux Callsheet needs a Secret Service: install GNOME Keyring (package gnome-keyring) or KWallet, make sure it is unlocked when you log in, then restart Callsheet.';
  }
  if (platform === 'darwin')
    return 'Open Keychain Access and check that your login keychain is unlocked.';
  return 'Check that Windows Credential Manager is available for your account.';
}

/**
 * The key is never written anywhere else: when the keychain cannot be used the user is told why
 * and how to fix it, and nothing is stored.
 */
function keychainUnavailable(error: unknown, platform: NodeJS.Platform): AppError {
  const reason = error instanceof Error ? error.message : String(error);
  const missing =
    /D-Bus|DBus|org\.freedesktop\.secrets|Secret Service|X11|No such interface|ServiceUnknown/i.test(
      reason,
    );
  const what = missing
    ? 'This computer has no usable keychain, so Callsheet cannot store your API key safely.'
    : 'The system keychain refused to store or read the API key.';
  return new AppError(
    'keychain_unavailable',
    `${what} ${remedy(platform)} Your key was not saved anywhere.`,
  );
}

export function createKeychainSecretStore(options: KeychainOptions = {}): SecretStore {
  const service = options.service ?? DEFAULT_SERVICE;
  const account = options.account ?? DEFAULT_ACCOUNT;
  const platform = options.platform ?? process.platform;
  const guarded = async <T>(operation: () => Promise<T>): Promise<T> => {
    try {
      return await operation();
    } catch (error) {
      throw keychainUnavailable(error, platform);
    }
  };
  return {
    getApiKey: () => guarded(() => keytar.getPassword(service, account)),
    setApiKey: (apiKey) => guarded(() => keytar.setPassword(service, account, apiKey)),
    deleteApiKey: async () => {
      await guarded(() => keytar.deletePassword(service, account));
    },
  };
}
