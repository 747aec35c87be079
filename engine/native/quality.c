#include "quality.h"

#include "params.h"
#include "st_math.h"

uint8_t st_quality_score(const st_orientation_field *field, const st_segmentation_mask *mask, int minutiae) {
  int n = mask->grid.width * mask->grid.height;
  float coherence = 0;
  for (int i = 0; i < n; i++)
    if (mask->inside[i]) coherence += field->coherence[i];
  coherence = mask->area_blocks ? coherence / mask->area_blocks : 0;
  float area_px2 = (float)mask->area_blocks * ST_BLOCK_PX * ST_BLOCK_PX;
  float area_score = st_minf(1, area_px2 / ST_QUALITY_FULL_AREA_PX2);
  float coherence_score = st_minf(1, coherence / ST_QUALITY_FULL_COHERENCE);
  float minutiae_score = st_minf(1, (float)minutiae / ST_QUALITY_FULL_MINUTIAE);
  /* geometric mean: any one weak factor pulls the score down */
  float product = area_score * coherence_score * minutiae_score;
  float score = 100 * st_sqrtf(st_sqrtf(product) * st_minf(area_score, st_minf(coherence_score, minutiae_score)));
  return (uint8_t)st_clampi(st_roundi(score), 0, 100);
}
