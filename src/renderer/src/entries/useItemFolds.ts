import { useState } from 'react';

export interface ItemFolds {
  isExpanded: (key: string) => boolean;
  /** Just added in this editor: its first control takes the focus. */
  isNew: (key: string) => boolean;
  setExpanded: (key: string, expanded: boolean) => void;
  /** A new item opens alone: the tensions and strategies written before fold to their line. */
  added: (key: string) => void;
}

/**
 * Which tensions and strategies of the editor are open: all start folded to one line each, and
 * the one just added is the only one open, so what is done takes a line and what is being written
 * has the room.
 */
export function useItemFolds(): ItemFolds {
  const [expanded, setExpandedKeys] = useState<ReadonlySet<string>>(() => new Set());
  const [newKey, setNewKey] = useState<string | undefined>();
  return {
    isExpanded: (key) => expanded.has(key),
    isNew: (key) => key === newKey,
    setExpanded: (key, open) =>
      setExpandedKeys((current) => {
        const next = new Set(current);
        if (open) next.add(key);
        else next.delete(key);
        return next;
      }),
    added: (key) => {
      setNewKey(key);
      setExpandedKeys(new Set([key]));
    },
  };
}
