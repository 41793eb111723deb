/**
 * The claim scrubber: edits run on a claim before it is submitted, each a plain rule ({@link
 * io.claimline.claims.scrubber.ScrubRule}) over a plain record ({@link io.claimline.claims.scrubber.ClaimToScrub}),
 * so the rules are unit-tested without Spring, Axon or a database. Every failure names the field and the fix, in a
 * biller's words, and never carries a patient's identifying values (codes and positions only).
 */
package io.claimline.claims.scrubber;
