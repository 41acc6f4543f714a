import { Fragment } from 'react';
import './ui.css';

/** Where a file name may wrap besides its spaces and dashes (which the browser breaks after itself). */
const breakAfter = /(?<=_)/;

/**
 * A file name that wraps only between its words ("supervision-brief_ / family-r_ /
 * 2026-12-02.pdf"), never inside one, so it still reads as the name on disk.
 */
export function FileName({ name }: { name: string }) {
  const pieces = name.split(breakAfter);
  return (
    <span className="file-name">
      {pieces.map((piece, index) => (
        <Fragment key={index}>
          {index > 0 && <wbr />}
          {piece}
        </Fragment>
      ))}
    </span>
  );
}
