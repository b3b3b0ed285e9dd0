import { registerSecret } from "@orderbridge/core";

/** A token as a provider hands it over. */
export interface BaifudeToken {
  accessToken: string;
  /** Lifetime in seconds from now; 3600 when the provider does not know (Guanaitong's value). */
  expiresInSeconds?: number | undefined;
}

/**
 * Obtains a fresh access token. The client calls it lazily, caches the result and never runs two
 * at once; replace it (createClient's `tokenProvider`) when the real token exchange differs from the
 * assumed one.
 */
export type BaifudeTokenProvider = (signal?: AbortSignal) => Promise<BaifudeToken>;

export const DEFAULT_TOKEN_LIFETIME_SECONDS = 3600;
const MAX_REFRESH_MARGIN_MS = 5 * 60 * 1000;

/**
 * Caches one access token until shortly before it expires (a tenth of its lifetime, at most five
 * minutes), shares one in-flight fetch between concurrent callers, and forgets a token the platform
 * rejected so the next caller fetches a new one.
 */
export class TokenCache {
  private current: { token: string; refreshAt: number } | undefined;
  private inflight: Promise<string> | undefined;
  /** Tokens obtained so far (for tests and diagnostics). */
  fetched = 0;

  constructor(
    private readonly provider: BaifudeTokenProvider,
    private readonly now: () => number,
  ) {}

  async get(signal?: AbortSignal): Promise<string> {
    if (this.current && this.now() < this.current.refreshAt) return this.current.token;
    if (!this.inflight) {
      this.inflight = this.fetch(signal).finally(() => {
        this.inflight = undefined;
      });
    }
    return this.inflight;
  }

  /** Drops `token` if it is still the cached one (a concurrent caller may already have replaced it). */
  invalidate(token: string): void {
    if (this.current?.token === token) this.current = undefined;
  }

  private async fetch(signal?: AbortSignal): Promise<string> {
    const obtainedAt = this.now();
    const { accessToken, expiresInSeconds } = await this.provider(signal);
    registerSecret(accessToken);
    this.fetched++;
    const lifetimeMs = (expiresInSeconds ?? DEFAULT_TOKEN_LIFETIME_SECONDS) * 1000;
    const margin = Math.min(MAX_REFRESH_MARGIN_MS, lifetimeMs / 10);
    this.current = { token: accessToken, refreshAt: obtainedAt + lifetimeMs - margin };
    return accessToken;
  }
}
