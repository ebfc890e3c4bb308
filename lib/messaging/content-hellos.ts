import type { ContentHello } from './protocol';

/**
 * The last hello of each tab's check script, kept in memory only: it proves the message
 * path works and lets pages ask whether a tab has the script, and is never persisted.
 */
export class ContentHelloRegistry {
  readonly #byTab = new Map<number, ContentHello>();

  record(hello: ContentHello): void {
    this.#byTab.set(hello.tabId, hello);
  }

  forget(tabId: number): void {
    this.#byTab.delete(tabId);
  }

  list(): ContentHello[] {
    return [...this.#byTab.values()];
  }
}
