import { buildIfStale } from './build';

buildIfStale(process.cwd());
