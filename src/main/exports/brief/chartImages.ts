/**
 * The PNG each chart carries in a DOCX for word processors that cannot show SVG, drawn once per
 * chart of a prepared brief: writing that brief again (a retry, another DOCX) reuses it. The
 * pixels are drawn here and compressed on the thread pool, so the caller can go on writing
 * the document meanwhile.
 */
import type { BriefChart } from '../../../shared/exports/brief/briefCharts';
import { rasterize } from '../../../shared/exports/raster/rasterize';
import { encodePngAsync } from '../png';

/** Pixels per SVG unit of the PNG fallback: sharp enough on paper, quick to draw. */
const fallbackScale = 1.5;

const drawn = new WeakMap<BriefChart, Promise<Buffer>>();

/** The chart's PNG fallback; the pixels are drawn before this returns, the compression may still run. */
export function chartFallback(chart: BriefChart): Promise<Buffer> {
  const known = drawn.get(chart);
  if (known !== undefined) return known;
  const png = encodePngAsync(rasterize(chart.tree, fallbackScale));
  drawn.set(chart, png);
  // A failure is reported to this caller; the next one tries again.
  png.catch(() => drawn.delete(chart));
  return png;
}
