/**
 * A project on disk: a directory holding {@code project.db} (the store, source of truth) and {@code index/}
 * (the Lucene index derived from it). {@link dk.kodetrae.project.Project} is the entry point the CLI and the
 * REST API share.
 */
package dk.kodetrae.project;
