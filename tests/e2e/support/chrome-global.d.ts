/** The parts of the `chrome` global the end-to-end tests call inside extension pages and the worker. */
declare const chrome: {
  tabs: {
    query(query: { url: string }): Promise<{ id?: number }[]>;
    sendMessage(tabId: number, message: unknown, options?: { frameId?: number }): Promise<unknown>;
  };
  commands: { getAll(): Promise<{ name?: string; description?: string; shortcut?: string }[]> };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  storage: {
    local: {
      set(items: Record<string, unknown>): Promise<void>;
      get(key: string | null): Promise<Record<string, unknown>>;
      remove(key: string): Promise<void>;
      getBytesInUse(keys: string | null): Promise<number>;
    };
  };
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
};
