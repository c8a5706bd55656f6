// Every generated Dockerfile and .dockerignore of the snapshot matrix, through real validators.
import { matrixCases } from './support/matrix.js';
import { dockerfileSuite } from './support/suites.js';

dockerfileSuite(matrixCases());
