// Child process of bench-ocr: time from creating the OCR service to the first result, in a
// fresh process (nothing compiled or loaded yet). Prints JSON {wall, cpu} in ms.
import { createNodeOcr } from '../node.ts';
import type { OcrLang } from '../types.ts';

const [image, langs] = process.argv.slice(2);
if (image === undefined || langs === undefined) throw new Error('usage: cold-start.ts <image> <langs>');
const cpu = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const wall0 = performance.now();
const cpu0 = cpu();
const ocr = createNodeOcr();
await ocr.recognize(image, { langs: langs.split('+') as OcrLang[] });
console.log(JSON.stringify({ wall: performance.now() - wall0, cpu: cpu() - cpu0 }));
await ocr.terminate();
