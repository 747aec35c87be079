/* Skeleton clean-up before minutiae are read: artefacts removed from the ridges themselves, so the true ending or
 * fork next to them survives (marking both ends of a spur as false would also drop the real ridge ending). */
#ifndef ST_SKELETON_PRUNE_H
#define ST_SKELETON_PRUNE_H

#include "arena.h"
#include "binarize.h"
#include "status.h"

/* Erases spurs (branches shorter than ST_SPUR_MAX_PX from a junction to an ending), shortest first. */
st_status st_skeleton_prune(st_binary_image *skeleton, st_arena *arena);

#endif
