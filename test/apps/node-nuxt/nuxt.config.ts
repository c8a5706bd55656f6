// A plain object (defineNuxtConfig only adds types): no telemetry prompt while building offline.
export default {
  telemetry: false,
  compatibilityDate: '2026-11-01',
};
