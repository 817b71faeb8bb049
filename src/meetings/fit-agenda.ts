/** Time boxes are shown in whole five minutes: «13 min» reads like false precision. */
const STEP = 5;

/**
 * The time boxes of a meeting shorter than its agenda, shortened in proportion so they add up to no
 * more than the meeting (month s16 #3): the agenda of that one meeting, not the fixed one. Null when
 * the items cannot fit even at five minutes each; the leaders are then warned instead.
 */
export function fitTimeBoxes<T extends { minutes: number }>(items: readonly T[], length: number): T[] | null {
  const total = items.reduce((sum, i) => sum + i.minutes, 0);
  if (total <= length) return [...items];
  const floorOf = (m: number) => Math.min(m, STEP);
  if (items.reduce((sum, i) => sum + floorOf(i.minutes), 0) > length) return null;
  const exact = items.map((i) => (i.minutes * length) / total);
  const boxes = items.map((i, k) => Math.max(floorOf(i.minutes), Math.floor(exact[k]! / STEP) * STEP));
  const sum = () => boxes.reduce((a, b) => a + b, 0);
  // Over (the five-minute floors): the longest box gives first.
  while (sum() > length) {
    let k = 0;
    for (let j = 1; j < boxes.length; j++)
      if (boxes[j]! - floorOf(items[j]!.minutes) > 0 && boxes[j]! > boxes[k]!) k = j;
    if (boxes[k]! <= floorOf(items[k]!.minutes)) k = boxes.findIndex((b, j) => b > floorOf(items[j]!.minutes));
    boxes[k]! -= Math.min(STEP, boxes[k]! - floorOf(items[k]!.minutes));
  }
  // Under (the rounding down): time left goes to the boxes cut most below their share, never above the original.
  for (;;) {
    const room = length - sum();
    let k = -1;
    for (let j = 0; j < boxes.length; j++) {
      const add = Math.min(STEP, items[j]!.minutes - boxes[j]!);
      if (add <= 0 || add > room) continue;
      if (k < 0 || exact[j]! - boxes[j]! > exact[k]! - boxes[k]!) k = j;
    }
    if (k < 0) break;
    boxes[k]! += Math.min(STEP, items[k]!.minutes - boxes[k]!);
  }
  return items.map((i, k) => ({ ...i, minutes: boxes[k]! }));
}
