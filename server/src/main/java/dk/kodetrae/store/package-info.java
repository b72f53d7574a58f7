/**
 * The embedded SQLite store: the project's source of truth. Every write runs in a {@code BEGIN IMMEDIATE}
 * transaction and is acknowledged only after its commit is durable (WAL, {@code synchronous=FULL});
 * the schema is versioned by ordered migrations.
 */
package dk.kodetrae.store;
