import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import type { Configuration } from 'app-builder-lib';
import { DebugLogger } from 'builder-util';
import { beforeAll, describe, expect, it } from 'vitest';

// Installers cannot be built here (electron-builder downloads Electron), so the configuration is
// checked the way electron-builder checks it before a build, plus what Callsheet needs of it.

const root = process.cwd();
const packageJson = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as {
  version: string;
  productName?: string;
  author?: { name?: string; email?: string };
  homepage?: string;
  dependencies: Record<string, string>;
  scripts: Record<string, string>;
};

let config: Configuration;

beforeAll(async () => {
  config = await getConfig(root, null, null);
});

function targets(platform: 'linux' | 'win' | 'mac'): string[] {
  const target = config[platform]?.target;
  const list = Array.isArray(target) ? target : [target];
  return list.map((entry) => (typeof entry === 'string' ? entry : (entry?.target ?? '')));
}

function patterns(option: Configuration['files'] | Configuration['asarUnpack']): string[] {
  const list = Array.isArray(option) ? option : [option];
  return list.flatMap((entry) =>
    typeof entry === 'string' ? [entry] : ((entry?.filter as string[] | undefined) ?? []),
  );
}

/** Width and height from a PNG's header chunk, or null when the file is not a PNG. */
function pngSize(path: string): { width: number; height: number } | null {
  const bytes = readFileSync(path);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!bytes.subarray(0, 8).equals(signature) || bytes.toString('latin1', 12, 16) !== 'IHDR') {
    return null;
  }
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('the electron-builder configuration', () => {
  it('passes electron-builder’s own validation', async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('is one that validation can fail', async () => {
    const wrong = { ...config, linux: { ...config.linux, targetz: ['AppImage'] } };
    await expect(validateConfiguration(wrong, new DebugLogger(false))).rejects.toThrow(
      /configuration\.linux/,
    );
  });

  it('builds AppImage and deb on Linux, an NSIS installer on Windows and a dmg on macOS', () => {
    expect(targets('linux').sort()).toEqual(['AppImage', 'deb']);
    expect(targets('win')).toEqual(['nsis']);
    expect(targets('mac')).toEqual(['dmg']);
  });

  it('names the app and takes its version from package.json', () => {
    expect(config.appId).toBe('app.callsheet.desktop');
    expect(config.productName).toBe('Callsheet');
    expect(packageJson.productName).toBe('Callsheet');
    expect(packageJson.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(config.extraMetadata?.['version']).toBeUndefined();
    expect(config.buildVersion).toBeUndefined();
  });

  it('has what the deb needs from package.json: a maintainer and a homepage', () => {
    expect(packageJson.author?.name).toBeTruthy();
    expect(packageJson.author?.email).toMatch(/^[^@\s]+@[^@\s]+\.[a-z]+$/);
    expect(packageJson.homepage).toMatch(/^https:\/\//);
  });

  it('has an app icon of at least 512×512 pixels', () => {
    expect(config.icon).toBe('resources/icon.png');
    const size = pngSize(resolve(root, config.icon ?? ''));
    expect(size).not.toBeNull();
    expect(size?.width).toBe(size?.height);
    expect(size?.width).toBeGreaterThanOrEqual(512);
  });

  it('packs only the built app and package.json', () => {
    expect(patterns(config.files)).toEqual(['out/**', 'package.json']);
  });

  it('rebuilds keytar for Electron and keeps its native binary out of the asar archive', () => {
    expect(packageJson.dependencies['keytar']).toBeDefined();
    expect(config.npmRebuild).not.toBe(false);
    expect(config.asar).not.toBe(false);
    expect(patterns(config.asarUnpack)).toContain('node_modules/keytar/**/*.node');
  });

  it('is built by npm run dist', () => {
    expect(packageJson.scripts['dist']).toBe('electron-vite build && electron-builder');
  });
});
