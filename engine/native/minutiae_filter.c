#include "minutiae_filter.h"

#include "params.h"
#include "skeleton.h"
#include "st_math.h"

/* Candidates are in raster order (sorted by y): index of the first one with y >= y_min. */
static int first_from_row(const st_minutia_list *list, int y_min) {
  int lo = 0, hi = list->count;
  while (lo < hi) {
    int mid = (lo + hi) / 2;
    if (list->items[mid].y < y_min) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

static int find_at(const st_minutia_list *list, int x, int y, int radius) {
  for (int i = first_from_row(list, y - radius); i < list->count && list->items[i].y <= y + radius; i++) {
    const st_minutia_candidate *c = &list->items[i];
    int dx = c->x - x, dy = c->y - y;
    if (dx * dx + dy * dy <= radius * radius) return i;
  }
  return -1;
}

static int inside_at(const st_segmentation_mask *mask, float x, float y) {
  int bx = st_floori(x / ST_BLOCK_PX), by = st_floori(y / ST_BLOCK_PX);
  if (bx < 0 || by < 0 || bx >= mask->grid.width || by >= mask->grid.height) return 0;
  return mask->inside[by * mask->grid.width + bx];
}

/* Near the background, and endings whose ridge runs out into it: where the print stops, not the ridge. */
static void drop_border(st_minutia_list *list, const st_segmentation_mask *mask) {
  int gw = mask->grid.width;
  for (int i = 0; i < list->count; i++) {
    st_minutia_candidate *c = &list->items[i];
    if (!mask->inner[(c->y / ST_BLOCK_PX) * gw + c->x / ST_BLOCK_PX]) {
      c->removed = 1;
      continue;
    }
    if (c->type != ST_MINUTIA_ENDING) continue;
    float ox = -st_cosf(c->angle), oy = -st_sinf(c->angle);
    for (int d = ST_BLOCK_PX; d <= ST_BORDER_LOOKAHEAD_PX; d += ST_BLOCK_PX / 2)
      if (!inside_at(mask, c->x + d * ox, c->y + d * oy)) {
        c->removed = 1;
        break;
      }
  }
}

/* Follows every branch of every minutia; a short ridge to another minutia marks both as artefacts. */
static void drop_short_connections(st_minutia_list *list, const st_binary_image *s) {
  int n = list->count;
  for (int i = 0; i < n; i++) {
    st_minutia_candidate *c = &list->items[i];
    if (c->removed == 2) continue; /* already judged false by a connection */
    int code = st_neighbour_code(s->ridge, s->width, c->x, c->y);
    for (int d = 0; d < 8; d++) {
      if (!(code >> d & 1)) continue;
      int max_steps = c->type == ST_MINUTIA_ENDING ? ST_SHORT_RIDGE_MAX_PX : ST_BRIDGE_MAX_PX;
      st_trace_result r = st_skeleton_trace(s->ridge, s->width, s->height, c->x, c->y, c->x + st_neighbour_dx[d],
                                            c->y + st_neighbour_dy[d], max_steps, 0);
      if (r.stop == ST_TRACE_OPEN) continue;
      int j = find_at(list, r.x, r.y, ST_MERGE_BIFURCATION_PX);
      if (j == i) continue;
      st_minutia_candidate *o = j >= 0 ? &list->items[j] : 0;
      int limit;
      if (c->type == ST_MINUTIA_ENDING && r.stop == ST_TRACE_ENDING) limit = ST_SHORT_RIDGE_MAX_PX;
      else if (c->type == ST_MINUTIA_BIFURCATION && r.stop == ST_TRACE_JUNCTION) limit = ST_BRIDGE_MAX_PX;
      else limit = ST_SPUR_MAX_PX;
      if (r.length <= limit) {
        c->removed = 2;
        if (o) o->removed = 2;
      }
    }
  }
}

/* Two endings close together, facing each other across a gap: one ridge broken in two. */
static void drop_broken_ridges(st_minutia_list *list) {
  float max_angle = ST_BREAK_MAX_ANGLE_DEG * (ST_PI / 180);
  for (int i = 0; i < list->count; i++) {
    st_minutia_candidate *a = &list->items[i];
    if (a->type != ST_MINUTIA_ENDING || a->removed) continue;
    for (int j = i + 1; j < list->count && list->items[j].y <= a->y + ST_BREAK_MAX_PX; j++) {
      st_minutia_candidate *b = &list->items[j];
      if (b->type != ST_MINUTIA_ENDING || b->removed) continue;
      int dx = b->x - a->x, dy = b->y - a->y;
      if (dx * dx + dy * dy > ST_BREAK_MAX_PX * ST_BREAK_MAX_PX) continue;
      /* opposite directions, and b lies in the gap beyond a's end (a's direction points into its own ridge) */
      float diff = st_absf(a->angle - b->angle);
      while (diff > 2 * ST_PI) diff -= 2 * ST_PI;
      if (diff > ST_PI) diff = 2 * ST_PI - diff;
      if (ST_PI - diff > max_angle) continue;
      float ahead = dx * st_cosf(a->angle) + dy * st_sinf(a->angle);
      if (ahead > 0) continue;
      a->removed = 1;
      b->removed = 1;
      break;
    }
  }
}

/* Fragmented ridges (dots, pores, smudges) leave many raw skeleton endings close together, most of them already
 * judged false; whatever survives among them is noise too. */
static void drop_fragmented(st_minutia_list *list) {
  int r2 = ST_FRAGMENT_RADIUS_PX * ST_FRAGMENT_RADIUS_PX;
  for (int i = 0; i < list->count; i++) {
    st_minutia_candidate *a = &list->items[i];
    if (a->removed) continue;
    int near = 0;
    for (int j = first_from_row(list, a->y - ST_FRAGMENT_RADIUS_PX);
         j < list->count && list->items[j].y <= a->y + ST_FRAGMENT_RADIUS_PX; j++) {
      const st_minutia_candidate *b = &list->items[j];
      int dx = b->x - a->x, dy = b->y - a->y;
      near += j != i && dx * dx + dy * dy <= r2;
    }
    if (near > ST_FRAGMENT_MAX_CANDIDATES) a->removed = 3;
  }
  /* crowding is weak evidence: a sparse print keeps them rather than become unmatchable */
  int kept = 0;
  for (int i = 0; i < list->count; i++) kept += !list->items[i].removed;
  if (kept < ST_FRAGMENT_KEEP_BELOW_MINUTIAE)
    for (int i = 0; i < list->count; i++)
      if (list->items[i].removed == 3) list->items[i].removed = 0;
}

/* Where the ridge flow is unclear, skeleton endings and forks are mostly noise. */
static void drop_unclear(st_minutia_list *list) {
  for (int i = 0; i < list->count; i++)
    if (list->items[i].quality < ST_MINUTIA_MIN_COHERENCE) list->items[i].removed = 1;
}

void st_minutiae_filter(st_minutia_list *list, const st_binary_image *skeleton, const st_segmentation_mask *mask) {
  drop_unclear(list);
  drop_short_connections(list, skeleton);
  drop_border(list, mask);
  drop_broken_ridges(list);
  drop_fragmented(list);
}
