import { useTranslation } from 'react-i18next';
import type { ReturnedComment } from '../../../shared/domain/supervision';
import { formatCalendarDate } from '../cases/dates';
import { reidentify, type PseudonymName } from './reidentify';

interface Props {
  reference: string;
  exportedAt?: string;
  notes: readonly string[];
  comments: readonly ReturnedComment[];
  pseudonyms: readonly PseudonymName[];
  headingLevel?: 3 | 4;
}

/**
 * What the supervisor wrote in a brief and sent back, with the names put back beside the
 * pseudonyms on this screen only (the stored notes keep the pseudonyms).
 */
export function ReturnedNotes({ reference, exportedAt, notes, comments, pseudonyms, headingLevel = 3 }: Props) {
  const { t, i18n } = useTranslation();
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const shown = (text: string) => reidentify(text, pseudonyms);
  return (
    <section className="supervision-returned" aria-label={t('supervision.returned.title', { reference })}>
      <Heading>{t('supervision.returned.title', { reference })}</Heading>
      {exportedAt !== undefined && (
        <p className="help">
          {t('supervision.returned.exported', { date: formatCalendarDate(exportedAt.slice(0, 10), i18n.language) })}
        </p>
      )}
      {notes.length === 0 && comments.length === 0 && <p>{t('supervision.returned.nothingWritten')}</p>}
      {notes.length > 0 && (
        <>
          <p className="supervision-returned-label">{t('supervision.returned.notes')}</p>
          {notes.map((note, index) => (
            <p key={index} className="supervision-returned-note">
              {shown(note)}
            </p>
          ))}
        </>
      )}
      {comments.length > 0 && (
        <>
          <p className="supervision-returned-label">{t('supervision.returned.comments')}</p>
          <ul>
            {comments.map((comment, index) => (
              <li key={index}>
                {comment.author !== undefined && <strong>{comment.author}: </strong>}
                {shown(comment.text)}
                {comment.on !== undefined && (
                  <span className="help"> {t('supervision.returned.commentOn', { text: shown(comment.on) })}</span>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {pseudonyms.length > 0 && <p className="help">{t('supervision.returned.screenOnly')}</p>}
    </section>
  );
}
