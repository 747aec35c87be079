/* Every tunable number of the extractor, named for what it controls. */
#ifndef ST_PARAMS_H
#define ST_PARAMS_H

#define ST_MIN_DPI 250
#define ST_MAX_DPI 1000
#define ST_MIN_IMAGE_SIDE_PX 32
#define ST_MAX_IMAGE_SIDE_PX 4000

#endif
