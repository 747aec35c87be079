/* Builds a prepared template: neighbour edges in lanes and the edge shape table. */
#include <string.h>

#include "match_prepared.h"
#include "matcher.h"
#include "st_math.h"

#define PI_F 3.14159265f

/* Direction of (dx, dy) in 256 steps counter-clockwise from +x with y pointing down (ISO convention).
 * Polynomial arctangent: error well under one step, and no libm needed in the wasm build. */
static uint8_t direction_steps(int dx, int dy) {
  float x = (float)dx, y = (float)-dy;
  float ax = x < 0 ? -x : x, ay = y < 0 ? -y : y;
  if (ax == 0 && ay == 0) return 0;
  float r = ax > ay ? ay / ax : ax / ay;
  float a = (PI_F / 4) * r - r * (r - 1) * (0.2447f + 0.0663f * r);
  if (ay > ax) a = PI_F / 2 - a;
  if (x < 0) a = PI_F - a;
  if (y < 0) a = -a;
  int steps = (int)(a * (128.0f / PI_F) + (a >= 0 ? 0.5f : -0.5f));
  return (uint8_t)steps;
}

size_t st_prepared_max_size(void) {
  size_t root_edges = (size_t)ST_MATCH_MAX_MINUTIAE * ST_MATCH_ROOT_NEIGHBORS;
  return st_prepared_size(ST_MATCH_MAX_MINUTIAE, root_edges * ST_MATCH_CELLS_PER_EDGE, root_edges);
}

/* Section pointers of a buffer holding count minutiae, filed_edges entries and root_lookups lookups. */
static void layout(const uint8_t *buffer, int count, int filed_edges, int root_lookups, st_prepared_view *view) {
  view->header = (const st_prepared_header *)buffer;
  view->minutiae = (const st_prepared_minutia *)(view->header + 1);
  view->neighbors = (const st_neighbor_lanes *)(view->minutiae + count);
  view->cell_offsets = (const uint16_t *)(view->neighbors + count);
  view->root_lookups = (const st_root_lookup *)(view->cell_offsets + ST_MATCH_SHAPE_CELLS + 1);
  const uint8_t *arrays = (const uint8_t *)(view->root_lookups + root_lookups);
  const size_t stride = (size_t)filed_edges + ST_LANES;
  view->filed.length_low = arrays;
  view->filed.length_span = arrays + stride;
  view->filed.from_angle = arrays + 2 * stride;
  view->filed.to_angle = arrays + 3 * stride;
  view->filed.from = arrays + 4 * stride;
  view->filed.to = arrays + 5 * stride;
}

typedef struct {
  int distance_sq;
  uint8_t index;
} neighbor_candidate;

/* Bits of a neighbour key below the squared distance: the step of the walk that met the neighbour. */
#define WALK_STEP_BITS 8
_Static_assert(ST_MATCH_MAX_MINUTIAE <= (1 << WALK_STEP_BITS), "walk steps fit their bits");
_Static_assert((uint64_t)ST_MATCH_NEIGHBOR_RANGE_PX * ST_MATCH_NEIGHBOR_RANGE_PX << WALK_STEP_BITS < UINT32_MAX,
               "neighbour keys fit 32 bits");

/* The cell range one root edge's tolerance box touches: lengths [l0, l1], angle cells unwrapped (shifted by a
 * whole turn to stay positive; st_shape_cell wraps them). */
typedef struct {
  uint8_t l0, l1, a0, a1, b0, b1;
} cell_box;

typedef struct {
  uint8_t from, rank, is_lookup;
  cell_box box;
} root_edge;

