/** Memos: a researcher's notes on codes and on documents, durable and in the change log. */
package dk.kodetrae.memo;
