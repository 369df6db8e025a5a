// `npm run bench:growth`: how import time grows with input size for shapes that used to grow with
// its square. Linear growth shows as a ratio near 10 from 100 KB to 1 MB; the goal is at most 15.
import { GROWTH_SHAPES, growthLine, measureGrowth } from './growthShapes';

for (const [name, shape] of Object.entries(GROWTH_SHAPES)) console.log(growthLine(name, measureGrowth(shape)));
