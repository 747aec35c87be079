/* Every tunable number of the extractor, named for what it controls (pixels are at 500 dpi). */
#ifndef ST_PARAMS_H
#define ST_PARAMS_H

/* input */
#define ST_MIN_DPI 250
#define ST_MAX_DPI 1000
#define ST_MIN_IMAGE_SIDE_PX 32
#define ST_MAX_IMAGE_SIDE_PX 4000
/* after scaling to 500 dpi: about 4 x 4 inches, larger than any single-finger capture */
#define ST_MAX_SCALED_SIDE_PX 2000

/* block grid shared by segmentation, orientation and frequency */
#define ST_BLOCK_PX 8

/* segmentation */
#define ST_SEGMENT_WINDOW_BLOCKS 1        /* contrast measured over (2r+1)^2 blocks */
#define ST_SEGMENT_MIN_STDDEV 6.0f        /* gray levels: flatter blocks are background */
#define ST_SEGMENT_RELATIVE_STDDEV 0.20f  /* fraction of the 95th percentile block contrast */
#define ST_SEGMENT_MIN_COHERENCE 0.20f    /* noise has no dominant orientation */
#define ST_SEGMENT_CLOSE_BLOCKS 2         /* closing radius: fills gaps in dry prints */
#define ST_SEGMENT_OPEN_BLOCKS 2          /* opening radius: drops specks */
#define ST_SEGMENT_MIN_AREA_BLOCKS 40     /* smaller print areas are not a finger */
#define ST_SEGMENT_MIN_MEASURED_NEIGHBOURS 4 /* of 9 blocks around, with a clean ridge period */

/* orientation */
#define ST_ORIENTATION_WINDOW_RADIUS_BLOCKS 1
#define ST_ORIENTATION_SMOOTH_RADIUS_BLOCKS 3

/* ridge frequency: periods in pixels */
#define ST_PERIOD_MIN_PX 4.0f
#define ST_PERIOD_MAX_PX 16.0f
#define ST_PERIOD_DEFAULT_PX 9.0f
#define ST_FREQUENCY_PROFILE_PX 32
#define ST_FREQUENCY_SMOOTH_RADIUS_BLOCKS 2

/* enhancement */
#define ST_ORIENTATION_BINS 32
#define ST_ENHANCE_CELL_PX 4               /* filters are re-oriented every this many pixels */
#define ST_ENHANCE_ALONG_RADIUS_PX 8       /* smoothing along ridges */
#define ST_ENHANCE_ACROSS_RADIUS_PX 4      /* band-pass across ridges */
#define ST_ENHANCE_SIGMA_PER_PERIOD 0.45f  /* Gaussian envelope of the across-ridge filter */
#define ST_PERIOD_BINS 13                  /* kernels for periods 4..16 px */

/* minutiae */
#define ST_TRACE_DIRECTION_PX 10          /* ridge length used to measure a minutia direction */
#define ST_BORDER_MARGIN_BLOCKS 1         /* minutiae this close to the background are dropped */
#define ST_BORDER_LOOKAHEAD_PX 32         /* endings whose ridge would reach the background within this */
#define ST_SPUR_MAX_PX 15                 /* ending joined to a bifurcation by a shorter ridge: spur */
#define ST_SHORT_RIDGE_MAX_PX 18          /* ridge with two endings shorter than this: noise */
#define ST_BRIDGE_MAX_PX 18               /* two bifurcations joined by a shorter ridge: bridge or hole */
#define ST_BREAK_MAX_PX 12                /* facing endings closer than this: a broken ridge */
#define ST_BREAK_MAX_ANGLE_DEG 50
#define ST_MINUTIA_MIN_COHERENCE 0.0f     /* minutiae in blurrier ridge flow are dropped */
#define ST_FRAGMENT_RADIUS_PX 24          /* raw skeleton minutiae crowding this radius mark fragmented ridges */
#define ST_FRAGMENT_MAX_CANDIDATES 9
#define ST_FRAGMENT_KEEP_BELOW_MINUTIAE 15  /* fewer survivors than this: the fragment rule is undone */
#define ST_MERGE_BIFURCATION_PX 3         /* skeleton junction pixels closer than this are one bifurcation */

/* quality */
#define ST_QUALITY_FULL_AREA_PX2 (160 * 160)
#define ST_QUALITY_FULL_MINUTIAE 30
#define ST_QUALITY_FULL_COHERENCE 0.55f

/* quality features (quality_features.c): what separates ridges from anything else */
#define ST_QF_PROFILE_PX 32           /* across-flow profile per block: 2-7 ridge periods */
#define ST_QF_ALONG_HALF_PX 4         /* profile samples averaged over 2r+1 px along the flow */
#define ST_QF_MIN_COHERENCE 0.30f     /* orientation certainty of a ridge block */
#define ST_QF_BAND_MIN_BIN 2          /* DFT bins of the profile in the ridge band: period 32/7..32/2 px */
#define ST_QF_BAND_MAX_BIN 7
#define ST_QF_MIN_PEAK_SHARE 0.50f    /* share of the profile's energy in its peak (3 bins) */
#define ST_QF_FLOW_MIN_NEIGHBOURS 6   /* of 8, continuing the flow (direction and period) */
#define ST_QF_FLOW_MAX_TURN_DEG 30.0f
#define ST_QF_FLOW_MAX_PERIOD_RATIO 1.35f

#endif
