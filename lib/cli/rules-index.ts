import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderRulesIndex } from '../analyzer/rules/list-files';

const dir = fileURLToPath(new URL('../analyzer/rules/', import.meta.url));
writeFileSync(`${dir}index.ts`, renderRulesIndex(dir));
console.log('wrote lib/analyzer/rules/index.ts');
