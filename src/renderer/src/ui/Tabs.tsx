import * as RadixTabs from '@radix-ui/react-tabs';
import type { ReactNode } from 'react';

export interface TabDefinition<Id extends string> {
  id: Id;
  label: string;
  render: () => ReactNode;
}

interface Props<Id extends string> {
  label: string;
  tabs: readonly TabDefinition<Id>[];
  selected: Id;
  /** The screen may refuse (a form with unsaved changes in the current tab): `selected` decides. */
  onSelect: (id: Id) => void;
}

/**
 * WAI-ARIA tabs on Radix: one tab stop; the arrow keys, Home and End move between the tabs and
 * select them; only the selected panel is rendered (the timeline and charts need not run hidden).
 */
export function Tabs<Id extends string>({ label, tabs, selected, onSelect }: Props<Id>) {
  const current = tabs.find((tab) => tab.id === selected) ?? tabs[0];
  if (current === undefined) return null;
  return (
    <RadixTabs.Root
      className="cases-tabs"
      value={current.id}
      activationMode="automatic"
      onValueChange={(value) => {
        const target = tabs.find((tab) => tab.id === value);
        if (target !== undefined && target !== current) onSelect(target.id);
      }}
    >
      <RadixTabs.List aria-label={label} className="cases-tablist" loop>
        {tabs.map((tab) => (
          <RadixTabs.Trigger key={tab.id} value={tab.id} className="cases-tab">
            {tab.label}
          </RadixTabs.Trigger>
        ))}
      </RadixTabs.List>
      {tabs.map((tab) => (
        <RadixTabs.Content key={tab.id} value={tab.id} className="cases-tabpanel">
          {tab === current && tab.render()}
        </RadixTabs.Content>
      ))}
    </RadixTabs.Root>
  );
}
