/**
 * The embedded SQLite store: the project's source of truth. Every write runs in a {@code BEGIN IMMEDIATE}
 * transaction and is acknowledged only after its commit is durable (WAL, {@code synchronous=FULL});
 * the schema is versioned by ordered migrations ({@link dk.kodetrae.store.Schema}: the project database's, and the
 * team server's {@code team.db}).
 */
package dk.kodetrae.store;
