package org.maillage.resource;

/**
 * An animator reviewed a resource (changes requested or published), published in the
 * transaction; the author is told by mail after commit.
 *
 * @param resourceId the resource
 * @param title its title
 * @param authorId the author's account
 * @param action what the animator did
 * @param reviewerName the animator's displayed name
 * @param text the animator's comment, may be null
 */
public record ResourceReviewed(long resourceId, String title, long authorId, ReviewNote.Action action,
		String reviewerName, String text) {

}
