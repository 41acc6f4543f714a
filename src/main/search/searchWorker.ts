/**
 * The search worker's entry: the index lives in this thread, away from the main process's event
 * loop, and dies with it. The build puts it in `out/main/searchWorker.js`.
 */
import { parentPort } from 'node:worker_threads';
import { createSearchIndex } from './searchIndex';
import { answer, type IndexRequest } from './searchMessages';

const port = parentPort;
if (port === null) throw new Error('The search index runs in a worker thread.');
const index = createSearchIndex();
port.on('message', ({ id, request }: { id: number; request: IndexRequest }) => {
  port.postMessage(answer(index, id, request));
});