static cell_box tolerance_box(int length_px, int from_angle, int to_angle) {
  const int tol = st_root_length_tolerance_px(length_px), angle_tol = ST_MATCH_ROOT_ANGLE_TOLERANCE_STEPS;
  cell_box box;
  box.l0 = (uint8_t)((length_px > tol ? length_px - tol : 0) / ST_MATCH_SHAPE_LENGTH_CELL_PX);
  box.l1 = (uint8_t)((length_px + tol) / ST_MATCH_SHAPE_LENGTH_CELL_PX);
  box.a0 = (uint8_t)((from_angle - angle_tol + 256) / ST_MATCH_SHAPE_ANGLE_CELL_STEPS);
  box.a1 = (uint8_t)((from_angle + angle_tol + 256) / ST_MATCH_SHAPE_ANGLE_CELL_STEPS);
  box.b0 = (uint8_t)((to_angle - angle_tol + 256) / ST_MATCH_SHAPE_ANGLE_CELL_STEPS);
  box.b1 = (uint8_t)((to_angle + angle_tol + 256) / ST_MATCH_SHAPE_ANGLE_CELL_STEPS);
  return box;
}

/* Whether minutia from has a root edge to minutia to. */
static int is_root_edge_to(const st_neighbor_lanes *neighbors, const st_prepared_minutia *minutiae, int from, int to) {
  for (int k = 0; k < minutiae[from].neighbor_count; k++)
    if (neighbors[from].to[k] == to) return st_is_root_edge(neighbors[from].length_px[k], k);
  return 0;
}

/* Root edges look up the other template's table, but the reverse of a root edge that is one too is the same
 * minutia pair seen from the other end, and the table files both directions: one lookup finds both. */
static int is_lookup(const st_neighbor_lanes *neighbors, const st_prepared_minutia *minutiae, int from, int k) {
  const int to = neighbors[from].to[k];
  return st_is_root_edge(neighbors[from].length_px[k], k) && !(to < from && is_root_edge_to(neighbors, minutiae, to, from));
}

