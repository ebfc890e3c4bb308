import { serveOcrHere } from '@/lib/ocr/browser/serve';

// Created by the background on the first OCR request (lib/ocr/browser/offscreen-document.ts).
serveOcrHere();
