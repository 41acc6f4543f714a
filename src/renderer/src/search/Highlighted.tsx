import { highlightPieces } from './highlight';

/** An excerpt with the query's words in <mark>, built from text pieces: never parsed as HTML. */
export function Highlighted({ text, query }: { text: string; query: string }) {
  return highlightPieces(text, query).map((piece, index) =>
    piece.match ? <mark key={index}>{piece.text}</mark> : <span key={index}>{piece.text}</span>,
  );
}
