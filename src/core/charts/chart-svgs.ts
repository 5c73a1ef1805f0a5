/**
 * Every cost chart in both layouts from one input: the wide drawing (pages, embeds, images) and the
 * phone layout (shown instead on narrow screens by CSS). The phone SVG's ids carry the suffix
 * `-narrow`, so both can sit in one page with unique ids.
 */
import { layoutStacked, type StackedInput } from './stacked.ts';
import { layoutWaterfall, type WaterfallInput } from './waterfall.ts';
import { layoutRanking, type RankingInput } from './ranking.ts';
import { layoutBars, type BarInput } from './bar.ts';
import { barsSvg, rankingSvg, stackedSvg, waterfallSvg, type SvgOptions } from './svg.ts';
import { layoutStackedNarrow } from './narrow-stacked.ts';
import { layoutBarsNarrow, layoutRankingNarrow, layoutWaterfallNarrow } from './narrow-bars.ts';
import { marksSvg } from './marks-svg.ts';

/** A chart's two SVGs. */
export interface ChartSvgs {
  wide: string;
  narrow: string;
}

/** Returns the options of the phone SVG: the same description and basis, ids suffixed. */
export function narrowOptions(options: SvgOptions): SvgOptions {
  return { ...options, id: `${options.id}-narrow` };
}

/** Returns a stacked chart as wide columns and as phone bars. */
export function stackedSvgs(input: StackedInput, options: SvgOptions): ChartSvgs {
  return {
    wide: stackedSvg(layoutStacked(input), options),
    narrow: marksSvg(layoutStackedNarrow(input), narrowOptions(options)),
  };
}

/** Returns a waterfall as wide columns and as phone rows. */
export function waterfallSvgs(input: WaterfallInput, options: SvgOptions): ChartSvgs {
  return {
    wide: waterfallSvg(layoutWaterfall(input), options),
    narrow: marksSvg(layoutWaterfallNarrow(input), narrowOptions(options)),
  };
}

/** Returns a ranking in its wide and its phone layout. */
export function rankingSvgs(input: RankingInput, options: SvgOptions): ChartSvgs {
  return {
    wide: rankingSvg(layoutRanking(input), options),
    narrow: marksSvg(layoutRankingNarrow(input), narrowOptions(options)),
  };
}

/** Returns grouped bars as wide columns and as phone rows. */
export function barsSvgs(input: BarInput, options: SvgOptions): ChartSvgs {
  return {
    wide: barsSvg(layoutBars(input), options),
    narrow: marksSvg(layoutBarsNarrow(input), narrowOptions(options)),
  };
}