long st_prepare(const st_template *tpl, uint8_t *out, size_t out_capacity) {
  if (tpl->count > ST_MATCH_MAX_MINUTIAE || tpl->count > ST_MAX_MINUTIAE) return ST_MATCH_ERR_INVALID_TEMPLATE;
  if (((uintptr_t)out & 1) != 0) return ST_MATCH_ERR_MISALIGNED;
  const int n = tpl->count;
  /* Sizes are only known after building, so check against the worst case up front. */
  if (out_capacity < st_prepared_max_size()) return ST_MATCH_ERR_BUFFER_TOO_SMALL;

  st_prepared_header *header = (st_prepared_header *)out;
  st_prepared_minutia *minutiae = (st_prepared_minutia *)(header + 1);
  st_neighbor_lanes *neighbors = (st_neighbor_lanes *)(minutiae + n);
  memset(neighbors, 0, (size_t)n * sizeof *neighbors);
  const int range_sq = ST_MATCH_NEIGHBOR_RANGE_PX * ST_MATCH_NEIGHBOR_RANGE_PX;

  /* Minutiae in y order, so the neighbour search can stop at the first one too far away vertically. */
  uint8_t by_y[ST_MAX_MINUTIAE], rank_of[ST_MAX_MINUTIAE];
  for (int i = 0; i < n; i++) {
    int k = i;
    while (k > 0 && tpl->minutiae[by_y[k - 1]].y > tpl->minutiae[i].y) {
      by_y[k] = by_y[k - 1];
      k--;
    }
    by_y[k] = (uint8_t)i;
  }
  for (int r = 0; r < n; r++) rank_of[by_y[r]] = (uint8_t)r;

  for (int i = 0; i < n; i++) {
    const st_minutia *m = &tpl->minutiae[i];
    minutiae[i].angle = m->angle;
    minutiae[i].type = m->type;
    minutiae[i].unused = 0;

    /* Keep the nearest neighbours, sorted by distance; of equal distances, the one met first walking outwards in
     * y order (down, then up), which stops as soon as the vertical gap alone exceeds the farthest kept. A
     * candidate is a key (distance, then walk step) pushed through the short sorted list by min/max: the
     * insertion's data-dependent branches mispredicted on every new template. */
    uint32_t nearest_keys[ST_MATCH_NEIGHBORS];
    for (int k = 0; k < ST_MATCH_NEIGHBORS; k++) nearest_keys[k] = UINT32_MAX;
    uint8_t met[ST_MAX_MINUTIAE];
    uint32_t step = 0;
    for (int direction = 1; direction >= -1; direction -= 2) {
      for (int r = rank_of[i] + direction; r >= 0 && r < n; r += direction) {
        const int j = by_y[r];
        const int dx = tpl->minutiae[j].x - m->x, dy = tpl->minutiae[j].y - m->y;
        const uint32_t farthest = nearest_keys[ST_MATCH_NEIGHBORS - 1];
        const int limit = farthest == UINT32_MAX ? range_sq : (int)(farthest >> WALK_STEP_BITS) - 1;
        if (dy * dy > limit) break;
        const int d2 = dx * dx + dy * dy;
        if (d2 > limit || d2 == 0) continue;
        met[step] = (uint8_t)j;
        uint32_t key = ((uint32_t)d2 << WALK_STEP_BITS) | step++;
        for (int k = 0; k < ST_MATCH_NEIGHBORS; k++) {
          const uint32_t kept_key = nearest_keys[k];
          nearest_keys[k] = kept_key < key ? kept_key : key;
          key = kept_key < key ? key : kept_key;
        }
      }
    }
    neighbor_candidate nearest[ST_MATCH_NEIGHBORS];
    int kept = 0;
    for (; kept < ST_MATCH_NEIGHBORS && nearest_keys[kept] != UINT32_MAX; kept++) {
      nearest[kept].distance_sq = (int)(nearest_keys[kept] >> WALK_STEP_BITS);
      nearest[kept].index = met[nearest_keys[kept] & ((1u << WALK_STEP_BITS) - 1)];
    }
    minutiae[i].neighbor_count = (uint8_t)kept;
    st_neighbor_lanes *lanes = &neighbors[i];
    for (int k = 0; k < kept; k++) {
      const st_minutia *o = &tpl->minutiae[nearest[k].index];
      uint8_t direction = direction_steps(o->x - m->x, o->y - m->y);
      lanes->length_px[k] = (uint8_t)st_sqrtf((float)nearest[k].distance_sq);
      lanes->from_angle[k] = (uint8_t)(m->angle - direction);
      lanes->to_angle[k] = (uint8_t)(o->angle - direction);
      lanes->to[k] = nearest[k].index;
    }
  }

  /* Root edges with their tolerance boxes, worked out once for both passes below. */
  root_edge roots[ST_MATCH_MAX_MINUTIAE * ST_MATCH_ROOT_NEIGHBORS];
  int root_count = 0, root_lookups = 0;
  for (int i = 0; i < n; i++)
    for (int k = 0; k < minutiae[i].neighbor_count && k < ST_MATCH_ROOT_NEIGHBORS; k++) {
      const st_neighbor_lanes *lanes = &neighbors[i];
      if (!st_is_root_edge(lanes->length_px[k], k)) continue;
      root_edge *root = &roots[root_count++];
      root->from = (uint8_t)i;
      root->rank = (uint8_t)k;
      root->is_lookup = (uint8_t)is_lookup(neighbors, minutiae, i, k);
      root->box = tolerance_box(lanes->length_px[k], lanes->from_angle[k], lanes->to_angle[k]);
      root_lookups += root->is_lookup;
    }

  /* Edge shape table, counting sort into cells: each root edge is filed under every cell its tolerance box
   * touches, so a lookup reads only the exact cell of the other template's edge. */
  uint16_t *cell_offsets = (uint16_t *)(neighbors + n);
  memset(cell_offsets, 0, (ST_MATCH_SHAPE_CELLS + 1) * sizeof(uint16_t));
  for (int r = 0; r < root_count; r++) {
    const cell_box box = roots[r].box;
    for (int l = box.l0; l <= box.l1; l++)
      for (int a = box.a0; a <= box.a1; a++)
        for (int b = box.b0; b <= box.b1; b++) cell_offsets[st_shape_cell(l, a, b) + 1]++;
  }
  for (uint32_t c = 0; c < ST_MATCH_SHAPE_CELLS; c++) cell_offsets[c + 1] += cell_offsets[c];
  const int filed_edges = cell_offsets[ST_MATCH_SHAPE_CELLS];

  st_prepared_view view;
  layout(out, n, filed_edges, root_lookups, &view);
  st_root_lookup *lookups = (st_root_lookup *)view.root_lookups;
  uint8_t *length_low = (uint8_t *)view.filed.length_low, *length_span = (uint8_t *)view.filed.length_span;
  uint8_t *from_angle = (uint8_t *)view.filed.from_angle, *to_angle = (uint8_t *)view.filed.to_angle;
  uint8_t *from = (uint8_t *)view.filed.from, *to = (uint8_t *)view.filed.to;
  /* Entries are all written below; only the padding after each array needs defined bytes. */
  uint8_t *arrays[6] = {length_low, length_span, from_angle, to_angle, from, to};
  for (int f = 0; f < 6; f++) memset(arrays[f] + filed_edges, 0, ST_LANES);
  int lookup_count = 0;
  for (int r = 0; r < root_count; r++) {
    const int i = roots[r].from, k = roots[r].rank;
    const st_neighbor_lanes *lanes = &neighbors[i];
    const int length = lanes->length_px[k], tol = st_root_length_tolerance_px(length);
    const cell_box box = roots[r].box;
    for (int l = box.l0; l <= box.l1; l++)
      for (int a = box.a0; a <= box.a1; a++)
        for (int b = box.b0; b <= box.b1; b++) {
          /* Filling advances each cell's start to the next one's; shifted back below. */
          int e = cell_offsets[st_shape_cell(l, a, b)]++;
          length_low[e] = (uint8_t)(length - tol); /* may wrap below 0: the window test is modular */
          length_span[e] = (uint8_t)(2 * tol);
          from_angle[e] = lanes->from_angle[k];
          to_angle[e] = lanes->to_angle[k];
          from[e] = (uint8_t)i;
          to[e] = lanes->to[k];
        }
    /* The lookup this template makes into another's table, computed once here instead of per comparison. */
    if (!roots[r].is_lookup) continue;
    st_root_lookup *lookup = &lookups[lookup_count++];
    lookup->cell = (uint16_t)st_shape_cell(length / ST_MATCH_SHAPE_LENGTH_CELL_PX,
                                           lanes->from_angle[k] / ST_MATCH_SHAPE_ANGLE_CELL_STEPS,
                                           lanes->to_angle[k] / ST_MATCH_SHAPE_ANGLE_CELL_STEPS);
    lookup->length_px = (uint8_t)length;
    lookup->from_angle = lanes->from_angle[k];
    lookup->to_angle = lanes->to_angle[k];
    lookup->from = (uint8_t)i;
    lookup->to = lanes->to[k];
    lookup->unused = 0;
  }
  for (uint32_t c = ST_MATCH_SHAPE_CELLS; c > 0; c--) cell_offsets[c] = cell_offsets[c - 1];
  cell_offsets[0] = 0;

  memcpy(header->magic, ST_PREPARED_MAGIC, 4);
  header->version = ST_PREPARED_VERSION;
  header->count = (uint16_t)n;
  header->filed_edges = (uint16_t)filed_edges;
  header->root_lookups = (uint16_t)lookup_count;
  header->width = tpl->width;
  header->height = tpl->height;
  header->position = tpl->position;
  header->quality = tpl->quality;
  header->unused = 0;
  return (long)st_prepared_size((size_t)n, (size_t)filed_edges, (size_t)lookup_count);
}

int st_prepared_open(const uint8_t *buffer, size_t size, st_prepared_view *view) {
  if (((uintptr_t)buffer & 1) != 0) return ST_MATCH_ERR_MISALIGNED;
  if (size < sizeof(st_prepared_header) || memcmp(buffer, ST_PREPARED_MAGIC, 4) != 0) return ST_MATCH_ERR_NOT_PREPARED;
  const st_prepared_header *header = (const st_prepared_header *)buffer;
  if (header->version != ST_PREPARED_VERSION) return ST_MATCH_ERR_VERSION;
  if (header->count > ST_MATCH_MAX_MINUTIAE || header->root_lookups > header->count * ST_MATCH_ROOT_NEIGHBORS ||
      size != st_prepared_size(header->count, header->filed_edges, header->root_lookups))
    return ST_MATCH_ERR_CORRUPT;
  layout(buffer, header->count, header->filed_edges, header->root_lookups, view);
  return ST_MATCH_OK;
}
