#include "skeleton.h"

static int adjacent(int ax, int ay, int bx, int by) {
  int dx = ax - bx, dy = ay - by;
  return dx >= -1 && dx <= 1 && dy >= -1 && dy <= 1;
}

st_trace_result st_skeleton_trace(const uint8_t *skeleton, int width, int height, int from_x, int from_y,
                                  int start_x, int start_y, int max_steps, int *path) {
  int px = from_x, py = from_y, cx = start_x, cy = start_y;
  /* the pixel before prev, so a step never folds back onto the walked path */
  int ppx = from_x, ppy = from_y;
  st_trace_result r = {cx, cy, 1, ST_TRACE_OPEN};
  for (int step = 1;; step++) {
    r.x = cx, r.y = cy, r.length = step;
    if (path) path[step - 1] = cy * width + cx;
    if (cx <= 0 || cy <= 0 || cx >= width - 1 || cy >= height - 1) return r;
    int code = st_neighbour_code(skeleton, width, cx, cy);
    int count = st_neighbour_count(code);
    if (count <= 1) {
      r.stop = ST_TRACE_ENDING;
      return r;
    }
    if (st_crossing_number(code) >= 3) {
      r.stop = ST_TRACE_JUNCTION;
      return r;
    }
    if (step >= max_steps) return r;
    int best = -1, best_rank = 99;
    for (int i = 0; i < 8; i++) {
      if (!(code >> i & 1)) continue;
      int nx = cx + st_neighbour_dx[i], ny = cy + st_neighbour_dy[i];
      if ((nx == px && ny == py) || (nx == ppx && ny == ppy)) continue;
      /* a pixel next to the previous one is a shortcut across a corner, taken only as a last resort */
      int rank = (adjacent(nx, ny, px, py) ? 4 : 0) + (i & 1);
      if (rank < best_rank) best_rank = rank, best = i;
    }
    if (best < 0) {
      r.stop = ST_TRACE_ENDING;
      return r;
    }
    ppx = px, ppy = py;
    px = cx, py = cy;
    cx += st_neighbour_dx[best];
    cy += st_neighbour_dy[best];
  }
}
