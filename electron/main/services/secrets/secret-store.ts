/** Where the ElevenLabs API key lives. The only implementation used by the app is the OS keychain. */
export interface SecretStore {
  getApiKey(): Promise<string | null>;
  setApiKey(apiKey: string): Promise<void>;
  deleteApiKey(): Promise<void>;
}
