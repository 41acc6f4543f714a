import { Fragment } from 'react';

/**
 * The recovery key in its groups ("9YMV-2811-…"), wrapping only between two groups, never inside
 * one, so what is written down reads group by group as it is typed back.
 */
export function RecoveryKeyText({ recoveryKey }: { recoveryKey: string }) {
  const groups = recoveryKey.split('-');
  return (
    <p className="recovery-key" data-testid="recovery-key">
      {groups.map((group, index) => (
        <Fragment key={index}>
          {index > 0 && <wbr />}
          <span className="recovery-key-group">{index < groups.length - 1 ? `${group}-` : group}</span>
        </Fragment>
      ))}
    </p>
  );
}
