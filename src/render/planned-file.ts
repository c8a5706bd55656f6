/** One file of the plan: its path inside the project and its full content. */
export interface PlannedFile {
  path: string;
  content: string;
}
