import { FileName } from './FileName';
import { ShortHash } from './ShortHash';

interface Props {
  fileName: string;
  sha256: string;
  /** The hash column's name, for the copy button and screen readers ("SHA-256"). */
  hashName: string;
}

/** The file name and hash cells of a row of exported files. */
export function ExportedFileCells({ fileName, sha256, hashName }: Props) {
  return (
    <>
      <td>
        <FileName name={fileName} />
      </td>
      <td className="export-hash">
        <ShortHash value={sha256} name={hashName} />
      </td>
    </>
  );
}
