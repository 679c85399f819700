package org.maillage.event;

/** The kinds of custom questions an organiser may ask registrants. */
public enum QuestionKind {

	TEXT, CHOICE, YES_NO

}
