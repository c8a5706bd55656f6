// Every generated file, for every case of the matrix, as a real file under test/snapshots/.
import { matrixCases, pipelineCases } from './support/matrix.js';
import { snapshotSuite } from './support/suites.js';

snapshotSuite(matrixCases(), pipelineCases());
