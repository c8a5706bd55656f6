// Values templates/go/ reads: the final image, and whether it needs the builder's certificates.
import { type LanguageAnswers, NONROOT_USER } from '../types.js';

const FINAL_IMAGES: Record<string, string> = {
  slim: 'debian:bookworm-slim',
  alpine: 'alpine:3.20',
  distroless: 'gcr.io/distroless/static-debian12:nonroot',
  scratch: 'scratch',
};

export const goView = (a: LanguageAnswers) => ({
  secretId: 'netrc',
  runUser: NONROOT_USER,
  debugUser: NONROOT_USER,
  finalImage: FINAL_IMAGES[a.final]!,
  // distroless/static already carries CA certificates and tzdata; the others get the builder's.
  copyCerts: a.final !== 'distroless',
  probe: ['/healthcheck', a.port, a.healthcheck],
});
