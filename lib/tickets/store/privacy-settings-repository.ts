/**
 * The privacy settings document (versioned, under `CONFIG`). Reads on the request path come from a
 * per-container copy at most five minutes old: a staff read must not pay a second storage call for it.
 */
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { versionedDocument, type Versioned } from '../../platform/store/versioned-config.ts';
import { DEFAULT_PRIVACY_SETTINGS, type PrivacySettings } from '../domain/privacy-settings.ts';

const CACHE_MS = 5 * 60_000;

export class PrivacySettingsRepository {
  private cached: { value: PrivacySettings; at: number } | undefined;
  private readonly document;

  constructor(db: DynamoDBDocumentClient, tableName: string) {
    this.document = versionedDocument(db, tableName, 'privacy-settings', DEFAULT_PRIVACY_SETTINGS);
  }

  get(): Promise<Versioned<PrivacySettings>> {
    return this.document.get();
  }

  async put(value: PrivacySettings, expectedVersion: number, by: string, at: Date): Promise<number> {
    const version = await this.document.put(value, expectedVersion, by, at);
    this.cached = { value, at: at.getTime() };
    return version;
  }

  /** The settings as of at most five minutes ago (on `now`, the system's clock). */
  async current(now: Date): Promise<PrivacySettings> {
    if (this.cached && now.getTime() - this.cached.at < CACHE_MS && now.getTime() >= this.cached.at) return this.cached.value;
    const { value } = await this.document.get();
    this.cached = { value, at: now.getTime() };
    return value;
  }
}
