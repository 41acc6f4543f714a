import { Fragment } from 'react';
import './ui.css';

/** Where a file name may wrap: after an underscore, the separator between its words. */
const breakAfter = /(?<=_)/;

/**
 * A file name that wraps only after its underscores ("supervision-brief_ / family-r_ /
 * 2026-12-02.pdf"), never inside a word or a date, so it still reads as the name on disk.
 */
export function FileName({ name }: { name: string }) {
  const pieces = name.split(breakAfter);
  return (
    <span className="file-name">
      {pieces.map((piece, index) => (
        <Fragment key={index}>
          {index > 0 && <wbr />}
          <span className="file-name-piece">{piece}</span>
        </Fragment>
      ))}
    </span>
  );
}
